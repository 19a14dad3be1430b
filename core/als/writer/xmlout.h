// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QXmlStreamWriter>

#include <memory>

// Live's flavour of XML: one TAB per level, LF, empty elements as <X Value="..." />, numbers with a
// '.' whatever the locale, lower-case booleans, and only characters XML 1.0 can carry.
namespace musiaia::als::writer {

// A double at full precision (the shortest text that reads back to the same double), with '.' and
// no exponent: 0.0003162277571, -63072000, 0.25. Non-finite values give "0".
QString formatNumber(double value);

// The text with the characters XML 1.0 cannot carry removed (control characters other than tab,
// newline and carriage return; lone surrogates; U+FFFE and U+FFFF). Escaping is the writer's job.
QString xmlSafeText(const QString &text);

// Forwards what QXmlStreamWriter writes to the next device in large blocks, turning its "/>" into
// Live's " />". QXmlStreamWriter escapes '>' in attribute values, so "/>" only ever closes a tag.
class EmptyTagSpacer : public QIODevice
{
    Q_OBJECT

public:
    explicit EmptyTagSpacer(QIODevice *target, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    // Writes out what is buffered; false when the target refused it (see errorString()).
    bool flushBuffer();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    QByteArray m_buffer;
    bool m_pendingSlash = false;
    bool m_failed = false;
};

// A thin layer over QXmlStreamWriter for the element shapes Live uses. Without a device it writes
// nothing: the set writer runs once that way to count pointee ids before it writes for real.
class XmlOut
{
public:
    explicit XmlOut(QIODevice *device);
    ~XmlOut();

    XmlOut(const XmlOut &) = delete;
    XmlOut &operator=(const XmlOut &) = delete;

    bool writing() const { return m_xml != nullptr; }
    bool hasError() const { return m_xml && m_xml->hasError(); }

    void startDocument();
    void endDocument();

    void begin(const QString &name);                       // <name>
    void begin(const QString &name, int id);               // <name Id="id">
    void end();
    void attribute(const QString &name, const QString &value);
    void attribute(const QString &name, int value);
    void attribute(const QString &name, double value);

    void empty(const QString &name);                       // <name />
    void withId(const QString &name, int id);              // <name Id="id" />
    void lomWrapper(const QString &name);                  // <name LomId="0" />

    // <name Value="..." />
    void value(const QString &name, const QString &text);
    void value(const QString &name, int number);
    void value(const QString &name, qint64 number);
    void value(const QString &name, double number);
    void value(const QString &name, bool flag);
    void value(const QString &name, const char *) = delete; // would silently pick the bool overload

private:
    std::unique_ptr<QXmlStreamWriter> m_xml;
};

} // namespace musiaia::als::writer
