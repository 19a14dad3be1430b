// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscard.h"

#include "als/alsreader.h"
#include "als/arrangementoverview.h"
#include "als/scalenames.h"
#include "analysis/setreportwindow.h"
#include "futures.h"
#include "icons.h"
#include "music/theory.h"
#include "theme.h"
#include "widgets/arrangementview.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace musiaia::gui {

AnalysisCard::AnalysisCard(const QString &setPath, QWidget *parent)
    : QFrame(parent)
    , m_path(setPath)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_arrangement(new ArrangementView(this))
    , m_details(new QPushButton(this))
{
    setObjectName(QStringLiteral("analysisCard"));
    m_details->setObjectName(QStringLiteral("analysisDetails"));
    theme::setFontScale(m_title, 1.15, true);
    m_meta->setWordWrap(true);
    m_meta->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_warnings->setWordWrap(true);
    m_details->setIcon(icons::icon(QStringLiteral("analyze")));
    m_details->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_warnings);
    layout->addWidget(m_arrangement);
    layout->addLayout(row);
    m_warnings->hide();

    connect(m_details, &QPushButton::clicked, this, [this] {
        if (!m_report)
            return;
        auto *window = new SetReportWindow(*m_report, m_path, this->window());
        window->show();
    });
    const QString path = setPath;
    whenReady(QtConcurrent::run([path]() -> Result<als::SetReport> {
                  const Result<als::LiveSet> set = als::readLiveSet(path);
                  if (!set)
                      return set.error();
                  return als::buildSetReport(*set, path);
              }),
              this, [this](const Result<als::SetReport> &report) {
                  if (report)
                      m_report = *report;
                  else
                      m_error = report.errorMessage();
                  fill();
                  Q_EMIT loaded();
              });
    fill();
}

void AnalysisCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QFrame::changeEvent(event);
}

void AnalysisCard::fill()
{
    m_title->setText(QFileInfo(m_path).fileName());
    m_details->setText(tr("Full Report…"));
    m_details->setAccessibleName(tr("Show the full report of the set"));
    if (!m_error.isEmpty()) {
        m_meta->setText(m_error);
        m_arrangement->hide();
        return;
    }
    if (!m_report) {
        m_meta->setText(tr("Reading the set…"));
        return;
    }
    const als::SetReport &r = *m_report;
    const QLocale locale;
    const int tracks = r.tracksByType[0] + r.tracksByType[1] + r.tracksByType[2] + r.tracksByType[3];
    QStringList meta = {tr("%1 BPM").arg(locale.toString(r.set.tempo, 'g', 5))};
    if (r.set.scale)
        meta << music::noteName(r.set.scale->root, false) + QLatin1Char(' ') + als::scaleModeName(r.set.scale->mode);
    meta << tr("%n bar(s)", nullptr, r.arrangementBars) << tr("%n track(s)", nullptr, tracks)
         << tr("%n device(s)", nullptr, r.devices);
    if (!r.set.origin.creator.isEmpty())
        meta << r.set.origin.creator;
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    QStringList warnings;
    for (const als::ReportWarning &warning : r.warnings)
        warnings << QStringLiteral("⚠  ") + warning.message;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_arrangement->setOverview(als::arrangementOverview(r.set));
    m_details->setEnabled(true);
    setAccessibleName(tr("Analysis of %1").arg(QFileInfo(m_path).fileName()));
}

void AnalysisCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(theme::border(), 1));
    painter.setBrush(theme::surface());
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14);
}

} // namespace musiaia::gui
