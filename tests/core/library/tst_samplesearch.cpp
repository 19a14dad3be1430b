// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/samplesearch.h"
#include "library/samplestore.h"
#include "store/database.h"
#include "store/migration.h"
#include "store/sql.h"
#include "store/transaction.h"

#include "samplerows.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::library;
using namespace musiaia::library::testing;

namespace {

QStringList names(const Result<QList<SampleHit>> &hits)
{
    QStringList list;
    if (hits) {
        for (const SampleHit &hit : *hits)
            list << hit.sample.name;
    }
    return list;
}

} // namespace

class TestSampleSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;

    Result<QList<SampleHit>> search(const SampleQuery &query) { return searchSamples(*m_db, query); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db.emplace(m_dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY_RESULT(m_db->open());
        SampleStore store(*m_db);
        const auto folder = store.addFolder(QStringLiteral("/lib"));
        QVERIFY_RESULT(folder);
        auto db = m_db->connection();
        auto tx = store::Transaction::begin(*db);
        QVERIFY_RESULT(tx);
        const qint64 f = *folder;
        using F = Field;
        QVERIFY(addSample(store, f, QStringLiteral("Drums/Kicks/Kick Hard.wav"), 0.4, {fact(F::Type, QStringLiteral("kick")), fact(F::Kind, QStringLiteral("one-shot"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Drums/Kicks/Dark Bombo.wav"), 0.6, {fact(F::Type, QStringLiteral("kick")), fact(F::Kind, QStringLiteral("one-shot"))}, {QStringLiteral("dark")}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Drums/Snares/Snare Tight.wav"), 0.3, {fact(F::Type, QStringLiteral("snare")), fact(F::Kind, QStringLiteral("one-shot"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("misc/sample_01.wav"), 0.5, {fact(F::Type, QStringLiteral("kick"), 0.5, Source::Analysis), fact(F::Kind, QStringLiteral("one-shot"), 0.8, Source::Analysis)}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Loops/House Loop A.wav"), 7.74, {fact(F::Type, QStringLiteral("music-loop")), fact(F::Bpm, QStringLiteral("124")), fact(F::Key, QStringLiteral("Am"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Loops/House Loop C.wav"), 7.74, {fact(F::Type, QStringLiteral("music-loop")), fact(F::Bpm, QStringLiteral("124")), fact(F::Key, QStringLiteral("C"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Loops/House Loop Em.wav"), 7.5, {fact(F::Type, QStringLiteral("music-loop")), fact(F::Bpm, QStringLiteral("128")), fact(F::Key, QStringLiteral("Em"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Loops/House Loop F#.wav"), 7.74, {fact(F::Type, QStringLiteral("music-loop")), fact(F::Bpm, QStringLiteral("124")), fact(F::Key, QStringLiteral("F#"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Loops/Techno Drums.wav"), 7.1, {fact(F::Type, QStringLiteral("drum-loop")), fact(F::Bpm, QStringLiteral("135"))}) > 0);
        QVERIFY(addSample(store, f, QStringLiteral("Other/Pads/Warm Pad.wav"), 4.0, {fact(F::Type, QStringLiteral("pad")), fact(F::Kind, QStringLiteral("one-shot")), fact(F::Key, QStringLiteral("Am"))}) > 0);
        const qint64 gone = addSample(store, f, QStringLiteral("Drums/Kicks/Kick Gone.wav"), 0.4, {fact(F::Type, QStringLiteral("kick"))});
        QVERIFY_RESULT(store.markMissing(*db, {gone}));
        QVERIFY_RESULT(tx->commit());
    }

    void text_matchesWordPrefixesInNamesFoldersAndTags()
    {
        SampleQuery query;
        query.text = QStringLiteral("kick");
        // Names first (weight), then the folder-only match; the missing one is left out.
        const QStringList found = names(search(query));
        QCOMPARE(found.size(), 3);
        QVERIFY(found.indexOf(QStringLiteral("Kick Hard")) < found.indexOf(QStringLiteral("sample_01")));
        query.text = QStringLiteral("dar");
        QCOMPARE(names(search(query)), QStringList{QStringLiteral("Dark Bombo")});
        query.text = QStringLiteral("house loop");
        QCOMPARE(search(query)->size(), 4);
        query.text = QStringLiteral("pads");   // folder name
        QCOMPARE(names(search(query)), QStringList{QStringLiteral("Warm Pad")});
        query.text = QStringLiteral("\"; DROP TABLE samples; --");
        QVERIFY_RESULT(search(query));   // quotes and SQL in the words are just words
    }

    void text_findsTypesInEitherLanguage()
    {
        SampleQuery query;
        query.text = QStringLiteral("bombo");   // Spanish: every kick, whatever its name
        QCOMPARE(search(query)->size(), 3);
        query.text = QStringLiteral("caja");
        QCOMPARE(names(search(query)), QStringList{QStringLiteral("Snare Tight")});
    }

    // Words and filters together (the filters are listed first and the words checked against them).
    void text_withFilters()
    {
        SampleQuery query;
        query.text = QStringLiteral("house loop");
        query.key = MusicalKey::parse(QStringLiteral("Am"));
        query.compatibleKeys = true;
        QCOMPARE(names(search(query)), QStringList({QStringLiteral("House Loop A"), QStringLiteral("House Loop C"),
                                                   QStringLiteral("House Loop Em")}));
        query = {};
        query.text = QStringLiteral("kick");
        query.folder = QStringLiteral("/lib/Drums");
        const QStringList kicks = names(search(query));   // by name first, then by type; not misc/ nor the missing one
        QCOMPARE(kicks, QStringList({QStringLiteral("Kick Hard"), QStringLiteral("Dark Bombo")}));
        query.text = QStringLiteral("bombo");
        QCOMPARE(names(search(query)).size(), 2);   // Kick Hard and Dark Bombo; not misc/sample_01
        query.types = {QStringLiteral("snare")};
        QVERIFY(names(search(query)).isEmpty());
        query = {};
        query.text = QStringLiteral("loop");
        query.bpmMin = 120;
        query.bpmMax = 126;
        QStringList loops = names(search(query));
        loops.sort();
        QCOMPARE(loops, QStringList({QStringLiteral("House Loop A"), QStringLiteral("House Loop C"), QStringLiteral("House Loop F#")}));
    }

    void filters_typeKindDurationFolder()
    {
        SampleQuery query;
        query.types = {QStringLiteral("kick")};
        QStringList kicks = names(search(query));
        QCOMPARE(kicks.size(), 3);
        QCOMPARE(kicks.last(), QStringLiteral("sample_01"));   // the least certain type last
        query.types = {QStringLiteral("kick"), QStringLiteral("snare")};
        QCOMPARE(search(query)->size(), 4);
        query = {};
        query.kind = loopKind();
        QCOMPARE(search(query)->size(), 5);
        query.kind = oneShotKind();
        query.durationMax = 0.45;
        QCOMPARE(names(search(query)), QStringList({QStringLiteral("Kick Hard"), QStringLiteral("Snare Tight")}));
        query = {};
        query.folder = QStringLiteral("/lib/Drums");
        QCOMPARE(search(query)->size(), 3);
        query.includeMissing = true;
        QCOMPARE(search(query)->size(), 4);
    }

    void tempo_rangeAndCloseness()
    {
        SampleQuery query;
        query.bpmMin = 120;
        query.bpmMax = 130;
        const auto hits = search(query);
        const QStringList found = names(hits);
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.last(), QStringLiteral("House Loop Em"));   // 128 is further from 125 than 124
        // Each hit carries its closeness: (1 - |bpm - 125| / 6) / 2.
        QCOMPARE(hits->first().relevance, (1.0 - 1.0 / 6.0) * 0.5);
        QCOMPARE(hits->last().relevance, (1.0 - 3.0 / 6.0) * 0.5);
        const auto range = parseRange(QStringLiteral("124"), 0.03);
        QVERIFY_RESULT(range);
        QVERIFY(range->first > 120 && range->second < 128);
        QVERIFY(!parseRange(QStringLiteral("fast"), 0.03));
    }

    void key_exactAndCompatible()
    {
        SampleQuery query;
        query.key = MusicalKey::parse(QStringLiteral("Am"));
        QCOMPARE(search(query)->size(), 2);
        query.compatibleKeys = true;
        query.kind = loopKind();
        // Same key, then the relative, then the neighbour; F# is not compatible.
        QCOMPARE(names(search(query)), QStringList({QStringLiteral("House Loop A"), QStringLiteral("House Loop C"),
                                                   QStringLiteral("House Loop Em")}));
    }

    void paging()
    {
        SampleQuery query;
        query.limit = 3;
        const QStringList first = names(search(query));
        query.offset = 3;
        const QStringList second = names(search(query));
        QCOMPARE(first.size(), 3);
        QCOMPARE(second.size(), 3);
        for (const QString &name : second)
            QVERIFY(!first.contains(name));
    }

    void corrections_changeWhatIsFound()
    {
        SampleStore store(*m_db);
        SampleQuery query;
        query.text = QStringLiteral("sample_01");
        const auto hits = search(query);
        QVERIFY_RESULT(hits);
        QCOMPARE(hits->size(), 1);
        const qint64 id = hits->first().sample.id;
        QVERIFY_RESULT(store.correct(id, Field::Type, QStringLiteral("caja")));   // Spanish is understood
        QVERIFY(!store.correct(id, Field::Type, QStringLiteral("banana")));
        QVERIFY(!store.correct(id, Field::Bpm, QStringLiteral("fast")));
        QVERIFY(!store.correct(987654, Field::Type, QStringLiteral("kick")));
        SampleQuery snares;
        snares.types = {QStringLiteral("snare")};
        QCOMPARE(search(snares)->size(), 2);
        QCOMPARE(store.sample(id)->type->source, Source::User);
        QVERIFY_RESULT(store.clearCorrection(id, Field::Type));
        QCOMPARE(search(snares)->size(), 1);
        QVERIFY_RESULT(store.addUserTag(id, QStringLiteral("Favourite")));
        SampleQuery tagged;
        tagged.text = QStringLiteral("favourite");
        QCOMPARE(search(tagged)->size(), 1);
        QVERIFY_RESULT(store.removeUserTag(id, QStringLiteral("favourite")));
        QCOMPARE(search(tagged)->size(), 0);
    }

    // A word that matches more samples than are ranked in full (a common word in a large library):
    // the names that say it come first, and paging reaches every match exactly once.
    void text_commonWord_ranksNamesFirstAndPagesReachEveryMatch()
    {
        QTemporaryDir dir;
        store::Database database(dir.filePath(QStringLiteral("common.sqlite")));
        QVERIFY_RESULT(database.open());
        SampleStore store(database);
        const auto folder = store.addFolder(QStringLiteral("/lib"));
        QVERIFY_RESULT(folder);
        {
            auto db = database.connection();
            auto tx = store::Transaction::begin(*db);
            QVERIFY_RESULT(tx);
            // Hats named so, and hats only the analysis calls hats (the word is in their tags).
            for (int i = 0; i < 300; ++i) {
                QVERIFY(addSample(store, *folder, QStringLiteral("Drums/Hat %1.wav").arg(i), 0.2,
                                  {fact(Field::Type, QStringLiteral("closed-hat"))}) > 0);
                QVERIFY(addSample(store, *folder, QStringLiteral("Drums/Take %1.wav").arg(i), 0.2,
                                  {fact(Field::Type, QStringLiteral("closed-hat"), 0.6, Source::Analysis)}) > 0);
            }
            QVERIFY_RESULT(tx->commit());
        }
        SampleQuery query;
        query.text = QStringLiteral("hat");
        query.limit = 50;
        const auto first = searchSamples(database, query);
        QVERIFY_RESULT(first);
        QCOMPARE(first->size(), 50);
        for (const SampleHit &hit : *first)
            QVERIFY2(hit.sample.name.startsWith(QStringLiteral("Hat ")), qPrintable(hit.sample.name));
        for (qsizetype i = 1; i < first->size(); ++i)
            QVERIFY(first->at(i - 1).relevance >= first->at(i).relevance);
        QSet<qint64> seen;
        for (query.offset = 0;; query.offset += query.limit) {
            const auto page = searchSamples(database, query);
            QVERIFY_RESULT(page);
            for (const SampleHit &hit : *page)
                QVERIFY2(!seen.contains(hit.sample.id), qPrintable(hit.sample.name));   // no page repeats a sample
            for (const SampleHit &hit : *page)
                seen.insert(hit.sample.id);
            if (page->size() < query.limit)
                break;
        }
        QCOMPARE(seen.size(), 600);
        database.closeThreadConnection();
    }

    // Text with a filter goes one of two ways (searchtext.cpp): the samples that pass a narrow filter
    // are each checked against the text; with a wide one the text index drives and ranks its newest
    // matches. Either way the names that say the word come first, relevance never rises down a
    // page, and paging reaches every match exactly once.
    void text_withFilters_bothWaysRankAndPageEveryMatch_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<int>("matches");
        QTest::addColumn<bool>("candidatesChecked");
        QTest::newRow("narrow folder: 500 samples checked, 400 match") << QStringLiteral("/lib/Drums/Top") << QStringList() << 400 << true;
        QTest::newRow("wide type: 550 samples, the text drives") << QString() << QStringList{QStringLiteral("closed-hat")} << 550 << false;
    }

    void text_withFilters_bothWaysRankAndPageEveryMatch()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, types);
        QFETCH(int, matches);
        QFETCH(bool, candidatesChecked);
        QTemporaryDir dir;
        store::Database database(dir.filePath(QStringLiteral("filters.sqlite")));
        QVERIFY_RESULT(database.open());
        SampleStore store(database);
        const auto root = store.addFolder(QStringLiteral("/lib"));
        QVERIFY_RESULT(root);
        {
            auto db = database.connection();
            auto tx = store::Transaction::begin(*db);
            QVERIFY_RESULT(tx);
            for (int i = 0; i < 200; ++i) {
                QVERIFY(addSample(store, *root, QStringLiteral("Drums/Top/Hat %1.wav").arg(i), 0.2, {fact(Field::Type, QStringLiteral("closed-hat"))}) > 0);
                QVERIFY(addSample(store, *root, QStringLiteral("Drums/Top/Take %1.wav").arg(i), 0.2,
                                  {fact(Field::Type, QStringLiteral("closed-hat"), 0.6, Source::Analysis)}) > 0);
            }
            for (int i = 0; i < 150; ++i)
                QVERIFY(addSample(store, *root, QStringLiteral("More/Hat More %1.wav").arg(i), 0.2, {fact(Field::Type, QStringLiteral("closed-hat"))}) > 0);
            for (int i = 0; i < 100; ++i)   // not hats: never found
                QVERIFY(addSample(store, *root, QStringLiteral("Drums/Top/Kick %1.wav").arg(i), 0.3, {fact(Field::Type, QStringLiteral("kick"))}) > 0);
            QVERIFY_RESULT(tx->commit());
        }
        SampleQuery query;
        query.text = QStringLiteral("hat");
        query.folder = folder;
        query.types = types;
        query.limit = 40;
        const auto plan = searchPlan(database, query);
        QVERIFY_RESULT(plan);
        const QString steps = plan->join(QLatin1Char('\n'));
        QVERIFY2(steps.contains(QStringLiteral("samples_fts VIRTUAL TABLE")), qPrintable(steps));
        QCOMPARE(steps.contains(QStringLiteral("json_each")), candidatesChecked);
        QSet<qint64> seen;
        for (query.offset = 0;; query.offset += query.limit) {
            const auto page = searchSamples(database, query);
            QVERIFY_RESULT(page);
            if (query.offset == 0) {
                QCOMPARE(page->size(), query.limit);
                for (const SampleHit &hit : *page)
                    QVERIFY2(hit.sample.name.startsWith(QStringLiteral("Hat ")), qPrintable(hit.sample.name));
            }
            for (qsizetype i = 0; i < page->size(); ++i) {
                const SampleHit &hit = page->at(i);
                QVERIFY2(!seen.contains(hit.sample.id), qPrintable(hit.sample.name));
                QVERIFY2(!hit.sample.name.startsWith(QStringLiteral("Kick")), qPrintable(hit.sample.name));
                if (candidatesChecked && i > 0)   // every match ranked: the order holds across the page
                    QVERIFY(page->at(i - 1).relevance >= hit.relevance);
                seen.insert(hit.sample.id);
            }
            if (page->size() < query.limit)
                break;
        }
        QCOMPARE(seen.size(), matches);
        database.closeThreadConnection();
    }

    // The plan shown for a text search is the one of the statements it runs, and no step reads the
    // whole table. A type and a key are facets of the text index (searchfacets.h): the text index
    // drives alone. A folder is not: the filters' index lists the few candidates, the text index
    // checks them.
    void plan_textSearchShowsItsStatements()
    {
        SampleQuery query;
        query.text = QStringLiteral("loop");
        query.types = {QStringLiteral("music-loop")};
        query.key = MusicalKey::parse(QStringLiteral("Am"));
        const auto plan = searchPlan(*m_db, query);
        QVERIFY_RESULT(plan);
        const QString steps = plan->join(QLatin1Char('\n'));
        QVERIFY2(steps.contains(QStringLiteral("samples_fts VIRTUAL TABLE")), qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("json_each")), qPrintable(steps));
        QVERIFY2(!plan->contains(QStringLiteral("SCAN s")), qPrintable(steps));
        QCOMPARE(names(search(query)), QStringList{QStringLiteral("House Loop A")});
        // A type within a tempo range and a folder: one range of samples_by_type_tempo, the
        // folder checked in the index (no sample row read to list the candidates).
        query = {};
        query.text = QStringLiteral("drums");
        query.types = {QStringLiteral("drum-loop")};
        query.bpmMin = 118;
        query.bpmMax = 140;
        query.folder = QStringLiteral("/lib/Loops");
        const auto listing = searchPlan(*m_db, query);
        QVERIFY_RESULT(listing);
        QVERIFY2(listing->first().contains(QStringLiteral("COVERING INDEX samples_by_type_tempo (type=? AND missing=? AND bpm>? AND bpm<?)")),
                 qPrintable(listing->join(QLatin1Char('\n'))));
        QCOMPARE(names(search(query)), QStringList{QStringLiteral("Techno Drums")});
        query = {};
        query.text = QStringLiteral("kick");
        const auto textOnly = searchPlan(*m_db, query);
        QVERIFY_RESULT(textOnly);
        QVERIFY2(textOnly->join(QLatin1Char(' ')).contains(QStringLiteral("SEARCH s USING INTEGER PRIMARY KEY")), qPrintable(textOnly->join(QLatin1Char('\n'))));
    }

    // The common searches read a covering index, and the ones whose order an index holds (by name;
    // by type, surest first) read their first page off it without sorting.
    void plan_usesIndexesForCommonFilters_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("tempo");
        QTest::addColumn<bool>("key");
        QTest::addColumn<QString>("index");
        QTest::addColumn<bool>("sorts");
        QTest::newRow("everything, by name") << QStringList() << QString() << false << false << QStringLiteral("samples_name") << false;
        QTest::newRow("one type") << QStringList{QStringLiteral("kick")} << QString() << false << false << QStringLiteral("samples_by_type") << false;
        QTest::newRow("one type, one-shots") << QStringList{QStringLiteral("snare")} << oneShotKind() << false << false << QStringLiteral("samples_by_type") << false;
        QTest::newRow("two types") << QStringList{QStringLiteral("snare"), QStringLiteral("clap")} << oneShotKind() << false << false << QStringLiteral("samples_by_type") << false;
        QTest::newRow("loop, type, tempo, key") << QStringList{QStringLiteral("music-loop")} << loopKind() << true << true << QStringLiteral("COVERING INDEX samples_by_(type|kind)_key") << true;
        QTest::newRow("loops by tempo") << QStringList() << loopKind() << true << false << QStringLiteral("COVERING INDEX samples_by_kind_key") << true;
        QTest::newRow("loops by key") << QStringList() << loopKind() << false << true << QStringLiteral("COVERING INDEX samples_by_kind_key") << true;
    }

    void plan_usesIndexesForCommonFilters()
    {
        QFETCH(QStringList, types);
        QFETCH(QString, kind);
        QFETCH(bool, tempo);
        QFETCH(bool, key);
        QFETCH(QString, index);
        QFETCH(bool, sorts);
        SampleQuery query;
        query.types = types;
        query.kind = kind;
        if (tempo) {
            query.bpmMin = 120;
            query.bpmMax = 128;
        }
        if (key) {
            query.key = MusicalKey::parse(QStringLiteral("Am"));
            query.compatibleKeys = true;
        }
        const auto plan = searchPlan(*m_db, query);
        QVERIFY_RESULT(plan);
        // The ranking (the "page" subquery); reading the page's full rows afterwards is per row.
        const qsizetype from = plan->indexOf(QStringLiteral("MATERIALIZE page"));
        const qsizetype to = plan->indexOf(QStringLiteral("SCAN page"));
        QVERIFY2(from >= 0 && to > from, qPrintable(plan->join(QLatin1Char('\n'))));
        const QStringList ranking = plan->mid(from + 1, to - from - 1);
        const QString text = ranking.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QRegularExpression(index)), qPrintable(text));
        QVERIFY2(!ranking.contains(QStringLiteral("SCAN s")), qPrintable(text));   // never the whole table
        // Ranked by an expression (tempo, key): the few rows the index finds are sorted. Otherwise
        // nothing read from the samples is sorted (several types merge their pages, of `limit`
        // rows each).
        bool sortsMatches = false;
        for (qsizetype i = 1; i < ranking.size(); ++i) {
            sortsMatches |= ranking.at(i).contains(QStringLiteral("TEMP B-TREE"))
                && (ranking.at(i - 1).startsWith(QStringLiteral("SEARCH s ")) || ranking.at(i - 1).startsWith(QStringLiteral("SCAN s ")));
        }
        QVERIFY2(sortsMatches == sorts, qPrintable(text));
        QVERIFY_RESULT(search(query));
    }

    // A library written before migration 5 (schema 4, with samples, corrections and tags) is
    // upgraded in place: same samples, same answers, the new indexes in use, the old ones gone.
    void migration5_upgradesALibraryKeepingItsSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const std::vector<store::Migration> upToFour(store::applicationMigrations().begin(),
                                                      store::applicationMigrations().begin() + 4);
        SampleQuery snares;
        snares.types = {QStringLiteral("snare"), QStringLiteral("clap")};
        SampleQuery text;
        text.text = QStringLiteral("kick");
        QStringList snaresBefore, textBefore;
        {
            store::Database old(path, upToFour);
            QVERIFY_RESULT(old.open());
            QCOMPARE(old.schemaVersion().valueOr(-1), 4);
            SampleStore store(old);
            const auto folder = store.addFolder(QStringLiteral("/lib"));
            QVERIFY_RESULT(folder);
            auto db = old.connection();
            QVERIFY_RESULT(db);
            for (int i = 0; i < 30; ++i) {
                const QString type = i % 3 == 0 ? QStringLiteral("snare") : i % 3 == 1 ? QStringLiteral("clap") : QStringLiteral("kick");
                EarlierSample sample{QStringLiteral("Drums/%1 %2.wav").arg(type).arg(i), type, 0.5 + i / 100.0, oneShotKind()};
                if (i == 2)   // a kick the musician says is a snare
                    sample.correctedType = QStringLiteral("snare");
                if (i == 5)
                    sample.userTags = {QStringLiteral("favourite")};
                QVERIFY(addEarlierSample(*db, *folder, sample) > 0);
            }
            snaresBefore = names(searchSamples(old, snares));
            textBefore = names(searchSamples(old, text));
            QCOMPARE(snaresBefore.size(), 21);
            *db = QSqlDatabase();   // the handle goes before its connection closes
            old.closeThreadConnection();
        }
        store::Database current(path);
        QVERIFY_RESULT(current.open());
        QCOMPARE(current.schemaVersion().valueOr(-1), int(store::applicationMigrations().size()));
        QCOMPARE(names(searchSamples(current, snares)), snaresBefore);
        QCOMPARE(names(searchSamples(current, text)), textBefore);
        SampleQuery favourite;
        favourite.text = QStringLiteral("favourite");
        QCOMPARE(names(searchSamples(current, favourite)), QStringList{QStringLiteral("kick 5")});
        const auto plan = searchPlan(current, snares);
        QVERIFY_RESULT(plan);
        QVERIFY2(plan->join(QLatin1Char(' ')).contains(QStringLiteral("samples_by_type")), qPrintable(plan->join(QLatin1Char(' '))));
        {
            auto db = current.connection();
            QVERIFY_RESULT(db);
            QCOMPARE(store::queryValue(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                                                           " ('samples_type', 'samples_kind', 'samples_bpm', 'samples_key', 'samples_type_rank')"))
                         .valueOr(QVariant(-1)).toInt(),
                     0);
        }
        current.closeThreadConnection();
    }

    // A library written before migration 6 (schema 5: the text index with prefixes of 2 and 3
    // characters) gets the wider prefix index in place: the same samples answer the same words,
    // the musician's tags and corrections stay, and deleting a sample still drops its text row.
    void migration6_rebuildsTheTextIndexKeepingItsSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema5.sqlite"));
        const std::vector<store::Migration> upToFive(store::applicationMigrations().begin(),
                                                      store::applicationMigrations().begin() + 5);
        const QStringList words = {QStringLiteral("kick"), QStringLiteral("bombo"), QStringLiteral("da"), QStringLiteral("snare 1"),
                                   QStringLiteral("favourite"), QStringLiteral("drums")};
        QList<QStringList> before;
        qint64 doomed = -1;
        {
            store::Database old(path, upToFive);
            QVERIFY_RESULT(old.open());
            QCOMPARE(old.schemaVersion().valueOr(-1), 5);
            SampleStore store(old);
            const auto folder = store.addFolder(QStringLiteral("/lib"));
            QVERIFY_RESULT(folder);
            auto db = old.connection();
            QVERIFY_RESULT(db);
            for (int i = 0; i < 30; ++i) {
                const QString type = i % 3 == 0 ? QStringLiteral("snare") : i % 3 == 1 ? QStringLiteral("clap") : QStringLiteral("kick");
                EarlierSample sample{QStringLiteral("Drums/%1 %2 %3.wav").arg(i % 2 ? QStringLiteral("Dark") : QStringLiteral("Dusty"), type).arg(i),
                                     type, 0.5 + i / 100.0, oneShotKind()};
                if (i == 2)   // a kick the musician says is a snare
                    sample.correctedType = QStringLiteral("snare");
                if (i == 5)
                    sample.userTags = {QStringLiteral("favourite")};
                const qint64 id = addEarlierSample(*db, *folder, sample);
                QVERIFY(id > 0);
                if (i == 8)
                    doomed = id;
            }
            for (const QString &word : words) {
                SampleQuery query;
                query.text = word;
                before << names(searchSamples(old, query));
                QVERIFY2(!before.last().isEmpty(), qPrintable(word));
            }
            *db = QSqlDatabase();   // the handle goes before its connection closes
            old.closeThreadConnection();
        }
        store::Database current(path);
        QVERIFY_RESULT(current.open());
        QCOMPARE(current.schemaVersion().valueOr(-1), int(store::applicationMigrations().size()));
        for (qsizetype i = 0; i < words.size(); ++i) {
            SampleQuery query;
            query.text = words.at(i);
            QStringList after = names(searchSamples(current, query));
            QStringList expected = before.at(i);
            after.sort();   // the same samples; a wider index may rank a tie differently
            expected.sort();
            QCOMPARE(after, expected);
        }
        {
            auto db = current.connection();
            QVERIFY_RESULT(db);
            const auto schema = store::queryValue(*db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'samples_fts'"));
            QVERIFY_RESULT(schema);
            QVERIFY2(schema->toString().contains(QStringLiteral("prefix = '2 3 4 5 6'")), qPrintable(schema->toString()));
            QCOMPARE(store::queryValue(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'samples_fts_schema5%'")).valueOr(QVariant(-1)).toInt(), 0);
            QCOMPARE(store::queryValue(*db, QStringLiteral("SELECT count(*) FROM samples_fts")).valueOr(QVariant(-1)).toInt(), 30);
            auto remove = store::prepare(*db, QStringLiteral("DELETE FROM samples WHERE id = ?"));
            QVERIFY_RESULT(remove);
            remove->addBindValue(doomed);
            QVERIFY_RESULT(store::exec(*remove));
            QCOMPARE(store::queryValue(*db, QStringLiteral("SELECT count(*) FROM samples_fts")).valueOr(QVariant(-1)).toInt(), 29);
        }
        SampleQuery kicks;
        kicks.text = QStringLiteral("kick");
        QCOMPARE(names(searchSamples(current, kicks)).size(), before.first().size() - 1);
        current.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestSampleSearch)
#include "tst_samplesearch.moc"
