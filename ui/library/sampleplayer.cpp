// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleplayer.h"

#include "common/logging.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

namespace musiaia::gui {

SamplePlayer::SamplePlayer(QObject *parent)
    : QObject(parent)
{
}

SamplePlayer::~SamplePlayer() = default;

bool SamplePlayer::isAvailable() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

QString SamplePlayer::unavailableReason() const
{
    return isAvailable() ? QString() : tr("No audio output device was found, so samples cannot be played here.");
}

void SamplePlayer::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        Q_EMIT playingChanged(m_path, state == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] { Q_EMIT progressChanged(progress()); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &why) {
        qCWarning(lcUi).noquote() << "cannot play" << m_path << why;
        Q_EMIT failed(tr("“%1” cannot be played: %2").arg(QFileInfo(m_path).fileName(), why));
    });
}

bool SamplePlayer::play(const QString &path)
{
    if (!isAvailable()) {
        Q_EMIT failed(unavailableReason());
        return false;
    }
    if (!QFileInfo::exists(path)) {
        Q_EMIT failed(tr("“%1” is missing: it was moved or deleted.").arg(QFileInfo(path).fileName()));
        return false;
    }
    ensurePlayer();
    m_player->stop();
    m_path = path;
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    return true;
}

void SamplePlayer::stop()
{
    if (m_player)
        m_player->stop();
}

bool SamplePlayer::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

double SamplePlayer::progress() const
{
    if (!m_player || m_player->duration() <= 0)
        return 0;
    return double(m_player->position()) / double(m_player->duration());
}

} // namespace musiaia::gui
