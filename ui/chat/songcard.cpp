// SPDX-License-Identifier: GPL-3.0-or-later
#include "songcard.h"

#include "als/alsreader.h"
#include "als/arrangementoverview.h"
#include "desktop.h"
#include "futures.h"
#include "icons.h"
#include "projects/projectmodel.h"
#include "theme.h"
#include "widgets/arrangementview.h"
#include "widgets/draghandle.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace musiaia::gui {

SongCard::SongCard(const QString &projectName, const session::VersionInfo &version, QWidget *parent)
    : QFrame(parent)
    , m_projectName(projectName)
    , m_version(version)
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_arrangement(new ArrangementView(this))
    , m_changes(new QLabel(this))
    , m_samples(new QLabel(this))
    , m_drag(new DragHandle(this))
    , m_open(new QPushButton(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("songCard"));
    m_drag->setObjectName(QStringLiteral("songDragHandle"));
    m_open->setObjectName(QStringLiteral("songOpen"));
    m_reveal->setObjectName(QStringLiteral("songReveal"));
    m_copy->setObjectName(QStringLiteral("songCopyPath"));
    theme::setFontScale(m_title, 1.25, true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_meta->setWordWrap(true);
    m_changes->setWordWrap(true);
    m_samples->setWordWrap(true);
    m_samples->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_open->setProperty("musiaiaRole", QStringLiteral("primary"));
    m_open->setIcon(icons::icon(QStringLiteral("open-external"), theme::accentText()));
    m_reveal->setIcon(icons::icon(QStringLiteral("reveal")));
    m_copy->setIcon(icons::icon(QStringLiteral("copy")));
    for (QToolButton *button : {m_reveal, m_copy}) {
        button->setAutoRaise(true);
        button->setIconSize(QSize(18, 18));
    }
    m_drag->setFilePath(version.setPath);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge, 0, Qt::AlignBottom);
    titleRow->addStretch();
    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_drag, 1);
    actions->addWidget(m_open);
    actions->addWidget(m_reveal);
    actions->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(m_meta);
    layout->addSpacing(2);
    layout->addWidget(m_arrangement);
    layout->addWidget(m_changes);
    layout->addWidget(m_samples);
    layout->addSpacing(2);
    layout->addLayout(actions);

    connect(m_open, &QPushButton::clicked, this, [this] { desktop::openFile(m_version.setPath); });
    connect(m_reveal, &QToolButton::clicked, this, [this] { desktop::revealFile(m_version.setPath); });
    connect(m_copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_version.setPath); });
    retranslate();
    loadArrangement();
}

void SongCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SongCard::retranslate()
{
    const session::VersionInfo &v = m_version;
    m_title->setText(m_projectName);
    m_badge->setText(tr("version %1").arg(v.number));
    const int parts = int(v.plan.value(QStringLiteral("parts")).toArray().size());
    QStringList meta{ProjectModel::summary(v)};
    if (v.bars > 0) {
        const int seconds = qRound(v.seconds);
        meta << tr("%n bar(s)", nullptr, v.bars) + QStringLiteral(" (%1:%2)").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    if (parts > 0)
        meta << tr("%n part(s)", nullptr, parts);
    meta.removeAll(QString());
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));

    QStringList changes;
    for (const session::VersionChange &change : v.changes)
        changes << change.text;
    if (changes.isEmpty() && !v.diff.isEmpty())
        changes << v.diff;
    m_changes->setText(changes.isEmpty() ? QString() : tr("Changed: %1").arg(changes.join(QStringLiteral("; "))));
    m_changes->setVisible(!changes.isEmpty());
    m_samples->setText(v.samples.isEmpty() ? tr("Every part is MIDI: load your instruments in Live.")
                                           : tr("Uses %n sample(s) from your library, copied into the project.", nullptr,
                                                int(v.samples.size())));

    m_drag->setText(tr("Drag into Live"));
    m_drag->setToolTip(tr("Drag the set into Ableton Live's browser or arrangement, or onto the desktop"));
    m_drag->setAccessibleName(tr("Drag the set into Live"));
    m_open->setText(tr("Open in Live"));
    m_open->setAccessibleName(tr("Open the set in Live"));
    m_reveal->setToolTip(tr("Show in Folder"));
    m_reveal->setAccessibleName(tr("Show the set in its folder"));
    m_copy->setToolTip(tr("Copy the set's path"));
    m_copy->setAccessibleName(tr("Copy the set's path"));
    setAccessibleName(tr("Song %1, version %2").arg(m_projectName).arg(v.number));
    setAccessibleDescription(m_meta->text());
}

void SongCard::loadArrangement()
{
    const QString path = m_version.setPath;
    whenReady(QtConcurrent::run([path]() -> Result<als::ArrangementOverview> {
                  als::ReadOptions options;
                  options.locateSamples = false;
                  const Result<als::LiveSet> set = als::readLiveSet(path, options);
                  if (!set)
                      return set.error();
                  return als::arrangementOverview(*set);
              }),
              this, [this](const Result<als::ArrangementOverview> &overview) {
                  if (overview)
                      m_arrangement->setOverview(*overview);
                  else
                      m_arrangement->hide();
              });
}

void SongCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(theme::border(), 1));
    painter.setBrush(theme::surface());
    painter.drawRoundedRect(box, 14, 14);
    // A thin accent line on the left: the song stands out from the words around it.
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::accent());
    painter.drawRoundedRect(QRectF(box.left(), box.top() + 14, 3, box.height() - 28), 1.5, 1.5);
}

} // namespace musiaia::gui
