// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

namespace musiaia::library {

bool isAudioExtension(const QString &suffix)
{
    static const QStringList extensions = {QStringLiteral("wav"),  QStringLiteral("wave"), QStringLiteral("aif"),
                                           QStringLiteral("aiff"), QStringLiteral("aifc"), QStringLiteral("flac"),
                                           QStringLiteral("ogg"),  QStringLiteral("oga"),  QStringLiteral("mp3")};
    return extensions.contains(suffix.toLower());
}

FolderScan scanFolder(const QString &root, const std::atomic_bool *cancel)
{
    FolderScan scan;
    const QFileInfo rootInfo(root);
    struct Pending
    {
        QString path;
        QString relative;
        QStringList folders;
    };
    QList<Pending> stack = {{rootInfo.absoluteFilePath(), QString(), {rootInfo.fileName()}}};
    QSet<QString> visited;   // canonical paths of folders already walked
    while (!stack.isEmpty()) {
        if (cancel && cancel->load()) {
            scan.cancelled = true;
            return scan;
        }
        const Pending current = stack.takeLast();
        const QFileInfo dirInfo(current.path);
        const QString canonical = dirInfo.canonicalFilePath();
        if (visited.contains(canonical)) {
            scan.problems.append({current.path, Problem::SymlinkLoop,
                                  QStringLiteral("a link back to %1, which is already being imported: skipped").arg(canonical)});
            continue;
        }
        visited.insert(canonical);
        if (!dirInfo.isReadable() || !dirInfo.isExecutable()) {
            scan.problems.append({current.path, Problem::PermissionDenied, QStringLiteral("the folder cannot be opened (permission denied)")});
            continue;
        }
        const QFileInfoList entries = QDir(current.path).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name | QDir::IgnoreCase);
        QList<Pending> subfolders;
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            if (entry.isSymLink() && !entry.exists()) {
                scan.problems.append({entry.absoluteFilePath(), Problem::Unreadable,
                                      QStringLiteral("a broken link (to %1)").arg(entry.symLinkTarget())});
                continue;
            }
            if (name.startsWith(QLatin1Char('.'))) {
                ++scan.hidden;
                continue;
            }
            if (entry.isDir()) {
                subfolders.append({entry.absoluteFilePath(),
                                   current.relative.isEmpty() ? name : current.relative + QLatin1Char('/') + name,
                                   current.folders + QStringList{name}});
                continue;
            }
            if (!entry.isFile())
                continue;   // sockets, devices
            if (!isAudioExtension(entry.suffix())) {
                ++scan.skippedByExtension[entry.suffix().toLower()];
                continue;
            }
            scan.audio.append({entry.absoluteFilePath(), current.relative, current.folders, entry.size(),
                               entry.lastModified().toMSecsSinceEpoch()});
        }
        // Depth first, in name order.
        for (qsizetype i = subfolders.size() - 1; i >= 0; --i)
            stack.append(subfolders.at(i));
    }
    std::sort(scan.audio.begin(), scan.audio.end(), [](const ScannedFile &a, const ScannedFile &b) { return a.path < b.path; });
    return scan;
}

QString contentFingerprint(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 Chunk = 64 * 1024;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 littleEndianSize = qToLittleEndian(size);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&littleEndianSize), sizeof littleEndianSize));
    if (size <= 3 * Chunk) {
        const QByteArray all = file.readAll();
        if (all.size() != size)
            return {};
        hash.addData(all);
    } else {
        for (qint64 offset : {qint64(0), size / 2 - Chunk / 2, size - Chunk}) {
            if (!file.seek(offset))
                return {};
            const QByteArray part = file.read(Chunk);
            if (part.size() != Chunk)
                return {};
            hash.addData(part);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace musiaia::library
