// SPDX-License-Identifier: GPL-3.0-or-later
#include "setreportview.h"

#include "als/arrangementoverview.h"
#include "als/scalenames.h"
#include "icons.h"
#include "music/theory.h"
#include "theme.h"
#include "widgets/arrangementview.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace musiaia::gui {
namespace {

QString trackTypeText(als::Track::Type type)
{
    switch (type) {
    case als::Track::Type::Midi: return SetReportView::tr("MIDI");
    case als::Track::Type::Audio: return SetReportView::tr("Audio");
    case als::Track::Type::Group: return SetReportView::tr("Group");
    case als::Track::Type::Return: return SetReportView::tr("Return");
    }
    return {};
}

QString formatText(als::Device::Format format)
{
    switch (format) {
    case als::Device::Format::Native: return SetReportView::tr("Live");
    case als::Device::Format::Vst2: return QStringLiteral("VST2");
    case als::Device::Format::Vst3: return QStringLiteral("VST3");
    case als::Device::Format::AudioUnit: return QStringLiteral("Audio Unit");
    case als::Device::Format::MaxForLive: return QStringLiteral("Max for Live");
    }
    return {};
}

QTreeWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->setFrameShape(QFrame::NoFrame);
    return tree;
}

} // namespace

SetReportView::SetReportView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_warnings(new QWidget(this))
    , m_warningLines(new QVBoxLayout(m_warnings))
    , m_arrangement(new ArrangementView(this))
    , m_tabs(new QTabWidget(this))
    , m_tracks(makeTable(this, QStringLiteral("reportTracks")))
    , m_plugins(makeTable(this, QStringLiteral("reportPlugins")))
    , m_samples(makeTable(this, QStringLiteral("reportSamples")))
{
    setObjectName(QStringLiteral("setReportView"));
    m_warnings->setObjectName(QStringLiteral("reportWarnings"));
    theme::setFontScale(m_title, 1.35, true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_tracks->setRootIsDecorated(true);
    m_warningLines->setContentsMargins(12, 8, 12, 8);
    m_warningLines->setSpacing(4);
    m_warnings->setAutoFillBackground(true);
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::Window, theme::mix(theme::surface(), theme::warning(), 0.13));
    m_warnings->setPalette(warningPalette);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tracks, QString());
    m_tabs->addTab(m_plugins, QString());
    m_tabs->addTab(m_samples, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_figures);
    layout->addWidget(m_warnings);
    layout->addWidget(m_arrangement);
    layout->addWidget(m_tabs, 1);
    m_warnings->hide();
}

void SetReportView::setReport(const als::SetReport &report, const QString &setPath)
{
    m_report = report;
    m_setPath = setPath;
    m_arrangement->setOverview(als::arrangementOverview(report.set));
    fill();
}

void SetReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_setPath.isEmpty())
        fill();
    QWidget::changeEvent(event);
}

