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
// The same, appended to `text` without a temporary string.
void appendNumber(QString &text, double value);
void appendNumber(QString &text, int value);

// The text with the characters XML 1.0 cannot carry removed (control characters other than tab,
// newline and carriage return; lone surrogates; U+FFFE and U+FFFF). Escaping is the writer's job.
QString xmlSafeText(const QString &text);

// A thin layer over QXmlStreamWriter for the element shapes Live uses. Without a device it writes
// nothing: the set writer runs once that way to count pointee ids before it writes for real.
//
// QXmlStreamWriter writes into a QString, which goes to the device in UTF-8 blocks whenever an
// element closes and enough has piled up: far cheaper than a device write per fragment. Each
// block is complete up to a closed tag, so its "/>" can be turned into Live's " />" there
// (QXmlStreamWriter escapes '>' in attribute values, so "/>" only ever ends an empty element).
class XmlOut
{
public:
    explicit XmlOut(QIODevice *device);
    ~XmlOut();

    XmlOut(const XmlOut &) = delete;
    XmlOut &operator=(const XmlOut &) = delete;

    bool writing() const { return m_xml != nullptr; }
    // True once the device refused a block; the reason is in errorString().
    bool failed() const { return m_failed; }
    QString errorString() const { return m_errorString; }

    void startDocument();          // Live's XML declaration
    void endDocument();            // closes what is open and sends the rest to the device

    void begin(const QString &name);                       // <name>
    void begin(const QString &name, int id);               // <name Id="id">
    void end();
    void attribute(const QString &name, const QString &value);
    void attribute(const QString &name, int value);
    void attribute(const QString &name, double value);

    void empty(const QString &name);                       // <name />
    void withId(const QString &name, int id);              // <name Id="id" />, open for more attributes
    void lomWrapper(const QString &name);                  // <name LomId="0" />

    // <name Value="..." />
    void value(const QString &name, const QString &text);
    void value(const QString &name, int number);
    void value(const QString &name, qint64 number);
    void value(const QString &name, double number);
    void value(const QString &name, bool flag);
    void value(const QString &name, const char *) = delete; // would silently pick the bool overload

    // Markup written by hand at the current position, for the one hot path: a clip's notes, where
    // QXmlStreamWriter spends far more on its bookkeeping than on the bytes. Closes a pending start
    // tag first (writeCharacters() with no text). What is appended must be well-formed, close empty
    // elements with "/>" like everything else here, and end with the line break and indentation of
    // the element that follows, since QXmlStreamWriter indents nothing after text. Tests hold the
    // result to the same format as the rest (tst_alsxml).
    QString &markup();
    // Elements open: a child of the innermost one is indented by depth() tabs.
    int depth() const { return m_depth; }

private:
    void sendBlock();

    QIODevice *m_device = nullptr;
    QString m_text;
    std::unique_ptr<QXmlStreamWriter> m_xml;
    int m_depth = 0;
    bool m_failed = false;
    QString m_errorString;
};

} // namespace musiaia::als::writer
