// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssteps.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace musiaia::gui {
namespace {
using Kind = ChatProgress::Stage;
constexpr std::array<Kind, 5> kSteps = {Kind::Understanding, Kind::ChoosingSamples, Kind::Composing, Kind::Writing, Kind::Done};
} // namespace

ProgressSteps::ProgressSteps(QWidget *parent)
    : QWidget(parent)
    , m_detail(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(this))
{
    setObjectName(QStringLiteral("progressSteps"));
    m_stop->setObjectName(QStringLiteral("progressStop"));
    m_stop->setIcon(icons::icon(QStringLiteral("stop")));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(4);
    m_detail->setProperty("musiaiaRole", QStringLiteral("caption"));

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    for (int i = 0; i < int(kSteps.size()); ++i) {
        auto *icon = new QLabel(this);
        auto *label = new QLabel(this);
        icon->setFixedSize(16, 16);
        grid->addWidget(icon, i, 0);
        grid->addWidget(label, i, 1);
        m_icons << icon;
        m_labels << label;
    }
    grid->setColumnStretch(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_bar, 1);
    bottom->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_detail);
    layout->addLayout(bottom);
    connect(m_stop, &QPushButton::clicked, this, &ProgressSteps::stopRequested);
    retranslate();
    refresh();
}

void ProgressSteps::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void ProgressSteps::retranslate()
{
    const QStringList names = {tr("Understanding the request"), tr("Choosing samples"), tr("Composing the parts"),
                               tr("Writing the Live set"), tr("Done")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(names.at(i));
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop the generation"));
    m_bar->setAccessibleName(tr("Generation progress"));
}

void ProgressSteps::setStep(const ChatProgress &step)
{
    m_started = true;
    m_current = step.stage;
    m_bar->setValue(qRound(qBound(0.0, step.fraction, 1.0) * 1000));
    m_detail->setText(step.stage == Kind::Composing || step.stage == Kind::ChoosingSamples ? step.detail : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
    if (step.stage == Kind::Done)
        finish(false);
    refresh();
}

void ProgressSteps::finish(bool stopped)
{
    m_finished = true;
    m_stopped = stopped;
    if (!stopped)
        m_bar->setValue(1000);
    m_stop->hide();
    m_detail->setVisible(stopped && !m_detail->text().isEmpty());
    refresh();
}

void ProgressSteps::refresh()
{
    const int current = int(std::find(kSteps.begin(), kSteps.end(), m_current) - kSteps.begin());
    for (int i = 0; i < m_icons.size(); ++i) {
        QString name;
        QColor color;
        if (i < current || (m_finished && !m_stopped)) {
            name = QStringLiteral("check");
            color = theme::success();
        } else if (i == current && m_started && !m_finished) {
            name = QStringLiteral("dot");
            color = theme::accent();
        } else if (i == current && m_stopped) {
            name = QStringLiteral("close");
            color = theme::danger();
        } else {
            name = QStringLiteral("circle");
            color = theme::withAlpha(theme::mutedText(), 0.6);
        }
        m_icons.at(i)->setPixmap(icons::icon(name, color).pixmap(QSize(16, 16), devicePixelRatioF()));
        QPalette palette = m_labels.at(i)->palette();
        palette.setColor(QPalette::WindowText, i <= current || m_finished ? this->palette().color(QPalette::WindowText)
                                                                          : theme::mutedText());
        m_labels.at(i)->setPalette(palette);
        QFont font = m_labels.at(i)->font();
        font.setWeight(i == current && !m_finished ? QFont::DemiBold : QFont::Normal);
        m_labels.at(i)->setFont(font);
    }
}

} // namespace musiaia::gui