void SetReportView::fill()
{
    const als::SetReport &r = m_report;
    const als::LiveSet &set = r.set;
    const QLocale locale;
    m_title->setText(r.fileName.isEmpty() ? QFileInfo(m_setPath).fileName() : r.fileName);
    m_subtitle->setText(set.origin.creator.isEmpty() ? m_setPath : tr("Saved by %1 · %2").arg(set.origin.creator, m_setPath));

    const QString key = set.scale ? music::noteName(set.scale->root, false) + QLatin1Char(' ') + als::scaleModeName(set.scale->mode)
                                  : tr("no key set");
    const int seconds = int(std::lround(r.arrangementSeconds));
    const int tracks = r.tracksByType[0] + r.tracksByType[1] + r.tracksByType[2] + r.tracksByType[3];
    const int clips = r.midiClipsArrangement + r.midiClipsSession + r.audioClipsArrangement + r.audioClipsSession;
    const auto figure = [](const QString &value, const QString &label) {
        return QStringLiteral("<b>%1</b>&nbsp;%2").arg(value.toHtmlEscaped(), label.toHtmlEscaped());
    };
    const QStringList figures = {
        figure(locale.toString(set.tempo, 'g', 5), tr("BPM")),
        figure(QStringLiteral("%1/%2").arg(set.timeSignature.numerator).arg(set.timeSignature.denominator), tr("time")),
        figure(key, QString()),
        figure(tr("%n bar(s)", nullptr, r.arrangementBars),
               QStringLiteral("(%1:%2)").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))),
        figure(locale.toString(tracks), tr("tracks")),
        figure(locale.toString(clips), tr("clips")),
        figure(locale.toString(r.notes), tr("notes")),
        figure(locale.toString(r.devices), tr("devices")),
    };
    m_figures->setText(figures.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    while (QLayoutItem *item = m_warningLines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const als::ReportWarning &warning : r.warnings) {
        auto *line = new QLabel(m_warnings);
        line->setWordWrap(true);
        line->setText(QStringLiteral("⚠  ") + warning.message);
        line->setAccessibleName(warning.message);
        m_warningLines->addWidget(line);
    }
    m_warnings->setVisible(!r.warnings.isEmpty());

    m_tabs->setTabText(0, tr("Tracks (%1)").arg(tracks));
    m_tabs->setTabText(1, tr("Plug-ins (%1)").arg(r.plugins.size() + r.maxDevices.size()));
    m_tabs->setTabText(2, tr("Samples (%1)").arg(r.samples.size()));

    m_tracks->clear();
    m_tracks->setHeaderLabels({tr("Track"), tr("Type"), tr("Clips"), tr("Devices")});
    m_tracks->setAccessibleName(tr("Tracks"));
    for (const als::Track &track : set.tracks) {
        auto *item = new QTreeWidgetItem(m_tracks);
        item->setText(0, track.name);
        item->setText(1, trackTypeText(track.type));
        item->setText(2, locale.toString(track.arrangementClips.size() + qsizetype(track.sessionClips.size())));
        item->setText(3, locale.toString(track.devices.size()));
        item->setData(0, Qt::DecorationRole, theme::liveColor(track.color));
        for (const als::Device &device : track.devices) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, device.name.isEmpty() ? device.className : device.name);
            child->setText(1, formatText(device.format));
        }
    }
    m_tracks->resizeColumnToContents(0);

    m_plugins->clear();
    m_plugins->setHeaderLabels({tr("Plug-in"), tr("Format"), tr("Used on")});
    m_plugins->setAccessibleName(tr("Plug-ins"));
    for (const als::PluginUse &plugin : r.plugins) {
        auto *item = new QTreeWidgetItem(m_plugins);
        item->setText(0, plugin.name);
        item->setText(1, formatText(plugin.format));
        item->setText(2, locale.createSeparatedList(plugin.tracks));
    }
    for (const QString &device : r.maxDevices) {
        auto *item = new QTreeWidgetItem(m_plugins);
        item->setText(0, device);
        item->setText(1, formatText(als::Device::Format::MaxForLive));
    }
    m_plugins->resizeColumnToContents(0);

    m_samples->clear();
    m_samples->setHeaderLabels({tr("Sample"), tr("Clips"), tr("On this computer")});
    m_samples->setAccessibleName(tr("Samples"));
    for (const als::SampleUse &sample : r.samples) {
        auto *item = new QTreeWidgetItem(m_samples);
        item->setText(0, QFileInfo(als::samplePathText(sample)).fileName());
        item->setToolTip(0, als::samplePathText(sample));
        item->setText(1, locale.toString(sample.clips));
        if (sample.foundAt.isEmpty()) {
            item->setText(2, tr("Missing"));
            item->setForeground(2, theme::danger());
            item->setIcon(2, icons::icon(QStringLiteral("warning"), theme::danger()));
        } else {
            item->setText(2, sample.foundAt);
            item->setToolTip(2, sample.foundAt);
        }
    }
    m_samples->resizeColumnToContents(0);
}

} // namespace musiaia::gui
