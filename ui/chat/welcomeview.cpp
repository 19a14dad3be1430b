// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomeview.h"

#include "theme.h"

#include <QAbstractButton>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace musiaia::gui {
namespace {

// A two-line suggestion card: a short title and the full request.
class SuggestionCard final : public QAbstractButton
{
public:
    explicit SuggestionCard(QWidget *parent)
        : QAbstractButton(parent)
    {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
        // As tall as the wrapped request needs: Spanish requests run to three lines in a narrow chat.
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setContent(const QString &title, const QString &prompt)
    {
        m_title = title;
        m_prompt = prompt;
        setText(prompt);
        setAccessibleName(title);
        setAccessibleDescription(prompt);
        setToolTip(prompt);
        updateGeometry();
        update();
    }

    QString prompt() const { return m_prompt; }

    QSize sizeHint() const override { return {240, heightForWidth(240)}; }
    QSize minimumSizeHint() const override { return {160, heightForWidth(160)}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QFontMetrics metrics(font());
        const int textWidth = qMax(1, width - 2 * HorizontalPadding);
        const QRect prompt = metrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::AlignLeft | Qt::TextWordWrap, m_prompt);
        return metrics.lineSpacing() + 1 + qMax(prompt.height(), metrics.lineSpacing() * 2) + 2 * VerticalPadding;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool hot = underMouse() || hasFocus();
        painter.setPen(QPen(hasFocus() ? theme::accent() : theme::border(), 1.0));
        painter.setBrush(hot ? theme::surfaceRaised() : theme::surface());
        painter.drawRoundedRect(box, 10, 10);

        const QRectF inner = box.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
        const qreal line = fontMetrics().lineSpacing();
        QFont titleFont = font();
        titleFont.setWeight(QFont::DemiBold);
        painter.setFont(titleFont);
        painter.setPen(palette().color(QPalette::WindowText));
        const QFontMetrics titleMetrics(titleFont);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(m_title, Qt::ElideRight, int(inner.width())));
        painter.setFont(font());
        painter.setPen(theme::mutedText());
        painter.drawText(QRectF(inner.left(), inner.top() + line + 1, inner.width(), inner.height() - line - 1),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_prompt);
    }

private:
    static constexpr int HorizontalPadding = 14;
    static constexpr int VerticalPadding = 10;
    QString m_title;
    QString m_prompt;
};

} // namespace

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_suggestions(new QGridLayout)
{
    setObjectName(QStringLiteral("welcomeView"));
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 0, 24, 0);
    layout->setSpacing(10);
    layout->addWidget(m_logo, 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(14);
    layout->addLayout(m_suggestions);
    m_suggestions->setSpacing(10);

    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    theme::setFontScale(m_title, 1.75, true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setProperty("musiaiaRole", QStringLiteral("caption"));
    theme::setFontScale(m_text, 1.05);

    for (int i = 0; i < 4; ++i) {
        auto *card = new SuggestionCard(this);
        card->setObjectName(QStringLiteral("suggestion%1").arg(i));
        connect(card, &QAbstractButton::clicked, this, [this, card] { Q_EMIT suggestionChosen(card->prompt()); });
        m_suggestions->addWidget(card, i / 2, i % 2);
    }

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 24, 0, 24);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    retranslate();
    refreshLogo();
}

void WelcomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomeView::refreshLogo()
{
    m_logo->setPixmap(QIcon(QStringLiteral(":/icons/musiaia.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
}

void WelcomeView::retranslate()
{
    m_title->setText(tr("What are we making today?"));
    m_text->setText(tr("Describe a song in your own words, in Spanish or English. MusiaIA composes it with "
                       "your samples and writes an Ableton Live set you can drag straight into Live."));
    const std::array<std::pair<QString, QString>, 4> suggestions = {{
        {tr("Deep house"), tr("Make a house track at 124 BPM in A minor")},
        {tr("Dark techno"), tr("Dark techno at 132 BPM in F minor with a long break")},
        {tr("Lo-fi hip hop"), tr("Lo-fi hip hop at 84 BPM with jazzy chords")},
        {tr("Drum & bass"), tr("Melodic drum and bass at 174 BPM in D minor")},
    }};
    for (int i = 0; i < int(suggestions.size()); ++i) {
        if (auto *card = dynamic_cast<SuggestionCard *>(m_suggestions->itemAt(i)->widget()))
            card->setContent(suggestions[std::size_t(i)].first, suggestions[std::size_t(i)].second);
    }
}

} // namespace musiaia::gui
