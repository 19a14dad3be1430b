// SPDX-License-Identifier: GPL-3.0-or-later
// The chat window's side of a conversation, driven through ChatBackend by a script. (The chat
// against the real session and offline composer is in tst_chatsession.)
#include "chat/analysiscard.h"
#include "chat/chatcontroller.h"
#include "chat/chatmessages.h"
#include "chat/chatpanel.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/messageedit.h"
#include "chat/progresssteps.h"
#include "chat/songcard.h"
#include "chat/thinkingsection.h"
#include "chat/welcomeview.h"
#include "language.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "theme.h"
#include "uitestsupport.h"
#include "projects/projectbrowser.h"
#include "projects/projectmodel.h"
#include "widgets/arrangementview.h"
#include "widgets/draghandle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using gui::ChatProgress;
using session::MessageRecord;

namespace {

// Answers as the session does, one step at a time, when the test says so.
class ScriptedBackend final : public gui::ChatBackend
{
public:
    QStringList sent;
    int cancels = 0;
    int newConversations = 0;
    bool busy = false;

    bool send(const QString &text) override
    {
        if (busy || text.trimmed().isEmpty())
            return false;
        sent << text;
        busy = true;
        Q_EMIT userMessage(text);
        Q_EMIT busyChanged(true);
        return true;
    }
    void cancel() override { ++cancels; }
    bool isBusy() const override { return busy; }
    void newConversation() override { ++newConversations; }
    bool analyze(const QString &setPath) override
    {
        if (busy)
            return false;
        Q_EMIT analysisReady(setPath);
        finish(MessageRecord::Status::Ok, u"A set with three tracks."_s);
        return true;
    }
    Result<session::VersionInfo> continueFrom(qint64) override { return makeError(ErrorCode::NotFound, u"no"_s); }

    void step(ChatProgress::Stage stage, double fraction, const QString &detail = {})
    {
        Q_EMIT progressed(ChatProgress{stage, fraction, detail});
    }
    void finish(MessageRecord::Status status, const QString &content)
    {
        busy = false;
        Q_EMIT turnFinished(status, content);
        Q_EMIT busyChanged(false);
    }
    void created(const session::VersionInfo &version) { Q_EMIT versionCreated(version, u"Night Drive"_s); }
    void delta(const QString &text) { Q_EMIT replyDelta(text); }
    void thinking(const QString &text) { Q_EMIT reasoningDelta(text); }
    void started(const QString &provider, const QString &model) { Q_EMIT replyStarted(provider, model); }
};

} // namespace

