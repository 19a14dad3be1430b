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

} // namespace

const std::vector<Migration> &applicationMigrations()
{
    // Append new steps at the end, with the next version number.
    static const std::vector<Migration> all = {
        librarySchema(),
        aiRequestLogSchema(),
    };
    return all;
}

} // namespace musiaia::store
