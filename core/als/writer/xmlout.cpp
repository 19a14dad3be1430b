// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/writer/xmlout.h"

#include <array>
#include <charconv>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

namespace {
// Characters gathered before a block goes to the device.
constexpr qsizetype BlockSize = 32 * 1024;

bool xmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}
} // namespace

namespace {

// Fixed notation never needs more than ~330 characters for a double.
using NumberText = std::array<char, 400>;

QLatin1StringView numberText(NumberText &text, double value)
{
    if (!std::isfinite(value) || value == 0.0)
        return QLatin1StringView("0");
    const auto result = std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return QLatin1StringView("0");
    return QLatin1StringView(text.data(), result.ptr - text.data());
}

} // namespace

QString formatNumber(double value)
{
    NumberText text;
    return QString(numberText(text, value));
}

void appendNumber(QString &text, double value)
{
    NumberText digits;
    text.append(numberText(digits, value));
}

void appendNumber(QString &text, int value)
{
    std::array<char, 16> digits{};
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    text.append(QLatin1StringView(digits.data(), result.ptr - digits.data()));
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

XmlOut::XmlOut(QIODevice *device)
    : m_device(device)
{
    if (!device)
        return;
    m_text.reserve(BlockSize + BlockSize / 4);
    m_xml = std::make_unique<QXmlStreamWriter>(&m_text);
    m_xml->setAutoFormatting(true);
    m_xml->setAutoFormattingIndent(-1); // one tab per level
}

XmlOut::~XmlOut() = default;

void XmlOut::startDocument()
{
    // Written by hand: writing into a QString, QXmlStreamWriter leaves the encoding out.
    if (m_xml)
        m_text.append(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s); // the writer adds the line break
}

void XmlOut::endDocument()
{
    if (!m_xml)
        return;
    m_xml->writeEndDocument();
    sendBlock();
}

void XmlOut::sendBlock()
{
    if (m_failed || m_text.isEmpty()) {
        m_text.clear();
        return;
    }
    m_text.replace(u"/>"_s, u" />"_s);
    const QByteArray block = m_text.toUtf8();
    m_text.clear();
    if (m_device->write(block) != block.size()) {
        m_failed = true;
        m_errorString = m_device->errorString();
    }
}

void XmlOut::begin(const QString &name)
{
    if (!m_xml)
        return;
    m_xml->writeStartElement(name);
    ++m_depth;
}

void XmlOut::begin(const QString &name, int id)
{
    if (!m_xml)
        return;
    m_xml->writeStartElement(name);
    ++m_depth;
    m_xml->writeAttribute(u"Id"_s, QString::number(id));
}

void XmlOut::end()
{
    if (!m_xml)
        return;
    m_xml->writeEndElement();
    --m_depth;
    // The element is closed, tag and all: a clean place to cut a block.
    if (m_text.size() >= BlockSize)
        sendBlock();
}

QString &XmlOut::markup()
{
    Q_ASSERT(m_xml);
    m_xml->writeCharacters(QString());
    return m_text;
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
