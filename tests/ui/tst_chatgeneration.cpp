// SPDX-License-Identifier: GPL-3.0-or-later
// The real window over the real chat session and the offline composer: the musician types a
// request, presses Enter and gets a song card whose set is a real, lint-clean Live Set; a change by
// chat makes version 2, which the project browser shows with what changed.
#include "chat/chatmessages.h"
#include "chat/chatpanel.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/messageedit.h"
#include "chat/sessionchatbackend.h"
#include "chat/songcard.h"
#include "language.h"
#include "mainwindow.h"
#include "projects/projectbrowser.h"
#include "projects/projectmodel.h"
#include "projects/versiondetails.h"
#include "session/chatsession.h"
#include "session/librarysamples.h"
#include "testsupport.h"
#include "theme.h"
#include "uitestsupport.h"
#include "widgets/arrangementview.h"
#include "widgets/draghandle.h"

#include <QLabel>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;

namespace {

constexpr int GenerationTimeoutMs = 120 * 1000;

// The window as the application wires it: a chat session over the context's history, offline
// (no assistant), choosing samples from the library.
struct Studio
{
    test::TestContext context;
    std::unique_ptr<session::ChatSession> chat;
    std::unique_ptr<gui::SessionChatBackend> backend;
    std::unique_ptr<gui::MainWindow> window;

    Studio()
    {
        chat = std::make_unique<session::ChatSession>(session::ConversationStore(context->database()),
                                                      *context->projects());
        chat->setSampleStep(session::librarySampleStep(context->database()));
        backend = std::make_unique<gui::SessionChatBackend>(*chat);
        window = std::make_unique<gui::MainWindow>(*context);
        window->setChatBackend(backend.get());
        window->resize(1300, 800);
        window->show();
    }
    ~Studio()
    {
        window->setChatBackend(nullptr);
        window.reset();
        backend.reset();
        chat.reset();
    }

    // Types and sends as the musician does.
    void say(const QString &text)
    {
        gui::MessageEdit *edit = window->chatPanel()->composer()->edit();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    gui::SongCard *lastCard() const
    {
        gui::AssistantMessage *reply = window->chatPanel()->view()->lastAssistantMessage();
        if (!reply || reply->cards().isEmpty())
            return nullptr;
        return qobject_cast<gui::SongCard *>(reply->cards().last());
    }
};

} // namespace

class TestChatGeneration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareGuiTestCase();
    }

    void aRequest_becomesASongCard_thatDragsTheSetIntoLive()
    {
        Studio studio;
        QVERIFY(QTest::qWaitForWindowExposed(studio.window.get()));
        studio.say(u"Genera un track de house a 124 BPM en La menor"_s);
        gui::AssistantMessage *reply = studio.window->chatPanel()->view()->lastAssistantMessage();
        QVERIFY(reply);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), GenerationTimeoutMs);
        gui::SongCard *card = studio.lastCard();
        QVERIFY2(card, qPrintable(reply->text()));
        QTRY_VERIFY(card->isVisible());
        QVERIFY(!studio.window->chatPanel()->composer()->isBusy());

        // The card is the song that was asked for.
        const session::VersionInfo &version = card->version();
        QCOMPARE(version.number, 1);
        QCOMPARE(qRound(version.tempo), 124);
        QVERIFY2(version.keyName.contains(u"A"_s) && version.keyName.contains(u"min"_s, Qt::CaseInsensitive),
                 qPrintable(version.keyName));
        QVERIFY(version.bars > 0);
        QTRY_VERIFY(!card->arrangementView()->overview().lanes.isEmpty());

        // Its drag carries the .als itself as a file URL, and the set is one Live opens.
        std::unique_ptr<QMimeData> mime(gui::DragHandle::mimeDataFor(card->dragHandle()->filePath()));
        QVERIFY(mime->hasUrls());
        QCOMPARE(mime->urls().size(), 1);
        const QUrl url = mime->urls().first();
        QVERIFY(url.isLocalFile());
        QVERIFY(url.toLocalFile().endsWith(u".als"_s));
        QVERIFY(QFileInfo::exists(url.toLocalFile()));
        QCOMPARE(url.toLocalFile(), version.setPath);
        MUSIAIA_REQUIRE_ALS_LINT();
        const test::LintReport lint = test::runAlsLint(url.toLocalFile());
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));

        // The projects dock lists the new song, selected.
        QTRY_COMPARE(studio.window->projectBrowser()->model()->rowCount(), 1);
        QTRY_COMPARE(studio.window->projectBrowser()->details()->version().id, version.id);

        // Everything the card offers is announced to a screen reader.
        const QStringList unnamed = test::unnamedControls(card);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void aChange_makesVersionTwo_andTheBrowserSaysWhatChanged()
    {
        Studio studio;
        QVERIFY(QTest::qWaitForWindowExposed(studio.window.get()));
        studio.say(u"Make a techno track at 128 BPM in F minor"_s);
        QTRY_VERIFY_WITH_TIMEOUT(studio.lastCard() && !studio.window->chatPanel()->composer()->isBusy(),
                                 GenerationTimeoutMs);
        const session::VersionInfo first = studio.lastCard()->version();

        studio.say(u"faster, 134 BPM"_s);
        QTRY_VERIFY_WITH_TIMEOUT(studio.lastCard() && studio.lastCard()->version().id != first.id
                                     && !studio.window->chatPanel()->composer()->isBusy(),
                                 GenerationTimeoutMs);
        const session::VersionInfo second = studio.lastCard()->version();
        QCOMPARE(second.projectId, first.projectId);
        QCOMPARE(second.number, 2);
        QCOMPARE(qRound(second.tempo), 134);
        QVERIFY(second.setPath != first.setPath);
        QVERIFY(QFileInfo::exists(first.setPath));   // the first version is untouched

        // The browser shows the song's two versions, the newest selected with its diff.
        gui::ProjectBrowser *browser = studio.window->projectBrowser();
        QTRY_COMPARE(browser->details()->version().id, second.id);
        const QModelIndex project = browser->model()->index(0, 0);
        QTRY_COMPARE(browser->model()->rowCount(project), 2);
        const QList<QLabel *> labels = browser->details()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(u"134"_s) && label->text().contains(u"128"_s);
        }));
    }
};

QTEST_MAIN(TestChatGeneration)
#include "tst_chatgeneration.moc"
