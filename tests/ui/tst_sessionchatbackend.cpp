// SPDX-License-Identifier: GPL-3.0-or-later
// The chat window's backend over a real ChatSession (temporary database and projects folder): what
// the session says reaches the window's signals, progress as the window's stages.
#include "chat/sessionchatbackend.h"

#include "session/chatsession.h"
#include "store/database.h"

#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using musiaia::gui::ChatProgress;

class TestSessionChatBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void forwardsAConversation()
    {
        QTemporaryDir dir;
        store::Database database(dir.filePath(u"history.db"_s));
        QVERIFY_RESULT(database.open());
        session::ChatSession chat(session::ConversationStore(database),
                                  session::ProjectStore(database, dir.filePath(u"Projects"_s)));
        gui::SessionChatBackend backend(chat);

        QSignalSpy user(&backend, &gui::ChatBackend::userMessage);
        QSignalSpy started(&backend, &gui::ChatBackend::replyStarted);
        QSignalSpy delta(&backend, &gui::ChatBackend::replyDelta);
        QSignalSpy progress(&backend, &gui::ChatBackend::progressed);
        QSignalSpy version(&backend, &gui::ChatBackend::versionCreated);
        QSignalSpy finished(&backend, &gui::ChatBackend::turnFinished);
        QSignalSpy busy(&backend, &gui::ChatBackend::busyChanged);

        QVERIFY(!backend.send(u"   "_s));
        QVERIFY(backend.send(u"make a house track at 124 bpm"_s));
        QVERIFY(backend.isBusy());
        QVERIFY(!backend.send(u"another one"_s)); // one message at a time
        QVERIFY(finished.wait(60000) || finished.size() == 1);
        QCOMPARE(user.size(), 1);
        QCOMPARE(user.first().first().toString(), u"make a house track at 124 bpm"_s);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), u"local"_s);
        QVERIFY(!delta.isEmpty());
        QCOMPARE(version.size(), 1);
        const auto made = version.first().first().value<session::VersionInfo>();
        QCOMPARE(made.tempo, 124.0);
        QVERIFY(QFileInfo::exists(made.setPath));
        QCOMPARE(finished.first().first().value<session::MessageRecord::Status>(),
                 session::MessageRecord::Status::Ok);
        QVERIFY(finished.first().at(1).toString().contains(made.setPath));
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.first().first().toBool(), true);
        QCOMPARE(busy.last().first().toBool(), false);

        // Progress, in the window's stages, in order and ending done.
        QList<ChatProgress::Stage> stages;
        double last = -1;
        for (const QList<QVariant> &arguments : std::as_const(progress)) {
            const auto step = arguments.first().value<ChatProgress>();
            if (stages.isEmpty() || stages.last() != step.stage)
                stages << step.stage;
            QVERIFY(step.fraction >= last);
            last = step.fraction;
            QVERIFY(!step.detail.isEmpty());
        }
        QCOMPARE(stages,
                 (QList<ChatProgress::Stage> { ChatProgress::Stage::Understanding,
                                               ChatProgress::Stage::ChoosingSamples,
                                               ChatProgress::Stage::Composing, ChatProgress::Stage::Writing,
                                               ChatProgress::Stage::Done }));
        QCOMPARE(last, 1.0);

        // Continue from a version, then a change of it.
        QVERIFY_RESULT(backend.continueFrom(made.id));
        version.clear();
        QVERIFY(backend.send(u"faster"_s));
        QVERIFY(QTest::qWaitFor([&backend] { return !backend.isBusy(); }, 60000));
        QCOMPARE(version.size(), 1);
        QCOMPARE(version.first().first().value<session::VersionInfo>().number, 2);

        // A new conversation forgets the song: "faster" has nothing to change.
        backend.newConversation();
        version.clear();
        QVERIFY(backend.send(u"faster"_s));
        QVERIFY(QTest::qWaitFor([&backend] { return !backend.isBusy(); }, 60000));
        QVERIFY(version.isEmpty());
    }
};

QTEST_MAIN(TestSessionChatBackend)
#include "tst_sessionchatbackend.moc"
