// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's entry points: opening the file, gzip or plain XML, the refusals (no DTD, a size cap,
// a known Live version), and turning whatever went wrong into one message that names the file.
#include "alsreader.h"

#include "als/gzipinputdevice.h"
#include "als/reader/setreader.h"
#include "als/reader/xmlvalues.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace musiaia::als {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::Reader", text);
}

QString quotedName(const QString &setFilePath)
{
    if (setFilePath.isEmpty())
        return tr("The set");
    return QLatin1Char('"') + QFileInfo(setFilePath).fileName() + QLatin1Char('"');
}

// "12.0_12402" -> {12, 12402}; "9.5_327" -> {9, 327}.
bool parseMinorVersion(QStringView text, int &line, int &build)
{
    const qsizetype dot = text.indexOf(u'.');
    const qsizetype underscore = text.indexOf(u'_');
    if (dot <= 0 || underscore <= dot)
        return false;
    bool lineOk = false;
    bool buildOk = false;
    line = text.left(dot).toInt(&lineOk);
    build = text.mid(underscore + 1).toInt(&buildOk);
    return lineOk && buildOk;
}

// Skips whitespace and a UTF-8 byte-order mark: is the first real character '<'?
bool looksLikeXml(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\r' || head.at(i) == '\n'))
        ++i;
    return i < head.size() && head.at(i) == '<';
}

class Reading
{
public:
    Reading(QIODevice *source, const QString &setFilePath, const ReadOptions &options)
        : m_inflater(source, options.maxXmlBytes)
        , m_setFilePath(setFilePath)
        , m_options(options)
        , m_name(quotedName(setFilePath))
    {
    }

    Result<LiveSet> run();

private:
    Error error(ErrorCode code, const QString &what) const { return makeError(code, m_name + QLatin1Char(' ') + what); }
    Result<reader::LiveVersion> readRoot(LiveSet &set);
    Error streamError() const;

    GzipInputDevice m_inflater;
    QXmlStreamReader m_xml;
    QString m_setFilePath;
    ReadOptions m_options;
    QString m_name;
};

Result<LiveSet> Reading::run()
{
    if (!m_inflater.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return error(ErrorCode::Io, tr("could not be read."));
    m_xml.setDevice(&m_inflater);
    m_xml.setNamespaceProcessing(false);   // Live sets use no namespaces

    LiveSet set;
    const Result<reader::LiveVersion> version = readRoot(set);
    if (!version)
        return version.error();

    // The <Ableton> root holds one <LiveSet>.
    bool sawLiveSet = false;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"LiveSet" && !sawLiveSet) {
            sawLiveSet = true;
            reader::SetReader(m_xml, *version, m_setFilePath, m_options).readLiveSet(set);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    // Read to the end so that a truncated or malformed tail is not taken for a whole set.
    while (!m_xml.atEnd())
        m_xml.readNext();
    // Whole XML is not enough: gzip's CRC and length are checked after the last byte, and a damaged
    // stream whose XML happens to close is still damaged.
    if (m_xml.hasError() || m_inflater.status() != GzipInputDevice::Status::Ok)
        return streamError();
    if (!sawLiveSet)
        return error(ErrorCode::Corrupt, tr("is not a Live Set: its <Ableton> element holds no <LiveSet>."));
    return set;
}

// The prolog and the <Ableton> root: refuses DTDs, other XML, and versions it does not know.
Result<reader::LiveVersion> Reading::readRoot(LiveSet &set)
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return error(ErrorCode::Corrupt,
                         tr("was refused: it declares a DTD or entities, which Live Sets never do "
                            "(they can hide an \"entity bomb\")."));
        }
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (m_xml.hasError() || m_xml.tokenType() != QXmlStreamReader::StartElement)
        return streamError();
    if (m_xml.name() != u"Ableton") {
        return error(ErrorCode::Corrupt, tr("is XML but not a Live Set: its root element is <%1>, not <Ableton>.")
                                             .arg(m_xml.name().left(64).toString()));
    }

    const QXmlStreamAttributes attributes = m_xml.attributes();
    set.origin.creator = reader::attribute(attributes, u"Creator").toString();
    set.origin.majorVersion = reader::attribute(attributes, u"MajorVersion").toString();
    set.origin.minorVersion = reader::attribute(attributes, u"MinorVersion").toString();
    const QString creator = set.origin.creator.isEmpty() ? tr("an unknown application") : set.origin.creator;

    reader::LiveVersion version;
    bool majorOk = false;
    version.major = set.origin.majorVersion.toInt(&majorOk);
    if (!majorOk || !parseMinorVersion(set.origin.minorVersion, version.line, version.build)) {
        return error(ErrorCode::Corrupt, tr("is not a Live Set: its <Ableton> element has no valid "
                                            "MajorVersion and MinorVersion (saved by %1).")
                                             .arg(creator));
    }
    if (version.major > 5 || version.line > NewestKnownLiveLine) {
        return error(ErrorCode::Unsupported,
                     tr("was made with a newer Live (%1, file format %2) than MusiaIA can read; it reads "
                        "sets from Live %3 to %4. Save a copy in Live %4 format, or update MusiaIA.")
                         .arg(creator, set.origin.minorVersion)
                         .arg(OldestKnownLiveLine)
                         .arg(NewestKnownLiveLine));
    }
    if (version.line < OldestKnownLiveLine) {
        return error(ErrorCode::Unsupported,
                     tr("was made with %1, older than Live %2: open it in a newer Live and save it "
                        "again to read it here.")
                         .arg(creator)
                         .arg(OldestKnownLiveLine));
    }
    return version;
}

