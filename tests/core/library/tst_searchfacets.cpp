// SPDX-License-Identifier: GPL-3.0-or-later
// The text index's facets (core/library/searchfacets.h): a text search with a wide filter lets the
// text index intersect the two. Whatever the route, it must find exactly what the filters allow.
#include "library/samplesearch.h"
#include "library/samplestore.h"
#include "library/searchfacets.h"
#include "store/database.h"
#include "store/migration.h"
#include "store/sql.h"
#include "store/transaction.h"

#include "samplerows.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::library;
using namespace musiaia::library::testing;

namespace {

const QStringList Adjectives = {QStringLiteral("Warm"), QStringLiteral("Dark"), QStringLiteral("Dusty")};
const QStringList Types = {QStringLiteral("kick"), QStringLiteral("closed-hat"), QStringLiteral("drum-loop"),
                           QStringLiteral("music-loop"), QStringLiteral("pad")};

// A library where "warm" is in a third of the names, over five types, loops at 100-139 BPM with
// fractional tempos, tonal samples in every key: more matches than the search ranks in full.
void fillLibrary(SampleStore &store, qint64 folder, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString type = Types.at(i % Types.size());
        const bool loop = type.endsWith(QStringLiteral("loop"));
        QList<Evidence> evidence{fact(Field::Type, type)};
        evidence << fact(Field::Kind, loop ? loopKind() : oneShotKind());
        if (loop)
            evidence << fact(Field::Bpm, QString::number(100 + (i * 7) % 40 + (i % 3) * 0.4));
        if (type == QStringLiteral("music-loop") || type == QStringLiteral("pad"))
            evidence << fact(Field::Key, MusicalKey::fromCode(i % 24).name());
        // Folders named after the type only: the adjective is in the name alone.
        const QString name = QStringLiteral("%1 %2 %3").arg(Adjectives.at((i / 5) % Adjectives.size()), type).arg(i);
        QVERIFY(addSample(store, folder, type + QLatin1Char('/') + name + QStringLiteral(".wav"), loop ? 8.0 : 0.5, evidence) > 0);
    }
}

// Every page of `query`, in order; fails the test on a repeated sample.
QList<SampleHit> allPages(const store::Database &database, SampleQuery query)
{
    QList<SampleHit> all;
    QSet<qint64> seen;
    query.limit = 37;
    for (query.offset = 0;; query.offset += query.limit) {
        const auto page = searchSamples(database, query);
        if (!page) {
            qWarning("%s", qPrintable(page.error().message));
            return {};
        }
        for (const SampleHit &hit : *page) {
            if (seen.contains(hit.sample.id)) {
                qWarning("sample %lld on two pages", hit.sample.id);
                return {};
            }
            seen.insert(hit.sample.id);
            all << hit;
        }
        if (page->size() < query.limit)
            return all;
    }
}

// How many hits, or -1 when the search failed.
int hitCount(const Result<QList<SampleHit>> &hits)
{
    return hits ? int(hits->size()) : -1;
}

QSet<qint64> ids(const QList<SampleHit> &hits)
{
    QSet<qint64> set;
    for (const SampleHit &hit : hits)
        set.insert(hit.sample.id);
    return set;
}

QString facetsOf(const SampleRecord &record)
{
    return facetWords(record.type ? record.type->value : QString(), record.kind ? record.kind->value : QString(),
                      record.bpm ? std::optional(record.bpm->value) : std::nullopt,
                      record.key ? std::optional(record.key->value.code()) : std::nullopt);
}

// Each sample's facets in the text index against what facetWords() makes of its row.
void checkFacetsMatchTheRows(const store::Database &database)
{
    auto db = database.connection();
    QVERIFY_RESULT(db);
    QSqlQuery rows(*db);
    QVERIFY(rows.exec(QStringLiteral("SELECT rowid, facets FROM samples_fts")));
    SampleStore store(database);
    int checked = 0;
    while (rows.next()) {
        const auto record = store.sample(rows.value(0).toLongLong());
        QVERIFY_RESULT(record);
        QCOMPARE(rows.value(1).toString(), facetsOf(*record));
        ++checked;
    }
    QVERIFY(checked > 0);
}

} // namespace