class TestChat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareGuiTestCase();
    }

    void aGeneration_showsItsStepsThenTheSongCard()
    {
        test::TestContext context;
        auto version = test::addVersion(*context->projects(), 0, u"Night Drive"_s, u"house at 124"_s, 124);
        QVERIFY_RESULT(version);
        gui::MainWindow window(*context);
        ScriptedBackend backend;
        window.setChatBackend(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::ChatPanel *chat = window.chatPanel();

        QTest::keyClicks(chat->composer()->edit(), u"Genera un track de house a 124 BPM en La menor"_s);
        QTest::keyClick(chat->composer()->edit(), Qt::Key_Return);
        QCOMPARE(backend.sent, QStringList{u"Genera un track de house a 124 BPM en La menor"_s});
        QVERIFY(chat->view()->isVisible());
        QVERIFY(chat->composer()->isBusy());
        QCOMPARE(chat->composer()->sendButton()->accessibleName(), u"Stop"_s);

        backend.step(ChatProgress::Stage::Understanding, 0.05);
        backend.step(ChatProgress::Stage::Composing, 0.4, u"Composing the bass (3/8)…"_s);
        gui::AssistantMessage *reply = chat->view()->lastAssistantMessage();
        QVERIFY(reply);
        QTRY_VERIFY(reply->progress()->isVisible());
        QCOMPARE(reply->progress()->currentStage(), ChatProgress::Stage::Composing);
        QVERIFY(reply->progress()->findChildren<QLabel *>().size() > 5);

        backend.step(ChatProgress::Stage::Done, 1.0);
        backend.created(*version);
        backend.finish(MessageRecord::Status::Ok, u"Here is **Night Drive**: house at 124 BPM in A minor."_s);
        QVERIFY(!chat->composer()->isBusy());
        QCOMPARE(reply->cards().size(), 1);
        auto *card = qobject_cast<gui::SongCard *>(reply->cards().first());
        QVERIFY(card);
        QTRY_VERIFY(card->isVisible());
        QVERIFY(reply->text().contains(u"Night Drive"_s));
        QTRY_COMPARE(card->arrangementView()->overview().lanes.size(), 3);

        // The card drags the set out as a file URL, which Live accepts.
        std::unique_ptr<QMimeData> mime(gui::DragHandle::mimeDataFor(card->dragHandle()->filePath()));
        QVERIFY(mime->hasUrls());
        QCOMPARE(mime->urls().first(), QUrl::fromLocalFile(version->setPath));
        QVERIFY(mime->urls().first().toLocalFile().endsWith(u".als"_s));
        QVERIFY(QFileInfo::exists(mime->urls().first().toLocalFile()));

        // And the projects dock follows.
        QTRY_COMPARE(window.projectBrowser()->model()->rowCount(), 1);
    }

    void streamedWords_andThinking_arriveAsTheyCome()
    {
        test::TestContext context;
        gui::MainWindow window(*context);
        ScriptedBackend backend;
        window.setChatBackend(&backend);
        window.show();
        gui::ChatPanel *chat = window.chatPanel();
        QVERIFY(backend.send(u"¿qué es un break?"_s));
        backend.started(u"minimax"_s, u"MiniMax-M2"_s);
        backend.thinking(u"The musician asks about song structure. "_s);
        backend.thinking(u"Explain the break."_s);
        gui::AssistantMessage *reply = chat->view()->lastAssistantMessage();
        QTRY_VERIFY(reply->thinking()->isVisible());
        QCOMPARE(reply->thinking()->text(), u"The musician asks about song structure. Explain the break."_s);
        QVERIFY(!reply->thinking()->isExpanded());
        backend.delta(u"Un break es "_s);
        backend.delta(u"la parte tranquila."_s);
        QCOMPARE(reply->text(), u"Un break es la parte tranquila."_s);
        QVERIFY(reply->findChild<QLabel *>(u"replyText"_s)->text().contains(u"parte tranquila"_s));
        backend.finish(MessageRecord::Status::Ok, u"Un break es la parte tranquila."_s);

        QTest::mouseClick(reply->thinking()->toggle(), Qt::LeftButton);
        QVERIFY(reply->thinking()->isExpanded());
        QTest::mouseClick(reply->findChild<QToolButton *>(u"replyCopy"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Un break es la parte tranquila."_s);
    }

    void stop_andRetry_goToTheBackend()
    {
        test::TestContext context;
        gui::MainWindow window(*context);
        ScriptedBackend backend;
        window.setChatBackend(&backend);
        window.show();
        gui::ChatPanel *chat = window.chatPanel();
        QVERIFY(backend.send(u"techno a 130"_s));
        backend.step(ChatProgress::Stage::Composing, 0.3, u"Composing the drums (1/6)…"_s);

        // Esc in the message box, the round button and the steps' Stop all stop.
        QTest::keyClick(chat->composer()->edit(), Qt::Key_Escape);
        QTest::mouseClick(chat->composer()->sendButton(), Qt::LeftButton);
        gui::AssistantMessage *reply = chat->view()->lastAssistantMessage();
        QTest::mouseClick(reply->progress()->stopButton(), Qt::LeftButton);
        QCOMPARE(backend.cancels, 3);

        backend.finish(MessageRecord::Status::Cancelled, u"Stopped before the song was written."_s);
        auto *status = reply->findChild<QLabel *>(u"replyStatus"_s);
        QTRY_VERIFY(status->isVisible());
        auto *retry = reply->findChild<QToolButton *>(u"replyRetry"_s);
        QTRY_VERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(backend.sent, (QStringList{u"techno a 130"_s, u"techno a 130"_s}));
        QVERIFY(!retry->isVisible());   // the newest reply carries the retry
    }

    void droppingASet_analysesItInTheChat()
    {
        test::TestContext context;
        auto version = test::addVersion(*context->projects(), 0, u"Reference"_s, u"x"_s, 126);
        QVERIFY_RESULT(version);
        gui::MainWindow window(*context);
        ScriptedBackend backend;
        window.setChatBackend(&backend);
        window.show();
        window.analyseSet(version->setPath);
        gui::AssistantMessage *reply = window.chatPanel()->view()->lastAssistantMessage();
        QVERIFY(reply);
        auto *card = qobject_cast<gui::AnalysisCard *>(reply->cards().value(0));
        QVERIFY(card);
        QTRY_VERIFY(card->isLoaded());
        QVERIFY(card->detailsButton()->isEnabled());
    }

    void newChat_clearsTheConversation()
    {
        test::TestContext context;
        gui::MainWindow window(*context);
        ScriptedBackend backend;
        window.setChatBackend(&backend);
        window.show();
        QVERIFY(backend.send(u"hola"_s));
        backend.finish(MessageRecord::Status::Ok, u"¡Hola!"_s);
        QVERIFY(!window.chatPanel()->view()->isEmpty());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(backend.newConversations, 1);
        QVERIFY(window.chatPanel()->view()->isEmpty());
        QTRY_VERIFY(window.chatPanel()->welcomeView()->isVisible());
    }

    void withoutABackend_theChatSaysWhy()
    {
        test::TestContext context;
        gui::MainWindow window(*context);
        window.setChatBackend(nullptr, u"The database could not be opened."_s);
        window.show();
        gui::ChatPanel *chat = window.chatPanel();
        QTest::keyClicks(chat->composer()->edit(), u"house"_s);
        QTest::keyClick(chat->composer()->edit(), Qt::Key_Return);
        gui::AssistantMessage *reply = chat->view()->lastAssistantMessage();
        QVERIFY(reply);
        QVERIFY(reply->text().contains(u"database"_s));
    }
};

QTEST_MAIN(TestChat)
#include "tst_chat.moc"
