// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aitypes.h"
#include "completion.h"
#include "networkpolicy.h"
#include "sse.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace musiaia::ai {

// What one request sent, without its content: for the privacy and cost view.
struct RequestRecord
{
    AiProvider provider = AiProvider::Glm;
    QString model;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int characters = 0;        // characters of message text sent
    int estimatedTokens = 0;   // estimateTokens() of that text
    int attempts = 0;
    Usage usage;               // what the provider counted, when it said
    QString outcome;           // "ok" or an errorKindName()
};

// One chat completion request: its state, timeouts, retries, cancel and typed result. Created by
// a ChatProvider; emits the answer as it streams. Deleting it aborts the request.
class ChatTask : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Receiving, WaitingToRetry, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    struct Setup
    {
        AiProvider provider = AiProvider::Glm;
        QString model;
        QUrl url;
        QByteArray apiKey;
        QByteArray body;
        bool stream = true;
        int characters = 0;
        int estimatedTokens = 0;
        NetworkPolicy policy;
        QNetworkAccessManager *network = nullptr;
        Scheduler *scheduler = nullptr;       // realTimeScheduler() when null
        std::function<double()> random;       // jitter; QRandomGenerator when null
    };

    ChatTask(Setup setup, QObject *parent = nullptr);
    ~ChatTask() override;

    // Starts the first attempt (later, from the event loop, so that signals can be connected).
    void start();
    // Stops at once, whatever the state; the partial answer is kept. Idempotent.
    void cancel();
    // Ends the task with `error` without sending anything (a provider that is not configured).
    void failWithoutRequest(const ProviderError &error);

    State state() const { return m_state; }
    bool isDone() const;
    AiProvider provider() const { return m_setup.provider; }
    QString model() const { return m_setup.model; }
    int attempts() const { return m_attempts; }

    // The answer so far; complete when state() is Succeeded.
    ChatResponse response() const;
    std::optional<ProviderError> error() const { return m_error; }
    Result<ChatResponse> result() const;
    RequestRecord record() const;

Q_SIGNALS:
    void reasoningReceived(const QString &delta);
    void contentReceived(const QString &delta);
    void toolCallsChanged();
    void retrying(int attempt, int delayMs, const musiaia::ai::ProviderError &reason);
    void stateChanged(musiaia::ai::ChatTask::State state);
    void finished();

private:
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void onFirstByteTimeout();
    void onIdleTimeout();
    void firstBytesArrived();
    void apply(const CompletionAssembler::Update &update);
    void failOrRetry(ProviderError error);
    void succeed();
    void finishWith(State state);
    void setState(State state);
    void dropReply();

    Setup m_setup;
    State m_state = State::Connecting;
    QPointer<QNetworkReply> m_reply;
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    std::optional<ErrorKind> m_abortReason;   // why we aborted the reply ourselves
    bool m_gotFirstByte = false;
    bool m_streaming = false;
    bool m_emittedOutput = false;
    QByteArray m_body;
    SseDecoder m_decoder;
    CompletionAssembler m_assembler;
    std::optional<ChatResponse> m_wholeResponse;   // a non-streamed reply
    std::optional<ProviderError> m_error;
    int m_attempts = 0;
    quint64 m_generation = 0;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
};

} // namespace musiaia::ai
