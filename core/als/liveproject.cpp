// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/liveproject.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als {

namespace {

constexpr qsizetype MaxNameLength = 80;
const QString ProjectSuffix = u" Project"_s;
const QString ProjectInfoFolder = u"Ableton Project Info"_s;
const QString ImportedFolder = u"Samples/Imported"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::LiveProject", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool reservedOnWindows(const QString &name)
{
    static const QStringList reserved = {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    if (reserved.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s)) && stem.at(3).isDigit()
        && stem.at(3) != u'0';
}

QString sanitizeFileName(const QString &name, qsizetype maxLength, const QString &fallback)
{
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    QString clean;
    clean.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            clean.append(c).append(name.at(++i));
        } else if (c.isSurrogate()) {
            continue; // half a character
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F || forbidden.contains(c)) {
            clean.append(u'-');
        } else {
            clean.append(c);
        }
    }
    clean = clean.simplified();
    if (clean.size() > maxLength) {
        clean.truncate(maxLength);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    while (!clean.isEmpty() && (clean.back() == u'.' || clean.back() == u' '))
        clean.chop(1);
    while (!clean.isEmpty() && (clean.front() == u'.' || clean.front() == u' '))
        clean.remove(0, 1);
    if (clean.isEmpty())
        return fallback;
    if (reservedOnWindows(clean))
        clean.append(u'_');
    return clean;
}

// File systems on macOS and Windows ignore case: "Kick.wav" and "kick.wav" are one file there.
QString nameKey(const QString &fileName)
{
    return fileName.toCaseFolded();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&file) ? hash.result() : QByteArray();
}

// Copies each sample once into Samples/Imported of the project being built.
class SampleImporter
{
public:
    SampleImporter(QString buildDir, QString finalDir)
        : m_buildDir(std::move(buildDir))
        , m_finalDir(std::move(finalDir))
    {
    }

    const QStringList &copied() const { return m_copied; }

    // Points `sample` at its copy in the project, copying the file when it is the first use.
    Result<void> import(SampleReference &sample, const QString &clipLabel)
    {
        const QFileInfo source(sample.absolutePath);
        if (sample.absolutePath.isEmpty() || !source.isFile()) {
            return makeError(ErrorCode::NotFound, tr("The sample “%1” of %2 was not found")
                                                      .arg(shown(sample.absolutePath.isEmpty() ? sample.relativePath
                                                                                               : sample.absolutePath),
                                                           clipLabel));
        }
        const QString sourcePath = source.canonicalFilePath();
        auto known = m_bySource.find(sourcePath);
        if (known == m_bySource.end()) {
            auto fileName = copyIn(source);
            if (!fileName)
                return fileName.error();
            known = m_bySource.emplace(sourcePath, *fileName).first;
        }
        const QString fileName = known->second;
        const QFileInfo copy(m_buildDir + u'/' + ImportedFolder + u'/' + fileName);
        sample.relativePath = ImportedFolder + u'/' + fileName;
        sample.absolutePath = m_finalDir + u'/' + ImportedFolder + u'/' + fileName;
        sample.fileSize = copy.size();
        sample.lastModified = copy.lastModified().toSecsSinceEpoch();
        return {};
    }

private:
    Result<QString> copyIn(const QFileInfo &source)
    {
        const QString importDir = m_buildDir + u'/' + ImportedFolder;
        if (!QDir().mkpath(importDir))
            return makeError(ErrorCode::Io, tr("Could not create the folder “%1”").arg(shown(importDir)));
        const QString suffix = source.suffix().isEmpty() ? QString() : u'.' + sanitizeFileName(source.suffix(), 16, QString());
        const QString stem = sanitizeFileName(source.completeBaseName(), MaxNameLength, u"Sample"_s);
        for (int n = 1;; ++n) {
            const QString fileName = (n == 1 ? stem : u"%1 %2"_s.arg(stem).arg(n)) + suffix;
            const auto taken = m_byName.find(nameKey(fileName));
            if (taken != m_byName.end()) {
                // The same sound under the same name (a second copy of one file): share it.
                const QString existing = importDir + u'/' + taken->second;
                if (QFileInfo(existing).size() == source.size() && fileDigest(existing) == fileDigest(source.filePath()))
                    return taken->second;
                continue;
            }
            const QString target = importDir + u'/' + fileName;
            if (!QFile::copy(source.filePath(), target)) {
                return makeError(ErrorCode::Io, tr("Could not copy the sample “%1” into the project: %2")
                                                    .arg(shown(source.filePath()), QFile(target).exists()
                                                                                       ? tr("the copy failed")
                                                                                       : tr("the file could not be created")));
            }
            QFile copy(target);
            if (QFileInfo(target).size() != source.size()) {
                return makeError(ErrorCode::Io, tr("Could not copy the sample “%1” into the project: the copy is incomplete")
                                                    .arg(shown(source.filePath())));
            }
            // Keep the original's date: Live stores it as the sample's LastModDate.
            if (copy.open(QIODevice::ReadWrite))
                copy.setFileTime(source.lastModified(), QFileDevice::FileModificationTime);
            m_byName.emplace(nameKey(fileName), fileName);
            m_copied.append(m_finalDir + u'/' + ImportedFolder + u'/' + fileName);
            return fileName;
        }
    }