class TestSearchFacets final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db.emplace(m_dir.filePath(QStringLiteral("facets.sqlite")));
        QVERIFY_RESULT(m_db->open());
        SampleStore store(*m_db);
        const auto folder = store.addFolder(QStringLiteral("/lib"));
        QVERIFY_RESULT(folder);
        auto db = m_db->connection();
        auto tx = store::Transaction::begin(*db);
        QVERIFY_RESULT(tx);
        fillLibrary(store, *folder, 3000);
        QVERIFY_RESULT(tx->commit());
    }

    void facetWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("bpm");   // < 0: none
        QTest::addColumn<int>("key");      // < 0: none
        QTest::addColumn<QString>("words");
        QTest::newRow("a drum loop at 124.7 BPM") << QStringLiteral("drum-loop") << loopKind() << 124.7 << -1
                                                  << QStringLiteral("qxtdrumloop qxkloop qxb124 qxcnone");
        QTest::newRow("a pad in A minor") << QStringLiteral("pad") << oneShotKind() << -1.0 << 9 << QStringLiteral("qxtpad qxkoneshot qxbnone qxc9");
        QTest::newRow("nothing known") << QString() << QString() << -1.0 << -1 << QStringLiteral("qxtnone qxknone qxbnone qxcnone");
        QTest::newRow("a tempo alone") << QString() << QString() << 90.0 << -1 << QStringLiteral("qxtnone qxknone qxb90 qxcnone");
    }

    void facetWords()
    {
        QFETCH(QString, type);
        QFETCH(QString, kind);
        QFETCH(double, bpm);
        QFETCH(int, key);
        QFETCH(QString, words);
        QCOMPARE(library::facetWords(type, kind, bpm < 0 ? std::nullopt : std::optional(bpm),
                                     key < 0 ? std::nullopt : std::optional(key)),
                 words);
    }

    void theIndexHoldsEachSamplesFacets() { checkFacetsMatchTheRows(*m_db); }

    // Text with each filter the facets hold, and with filters they cannot hold: the same samples
    // as the filters' own search (no text) keeps of the ones named "Warm", every page distinct.
    void textWithFilters_findsExactlyWhatTheFiltersAllow_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("bpmMin");   // < 0: none
        QTest::addColumn<double>("bpmMax");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("compatible");
        const QString any;
        QTest::newRow("a type") << QStringList{QStringLiteral("drum-loop")} << any << -1.0 << -1.0 << any << false;
        QTest::newRow("two types") << QStringList{QStringLiteral("kick"), QStringLiteral("pad")} << any << -1.0 << -1.0 << any << false;
        QTest::newRow("loops") << QStringList() << loopKind() << -1.0 << -1.0 << any << false;
        QTest::newRow("a tempo range, fractional tempos at its ends") << QStringList() << any << 110.4 << 120.4 << any << false;
        QTest::newRow("a tempo range ending above x.8 BPM loops") << QStringList() << any << 110.0 << 119.9 << any << false;
        QTest::newRow("one tempo, +-3 %") << QStringList() << any << 120.0 * 0.97 << 120.0 * 1.03 << any << false;
        QTest::newRow("a key") << QStringList() << any << -1.0 << -1.0 << QStringLiteral("Am") << false;
        QTest::newRow("a key and its neighbours") << QStringList() << any << -1.0 << -1.0 << QStringLiteral("F#m") << true;
        QTest::newRow("music loops, tempo and key") << QStringList{QStringLiteral("music-loop")} << loopKind() << 100.0 << 125.0
                                                   << QStringLiteral("C") << true;
        QTest::newRow("a tempo range too wide for facets") << QStringList() << any << 20.0 << 300.0 << any << false;
    }

    void textWithFilters_findsExactlyWhatTheFiltersAllow()
    {
        QFETCH(QStringList, types);
        QFETCH(QString, kind);
        QFETCH(double, bpmMin);
        QFETCH(double, bpmMax);
        QFETCH(QString, key);
        QFETCH(bool, compatible);
        SampleQuery filters;
        filters.types = types;
        filters.kind = kind;
        if (bpmMin >= 0) {
            filters.bpmMin = bpmMin;
            filters.bpmMax = bpmMax;
        }
        if (!key.isEmpty())
            filters.key = MusicalKey::parse(key);
        filters.compatibleKeys = compatible;
        QSet<qint64> expected;
        for (const SampleHit &hit : allPages(*m_db, filters)) {
            if (hit.sample.name.startsWith(QStringLiteral("Warm ")))
                expected.insert(hit.sample.id);
        }
        QVERIFY(expected.size() > 5);
        SampleQuery withText = filters;
        withText.text = QStringLiteral("warm");
        const auto plan = searchPlan(*m_db, withText);
        QVERIFY_RESULT(plan);
        QVERIFY2(!plan->contains(QStringLiteral("SCAN s")), qPrintable(plan->join(QLatin1Char('\n'))));   // never the whole table
        QCOMPARE(ids(allPages(*m_db, withText)), expected);
    }

    // A correction changes the facets with the row: the sample is found under its new type only.
    void facets_followACorrection()
    {
        SampleQuery kicks;
        kicks.text = QStringLiteral("warm 0");   // "Warm kick 0", the first sample
        kicks.types = {QStringLiteral("kick")};
        const auto found = searchSamples(*m_db, kicks);
        QVERIFY_RESULT(found);
        QCOMPARE(found->size(), 1);
        const qint64 id = found->first().sample.id;
        SampleStore store(*m_db);
        QVERIFY_RESULT(store.correct(id, Field::Type, QStringLiteral("snare")));
        QVERIFY_RESULT(store.correct(id, Field::Bpm, QStringLiteral("126.5")));
        SampleQuery snares = kicks;
        snares.types = {QStringLiteral("snare")};
        snares.bpmMin = 126;
        snares.bpmMax = 127;
        QCOMPARE(hitCount(searchSamples(*m_db, kicks)), 0);
        QCOMPARE(hitCount(searchSamples(*m_db, snares)), 1);
        QVERIFY_RESULT(store.clearCorrection(id, Field::Type));
        QVERIFY_RESULT(store.clearCorrection(id, Field::Bpm));
        QCOMPARE(hitCount(searchSamples(*m_db, kicks)), 1);
        QCOMPARE(hitCount(searchSamples(*m_db, snares)), 0);
        checkFacetsMatchTheRows(*m_db);
    }

    // The facet words are not text: typing their first letters finds nothing through them.
    void wordsLikeTheFacets_findOnlyNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("q") << QStringLiteral("q");
        QTest::newRow("qx") << QStringLiteral("qx");
        QTest::newRow("qxt") << QStringLiteral("qxt");
        QTest::newRow("qxtkick") << QStringLiteral("QXTKICK");
        QTest::newRow("warm qxb1") << QStringLiteral("warm qxb1");
    }

    void wordsLikeTheFacets_findOnlyNames()
    {
        QFETCH(QString, text);
        SampleQuery query;
        query.text = text;
        const auto hits = searchSamples(*m_db, query);
        QVERIFY_RESULT(hits);
        QCOMPARE(hits->size(), 0);
        query.types = {QStringLiteral("drum-loop")};   // the facets in the same expression
        QCOMPARE(hitCount(searchSamples(*m_db, query)), 0);
    }

    // Whatever a tempo range's text says, the search answers: no sample is that fast.
    void absurdTempoRange_findsNothing()
    {
        SampleQuery query;
        query.text = QStringLiteral("warm");
        query.bpmMin = 1e20;
        query.bpmMax = 1e20;
        QCOMPARE(hitCount(searchSamples(*m_db, query)), 0);
        query.bpmMin = 990;
        query.bpmMax = 1010;
        QCOMPARE(hitCount(searchSamples(*m_db, query)), 0);
    }

    // A library written before migration 8 gets the facets column, filled from each sample's row
    // as facetWords() fills it; text with filters finds what the filters alone found before.
    void migration8_writesEverySamplesFacets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema7.sqlite"));
        const std::vector<store::Migration> upToSeven(store::applicationMigrations().begin(),
                                                       store::applicationMigrations().begin() + 7);
        SampleQuery loops;
        loops.text = QStringLiteral("warm");
        loops.kind = loopKind();
        loops.bpmMin = 110;
        loops.bpmMax = 120;
        QSet<qint64> before;
        {
            store::Database old(path, upToSeven);
            QVERIFY_RESULT(old.open());
            QCOMPARE(old.schemaVersion().valueOr(-1), 7);
            SampleStore store(old);
            const auto folder = store.addFolder(QStringLiteral("/lib"));
            QVERIFY_RESULT(folder);
            auto db = old.connection();
            QVERIFY_RESULT(db);
            for (int i = 0; i < 200; ++i) {
                const QString type = Types.at(i % Types.size());
                const bool loop = type.endsWith(QStringLiteral("loop"));
                EarlierSample sample{QStringLiteral("%1/Warm %1 %2.wav").arg(type).arg(i), type, 0.8, loop ? loopKind() : oneShotKind()};
                if (loop)
                    sample.bpm = 100 + (i * 7) % 40 + (i % 3) * 0.4;
                if (!loop || i % 2)
                    sample.keyCode = i % 24;
                if (i == 0)   // a kick the musician says is a snare
                    sample.correctedType = QStringLiteral("snare");
                QVERIFY(addEarlierSample(*db, *folder, sample) > 0);
            }
            QVERIFY(addEarlierSample(*db, *folder, {QStringLiteral("misc/Warm Thing.wav"), {}, 0, {}}) > 0);   // nothing known
            SampleQuery loopsByFilters = loops;   // the text index has no facets yet: the filters alone
            loopsByFilters.text.clear();
            before = ids(allPages(old, loopsByFilters));   // every name says "warm"
            QVERIFY(before.size() > 3);
            *db = QSqlDatabase();   // the handle goes before its connection closes
            old.closeThreadConnection();
        }
        store::Database current(path);
        QVERIFY_RESULT(current.open());
        QCOMPARE(current.schemaVersion().valueOr(-1), int(store::applicationMigrations().size()));
        checkFacetsMatchTheRows(current);
        QCOMPARE(ids(allPages(current, loops)), before);
        SampleQuery snares;
        snares.text = QStringLiteral("warm");
        snares.types = {QStringLiteral("snare")};
        QCOMPARE(ids(allPages(current, snares)), QSet<qint64>{1});   // the first sample, corrected
        current.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestSearchFacets)
#include "tst_searchfacets.moc"
