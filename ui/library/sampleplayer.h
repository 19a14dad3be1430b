// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace musiaia::gui {

// Auditions one sample at a time through Qt Multimedia. Without an audio output device (a server,
// a broken sound setup) it says so and plays nothing, instead of failing on every click.
class SamplePlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplePlayer)

public:
    explicit SamplePlayer(QObject *parent = nullptr);
    ~SamplePlayer() override;

    bool isAvailable() const;
    QString unavailableReason() const;

    // Plays `path` from the start (stopping what played). False when nothing can play.
    bool play(const QString &path);
    void stop();
    bool isPlaying() const;
    QString currentPath() const { return m_path; }
    // 0..1 of the current sample, for a progress line.
    double progress() const;

Q_SIGNALS:
    void playingChanged(const QString &path, bool playing);
    void progressChanged(double progress);
    void failed(const QString &message);

private:
    void ensurePlayer();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QString m_path;
};

} // namespace musiaia::gui
