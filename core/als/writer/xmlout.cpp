// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/writer/xmlout.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

namespace {
constexpr qsizetype SpacerBlock = 64 * 1024;

bool xmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}
} // namespace

QString formatNumber(double value)
{
    if (!std::isfinite(value) || value == 0.0)
        return u"0"_s;
    // Fixed notation never needs more than ~330 characters for a double.
    std::array<char, 400> text{};
    const auto result = std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return u"0"_s;
    return QString::fromLatin1(text.data(), result.ptr - text.data());
}

QString xmlSafeText(const QString &text)
{
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    auto firstBad = qsizetype(-1);
    for (qsizetype i = 0; i < size && firstBad < 0; ++i) {
        const char16_t c = chars[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1].unicode())) {
            if (!xmlCharacter(QChar::surrogateToUcs4(c, chars[i + 1].unicode())))
                firstBad = i;
            ++i;
        } else if (!xmlCharacter(c) || QChar::isSurrogate(c)) {
            firstBad = i;
        }
    }
    if (firstBad < 0)
        return text;

    QString clean;
    clean.reserve(size);
    clean.append(chars, firstBad);
    for (qsizetype i = firstBad; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1].unicode())) {
            if (xmlCharacter(QChar::surrogateToUcs4(c, chars[i + 1].unicode())))
                clean.append(chars + i, 2);
            ++i;
        } else if (xmlCharacter(c) && !QChar::isSurrogate(c)) {
            clean.append(chars[i]);
        }
    }
    return clean;
}

EmptyTagSpacer::EmptyTagSpacer(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    m_buffer.reserve(SpacerBlock + 16);
}

bool EmptyTagSpacer::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly))
        return false;
    return QIODevice::open(WriteOnly | Unbuffered);
}

bool EmptyTagSpacer::flushBuffer()
{
    if (m_failed)
        return false;
    if (m_pendingSlash) {
        m_buffer.append('/');
        m_pendingSlash = false;
    }
    if (!m_buffer.isEmpty() && m_target->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        setErrorString(m_target->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

qint64 EmptyTagSpacer::readData(char *, qint64)
{
    return -1;
}

qint64 EmptyTagSpacer::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    const char *cursor = data;
    const char *const stop = data + size;
    while (cursor < stop) {
        if (m_pendingSlash) {
            m_buffer.append(*cursor == '>' ? " /" : "/");
            m_pendingSlash = false;
        }
        const auto *slash = static_cast<const char *>(std::memchr(cursor, '/', size_t(stop - cursor)));
        const char *runEnd = slash ? slash : stop;
        m_buffer.append(cursor, runEnd - cursor);
        if (!slash)
            break;
        m_pendingSlash = true;
        cursor = slash + 1;
    }
    if (m_buffer.size() >= SpacerBlock && !flushBuffer())
        return -1;
    return size;
}

XmlOut::XmlOut(QIODevice *device)
{
    if (!device)
        return;
    m_xml = std::make_unique<QXmlStreamWriter>(device);
    m_xml->setAutoFormatting(true);
    m_xml->setAutoFormattingIndent(-1); // one tab per level
}

XmlOut::~XmlOut() = default;

void XmlOut::startDocument()
{
    if (m_xml)
        m_xml->writeStartDocument();
}

void XmlOut::endDocument()
{
    if (m_xml)
        m_xml->writeEndDocument();
}

void XmlOut::begin(const QString &name)
{
    if (m_xml)
        m_xml->writeStartElement(name);
}

void XmlOut::begin(const QString &name, int id)
{
    if (!m_xml)
        return;
    m_xml->writeStartElement(name);
    m_xml->writeAttribute(u"Id"_s, QString::number(id));
}

void XmlOut::end()
{
    if (m_xml)
        m_xml->writeEndElement();
}

void XmlOut::attribute(const QString &name, const QString &value)
{
    if (m_xml)
        m_xml->writeAttribute(name, xmlSafeText(value));
}

void XmlOut::attribute(const QString &name, int value)
{
    if (m_xml)
        m_xml->writeAttribute(name, QString::number(value));
}

void XmlOut::attribute(const QString &name, double value)
{
    if (m_xml)
        m_xml->writeAttribute(name, formatNumber(value));
}

void XmlOut::empty(const QString &name)
{
    if (m_xml)
        m_xml->writeEmptyElement(name);
}

void XmlOut::withId(const QString &name, int id)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"Id"_s, QString::number(id));
}

void XmlOut::lomWrapper(const QString &name)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"LomId"_s, u"0"_s);
}

void XmlOut::value(const QString &name, const QString &text)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"Value"_s, xmlSafeText(text));
}

void XmlOut::value(const QString &name, int number)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"Value"_s, QString::number(number));
}

void XmlOut::value(const QString &name, qint64 number)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"Value"_s, QString::number(number));
}

void XmlOut::value(const QString &name, double number)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"Value"_s, formatNumber(number));
}

void XmlOut::value(const QString &name, bool flag)
{
    if (!m_xml)
        return;
    m_xml->writeEmptyElement(name);
    m_xml->writeAttribute(u"Value"_s, flag ? u"true"_s : u"false"_s);
}

} // namespace musiaia::als::writer
