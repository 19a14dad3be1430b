// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "session/chatreplies.h"
#include "session/planedit.h"
#include "session/providerreading.h"

#include "ai/assistant.h"
#include "ai/chatturn.h"
#include "ai/planrequest.h"
#include "ai/prompts.h"
#include "als/alsreader.h"
#include "als/setreport.h"
#include "common/logging.h"
#include "music/planner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {

struct ChatSession::Turn
{
    QString text;
    MessageReading reading;
    Language language = Language::English;
    QString readBy = u"local"_s; // who decided the intent
    QString provider = u"local"_s; // who answered
    QString model;
    int promptTokens = -1;
    int completionTokens = -1;
    QString reasoning;
    QString content; // what has been shown of the reply so far
    QStringList notes;
    qint64 versionId = 0;
    bool started = false; // replyStarted was emitted
    bool generateAfterAnalysis = false;
    QElapsedTimer timer;
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
};

namespace {

QString providerName(ai::AiProvider provider)
{
    return store::settingName(provider);
}

} // namespace

ChatSession::ChatSession(ConversationStore conversations, ProjectStore projects, QObject *parent)
    : QObject(parent)
    , m_conversations(std::move(conversations))
    , m_projects(std::move(projects))
{
    qRegisterMetaType<Progress>();
    qRegisterMetaType<VersionInfo>();
    qRegisterMetaType<MessageRecord>();
    connect(&m_render, &QFutureWatcher<RenderOutcome>::finished, this, &ChatSession::onRendered);
}

ChatSession::~ChatSession()
{
    if (m_turn)
        m_turn->cancel->store(true);
    m_render.waitForFinished();
    m_analysis.waitForFinished();
}

void ChatSession::setAssistant(ai::Assistant *assistant)
{
    m_assistant = assistant;
}

void ChatSession::newConversation()
{
    if (isBusy())
        cancel();
    m_conversation = ConversationInfo();
}

Result<ConversationInfo> ChatSession::openConversation(qint64 conversationId)
{
    if (isBusy())
        return makeError(ErrorCode::InvalidArgument, u"a message is still being answered"_s);
    auto conversation = m_conversations.conversation(conversationId);
    if (!conversation)
        return conversation.error();
    m_conversation = *conversation;
    return m_conversation;
}

Result<VersionInfo> ChatSession::continueFrom(qint64 versionId)
{
    if (isBusy())
        return makeError(ErrorCode::InvalidArgument, u"a message is still being answered"_s);
    auto version = m_projects.version(versionId);
    if (!version)
        return version.error();
    if (auto made = ensureConversation(); !made)
        return made.error();
    if (auto set = m_conversations.setCurrent(m_conversation.id, version->projectId, version->id); !set)
        return set.error();
    m_conversation.currentProjectId = version->projectId;
    m_conversation.currentVersionId = version->id;
    return version;
}

Result<void> ChatSession::ensureConversation()
{
    if (m_conversation.id > 0)
        return {};
    const QString title = m_turn ? m_turn->text.simplified().left(60) : QString();
    const QString language = m_turn ? languageCode(m_turn->language) : QString();
    auto created = m_conversations.create(title, language);
    if (!created)
        return created.error();
    m_conversation = *created;
    return {};
}

std::optional<VersionInfo> ChatSession::currentVersion() const
{
    if (m_conversation.currentVersionId <= 0)
        return std::nullopt;
    auto version = m_projects.version(m_conversation.currentVersionId);
    if (!version)
        return std::nullopt;
    return *version;
}

ReadingContext ChatSession::readingContext() const
{
    ReadingContext context;
    const std::optional<VersionInfo> version = currentVersion();
    context.hasProject = version.has_value();
    context.currentGenre = version ? version->genre : QString();
    context.hasReference = !m_conversation.reference.isEmpty();
    context.language = m_conversation.language;
    return context;
}

bool ChatSession::send(const QString &text)
{
    if (isBusy() || text.trimmed().isEmpty())
        return false;
    begin(text.trimmed(), {});
    return true;
}

bool ChatSession::analyze(const QString &setPath)
{
    if (isBusy() || setPath.isEmpty())
        return false;
    begin(QFileInfo(setPath).absoluteFilePath(), QFileInfo(setPath).absoluteFilePath());
    return true;
}

