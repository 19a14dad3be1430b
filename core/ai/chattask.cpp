// SPDX-License-Identifier: GPL-3.0-or-later
#include "chattask.h"

#include "common/logging.h"
#include "wireformat.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

bool isTransportFailureBeforeReply(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

} // namespace

ChatTask::ChatTask(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_assembler(m_setup.provider)
{
    if (!m_setup.scheduler)
        m_setup.scheduler = &realTimeScheduler();
    if (!m_setup.random)
        m_setup.random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_firstByteTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_firstByteTimer, &QTimer::timeout, this, &ChatTask::onFirstByteTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &ChatTask::onIdleTimeout);
}

ChatTask::~ChatTask()
{
    dropReply();
}

bool ChatTask::isDone() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

void ChatTask::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (!isDone() && generation == m_generation)
            startAttempt();
    }, Qt::QueuedConnection);
}

void ChatTask::startAttempt()
{
    ++m_attempts;
    ++m_generation;
    m_abortReason.reset();
    m_gotFirstByte = false;
    m_streaming = false;
    m_body.clear();
    m_decoder = SseDecoder();
    m_assembler = CompletionAssembler(m_setup.provider);
    m_wholeResponse.reset();
    setState(State::Connecting);

    const QNetworkRequest request = makeProviderRequest(m_setup.url, m_setup.apiKey, m_setup.stream);
    QNetworkReply *reply = m_setup.network->post(request, m_setup.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ChatTask::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ChatTask::firstBytesArrived);
    connect(reply, &QNetworkReply::finished, this, &ChatTask::onFinished);
    m_firstByteTimer.start(m_setup.policy.firstByteTimeoutMs);
    qCDebug(lcAi).noquote() << providerDisplayName(m_setup.provider) << "request, attempt" << m_attempts
                            << "to" << m_setup.url.toDisplayString();
}

void ChatTask::firstBytesArrived()
{
    if (m_gotFirstByte || !m_reply)
        return;
    m_gotFirstByte = true;
    m_firstByteTimer.stop();
    m_idleTimer.start(m_setup.policy.idleTimeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    // An application/json body on a stream request is an error or a whole reply (MiniMax Style A).
    m_streaming = m_setup.stream && status == 200 && type.startsWith("text/event-stream");
    setState(State::Receiving);
}

void ChatTask::onReadyRead()
{
    if (!m_reply || isDone())
        return;
    firstBytesArrived();
    m_idleTimer.start(m_setup.policy.idleTimeoutMs);
    const QByteArray bytes = m_reply->readAll();
    if (!m_streaming) {
        m_body.append(bytes);
        if (m_body.size() > maxBodyBytes) {
            dropReply();
            failOrRetry(transportError(m_setup.provider, ErrorKind::Malformed, u"the reply is far too large"_s));
        }
        return;
    }
    const QList<SseEvent> events = m_decoder.feed(bytes);
    for (const SseEvent &event : events) {
        const CompletionAssembler::Update update = m_assembler.feed(event);
        if (update.error) {
            dropReply();
            ProviderError error = *update.error;
            error.retryable = error.retryable && !m_assembler.hasOutput();
            failOrRetry(error);
            return;
        }
        apply(update);
        if (isDone())
            return;
    }
}

void ChatTask::apply(const CompletionAssembler::Update &update)
{
    if (!update.reasoning.isEmpty()) {
        m_emittedOutput = true;
        Q_EMIT reasoningReceived(update.reasoning);
    }
    if (!update.content.isEmpty()) {
        m_emittedOutput = true;
        Q_EMIT contentReceived(update.content);
    }
    if (update.toolCallsChanged) {
        m_emittedOutput = true;
        Q_EMIT toolCallsChanged();
    }
}

void ChatTask::onFirstByteTimeout()
{
    if (!m_reply || m_gotFirstByte)
        return;
    m_abortReason = ErrorKind::FirstByteTimeout;
    m_reply->abort();
}

void ChatTask::onIdleTimeout()
{
    if (!m_reply)
        return;
    m_abortReason = ErrorKind::Stalled;
    m_reply->abort();
}

void ChatTask::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isDone())
        return;
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (isDone() || reply != m_reply)
        return;
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkErrorText = reply->errorString();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    dropReply();

    if (m_abortReason) {
        ProviderError error = transportError(m_setup.provider, *m_abortReason, {});
        // A stall with nothing shown yet is as good as a slow server: that one may be retried.
        error.retryable = !m_assembler.hasOutput() && *m_abortReason == ErrorKind::FirstByteTimeout;
        failOrRetry(error);
        return;
    }
    if (!statusAttribute.isValid()) {
        const bool before = !m_gotFirstByte && isTransportFailureBeforeReply(networkError);
        ProviderError error = transportError(m_setup.provider, before ? ErrorKind::NetworkDown : ErrorKind::Interrupted,
                                             networkErrorText);
        error.retryable = before;
        failOrRetry(error);
        return;
    }
    if (status >= 300) {
        failOrRetry(decodeErrorReply(m_setup.provider, status, contentType, m_body, retryAfter));
        return;
    }

    if (!m_streaming) {
        auto parsed = parseCompletionBody(m_setup.provider, m_body);
        if (auto *error = std::get_if<ProviderError>(&parsed)) {
            if (error->kind != ErrorKind::Malformed)
                error->retryAfterMs = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
            failOrRetry(*error);
            return;
        }
        m_wholeResponse = std::get<ChatResponse>(std::move(parsed));
        if (!m_wholeResponse->reasoning.isEmpty())
            Q_EMIT reasoningReceived(m_wholeResponse->reasoning);
        if (!m_wholeResponse->content.isEmpty())
            Q_EMIT contentReceived(m_wholeResponse->content);
        if (!m_wholeResponse->toolCalls.isEmpty())
            Q_EMIT toolCallsChanged();
        if (auto error = finishReasonError(m_setup.provider, m_wholeResponse->finishReason)) {
            failOrRetry(*error);
            return;
        }
        succeed();
        return;
    }

    for (const SseEvent &event : m_decoder.finish()) {
        const CompletionAssembler::Update update = m_assembler.feed(event);
        if (update.error) {
            failOrRetry(*update.error);
            return;
        }
        apply(update);
    }
    apply(m_assembler.finish());
    if (auto error = finishReasonError(m_setup.provider, m_assembler.response().finishReason)) {
        failOrRetry(*error);
        return;
    }
    if (networkError != QNetworkReply::NoError || (!m_assembler.sawFinishReason() && !m_assembler.sawDone())) {
        // EOF before a finish_reason: the connection broke in the middle of the answer.
        ProviderError error = transportError(m_setup.provider, ErrorKind::Interrupted,
                                             networkError != QNetworkReply::NoError ? networkErrorText
                                                                                    : u"the stream ended early"_s);
        error.retryable = !m_assembler.hasOutput();
        failOrRetry(error);
        return;
    }
    if (!m_assembler.sawDone())
        qCDebug(lcAi) << "stream ended after its finish reason without [DONE]";
    succeed();
}

