// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QXmlStreamReader>

// Small helpers for Live's XML, where almost every scalar is an empty element with a Value
// attribute: <Tempo Value="120" />. Each read*Value() reads the current element's Value and
// leaves the reader on that element's end, like skipCurrentElement().
namespace musiaia::als::reader {

// An attribute of the current element, or a null view. The view stays valid until the reader
// moves on (attributes() hands out a shared copy of the reader's own strings).
inline QStringView attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.qualifiedName() == name)
            return attribute.value();
    }
    return {};
}

inline QStringView attribute(const QXmlStreamReader &xml, QStringView name)
{
    return attribute(xml.attributes(), name);
}

inline double toDouble(QStringView text, double fallback)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : fallback;
}

inline qint64 toInt(QStringView text, qint64 fallback)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : fallback;
}

inline int toInt32(QStringView text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : fallback;
}

inline double readDoubleValue(QXmlStreamReader &xml, double fallback = 0.0)
{
    const double value = toDouble(attribute(xml, u"Value"), fallback);
    xml.skipCurrentElement();
    return value;
}

inline int readIntValue(QXmlStreamReader &xml, int fallback = 0)
{
    const int value = toInt32(attribute(xml, u"Value"), fallback);
    xml.skipCurrentElement();
    return value;
}

inline qint64 readInt64Value(QXmlStreamReader &xml, qint64 fallback = 0)
{
    const qint64 value = toInt(attribute(xml, u"Value"), fallback);
    xml.skipCurrentElement();
    return value;
}

inline bool readBoolValue(QXmlStreamReader &xml, bool fallback = false)
{
    const QStringView text = attribute(xml, u"Value");
    const bool value = text == u"true" ? true : text == u"false" ? false : fallback;
    xml.skipCurrentElement();
    return value;
}

inline QString readStringValue(QXmlStreamReader &xml)
{
    QString value = attribute(xml, u"Value").toString();
    xml.skipCurrentElement();
    return value;
}

// Reads the "Manual" (current value) of an automatable parameter element such as <Volume>.
inline double readManualValue(QXmlStreamReader &xml, double fallback)
{
    double value = fallback;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Manual")
            value = readDoubleValue(xml, fallback);
        else
            xml.skipCurrentElement();
    }
    return value;
}

// Counts the child elements of the current element and leaves the reader on its end.
inline int countChildren(QXmlStreamReader &xml)
{
    int count = 0;
    while (xml.readNextStartElement()) {
        ++count;
        xml.skipCurrentElement();
    }
    return count;
}

} // namespace musiaia::als::reader