void ChatSession::begin(const QString &text, const QString &setPath)
{
    m_turn = std::make_unique<Turn>();
    m_turn->timer.start();
    m_turn->text = text;
    m_turn->reading = readMessage(text, readingContext());
    if (!setPath.isEmpty()) {
        // A dropped set is analysed, whatever else its path looks like.
        m_turn->reading.intent = Intent::Analyze;
        m_turn->reading.setPath = setPath;
        m_turn->reading.generateAfterAnalysis = false;
    }
    if (m_turn->reading.language.isEmpty())
        m_turn->reading.language = m_conversation.language.isEmpty() ? u"en"_s : m_conversation.language;
    m_turn->language = languageFromCode(m_turn->reading.language);
    Q_EMIT busyChanged(true);
    Q_EMIT userMessage(text);

    const bool providerCanRead = m_assistant && setPath.isEmpty() && m_turn->reading.setPath.isEmpty()
        && m_forced != ai::AiProvider::Local;
    if (providerCanRead)
        readByProvider();
    else
        dispatch();
}

void ChatSession::readByProvider()
{
    ai::RouteDecision route = m_assistant->route(ai::MessagePurpose::Conversation, m_forced);
    route.order.removeAll(ai::AiProvider::Local);
    const QSet<ai::AiProvider> available = m_assistant->availableProviders();
    route.order.erase(std::remove_if(route.order.begin(), route.order.end(),
                                     [&available](ai::AiProvider p) { return !available.contains(p); }),
                      route.order.end());
    if (route.order.isEmpty()) {
        dispatch();
        return;
    }
    const ReadingContext context = readingContext();
    ai::ChatTurn *turn = m_assistant->chat(
        readingRequest(m_turn->text, context, m_turn->reading.language), route,
        [](const ai::ChatRequest &) { return QString(); }, this);
    m_chatTurn = turn;
    connect(turn, &ai::ChatTurn::finished, this, [this, turn] {
        turn->deleteLater();
        if (!m_turn)
            return;
        if (stopped()) {
            finish(MessageRecord::Status::Cancelled);
            return;
        }
        const ai::TurnOutcome &outcome = turn->outcome();
        if (outcome.succeeded() && outcome.answeredBy != ai::AiProvider::Local) {
            addUsage(outcome.response.usage);
            if (const std::optional<Intent> intent = intentFromReply(outcome.response)) {
                MessageReading &reading = m_turn->reading;
                m_turn->readBy = providerName(outcome.answeredBy);
                m_turn->provider = m_turn->readBy;
                m_turn->model = outcome.model;
                // The provider decides the intent; the rules keep the details. A generation the
                // rules took for a change of this song is a new song when the provider says so.
                if (*intent == Intent::Generate && reading.intent != Intent::Generate)
                    reading.newProject = true;
                reading.intent = *intent;
            }
        } else if (outcome.error) {
            qCInfo(lcSession) << "the provider could not read the message; the rules did:"
                              << outcome.error->message;
        }
        dispatch();
    });
}

void ChatSession::dispatch()
{
    Turn &turn = *m_turn;
    if (auto made = ensureConversation(); !made) {
        finish(MessageRecord::Status::Failed, made.errorMessage());
        return;
    }
    if (m_conversation.language != turn.reading.language) {
        if (m_conversations.setLanguage(m_conversation.id, turn.reading.language))
            m_conversation.language = turn.reading.language;
    }
    MessageRecord user;
    user.conversationId = m_conversation.id;
    user.role = MessageRecord::Role::User;
    user.content = turn.text;
    user.intent = intentName(turn.reading.intent);
    user.language = turn.reading.language;
    user.provider = turn.readBy;
    if (auto stored = m_conversations.addMessage(user); !stored)
        qCWarning(lcSession) << "the message could not be stored:" << stored.errorMessage();
    Q_EMIT intentRead(turn.reading.intent, turn.reading.language, turn.readBy);

    switch (turn.reading.intent) {
    case Intent::Generate:
        generate();
        return;
    case Intent::Modify:
        modify();
        return;
    case Intent::Analyze:
        analyzeSet(turn.reading.setPath, turn.reading.generateAfterAnalysis);
        return;
    case Intent::Talk:
        talk();
        return;
    }
}

