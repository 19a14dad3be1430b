// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "session/sessiontypes.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace musiaia::gui {

// A step of a generation as the chat shows it.
struct ChatProgress
{
    enum class Stage { Understanding, ChoosingSamples, Composing, Writing, Done };
    Stage stage = Stage::Understanding;
    double fraction = 0.0;   // of the whole generation, 0..1
    QString detail;          // "Composing the bass (3/8)…", in the musician's language
};

// What the chat window talks to: the chat session of core/session, behind the few calls and
// signals the window needs. The window never decides what a message means or how a song is made.
class ChatBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatBackend)

public:
    using QObject::QObject;

    // False when the previous message is still being answered, or the text is empty.
    virtual bool send(const QString &text) = 0;
    // Stops what the current message started.
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;
    virtual void newConversation() = 0;
    // Reads a set as if it had been dropped on the chat. False while busy.
    virtual bool analyze(const QString &setPath) = 0;
    // Continues a song from one of its versions: the next change starts from it.
    virtual Result<session::VersionInfo> continueFrom(qint64 versionId) = 0;

Q_SIGNALS:
    void userMessage(const QString &text);
    void replyStarted(const QString &provider, const QString &model);
    void replyDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void progressed(const musiaia::gui::ChatProgress &progress);
    void versionCreated(const musiaia::session::VersionInfo &version, const QString &projectName);
    void analysisReady(const QString &setPath);
    void turnFinished(musiaia::session::MessageRecord::Status status, const QString &content);
    void busyChanged(bool busy);
};

} // namespace musiaia::gui

Q_DECLARE_METATYPE(musiaia::gui::ChatProgress)