// What stopped the XML stream, in the order that explains it best: the file's bytes first.
Error Reading::streamError() const
{
    if (m_inflater.status() == GzipInputDevice::Status::TooLarge)
        return error(ErrorCode::TooLarge, tr("is too large: ") + m_inflater.statusMessage() + QLatin1Char('.'));
    if (m_inflater.status() == GzipInputDevice::Status::SourceError)
        return error(ErrorCode::Io, tr("could not be read: ") + m_inflater.statusMessage() + QLatin1Char('.'));
    if (m_inflater.status() != GzipInputDevice::Status::Ok)
        return error(ErrorCode::Corrupt, tr("is damaged: ") + m_inflater.statusMessage() + QLatin1Char('.'));
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return error(ErrorCode::Corrupt,
                     m_inflater.outputBytes() == 0 ? tr("is empty.")
                                                   : tr("is cut short: the XML ends at line %1 before the set "
                                                        "is complete.")
                                                         .arg(m_xml.lineNumber()));
    }
    if (m_xml.error() == QXmlStreamReader::CustomError)
        return error(ErrorCode::Corrupt, m_xml.errorString());
    return error(ErrorCode::Corrupt, tr("is not a valid Live Set: the XML is malformed at line %1, column %2 (%3).")
                                         .arg(m_xml.lineNumber())
                                         .arg(m_xml.columnNumber())
                                         .arg(m_xml.errorString()));
}

} // namespace

Result<LiveSet> readLiveSet(QIODevice *device, const QString &setFilePath, const ReadOptions &options)
{
    const QString name = quotedName(setFilePath);
    if (!device || !device->isReadable())
        return makeError(ErrorCode::Io, name + tr(" could not be read."));
    const QByteArray head = device->peek(256);
    if (!GzipInputDevice::hasGzipMagic(head) && !looksLikeXml(head)) {
        return makeError(ErrorCode::Corrupt,
                         head.isEmpty() ? name + tr(" is empty.")
                                        : name + tr(" is not a Live Set: it is neither gzip-compressed nor XML."));
    }
    QElapsedTimer timer;
    timer.start();
    Result<LiveSet> result = Reading(device, setFilePath, options).run();
    if (result) {
        logging::event(lcAls(), QStringLiteral("Read a Live Set"),
                       {{QStringLiteral("file"), QFileInfo(setFilePath).fileName()},
                        {QStringLiteral("creator"), result->origin.creator},
                        {QStringLiteral("tracks"), result->tracks.size()},
                        {QStringLiteral("ms"), timer.elapsed()}});
    } else {
        qCInfo(lcAls).noquote() << "Could not read a Live Set:" << result.errorMessage();
    }
    return result;
}

Result<LiveSet> readLiveSet(const QString &filePath, const ReadOptions &options)
{
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, quotedName(filePath) + tr(" does not exist."));
    if (info.isDir())
        return makeError(ErrorCode::InvalidArgument, quotedName(filePath) + tr(" is a folder, not a Live Set."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, quotedName(filePath) + tr(" could not be opened: ") + file.errorString());
    return readLiveSet(&file, info.absoluteFilePath(), options);
}

} // namespace musiaia::als
