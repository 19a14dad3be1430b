// SPDX-License-Identifier: GPL-3.0-or-later
#include "versiondetails.h"

#include "als/alsreader.h"
#include "als/arrangementoverview.h"
#include "futures.h"
#include "icons.h"
#include "projects/projectmodel.h"
#include "theme.h"
#include "widgets/arrangementview.h"
#include "widgets/draghandle.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace musiaia::gui {
namespace {

QString minutesAndSeconds(double seconds)
{
    const int total = qRound(seconds);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString providerText(const session::VersionInfo &version)
{
    if (version.provider == QLatin1String("glm") || version.provider == QLatin1String("minimax"))
        return version.model.isEmpty() ? version.provider : version.model;
    return VersionDetails::tr("the offline composer");
}

} // namespace

VersionDetails::VersionDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_arrangement(new ArrangementView(this))
    , m_arrangementNote(new QLabel(this))
    , m_story(new QLabel(this))
    , m_samples(new QLabel(this))
    , m_drag(new DragHandle(this))
    , m_open(new QPushButton(this))
    , m_reveal(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_delete(new QToolButton(this))
{
    setObjectName(QStringLiteral("versionDetails"));
    m_drag->setObjectName(QStringLiteral("versionDragHandle"));
    m_open->setObjectName(QStringLiteral("versionOpen"));
    m_reveal->setObjectName(QStringLiteral("versionReveal"));
    m_export->setObjectName(QStringLiteral("versionExport"));
    m_delete->setObjectName(QStringLiteral("versionDelete"));
    m_story->setObjectName(QStringLiteral("versionStory"));
    theme::setFontScale(m_title, 1.2, true);
    m_title->setWordWrap(true);
    for (QLabel *label : {m_subtitle, m_meta, m_arrangementNote, m_samples}) {
        label->setProperty("musiaiaRole", QStringLiteral("caption"));
        label->setWordWrap(true);
    }
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    m_story->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setProperty("musiaiaRole", QStringLiteral("primary"));
    m_open->setIcon(icons::icon(QStringLiteral("open-external"), theme::accentText()));
    m_reveal->setIcon(icons::icon(QStringLiteral("reveal")));
    m_export->setIcon(icons::icon(QStringLiteral("folder")));
    m_delete->setIcon(icons::icon(QStringLiteral("trash")));

    // The drag handle and "Open in Live" first; the rest as compact icon buttons, so that the row
    // fits a narrow dock in both languages.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_open, 1);
    for (QToolButton *button : {m_reveal, m_export, m_delete}) {
        button->setAutoRaise(true);
        button->setIconSize(QSize(18, 18));
        button->setFocusPolicy(Qt::StrongFocus);
        buttons->addWidget(button);
    }
    auto *actions = new QVBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_drag);
    actions->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_meta);
    layout->addSpacing(4);
    layout->addWidget(m_arrangement);
    layout->addWidget(m_arrangementNote);
    layout->addSpacing(4);
    layout->addWidget(m_story);
    layout->addWidget(m_samples);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_version.setPath); });
    connect(m_reveal, &QToolButton::clicked, this, [this] { Q_EMIT revealRequested(m_version.setPath); });
    connect(m_export, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(m_version.id); });
    connect(m_delete, &QToolButton::clicked, this,
            [this] { Q_EMIT deleteRequested(m_project.id, m_version.id, m_isProject); });
    retranslate();
    clear();
}

void VersionDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_version.id != 0)
            fill();
    }
    QWidget::changeEvent(event);
}

void VersionDetails::retranslate()
{
    m_drag->setText(tr("Drag into Live"));
    m_drag->setToolTip(tr("Drag this version's set into Ableton Live, or onto the desktop"));
    m_drag->setAccessibleName(tr("Drag the set into Live"));
    m_open->setText(tr("Open in Live"));
    m_open->setToolTip(tr("Open the set with the application your system uses for Live sets"));
    m_open->setAccessibleName(tr("Open the set in Live"));
    m_reveal->setToolTip(tr("Show in Folder"));
    m_reveal->setAccessibleName(tr("Show the set in its folder"));
    m_export->setToolTip(tr("Export: copy this version's Live project folder somewhere else"));
    m_export->setAccessibleName(tr("Export the project folder"));
}