bool ChatSession::stopped() const
{
    return m_turn && m_turn->cancel->load();
}

void ChatSession::addUsage(const ai::Usage &usage)
{
    if (usage.promptTokens >= 0)
        m_turn->promptTokens = qMax(0, m_turn->promptTokens) + usage.promptTokens;
    if (usage.totalTokens >= 0 || usage.promptTokens >= 0) {
        const int completion = usage.totalTokens >= 0 && usage.promptTokens >= 0
            ? usage.totalTokens - usage.promptTokens
            : qMax(0, usage.totalTokens);
        m_turn->completionTokens = qMax(0, m_turn->completionTokens) + completion;
    }
}

// ---- Generate -----------------------------------------------------------------------------------

void ChatSession::generate()
{
    Turn &turn = *m_turn;
    const Language l = turn.language;
    Q_EMIT progressed(understandingProgress(l));

    RenderJob job;
    job.language = l;
    job.schema = m_schema;
    job.version.conversationId = m_conversation.id;
    job.version.prompt = turn.text;
    job.version.language = languageCode(l);
    job.samples.salt = 1;

    // "hazme algo en este estilo": the analysed set's tempo, key and layout.
    if (turn.reading.inStyle && !m_conversation.reference.isEmpty()) {
        job.plan = planFromReference(m_conversation.reference, l, &turn.notes);
        job.version.provider = u"local"_s;
        render(std::move(job));
        return;
    }
    if (turn.reading.inStyle) {
        // In the style of the current song: a new song from its settings, new notes.
        if (const std::optional<VersionInfo> version = currentVersion()) {
            if (auto plan = music::planFromJson(version->plan)) {
                music::Plan style;
                style.genre = plan->genre;
                style.tempo = plan->tempo;
                style.key = plan->key;
                style.mood = plan->mood;
                style.seed = freshSeed(plan->seed, u"song", std::uint32_t(version->number) + 1u);
                job.plan = style;
                job.version.provider = u"local"_s;
                render(std::move(job));
                return;
            }
        }
    }

    const ai::PlanRequest::OfflinePlanner offline
        = [](const QString &request) { return music::planFromText(request); };
    if (!m_assistant) {
        QStringList notes;
        auto plan = music::planFromText(turn.text, &notes);
        if (!plan) {
            finish(MessageRecord::Status::Failed, plan.errorMessage());
            return;
        }
        turn.notes << notes;
        job.plan = *plan;
        job.version.provider = u"local"_s;
        render(std::move(job));
        return;
    }

    ai::PlanRequest *request = m_assistant->planFromRequest(turn.text, offline, m_forced, this);
    m_planRequest = request;
    connect(request, &ai::PlanRequest::providerStarted, this,
            [this](ai::AiProvider provider, const QString &model) {
                if (m_turn && !m_turn->started) {
                    m_turn->started = true;
                    Q_EMIT replyStarted(providerName(provider), model);
                }
            });
    connect(request, &ai::PlanRequest::reasoningReceived, this, [this](const QString &delta) {
        if (m_turn)
            m_turn->reasoning += delta;
        Q_EMIT reasoningDelta(delta);
    });
    connect(request, &ai::PlanRequest::finished, this, [this, request, job]() mutable {
        request->deleteLater();
        if (!m_turn)
            return;
        const ai::PlanOutcome &outcome = request->outcome();
        for (const ai::RequestRecord &record : outcome.records)
            addUsage(record.usage);
        if (stopped()) {
            finish(MessageRecord::Status::Cancelled);
            return;
        }
        if (!outcome.succeeded()) {
            finish(MessageRecord::Status::Failed, outcome.error->message);
            return;
        }
        m_turn->provider = providerName(outcome.provider);
        m_turn->model = outcome.model;
        m_turn->notes << outcome.notes;
        if (outcome.fromModel && !outcome.prose.isEmpty())
            m_turn->notes.prepend(outcome.prose);
        job.plan = outcome.plan;
        job.version.provider = m_turn->provider;
        job.version.model = m_turn->model;
        render(std::move(job));
    });
}