    QString m_buildDir;
    QString m_finalDir;
    std::map<QString, QString> m_bySource;  // canonical source path -> file name in the project
    std::map<QString, QString> m_byName;    // case-folded file name -> file name
    QStringList m_copied;
};

Result<void> importSamples(LiveSet &set, SampleImporter &importer)
{
    for (Track &track : set.tracks) {
        const auto importClip = [&](Clip &clip) -> Result<void> {
            if (!clip.audio)
                return {};
            const QString label = tr("clip “%1” on track “%2”").arg(clip.name, track.name);
            return importer.import(clip.audio->sample, label);
        };
        for (Clip &clip : track.arrangementClips) {
            if (auto imported = importClip(clip); !imported)
                return imported;
        }
        for (auto &[scene, clip] : track.sessionClips) {
            if (auto imported = importClip(clip); !imported)
                return imported;
        }
    }
    return {};
}

// Moves the finished project into place. An existing project is moved aside first and removed only
// once the new one is in, so that a failed rename can put it back.
Result<void> moveIntoPlace(const QString &built, const QString &target, bool replace)
{
    QDir parent = QFileInfo(target).dir();
    QString aside;
    if (replace && QFileInfo::exists(target)) {
        aside = parent.filePath(u".musiaia-replaced-"_s + QString::number(QDateTime::currentMSecsSinceEpoch()));
        if (!parent.rename(target, aside))
            return makeError(ErrorCode::Io, tr("Could not replace the project “%1”: it could not be moved aside").arg(shown(target)));
    }
    if (!parent.rename(built, target)) {
        if (!aside.isEmpty())
            parent.rename(aside, target);
        return makeError(ErrorCode::Io, tr("Could not move the new project into “%1”").arg(shown(target)));
    }
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

} // namespace

QString sanitizeProjectName(const QString &name)
{
    return sanitizeFileName(name, MaxNameLength, u"Untitled"_s);
}

Result<LiveProjectPaths> writeLiveProject(const LiveSet &set, const QString &parentDir, const QString &name,
                                          const LiveProjectOptions &options)
{
    const QString parentPath = QDir::cleanPath(QDir(parentDir).absolutePath());
    if (!QDir().mkpath(parentPath))
        return makeError(ErrorCode::Io, tr("Could not create the folder “%1”").arg(shown(parentPath)));

    // Check the set before touching the disk: a set Live cannot hold fails here.
    if (auto checked = normalizedForWriting(set, options.write.schema); !checked)
        return checked.error();

    QString setName = sanitizeProjectName(name);
    QString projectDir = parentPath + u'/' + setName + ProjectSuffix;
    if (QFileInfo::exists(projectDir)) {
        switch (options.ifExists) {
        case LiveProjectOptions::IfExists::Fail:
            return makeError(ErrorCode::InvalidArgument, tr("The project “%1” already exists").arg(shown(projectDir)));
        case LiveProjectOptions::IfExists::Replace:
            break;
        case LiveProjectOptions::IfExists::KeepBoth:
            for (int n = 2; QFileInfo::exists(projectDir); ++n) {
                setName = u"%1 %2"_s.arg(sanitizeProjectName(name)).arg(n);
                projectDir = parentPath + u'/' + setName + ProjectSuffix;
            }
            break;
        }
    }

    // Build next to the destination (same file system, so the final rename is atomic).
    QTemporaryDir building(parentPath + u"/.musiaia-project-XXXXXX"_s);
    if (!building.isValid())
        return makeError(ErrorCode::Io, tr("Could not write in the folder “%1”: %2").arg(shown(parentPath), building.errorString()));
    const QString buildDir = building.path();
    if (!QDir(buildDir).mkpath(ProjectInfoFolder))
        return makeError(ErrorCode::Io, tr("Could not create the folder “%1”").arg(shown(buildDir + u'/' + ProjectInfoFolder)));

    LiveSet projectSet = set;
    SampleImporter importer(buildDir, projectDir);
    if (auto imported = importSamples(projectSet, importer); !imported)
        return imported.error();

    const QString setFile = setName + u".als"_s;
    if (auto written = writeLiveSet(projectSet, buildDir + u'/' + setFile, options.write); !written)
        return written.error();
    if (auto moved = moveIntoPlace(buildDir, projectDir, options.ifExists == LiveProjectOptions::IfExists::Replace); !moved)
        return moved.error();
    building.setAutoRemove(false); // it is the project now

    LiveProjectPaths paths{projectDir, projectDir + u'/' + setFile, importer.copied()};
    logging::event(lcAls(), u"Live project written"_s,
                   {{u"project"_s, paths.projectDir}, {u"samples"_s, int(paths.samples.size())}});
    return paths;
}

} // namespace musiaia::als
