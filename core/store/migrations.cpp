// SPDX-License-Identifier: GPL-3.0-or-later
// The application's schema, one step per entry. To change the schema, append a step with the next
// version number; never edit a step that has landed on main (users' files already went through it).
#include "store/migration.h"

namespace musiaia::store {
namespace {

// Sample library (core/library). Resolved values (a user's correction, else the most trusted
// evidence) are kept on `samples` so that searches need no join; every piece of evidence stays in
// `sample_evidence` with its source and confidence, so the UI can explain a value.
Migration librarySchema()
{
    return {1, QStringLiteral("library: sample folders, samples, evidence, corrections, tags, search"), {
        QStringLiteral(
            "CREATE TABLE sample_folders ("
            " id INTEGER PRIMARY KEY,"
            " path TEXT NOT NULL UNIQUE,"
            " added_at TEXT NOT NULL,"
            " scan_state TEXT NOT NULL DEFAULT 'new',"      // new|running|complete|cancelled|failed
            " scan_started_at TEXT,"
            " scan_finished_at TEXT)"),
        QStringLiteral(
            "CREATE TABLE samples ("
            " id INTEGER PRIMARY KEY,"
            " folder_id INTEGER NOT NULL REFERENCES sample_folders(id) ON DELETE CASCADE,"
            " path TEXT NOT NULL UNIQUE,"
            " relative_dir TEXT NOT NULL,"                   // folder below the root, '/'-separated
            " name TEXT NOT NULL,"                           // file name without extension
            " size INTEGER NOT NULL,"
            " mtime INTEGER NOT NULL,"                       // ms since the epoch
            " content_hash TEXT NOT NULL,"
            " format TEXT NOT NULL,"                         // wav|aiff|flac|ogg|mp3
            " encoding TEXT NOT NULL,"                       // pcm16|pcm24|float|vorbis|mp3...
            " duration REAL NOT NULL,"                       // seconds
            " sample_rate INTEGER NOT NULL,"
            " channels INTEGER NOT NULL,"
            " bit_depth INTEGER,"                            // NULL for lossy formats
            " loudness REAL,"                                // LUFS (EBU R128 integrated)
            " peak REAL,"                                    // dBFS sample peak
            " missing INTEGER NOT NULL DEFAULT 0,"
            " analysis_version INTEGER NOT NULL,"
            " imported_at TEXT NOT NULL,"
            " analysed_at TEXT NOT NULL,"
            " type TEXT, type_confidence REAL, type_source TEXT,"
            " kind TEXT, kind_confidence REAL, kind_source TEXT,"     // one-shot|loop
            " bpm REAL, bpm_confidence REAL, bpm_source TEXT,"
            " key_code INTEGER, key_confidence REAL, key_source TEXT," // pitch class + 12 if minor
            " root_midi INTEGER, root_confidence REAL, root_source TEXT,"
            " genre TEXT)"),
        QStringLiteral("CREATE INDEX samples_folder ON samples(folder_id, relative_dir)"),
        QStringLiteral("CREATE INDEX samples_hash ON samples(content_hash)"),
        QStringLiteral("CREATE INDEX samples_type ON samples(type, kind)"),
        QStringLiteral("CREATE INDEX samples_kind ON samples(kind)"),
        QStringLiteral("CREATE INDEX samples_bpm ON samples(bpm)"),
        QStringLiteral("CREATE INDEX samples_key ON samples(key_code)"),
        QStringLiteral(
            "CREATE TABLE sample_evidence ("
            " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
            " field TEXT NOT NULL,"                          // type|kind|bpm|key|root|genre|comment
            " source TEXT NOT NULL,"                         // tag|name|analysis
            " value TEXT NOT NULL,"
            " confidence REAL NOT NULL,"
            " detail TEXT NOT NULL DEFAULT '',"              // why, for the musician
            " PRIMARY KEY (sample_id, field, source)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE sample_corrections ("
            " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
            " field TEXT NOT NULL,"
            " value TEXT NOT NULL,"
            " corrected_at TEXT NOT NULL,"
            " PRIMARY KEY (sample_id, field)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
        QStringLiteral(
            "CREATE TABLE sample_tags ("
            " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
            " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            " source TEXT NOT NULL,"                         // tag|name|user
            " PRIMARY KEY (sample_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX sample_tags_tag ON sample_tags(tag_id)"),
        // Files that could not be imported, remembered with size and mtime so that an unchanged
        // broken file is reported again without being decoded again.
        QStringLiteral(
            "CREATE TABLE import_problems ("
            " path TEXT PRIMARY KEY,"
            " folder_id INTEGER NOT NULL REFERENCES sample_folders(id) ON DELETE CASCADE,"
            " size INTEGER NOT NULL,"
            " mtime INTEGER NOT NULL,"
            " problem TEXT NOT NULL,"                        // corrupt|truncated|empty|unreadable|...
            " message TEXT NOT NULL,"
            " seen_at TEXT NOT NULL)"),
        // Full-text search over names, folders and tags; rowid is samples.id.
        QStringLiteral(
            "CREATE VIRTUAL TABLE samples_fts USING fts5(name, folder, tags,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral(
            "CREATE TRIGGER samples_fts_delete AFTER DELETE ON samples BEGIN"
            " DELETE FROM samples_fts WHERE rowid = old.id; END"),
    }, {}};
}

// AI requests (core/ai): what each request to a provider sent, for the privacy and cost view. Sizes
// and counts only: never the prompt, the answer or the key.
Migration aiRequestLogSchema()
{
    return {2, QStringLiteral("ai: request log (sizes and tokens, never content)"), {
        QStringLiteral(
            "CREATE TABLE ai_requests ("
            " id INTEGER PRIMARY KEY,"
            " started_at TEXT NOT NULL,"                     // ISO 8601 UTC
            " provider TEXT NOT NULL,"                       // glm|minimax
            " model TEXT NOT NULL,"
            " characters INTEGER NOT NULL,"                  // characters of text sent
            " estimated_tokens INTEGER NOT NULL,"
            " prompt_tokens INTEGER,"                        // as the provider counted, when it said
            " completion_tokens INTEGER,"
            " reasoning_tokens INTEGER,"
            " duration_ms INTEGER NOT NULL,"
            " attempts INTEGER NOT NULL,"
            " outcome TEXT NOT NULL)"),                      // ok or an error kind
        QStringLiteral("CREATE INDEX ai_requests_started ON ai_requests(started_at)"),
    }, {}};
}

// Chat session (core/session): conversations and their messages, projects and their versions, and
// the samples each version uses. A version's files live in its own Live project folder; the row is
// written in the same transaction that renames the finished folder into place (see projectstore.h).
Migration sessionSchema()
{
    return {3, QStringLiteral("session: conversations, messages, projects, versions, chosen samples"), {
        QStringLiteral(
            "CREATE TABLE conversations ("
            " id INTEGER PRIMARY KEY,"
            " title TEXT NOT NULL,"
            " language TEXT NOT NULL DEFAULT 'en',"           // es|en: the musician's last language
            " created_at TEXT NOT NULL,"                      // ISO 8601 UTC
            " updated_at TEXT NOT NULL,"
            " current_project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,"
            " current_version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,"
            " reference TEXT)"),                              // JSON: an analysed set ("in this style")
        QStringLiteral("CREATE INDEX conversations_updated ON conversations(updated_at)"),
        QStringLiteral(
            "CREATE TABLE projects ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " folder TEXT NOT NULL UNIQUE,"                   // absolute; holds one folder per version
            " conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX projects_updated ON projects(updated_at)"),
        QStringLiteral(
            "CREATE TABLE versions ("
            " id INTEGER PRIMARY KEY,"
            " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL,"
            " parent_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,"
            " created_at TEXT NOT NULL,"
            " prompt TEXT NOT NULL,"                          // the message that made it
            " language TEXT NOT NULL,"                        // es|en
            " plan TEXT NOT NULL,"                            // the complete plan, JSON
            " seed INTEGER NOT NULL,"
            " provider TEXT NOT NULL,"                        // local|glm|minimax
            " model TEXT NOT NULL DEFAULT '',"
            " diff TEXT NOT NULL DEFAULT '',"                 // readable, in `language`
            " changes TEXT NOT NULL DEFAULT '[]',"            // JSON: the same diff as data
            " folder TEXT NOT NULL UNIQUE,"                   // the version's Live project folder
            " set_path TEXT NOT NULL,"                        // its .als
            " genre TEXT NOT NULL DEFAULT '',"
            " tempo REAL NOT NULL DEFAULT 0,"
            " key_name TEXT NOT NULL DEFAULT '',"
            " bars INTEGER NOT NULL DEFAULT 0,"
            " seconds REAL NOT NULL DEFAULT 0,"
            " UNIQUE (project_id, number))"),
        QStringLiteral(
            "CREATE TABLE version_samples ("
            " id INTEGER PRIMARY KEY,"
            " version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,"
            " part_id TEXT NOT NULL,"
            " role TEXT NOT NULL,"
            " sample_id INTEGER REFERENCES samples(id) ON DELETE SET NULL,"
            " source_path TEXT NOT NULL,"                     // the library file
            " project_path TEXT NOT NULL,"                    // the copy, relative to the version folder
            " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX version_samples_version ON version_samples(version_id)"),
        QStringLiteral(
            "CREATE TABLE messages ("
            " id INTEGER PRIMARY KEY,"
            " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            " role TEXT NOT NULL,"                            // user|assistant
            " content TEXT NOT NULL,"
            " reasoning TEXT NOT NULL DEFAULT '',"
            " intent TEXT NOT NULL DEFAULT '',"               // generate|modify|analyze|talk
            " language TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT 'ok',"             // ok|failed|cancelled
            " provider TEXT NOT NULL DEFAULT '',"             // who answered: local|glm|minimax
            " model TEXT NOT NULL DEFAULT '',"
            " prompt_tokens INTEGER,"
            " completion_tokens INTEGER,"
            " duration_ms INTEGER,"
            " version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, id)"),
        // Search: messages through an external-content index kept by triggers; projects through
        // a small index (name, genres, prompts) rewritten whenever a version is added.
        QStringLiteral(
            "CREATE VIRTUAL TABLE messages_fts USING fts5(content, content = 'messages', content_rowid = 'id',"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
            " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content); END"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
            " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE projects_fts USING fts5(name, details,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral(
            "CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects BEGIN"
            " DELETE FROM projects_fts WHERE rowid = old.id; END"),
    }, {}};
}

// Library search on large libraries (bench/library): listing by name walks an index instead of
// sorting every row, and searches by type read a covering index instead of the wide sample rows.
Migration librarySearchIndexes()
{
    return {4, QStringLiteral("library: indexes for listing by name and searching by type"), {
        QStringLiteral("CREATE INDEX samples_name ON samples(name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX samples_type_rank ON samples(type, kind, missing, type_confidence, name COLLATE NOCASE)"),
    }, {}};
}

// Library search at 100,000 rows (bench/library), step two. Each common filter (type; loop or
// one-shot; key; tempo) seeks a covering index that also holds what the ranking reads, so a search
// never reads the wide sample rows before it has its page. samples_by_type keeps each type's rows in
// the order of a search by type (surest first, then by name): the first page is read off the index
// without sorting. The old single-column indexes and migration 4's type index are superseded. The
// text index is merged into one segment: prefix searches ("kick*") then read one list per word.
Migration librarySearchCoveringIndexes()
{
    return {5, QStringLiteral("library: covering indexes for the search filters; text index merged"), {
        QStringLiteral("DROP INDEX samples_type"),
        QStringLiteral("DROP INDEX samples_kind"),
        QStringLiteral("DROP INDEX samples_bpm"),
        QStringLiteral("DROP INDEX samples_key"),
        QStringLiteral("DROP INDEX samples_type_rank"),
        QStringLiteral("CREATE INDEX samples_by_type ON samples(type, missing, type_confidence DESC,"
                       " name COLLATE NOCASE, id, kind, duration, bpm, key_code)"),
        QStringLiteral("CREATE INDEX samples_by_type_key ON samples(type, missing, key_code, bpm,"
                       " kind, duration, type_confidence, name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX samples_by_kind_key ON samples(kind, missing, key_code, bpm,"
                       " duration, type, type_confidence, name COLLATE NOCASE)"),
        QStringLiteral("INSERT INTO samples_fts(samples_fts) VALUES ('optimize')"),
    }, {}};
}

// Library search at 100,000 rows, step three (bench/library). Every search word is a prefix
// ("kick"*); without a prefix index of its length FTS5 merges the lists of every word that starts
// so, per statement and again for BM25's document counts, and cannot seek a sample's row in the
// merged list. Prefixes of 2 to 6 characters (nearly every word typed) are indexed, for about half
// as much again text index. FTS5 cannot change an existing table's options: the table is built anew
// from the old one's contents (its rowids are the samples' ids), then merged into one segment.
Migration libraryWidePrefixIndex()
{
    return {6, QStringLiteral("library: text index of word prefixes of 2 to 6 characters"), {
        QStringLiteral("DROP TRIGGER samples_fts_delete"),
        QStringLiteral("ALTER TABLE samples_fts RENAME TO samples_fts_schema5"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE samples_fts USING fts5(name, folder, tags,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')"),
        QStringLiteral("INSERT INTO samples_fts (rowid, name, folder, tags) SELECT rowid, name, folder, tags FROM samples_fts_schema5"),
        QStringLiteral("DROP TABLE samples_fts_schema5"),
        QStringLiteral(
            "CREATE TRIGGER samples_fts_delete AFTER DELETE ON samples BEGIN"
            " DELETE FROM samples_fts WHERE rowid = old.id; END"),
        QStringLiteral("INSERT INTO samples_fts(samples_fts) VALUES ('optimize')"),
    }, {}};
}

// Library search, step four (bench/library): a search by type and tempo range, often within a
// folder ("drum loops at 118-130 BPM in this pack"), lists its samples off one index range with
// the folder checked in the index too. samples_by_type_key cannot seek a tempo range (the key comes
// first) and the folder is the path, which no other index next to the type holds; reading each
// sample's row for its path cost more than the rest of such a search.
Migration librarySearchTypeTempoIndex()
{
    return {7, QStringLiteral("library: index for a type within a tempo range and a folder"), {
        QStringLiteral("CREATE INDEX samples_by_type_tempo ON samples(type, missing, bpm, path, key_code, kind, duration)"),
    }, {}};
}

// Library search, step five (bench/library): a common word with a wide filter ("warm" among
// thousands of drum loops) read the row of every sample that says the word to check the filter.
// A fourth text column holds the filters' fields as words (core/library/searchfacets.h) so that
// the text index intersects the word with the filter itself. FTS5 cannot add a column: the table
// is built anew from the old one's contents and the samples' resolved fields. The words are
// written here as facetWords() writes them (tst_searchfacets compares the two).
Migration librarySearchFacets()
{
    return {8, QStringLiteral("library: the filters' fields as words in the text index"), {
        QStringLiteral("DROP TRIGGER samples_fts_delete"),
        QStringLiteral("ALTER TABLE samples_fts RENAME TO samples_fts_schema7"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE samples_fts USING fts5(name, folder, tags, facets,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')"),
        QStringLiteral(
            "INSERT INTO samples_fts (rowid, name, folder, tags, facets)"
            " SELECT f.rowid, f.name, f.folder, f.tags,"
            "  coalesce('qxt' || replace(nullif(s.type, ''), '-', ''), 'qxtnone')"
            "  || coalesce(' qxk' || replace(nullif(s.kind, ''), '-', ''), ' qxknone')"
            "  || coalesce(' qxb' || CASE WHEN s.bpm >= 0 AND s.bpm < 1000 THEN CAST(s.bpm AS INTEGER) END, ' qxbnone')"
            "  || coalesce(' qxc' || s.key_code, ' qxcnone')"
            " FROM samples_fts_schema7 f LEFT JOIN samples s ON s.id = f.rowid"),
        QStringLiteral("DROP TABLE samples_fts_schema7"),
        QStringLiteral(
            "CREATE TRIGGER samples_fts_delete AFTER DELETE ON samples BEGIN"
            " DELETE FROM samples_fts WHERE rowid = old.id; END"),
        QStringLiteral("INSERT INTO samples_fts(samples_fts) VALUES ('optimize')"),
    }, {}};
}

} // namespace

const std::vector<Migration> &applicationMigrations()
{
    // Append new steps at the end, with the next version number.
    static const std::vector<Migration> all = {
        librarySchema(),
        aiRequestLogSchema(),
        sessionSchema(),
        librarySearchIndexes(),
        librarySearchCoveringIndexes(),
        libraryWidePrefixIndex(),
        librarySearchTypeTempoIndex(),
        librarySearchFacets(),
    };
    return all;
}

} // namespace musiaia::store