// ---- Modify -------------------------------------------------------------------------------------

void ChatSession::modify()
{
    Turn &turn = *m_turn;
    const Language l = turn.language;
    const std::optional<VersionInfo> current = currentVersion();
    if (!current) {
        say(::musiaia::session::say(
            l,
            u"There is no song to change yet. Describe one first, for example “house at 124 BPM in A minor”."_s,
            u"Aún no hay ningún tema que cambiar. Describe uno primero, por ejemplo «house a 124 BPM en La menor»."_s));
        finish(MessageRecord::Status::Ok);
        return;
    }
    if (turn.reading.edits.isEmpty()) {
        say(::musiaia::session::say(
            l,
            u"I did not find what to change. I understand tempo (“faster”, “at 128”), key (“to D minor”, “up "
            u"a tone”), "
            "sections (“remove the intro”, “longer drop”), parts (“add pads”, “no hi-hats”, “another bass”), mood and samples."_s,
            u"No he encontrado qué cambiar. Entiendo tempo («más rápido», «a 128»), tonalidad («a Re menor», "
            u"«sube un tono»), "
            "secciones («quita la intro», «drop más largo»), partes («añade pads», «sin hi-hats», «otro bajo»), ánimo y samples."_s));
        finish(MessageRecord::Status::Ok);
        return;
    }
    Q_EMIT progressed(understandingProgress(l));
    auto before = music::planFromJson(current->plan);
    if (!before) {
        finish(MessageRecord::Status::Failed, before.errorMessage());
        return;
    }
    auto latest = m_projects.latestVersion(current->projectId);
    const int nextNumber = (latest ? latest->number : current->number) + 1;
    auto edited = applyEdits(*before, turn.reading.edits, std::uint32_t(nextNumber), l);
    if (!edited) {
        // Nothing asked for can be done ("quita la intro" without an intro): say why, keep the song.
        say(edited.errorMessage());
        finish(MessageRecord::Status::Ok);
        return;
    }
    turn.notes << edited->notes;

    RenderJob job;
    job.language = l;
    job.schema = m_schema;
    job.plan = edited->plan;
    job.previous = *before;
    job.version.projectId = current->projectId;
    job.version.parentId = current->id;
    job.version.conversationId = m_conversation.id;
    job.version.prompt = turn.text;
    job.version.language = languageCode(l);
    job.version.provider = turn.provider;
    job.version.model = turn.model;
    job.samples.previous = current->samples;
    job.samples.swapFor = edited->swapSamplesFor;
    job.samples.swapAll = edited->swapAllSamples;
    job.samples.salt = std::uint32_t(nextNumber);
    render(std::move(job));
}

// ---- Render (off the GUI thread) ----------------------------------------------------------------

void ChatSession::render(RenderJob job)
{
    if (stopped()) {
        finish(MessageRecord::Status::Cancelled);
        return;
    }
    const std::shared_ptr<std::atomic_bool> cancel = m_turn->cancel;
    const ProjectStore projects = m_projects;
    const SampleStep samples = m_samples;
    QPointer<ChatSession> self(this);
    const ProgressCallback progress = [self](const Progress &p) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, p] {
                if (self && self->m_turn)
                    Q_EMIT self->progressed(p);
            },
            Qt::QueuedConnection);
    };
    m_render.setFuture(
        QtConcurrent::run([projects, job = std::move(job), samples, progress, cancel]() -> RenderOutcome {
            auto rendered = renderVersion(projects, job, samples, progress, *cancel);
            if (!rendered)
                return { std::nullopt, rendered.error() };
            return { std::move(*rendered), std::nullopt };
        }));
}

void ChatSession::onRendered()
{
    if (!m_turn)
        return;
    const RenderOutcome outcome = m_render.result();
    if (outcome.error) {
        if (outcome.error->code == ErrorCode::Cancelled || stopped()) {
            finish(MessageRecord::Status::Cancelled, outcome.error->message);
            return;
        }
        finish(MessageRecord::Status::Failed, outcome.error->message);
        return;
    }
    const RenderResult &result = *outcome.result;
    m_conversation.currentProjectId = result.version.projectId;
    m_conversation.currentVersionId = result.version.id;
    m_turn->versionId = result.version.id;
    QStringList notes = m_turn->notes;
    notes << result.notes;
    Q_EMIT versionCreated(result.version, result.projectName);
    const QString reply
        = versionReply(result.version, result.projectName, result.plan, notes, m_turn->language);
    if (m_turn->generateAfterAnalysis)
        say(u"\n"_s + reply);
    else
        say(reply);
    finish(MessageRecord::Status::Ok);
}

