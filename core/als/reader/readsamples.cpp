// SPDX-License-Identifier: GPL-3.0-or-later
// Sample references: <SampleRef> and its <FileRef>, in the Live 11+ layout (path strings) and the
// Live 9/10 layout (lists of RelativePathElement, a Data blob and a SearchHint).
#include "setreader.h"

#include "xmlvalues.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace musiaia::als::reader {

namespace {

// RelativePathType values whose RelativePath is relative to the set's project (1: outside the
// project folder, "../x.wav"; 3: inside it, "Samples/Imported/x.wav"). 5, 6 and 7 are relative to
// Live's own libraries, which only Live knows how to find.
bool isProjectRelative(int relativePathType)
{
    return relativePathType == 1 || relativePathType == 3;
}

// <RelativePath> or <PathHint> in Live 9/10: {<RelativePathElement Dir="x" />...}, "" meaning "..".
QStringList readPathElements(QXmlStreamReader &xml)
{
    QStringList dirs;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"RelativePathElement") {
            const QStringView dir = attribute(xml, u"Dir");
            dirs.append(dir.isEmpty() ? QStringLiteral("..") : dir.toString());
        }
        xml.skipCurrentElement();
    }
    return dirs;
}

// Live 9/10 on Windows keep the absolute path in <Data> as hex of UTF-16LE text; on macOS it is an
// alias record, which says nothing useful without macOS.
QString windowsPathFromData(const QString &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() < 6 || bytes.size() % 2 != 0)
        return {};
    QString path = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
    while (path.endsWith(QChar(0)))
        path.chop(1);
    // Only a drive path ("C:\...") or a share ("\\server\...") is a Windows path.
    const bool drive = path.size() > 2 && path.at(1) == u':' && path.at(0).isLetter();
    if (!drive && !path.startsWith(QLatin1String("\\\\")))
        return {};
    return path.replace(QLatin1Char('\\'), QLatin1Char('/'));
}

} // namespace

// <SampleRef> {FileRef, LastModDate, SourceContext, SampleUsageHint, DefaultDuration, DefaultSampleRate}
SampleReference SetReader::readSampleRef()
{
    SampleReference sample;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"FileRef")
            readFileRef(sample);
        else if (name == u"LastModDate")
            sample.lastModified = readInt64Value(m_xml);
        else if (name == u"DefaultDuration")
            sample.frames = readInt64Value(m_xml);
        else if (name == u"DefaultSampleRate")
            sample.sampleRate = readIntValue(m_xml, sample.sampleRate);
        else
            m_xml.skipCurrentElement();
    }
    if (m_options.locateSamples && !m_setFilePath.isEmpty()) {
        const QString key = sample.relativePath + QChar(0) + sample.absolutePath;
        auto known = m_sampleFound.constFind(key);
        if (known == m_sampleFound.constEnd())
            known = m_sampleFound.insert(key, !locateSample(sample, m_setFilePath).isEmpty());
        sample.existsOnDisk = *known;
    }
    return sample;
}

void SetReader::readFileRef(SampleReference &sample)
{
    int relativePathType = 0;
    QString relativePath;
    QStringList relativeDirs;     // Live 9/10
    QStringList hintDirs;         // Live 9/10 SearchHint/PathHint
    QString fileName;             // Live 9/10 Name
    QString data;                 // Live 9/10 Data
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"RelativePathType") {
            relativePathType = readIntValue(m_xml);
        } else if (name == u"RelativePath") {
            if (!attribute(m_xml, u"Value").isNull())
                relativePath = readStringValue(m_xml);
            else
                relativeDirs = readPathElements(m_xml);
        } else if (name == u"Path") {
            sample.absolutePath = readStringValue(m_xml);
        } else if (name == u"OriginalFileSize") {
            sample.fileSize = readInt64Value(m_xml);
        } else if (name == u"Name") {
            fileName = readStringValue(m_xml);
        } else if (name == u"Data") {
            data = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (name == u"SearchHint") {
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"PathHint")
                    hintDirs = readPathElements(m_xml);
                else if (m_xml.name() == u"FileSize")
                    sample.fileSize = readInt64Value(m_xml);
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!fileName.isEmpty()) {
        // Live 9/10: the path is made of the element lists and the file name.
        relativeDirs.append(fileName);
        relativePath = relativeDirs.join(QLatin1Char('/'));
        if (!hintDirs.isEmpty())
            sample.absolutePath = QLatin1Char('/') + hintDirs.join(QLatin1Char('/')) + QLatin1Char('/') + fileName;
        else
            sample.absolutePath = windowsPathFromData(data.simplified().remove(QLatin1Char(' ')));
    }
    sample.relativePath = isProjectRelative(relativePathType) ? relativePath : QString();
}

} // namespace musiaia::als::reader

namespace musiaia::als {

namespace {

// The folder Live treats as the set's project: the nearest one, from the set's own folder up, that
// holds "Ableton Project Info". A set saved outside any project is its own folder's.
QString projectFolder(const QString &setFilePath)
{
    const QString setFolder = QFileInfo(setFilePath).absolutePath();
    QDir dir(setFolder);
    for (int level = 0; level < 16; ++level) {
        if (dir.exists(QStringLiteral("Ableton Project Info")))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return setFolder;
}

} // namespace

QString locateSample(const SampleReference &sample, const QString &setFilePath)
{
    if (!sample.relativePath.isEmpty() && !setFilePath.isEmpty()) {
        const QString project = projectFolder(setFilePath);
        const QString setFolder = QFileInfo(setFilePath).absolutePath();
        for (const QString &base : {project, setFolder}) {
            const QString candidate = QDir::cleanPath(base + QLatin1Char('/') + sample.relativePath);
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
    }
    if (!sample.absolutePath.isEmpty() && QFileInfo(sample.absolutePath).isFile())
        return sample.absolutePath;
    return {};
}

} // namespace musiaia::als
