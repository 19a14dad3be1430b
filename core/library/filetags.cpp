// SPDX-License-Identifier: GPL-3.0-or-later
#include "filetags.h"

#include "library/musicalkey.h"

#include <QFile>

#include <fileref.h>
#include <tdebuglistener.h>
#include <tfile.h>
#include <tpropertymap.h>

#include <mutex>

namespace musiaia::library {
namespace {

// TagLib reports damaged tags on stderr; a damaged tag is not worth a line in the import.
class QuietListener final : public TagLib::DebugListener
{
public:
    void printMessage(const TagLib::String &) override {}
};

void silenceTagLib()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static QuietListener listener;
        TagLib::setDebugListener(&listener);
    });
}

QString toQString(const TagLib::String &text)
{
    return QString::fromStdWString(text.toWString()).trimmed();
}

QString first(const TagLib::PropertyMap &map, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const auto it = map.find(TagLib::String(key));
        if (it != map.end() && !it->second.isEmpty())
            return toQString(it->second.front());
    }
    return {};
}

} // namespace

FileTags readFileTags(const QString &path)
{
    silenceTagLib();
    FileTags tags;
    const QByteArray encoded = QFile::encodeName(path);
    TagLib::FileRef file(encoded.constData(), false);
    if (file.isNull() || !file.file())
        return tags;
    const TagLib::PropertyMap map = file.file()->properties();
    tags.title = first(map, {"TITLE"});
    tags.artist = first(map, {"ARTIST"});
    tags.genre = first(map, {"GENRE"});
    tags.comment = first(map, {"COMMENT", "DESCRIPTION"});
    tags.bpm = first(map, {"BPM", "TBPM", "TEMPO"});
    tags.key = first(map, {"INITIALKEY", "KEY", "TKEY"});
    return tags;
}

QList<Evidence> tagEvidence(const FileTags &tags)
{
    QList<Evidence> evidence;
    bool ok = false;
    const double bpm = QString(tags.bpm).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (ok && bpm >= 40 && bpm <= 250) {
        evidence.append({Field::Bpm, Source::Tag, QString::number(std::round(bpm * 100) / 100), 0.95,
                         QStringLiteral("BPM tag \"%1\"").arg(tags.bpm)});
    }
    if (const auto key = MusicalKey::parse(tags.key)) {
        evidence.append({Field::Key, Source::Tag, key->name(), 0.9, QStringLiteral("key tag \"%1\"").arg(tags.key)});
    }
    if (!tags.genre.isEmpty())
        evidence.append({Field::Genre, Source::Tag, tags.genre.left(80), 0.9, QStringLiteral("genre tag")});
    if (!tags.comment.isEmpty())
        evidence.append({Field::Comment, Source::Tag, tags.comment.left(500), 0.9, QStringLiteral("comment tag")});
    return evidence;
}

} // namespace musiaia::library