// ---- Analyse ------------------------------------------------------------------------------------

void ChatSession::analyzeSet(const QString &setPath, bool generateAfter)
{
    const Language l = m_turn->language;
    if (setPath.isEmpty()) {
        say(::musiaia::session::say(l,
                                    u"Drop a Live Set (.als) here, or write its path, and I will read it."_s,
                                    u"Suelta aquí un set de Live (.als), o escribe su ruta, y lo leo."_s));
        finish(MessageRecord::Status::Ok);
        return;
    }
    m_turn->generateAfterAnalysis = generateAfter;
    auto *watcher = &m_analysis;
    disconnect(watcher, nullptr, this, nullptr);
    connect(watcher, &QFutureWatcher<AnalysisOutcome>::finished, this, [this, setPath] {
        if (!m_turn)
            return;
        const AnalysisOutcome outcome = m_analysis.result();
        if (stopped()) {
            finish(MessageRecord::Status::Cancelled);
            return;
        }
        const Language language = m_turn->language;
        if (outcome.error) {
            finish(
                MessageRecord::Status::Failed,
                ::musiaia::session::say(language, u"I could not read %1: %2"_s, u"No he podido leer %1: %2"_s)
                    .arg(QFileInfo(setPath).fileName(), outcome.error->message));
            return;
        }
        const QJsonObject reference = referenceFromReport(*outcome.report, setPath);
        if (auto stored = m_conversations.setReference(m_conversation.id, reference); !stored)
            qCWarning(lcSession) << "the analysed set could not be remembered:" << stored.errorMessage();
        m_conversation.reference = reference;
        Q_EMIT analysisReady(setPath, reference);
        say(analysisReply(*outcome.report, reference, language));
        if (m_turn->generateAfterAnalysis) {
            m_turn->reading.inStyle = true;
            generate();
            return;
        }
        finish(MessageRecord::Status::Ok);
    });
    watcher->setFuture(QtConcurrent::run([setPath]() -> AnalysisOutcome {
        auto set = als::readLiveSet(setPath);
        if (!set)
            return { std::nullopt, set.error() };
        return { als::buildSetReport(*set, setPath), std::nullopt };
    }));
}

// ---- Talk ---------------------------------------------------------------------------------------