void VersionDetails::clear()
{
    m_version = {};
    m_project = {};
    setEnabled(false);
    m_title->setText(tr("No song selected"));
    m_subtitle->clear();
    m_meta->clear();
    m_story->clear();
    m_samples->clear();
    m_arrangement->setOverview({});
    m_arrangementNote->hide();
    m_drag->setFilePath(QString());
}

void VersionDetails::showVersion(const session::ProjectInfo &project, const session::VersionInfo &version, bool isProject)
{
    const bool sameSet = version.setPath == m_version.setPath && version.id == m_version.id;
    m_project = project;
    m_version = version;
    m_isProject = isProject;
    setEnabled(true);
    fill();
    if (!sameSet)
        loadArrangement();
}

void VersionDetails::fill()
{
    const session::VersionInfo &v = m_version;
    m_title->setText(m_project.name);
    m_subtitle->setText(tr("Version %1 of %2 · %3")
                            .arg(v.number)
                            .arg(m_project.versionCount)
                            .arg(QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat)));
    QStringList meta{ProjectModel::summary(v)};
    if (v.bars > 0)
        meta << tr("%n bar(s)", nullptr, v.bars);
    if (v.seconds > 0)
        meta << minutesAndSeconds(v.seconds);
    meta.removeAll(QString());
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    QString story;
    if (!v.prompt.isEmpty())
        story += tr("<p>“%1”</p>").arg(v.prompt.toHtmlEscaped());
    if (!v.changes.isEmpty() || !v.diff.isEmpty()) {
        story += tr("<p><b>What changed</b></p>");
        QStringList lines;
        for (const session::VersionChange &change : v.changes)
            lines << change.text.toHtmlEscaped();
        if (lines.isEmpty())
            lines = v.diff.toHtmlEscaped().split(QStringLiteral("; "));
        story += QStringLiteral("<ul style=\"margin-left: -20px\"><li>") + lines.join(QStringLiteral("</li><li>"))
            + QStringLiteral("</li></ul>");
    }
    story += tr("<p style=\"color: %1\">Understood by %2.</p>").arg(theme::mutedText().name(), providerText(v).toHtmlEscaped());
    m_story->setText(story);

    if (v.samples.isEmpty()) {
        m_samples->setText(tr("No samples from your library: every part is MIDI."));
    } else {
        QStringList names;
        for (const session::ChosenSample &sample : v.samples)
            names << QFileInfo(sample.projectPath.isEmpty() ? sample.sourcePath : sample.projectPath).fileName();
        m_samples->setText(tr("%n sample(s) from your library: %1", nullptr, int(names.size()))
                               .arg(QLocale().createSeparatedList(names.mid(0, 6))
                                    + (names.size() > 6 ? QStringLiteral(" …") : QString())));
    }
    m_drag->setFilePath(v.setPath);
    m_open->setEnabled(!v.setPath.isEmpty());
    m_reveal->setEnabled(!v.setPath.isEmpty());
    m_delete->setToolTip(m_isProject ? tr("Delete Song") : tr("Delete Version"));
    m_delete->setAccessibleName(m_delete->toolTip());
}

void VersionDetails::loadArrangement()
{
    const int generation = ++m_loadGeneration;
    m_arrangement->setOverview({});
    m_arrangementNote->hide();
    const QString path = m_version.setPath;
    if (path.isEmpty())
        return;
    whenReady(QtConcurrent::run([path]() -> Result<als::ArrangementOverview> {
                  als::ReadOptions options;
                  options.locateSamples = false;
                  const Result<als::LiveSet> set = als::readLiveSet(path, options);
                  if (!set)
                      return set.error();
                  return als::arrangementOverview(*set);
              }),
              this, [this, generation](const Result<als::ArrangementOverview> &overview) {
                  if (generation != m_loadGeneration)
                      return;
                  if (overview) {
                      m_arrangement->setOverview(*overview);
                  } else {
                      m_arrangementNote->setText(overview.errorMessage());
                      m_arrangementNote->show();
                  }
              });
}

} // namespace musiaia::gui