void ChatTask::failOrRetry(ProviderError error)
{
    const bool mayRetry = error.retryable && !m_emittedOutput && m_attempts <= m_setup.policy.maxRetries;
    if (mayRetry && error.retryAfterMs > m_setup.policy.maxRetryAfterMs) {
        error.message += u" The server asks to wait %1 s."_s.arg((error.retryAfterMs + 999) / 1000);
    } else if (mayRetry) {
        const int delay = retryDelayMs(m_attempts, m_setup.policy, m_setup.random(), error.retryAfterMs);
        logging::event(lcAi(), u"retrying after a provider error"_s,
                       {{u"provider"_s, store::settingName(m_setup.provider)},
                        {u"kind"_s, errorKindName(error.kind)},
                        {u"code"_s, error.providerCode},
                        {u"attempt"_s, m_attempts},
                        {u"delayMs"_s, delay}});
        setState(State::WaitingToRetry);
        Q_EMIT retrying(m_attempts, delay, error);
        const quint64 generation = m_generation;
        m_setup.scheduler->after(delay, this, [this, generation] {
            if (m_state == State::WaitingToRetry && generation == m_generation)
                startAttempt();
        });
        return;
    }
    logging::event(lcAi(), u"provider request failed"_s,
                   {{u"provider"_s, store::settingName(m_setup.provider)},
                    {u"kind"_s, errorKindName(error.kind)},
                    {u"code"_s, error.providerCode},
                    {u"http"_s, error.httpStatus},
                    {u"attempts"_s, m_attempts}});
    m_error = std::move(error);
    finishWith(State::Failed);
}

void ChatTask::succeed()
{
    finishWith(State::Succeeded);
}

void ChatTask::cancel()
{
    if (isDone())
        return;
    dropReply();
    m_error = transportError(m_setup.provider, ErrorKind::Cancelled, {});
    finishWith(State::Cancelled);
}

void ChatTask::failWithoutRequest(const ProviderError &error)
{
    if (isDone())
        return;
    m_error = error;
    finishWith(State::Failed);
}

void ChatTask::finishWith(State state)
{
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    ++m_generation;   // a pending retry or queued start is void now
    m_durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    setState(state);
    Q_EMIT finished();
}

void ChatTask::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChatTask::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Aborting from inside one of the reply's own signals upsets QNetworkReply: do it from the
    // event loop. No more of its signals reach us either way.
    QMetaObject::invokeMethod(reply, [reply] {
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }, Qt::QueuedConnection);
}

ChatResponse ChatTask::response() const
{
    return m_wholeResponse ? *m_wholeResponse : m_assembler.response();
}

Result<ChatResponse> ChatTask::result() const
{
    if (m_state == State::Succeeded)
        return response();
    if (m_error)
        return toError(*m_error);
    return makeError(ErrorCode::Unknown, u"The request has not finished."_s);
}

RequestRecord ChatTask::record() const
{
    RequestRecord record;
    record.provider = m_setup.provider;
    record.model = m_setup.model;
    record.startedAt = m_startedAt;
    record.durationMs = isDone() ? m_durationMs : (m_clock.isValid() ? m_clock.elapsed() : 0);
    record.characters = m_setup.characters;
    record.estimatedTokens = m_setup.estimatedTokens;
    record.attempts = m_attempts;
    record.usage = response().usage;
    record.outcome = m_state == State::Succeeded ? u"ok"_s : m_error ? errorKindName(m_error->kind) : u"pending"_s;
    return record;
}

} // namespace musiaia::ai
