// SPDX-License-Identifier: GPL-3.0-or-later
// The chat session with a sample library: "choosing samples" picks from the musician's library
// (core/library), the chosen files are copied into each version's project and played by audio
// tracks, a change keeps them, and "otro sample de kick" swaps the kick alone.
#include "session/chatsession.h"
#include "session/librarysamples.h"

#include "als/alsreader.h"
#include "library/sampleimport.h"
#include "store/database.h"

#include "synthcorpus.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::session;

namespace {

VersionInfo runForVersion(ChatSession &session, const QString &text, MessageRecord *reply = nullptr)
{
    QObject guard;
    VersionInfo made;
    bool finished = false;
    QObject::connect(&session, &ChatSession::versionCreated, &guard,
                     [&made](const VersionInfo &v, const QString &) { made = v; });
    QObject::connect(&session, &ChatSession::turnFinished, &guard, [&](const MessageRecord &r) {
        finished = true;
        if (reply)
            *reply = r;
    });
    if (session.send(text))
        if (!QTest::qWaitFor([&finished] { return finished; }, 60000))
            qWarning("the turn did not finish");
    return made;
}

int audioTracks(const QString &setPath)
{
    auto set = als::readLiveSet(setPath);
    if (!set)
        return -1;
    int count = 0;
    for (const als::Track &track : set->tracks)
        count += track.type == als::Track::Type::Audio ? 1 : 0;
    return count;
}

QString sampleFor(const VersionInfo &version, const QString &partId)
{
    for (const ChosenSample &sample : version.samples) {
        if (sample.partId == partId)
            return sample.sourcePath;
    }
    return {};
}

} // namespace

class TestChatSamples : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::CorpusOptions options;
        options.oneShotsPerType = 3;
        options.drumLoops = 4;
        options.musicLoops = 4;
        options.variedFormats = false;
        const QString library = m_dir.filePath(u"Library"_s);
        QVERIFY(!test::writeSyntheticCorpus(library, options).isEmpty());
        // Kicks that say what they are, so that "otro sample de kick" has others as good to pick.
        QVERIFY(QDir().mkpath(library + u"/Drums/Kicks"_s));
        for (unsigned i = 1; i <= 4; ++i)
            QVERIFY(test::writeAudioFile(library + u"/Drums/Kicks/Kick 0%1.wav"_s.arg(i),
                                         test::renderKick(40 + i)));
        m_database = std::make_unique<store::Database>(m_dir.filePath(u"history.db"_s));
        QVERIFY_RESULT(m_database->open());
        auto imported = library::importFolder(*m_database, library);
        QVERIFY_RESULT(imported);
    }

    void songsTakeSamplesFromTheLibrary()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        const QString root = m_dir.filePath(u"Projects"_s);
        ProjectStore projects(*m_database, root);
        ChatSession session(ConversationStore(*m_database), projects);
        session.setSampleStep(librarySampleStep(*m_database));

        MessageRecord reply;
        const VersionInfo v1
            = runForVersion(session, u"Genera un track de house a 124 BPM en La menor"_s, &reply);
        QVERIFY2(v1.id > 0, qPrintable(reply.content));
        QVERIFY(!v1.samples.isEmpty());
        QVERIFY(!sampleFor(v1, u"kick"_s).isEmpty());
        for (const ChosenSample &sample : v1.samples) {
            QVERIFY(sample.sampleId > 0);
            QVERIFY(!sample.reason.isEmpty());
            QVERIFY2(sample.projectPath.startsWith(u"Samples/Imported/"_s), qPrintable(sample.projectPath));
            QVERIFY(QFileInfo::exists(v1.folder + u'/' + sample.projectPath));
        }
        QVERIFY(audioTracks(v1.setPath) > 0);
        QVERIFY(reply.content.contains(u"Samples de tu librería (%1):"_s.arg(v1.samples.size())));
        for (const ChosenSample &sample : v1.samples)
            QVERIFY2(reply.content.contains(u"· "_s + sample.reason), qPrintable(reply.content));
        // A Spanish conversation gets the reasons and gaps in Spanish too.
        for (const ChosenSample &sample : v1.samples) {
            const bool loop = sample.role.endsWith(u"-loop"_s);
            QVERIFY2(sample.reason.contains(loop ? u" tiempos"_s : u"tipo "_s), qPrintable(sample.reason));
        }
        for (const QString &english :
             { u" in the library"_s, u"standing in"_s, u"loop(s) found"_s, u" beats"_s })
            QVERIFY2(!reply.content.contains(english), qPrintable(reply.content));

        // A change of tempo keeps the samples.
        const VersionInfo v2 = runForVersion(session, u"a 126"_s);
        QCOMPARE(v2.number, 2);
        QCOMPARE(sampleFor(v2, u"kick"_s), sampleFor(v1, u"kick"_s));
        QCOMPARE(sampleFor(v2, u"hats"_s), sampleFor(v1, u"hats"_s));

        // Another kick sample: the kick alone changes.
        const VersionInfo v3 = runForVersion(session, u"otro sample de kick"_s, &reply);
        QCOMPARE(v3.number, 3);
        QVERIFY2(sampleFor(v3, u"kick"_s) != sampleFor(v2, u"kick"_s), qPrintable(reply.content));
        QCOMPARE(sampleFor(v3, u"hats"_s), sampleFor(v2, u"hats"_s));
        QVERIFY2(v3.diff.contains(u"kick"_s) || v3.diff.contains(u"bombo"_s) || v3.diff.contains(u"sample"_s),
                 qPrintable(v3.diff));

        for (const VersionInfo &version : { v1, v2, v3 }) {
            const test::LintReport lint = test::runAlsLint(version.setPath);
            QVERIFY2(lint.exitCode == 0 && lint.output.contains(u" 0 problems"_s), qPrintable(lint.output));
        }
    }
};

QTEST_GUILESS_MAIN(TestChatSamples)
#include "tst_chatsamples.moc"