void ChatSession::talk()
{
    Turn &turn = *m_turn;
    const Language l = turn.language;
    TalkState state;
    state.version = currentVersion();
    if (state.version) {
        if (auto project = m_projects.project(state.version->projectId))
            state.projectName = project->name;
    }
    state.reference = m_conversation.reference;
    state.providerConfigured
        = m_assistant && !m_assistant->availableProviders().isEmpty() && m_forced != ai::AiProvider::Local;

    const QString text = turn.text;
    if (!state.providerConfigured) {
        say(offlineReply(text, state, l));
        finish(MessageRecord::Status::Ok);
        return;
    }

    ai::ChatRequest request;
    QString system = ai::chatSystemPrompt(languageCode(l));
    if (const QString context = stateForModel(state, l); !context.isEmpty())
        system += u"\n\n"_s + context;
    request.messages << ai::ChatMessage::system(system);
    // The conversation so far (its last turns), then the message.
    if (auto history = m_conversations.messages(m_conversation.id, 12)) {
        for (const MessageRecord &message : std::as_const(*history)) {
            if (message.content.isEmpty() || message.status != MessageRecord::Status::Ok)
                continue;
            ai::ChatMessage m = message.role == MessageRecord::Role::User
                ? ai::ChatMessage::user(message.content)
                : ai::ChatMessage { ai::ChatMessage::Role::Assistant, message.content, {}, {}, {}, {} };
            request.messages << m;
        }
    }
    if (request.messages.size() < 2 || request.messages.last().content != text)
        request.messages << ai::ChatMessage::user(text);
    request.stream = true;

    const ai::RouteDecision route = m_assistant->route(ai::MessagePurpose::Conversation, m_forced);
    ai::ChatTurn *chat = m_assistant->chat(
        request, route, [state, l, text](const ai::ChatRequest &) { return offlineReply(text, state, l); },
        this);
    m_chatTurn = chat;
    connect(chat, &ai::ChatTurn::providerStarted, this,
            [this](ai::AiProvider provider, const QString &model) {
                if (!m_turn)
                    return;
                m_turn->provider = providerName(provider);
                m_turn->model = model;
                if (!m_turn->started) {
                    m_turn->started = true;
                    Q_EMIT replyStarted(m_turn->provider, model);
                }
            });
    connect(chat, &ai::ChatTurn::reasoningReceived, this, [this](const QString &delta) {
        if (!m_turn)
            return;
        m_turn->reasoning += delta;
        Q_EMIT reasoningDelta(delta);
    });
    connect(chat, &ai::ChatTurn::contentReceived, this, [this](const QString &delta) {
        if (!m_turn)
            return;
        m_turn->content += delta;
        Q_EMIT replyDelta(delta);
    });
    connect(chat, &ai::ChatTurn::finished, this, [this, chat] {
        chat->deleteLater();
        if (!m_turn)
            return;
        const ai::TurnOutcome &outcome = chat->outcome();
        addUsage(outcome.response.usage);
        m_turn->provider = providerName(outcome.answeredBy);
        m_turn->model = outcome.model;
        if (outcome.error) {
            const bool cancelled = outcome.error->kind == ai::ErrorKind::Cancelled || stopped();
            finish(cancelled ? MessageRecord::Status::Cancelled : MessageRecord::Status::Failed,
                   m_turn->content.isEmpty() ? outcome.error->message : QString());
            return;
        }
        if (m_turn->content.isEmpty() && !outcome.response.content.isEmpty())
            say(outcome.response.content);
        finish(MessageRecord::Status::Ok);
    });
}

// ---- Replies ------------------------------------------------------------------------------------

void ChatSession::say(const QString &text)
{
    if (!m_turn || text.isEmpty())
        return;
    if (!m_turn->started) {
        m_turn->started = true;
        Q_EMIT replyStarted(m_turn->provider, m_turn->model);
    }
    m_turn->content += text;
    Q_EMIT replyDelta(text);
}

void ChatSession::cancel()
{
    if (!m_turn)
        return;
    m_turn->cancel->store(true);
    if (m_chatTurn)
        m_chatTurn->cancel();
    if (m_planRequest)
        m_planRequest->cancel();
}

void ChatSession::finish(MessageRecord::Status status, const QString &text)
{
    if (!m_turn)
        return;
    const Language l = m_turn->language;
    QString extra = text;
    if (status == MessageRecord::Status::Cancelled && extra.isEmpty())
        extra = ::musiaia::session::say(l, u"Stopped: nothing was written."_s,
                                        u"Detenido: no se ha escrito nada."_s);
    if (!extra.isEmpty())
        say(m_turn->content.isEmpty() ? extra : u"\n"_s + extra);

    MessageRecord reply;
    reply.conversationId = m_conversation.id;
    reply.role = MessageRecord::Role::Assistant;
    reply.content = m_turn->content;
    reply.reasoning = m_turn->reasoning;
    reply.intent = intentName(m_turn->reading.intent);
    reply.language = languageCode(l);
    reply.status = status;
    reply.provider = m_turn->provider;
    reply.model = m_turn->model;
    reply.promptTokens = m_turn->promptTokens;
    reply.completionTokens = m_turn->completionTokens;
    reply.durationMs = m_turn->timer.elapsed();
    reply.versionId = m_turn->versionId;
    if (m_conversation.id > 0) {
        if (auto stored = m_conversations.addMessage(reply))
            reply = *stored;
        else
            qCWarning(lcSession) << "the reply could not be stored:" << stored.errorMessage();
    }
    m_turn.reset();
    Q_EMIT turnFinished(reply);
    Q_EMIT busyChanged(false);
}

} // namespace musiaia::session
