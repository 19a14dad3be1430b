// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "common/logging.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::gui::icons {
namespace {

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QFile file(u":/icons/ui/"_s + name + u".svg"_s);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    else
        qCWarning(lcUi) << "missing icon" << name;
    cache.insert(name, data);
    return data;
}

class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QString name, std::optional<QColor> fixed)
        : m_name(std::move(name))
        , m_fixed(std::move(fixed))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = svgSource(m_name);
        svg.replace("currentColor", colorFor(mode).name(QColor::HexRgb).toLatin1());
        if (const qreal alpha = colorFor(mode).alphaF(); alpha < 1.0)
            painter->setOpacity(painter->opacity() * alpha);
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_fixed); }
    QString key() const override { return u"musiaia-tinted-svg"_s; }
    QString iconName() override { return m_name; }
    bool isNull() override { return svgSource(m_name).isEmpty(); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (m_fixed)
            return *m_fixed;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(QPalette::WindowText);
    }

    QString m_name;
    std::optional<QColor> m_fixed;
};

} // namespace

QIcon icon(const QString &name)
{
    return QIcon(new TintedSvgEngine(name, std::nullopt));
}

QIcon icon(const QString &name, const QColor &color)
{
    return QIcon(new TintedSvgEngine(name, color));
}

} // namespace musiaia::gui::icons
