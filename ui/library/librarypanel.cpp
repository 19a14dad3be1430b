// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "appcontext.h"
#include "desktop.h"
#include "futures.h"
#include "icons.h"
#include "library/sampledelegate.h"
#include "library/samplefiltermodel.h"
#include "library/samplemodel.h"
#include "library/sampleplayer.h"
#include "library/samplesearch.h"
#include "library/samplestore.h"
#include "theme.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace musiaia::gui {
namespace {
// The most rows the table holds at once; a search narrows a bigger library.
constexpr int MaximumRows = 5000;
} // namespace

LibraryPanel::LibraryPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SampleModel(this))
    , m_filter(new SampleFilterModel(this))
    , m_player(new SamplePlayer(this))
    , m_search(new QLineEdit(this))
    , m_folder(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_tempo(new QLineEdit(this))
    , m_key(new QComboBox(this))
    , m_compatible(new QToolButton(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_progress(new QProgressBar(m_banner))
    , m_bannerButton(new QPushButton(m_banner))
    , m_bannerClose(new QToolButton(m_banner))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("waveform"), this))
    , m_view(new QTableView(this))
    , m_noMatch(new QLabel(this))
    , m_playerBar(new QWidget(this))
    , m_playButton(new QToolButton(m_playerBar))
    , m_playing(new QLabel(m_playerBar))
    , m_count(new QLabel(m_playerBar))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_search->setObjectName(QStringLiteral("sampleSearch"));
    m_folder->setObjectName(QStringLiteral("folderFilter"));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_tempo->setObjectName(QStringLiteral("tempoFilter"));
    m_key->setObjectName(QStringLiteral("keyFilter"));
    m_compatible->setObjectName(QStringLiteral("compatibleKeys"));
    m_banner->setObjectName(QStringLiteral("importBanner"));
    m_bannerButton->setObjectName(QStringLiteral("importBannerButton"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_view->setObjectName(QStringLiteral("sampleView"));
    m_playButton->setObjectName(QStringLiteral("playButton"));

    m_search->setProperty("musiaiaRole", QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_tempo->setProperty("musiaiaRole", QStringLiteral("search"));
    m_tempo->setMaximumWidth(90);
    m_tempo->setMinimumWidth(m_tempo->fontMetrics().horizontalAdvance(QStringLiteral("120-128")) + 36);
    m_tempo->setClearButtonEnabled(true);
    m_compatible->setCheckable(true);
    m_compatible->setText(QStringLiteral("≈"));
    m_compatible->setAutoRaise(true);
    m_type->addItem(QString(), QString());   // any type
    for (const QString &type : library::sampleTypes())
        m_type->addItem(QString(), type);
    m_kind->addItem(QString(), QString());
    m_kind->addItem(QString(), library::oneShotKind());
    m_kind->addItem(QString(), library::loopKind());
    m_key->addItem(QString(), -1);
    // Minor keys, then major keys, each in the order of the Camelot wheel (1A ... 12A, 1B ... 12B).
    for (bool minor : {true, false}) {
        for (int number = 1; number <= 12; ++number) {
            const int pitchClass = (((minor ? 9 : 0) + 7 * (number - 8)) % 12 + 12) % 12;
            const library::MusicalKey key{pitchClass, minor};
            m_key->addItem(QStringLiteral("%1  (%2)").arg(key.name(), key.camelot()), key.code());
        }
    }

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new SampleDelegate(m_view));
    m_view->setProperty("musiaiaRole", QStringLiteral("flush"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SampleModel::Name, Qt::AscendingOrder);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SampleModel::Name, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setProperty("musiaiaRole", QStringLiteral("caption"));

    // The import banner: what is being imported, how far, and a button (cancel, or the problems).
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, theme::surfaceRaised());
    m_banner->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_bannerClose->setAutoRaise(true);
    m_bannerClose->setIcon(icons::icon(QStringLiteral("close")));
    m_bannerClose->setIconSize(QSize(12, 12));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 8, 8);
    bannerLayout->setSpacing(6);
    auto *bannerTop = new QHBoxLayout;
    bannerTop->addWidget(m_bannerText, 1);
    bannerTop->addWidget(m_bannerButton, 0, Qt::AlignTop);
    bannerTop->addWidget(m_bannerClose, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerTop);
    bannerLayout->addWidget(m_progress);
    m_banner->hide();

    m_playButton->setAutoRaise(true);
    m_playButton->setIconSize(QSize(16, 16));
    m_playing->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_count->setProperty("musiaiaRole", QStringLiteral("caption"));
    auto *playerLayout = new QHBoxLayout(m_playerBar);
    playerLayout->setContentsMargins(8, 4, 10, 6);
    playerLayout->setSpacing(12);
    m_playing->setWordWrap(true);
    playerLayout->addWidget(m_playButton);
    playerLayout->addWidget(m_playing, 1);
    playerLayout->addWidget(m_count);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_noMatch, 1);
    tableLayout->addWidget(m_playerBar);
    m_noMatch->hide();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(tableArea);

    auto *filters1 = new QHBoxLayout;
    filters1->setSpacing(6);
    filters1->addWidget(m_search, 3);
    filters1->addWidget(m_folder, 2);
    auto *filters2 = new QHBoxLayout;
    filters2->setSpacing(6);
    filters2->addWidget(m_type, 2);
    filters2->addWidget(m_kind, 2);
    filters2->addWidget(m_tempo, 1);
    filters2->addWidget(m_key, 2);
    filters2->addWidget(m_compatible);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    auto *filterBox = new QVBoxLayout;
    filterBox->setContentsMargins(10, 0, 10, 0);
    filterBox->setSpacing(6);
    filterBox->addLayout(filters1);
    filterBox->addLayout(filters2);
    layout->addLayout(filterBox);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPanel::reload);
    for (QComboBox *combo : {m_folder, m_type, m_kind, m_key})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilters);
    connect(m_tempo, &QLineEdit::textChanged, this, &LibraryPanel::applyFilters);
    connect(m_compatible, &QToolButton::toggled, this, &LibraryPanel::applyFilters);
    connect(m_empty, &EmptyState::clicked, this, &LibraryPanel::importRequested);
    connect(m_model, &SampleModel::correctionRequested, this, &LibraryPanel::correct);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == SampleModel::Name)
            playCurrent();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    connect(m_playButton, &QToolButton::clicked, this, [this] {
        if (m_player->isPlaying())
            m_player->stop();
        else
            playCurrent();
    });
    auto *playAction = new QAction(m_view);
    playAction->setShortcut(Qt::Key_Space);
    playAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(playAction);
    connect(playAction, &QAction::triggered, m_playButton, &QToolButton::click);
    connect(m_player, &SamplePlayer::playingChanged, this, &LibraryPanel::updatePlayerBar);
    connect(m_player, &SamplePlayer::failed, this, [this](const QString &why) {
        m_playing->setText(why);
        Q_EMIT message(why);
    });
    connect(m_bannerClose, &QToolButton::clicked, m_banner, &QWidget::hide);
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        if (isImporting()) {
            cancelImport();
            return;
        }
        QStringList lines;
        for (const library::FileProblemReport &problem : std::as_const(m_lastReport.problems))
            lines << QStringLiteral("%1: %2").arg(problem.path, problem.message);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Files That Were Not Imported"),
                                    tr("%n file(s) in “%1” could not be imported. The others are in your library.", nullptr,
                                       int(m_lastReport.problems.size()))
                                        .arg(QFileInfo(m_lastReport.folder).fileName()),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importProblems"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    if (m_context.isOpen()) {
        m_importer = new library::SampleImporter(m_context.database(), this);
        connect(m_importer, &library::SampleImporter::progressChanged, this, &LibraryPanel::showImportProgress);
        connect(m_importer, &library::SampleImporter::finished, this, &LibraryPanel::showImportReport);
        connect(m_importer, &library::SampleImporter::failed, this, &LibraryPanel::showImportFailure);
    }
    retranslate();
    updatePlayerBar();
    reload();
}

LibraryPanel::~LibraryPanel() = default;

void LibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search: kick, dark pad, bombo…"));
    m_search->setAccessibleName(tr("Search samples"));
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setToolTip(tr("Show the samples of one imported folder"));
    m_type->setItemText(0, tr("Any type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, SampleModel::typeDisplayName(m_type->itemData(i).toString()));
    m_type->setAccessibleName(tr("Type"));
    m_kind->setItemText(0, tr("One-shots and loops"));
    m_kind->setItemText(1, tr("One-shots"));
    m_kind->setItemText(2, tr("Loops"));
    m_kind->setAccessibleName(tr("One-shot or loop"));
    m_tempo->setPlaceholderText(tr("BPM"));
    m_tempo->setToolTip(tr("A tempo (124) or a range (120-128)"));
    m_tempo->setAccessibleName(tr("Tempo range"));
    m_key->setItemText(0, tr("Any key"));
    m_key->setAccessibleName(tr("Key"));
    m_compatible->setToolTip(tr("Also the keys that mix with it: the relative key and the neighbours on the circle of fifths"));
    m_compatible->setAccessibleName(tr("Include compatible keys"));
    m_view->setAccessibleName(tr("Samples"));
    fitColumns();
    m_bannerClose->setAccessibleName(tr("Hide this message"));
    m_empty->setTitle(tr("Your sample library is empty"));
    m_empty->setText(tr("Import a folder of samples, or drop one here. MusiaIA works out what each sound is, "
                        "its tempo and its key, and uses them in your songs."));
    m_empty->setButtonText(tr("Import a folder…"));
    if (!m_context.isOpen()) {
        m_empty->setTitle(tr("The sample library is not available"));
        m_empty->setText(tr("The database could not be opened, so samples cannot be imported or listed."));
        m_empty->setButtonText(QString());
    }
    loadFolders();
    updatePlayerBar();
    updateEmptyState();
}

void LibraryPanel::fitColumns()
{
    // Spanish headings and type names are longer than the English ones: measure, never guess.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 14;
    const auto widest = [&metrics](const QStringList &words) {
        int width = 0;
        for (const QString &word : words)
            width = qMax(width, metrics.horizontalAdvance(word));
        return width;
    };
    QStringList types;
    for (const QString &type : library::sampleTypes())
        types << SampleModel::typeDisplayName(type);
    const QStringList kinds = {SampleModel::kindDisplayName(library::oneShotKind()),
                               SampleModel::kindDisplayName(library::loopKind())};
    const std::array<std::pair<int, int>, 6> contents = {{
        {SampleModel::Type, widest(types) + padding},
        {SampleModel::Kind, widest(kinds) + padding},
        {SampleModel::Tempo, metrics.horizontalAdvance(QStringLiteral("000.0")) + padding},
        {SampleModel::Key, metrics.horizontalAdvance(QStringLiteral("F#m ")) + padding},
        {SampleModel::Duration, metrics.horizontalAdvance(QStringLiteral("00.00 s")) + padding},
        {SampleModel::Confidence, 48},
    }};
    const QFontMetrics headerMetrics(header->font());
    const int headerPadding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 6;
    for (const auto &[column, width] : contents) {
        const QString heading = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_view->setColumnWidth(column, qMax(width, headerMetrics.horizontalAdvance(heading) + headerPadding));
    }
}

void LibraryPanel::reload()
{
    if (!m_context.isOpen()) {
        updateEmptyState();
        Q_EMIT loaded();
        return;
    }
    const int generation = ++m_loadGeneration;
    library::SampleQuery query;
    query.text = m_search->text().trimmed();
    query.includeMissing = true;
    query.limit = MaximumRows;
    const store::Database database = m_context.database();
    whenReady(QtConcurrent::run([database, query]() -> Result<std::pair<QList<library::SampleRecord>, int>> {
                  const auto hits = library::searchSamples(database, query);
                  if (!hits)
                      return hits.error();
                  const auto stats = library::SampleStore(database).stats();
                  QList<library::SampleRecord> samples;
                  samples.reserve(hits->size());
                  for (const library::SampleHit &hit : *hits)
                      samples << hit.sample;
                  return std::pair{samples, stats ? stats->samples : int(samples.size())};
              }),
              this, [this, generation](const Result<std::pair<QList<library::SampleRecord>, int>> &result) {
                  if (generation != m_loadGeneration)
                      return;
                  if (!result) {
                      Q_EMIT message(result.errorMessage());
                      Q_EMIT loaded();
                      return;
                  }
                  m_model->setSamples(result->first);
                  m_total = result->second;
                  updateEmptyState();
                  updatePlayerBar();
                  Q_EMIT loaded();
              });
    loadFolders();
}

void LibraryPanel::loadFolders()
{
    if (!m_context.isOpen())
        return;
    const store::Database database = m_context.database();
    whenReady(QtConcurrent::run([database] { return library::SampleStore(database).folders(); }), this,
              [this](const Result<QList<library::SampleFolder>> &folders) {
                  const qint64 selected = m_folder->currentData().toLongLong();
                  const QSignalBlocker blocker(m_folder);
                  m_folder->clear();
                  m_folder->addItem(tr("All folders"), qint64(0));
                  if (folders) {
                      for (const library::SampleFolder &folder : *folders) {
                          m_folder->addItem(icons::icon(QStringLiteral("folder")),
                                            tr("%1 (%2)").arg(QFileInfo(folder.path).fileName()).arg(folder.samples), folder.id);
                          m_folder->setItemData(m_folder->count() - 1, folder.path, Qt::ToolTipRole);
                      }
                  }
                  m_folder->setCurrentIndex(qMax(0, m_folder->findData(selected)));
              });
}

void LibraryPanel::applyFilters()
{
    m_filter->setFolder(m_folder->currentData().toLongLong());
    m_filter->setType(m_type->currentData().toString());
    m_filter->setKind(m_kind->currentData().toString());
    const QString tempo = m_tempo->text().trimmed();
    if (tempo.isEmpty()) {
        m_filter->setTempoRange(std::nullopt, std::nullopt);
        m_tempo->setStyleSheet(QString());
    } else if (const auto range = library::parseRange(tempo, 0.03)) {
        m_filter->setTempoRange(range->first, range->second);
        m_tempo->setStyleSheet(QString());
    } else {
        m_tempo->setStyleSheet(QStringLiteral("border-color: %1;").arg(theme::danger().name()));
    }
    const int keyCode = m_key->currentData().toInt();
    m_filter->setKey(keyCode >= 0 ? std::optional(library::MusicalKey::fromCode(keyCode)) : std::nullopt,
                     m_compatible->isChecked());
    updateEmptyState();
    updatePlayerBar();
}

void LibraryPanel::updateEmptyState()
{
    const bool emptyLibrary = m_model->rowCount() == 0 && m_search->text().trimmed().isEmpty();
    m_stack->setCurrentIndex(emptyLibrary ? 0 : 1);
    const bool noMatch = !emptyLibrary && m_filter->rowCount() == 0;
    m_view->setVisible(!noMatch);
    m_noMatch->setVisible(noMatch);
    if (noMatch)
        m_noMatch->setText(tr("No sample matches this search and these filters."));
}

bool LibraryPanel::isImporting() const
{
    return m_importer && m_importer->isRunning();
}

bool LibraryPanel::importFolder(const QString &path)
{
    if (!m_importer) {
        Q_EMIT message(tr("The sample library is not available, so “%1” cannot be imported.").arg(path));
        return false;
    }
    if (m_importer->isRunning()) {
        Q_EMIT message(tr("An import is running: wait for it or cancel it first."));
        return false;
    }
    if (!m_importer->start(path))
        return false;
    m_importingFolder = path;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_bannerText->setText(tr("Looking for samples in “%1”…").arg(QFileInfo(path).fileName()));
    m_bannerButton->setText(tr("Cancel"));
    m_bannerButton->setAccessibleName(tr("Cancel the import"));
    m_bannerButton->show();
    m_bannerClose->hide();
    m_banner->show();
    return true;
}

void LibraryPanel::cancelImport()
{
    if (m_importer)
        m_importer->cancel();
    m_bannerText->setText(tr("Stopping the import…"));
    m_bannerButton->setEnabled(false);
}

void LibraryPanel::showImportProgress(int done, int total, const QString &file)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
    m_bannerText->setText(tr("Importing “%1”: %2 of %3\n%4")
                              .arg(QFileInfo(m_importingFolder).fileName())
                              .arg(done)
                              .arg(total)
                              .arg(QFileInfo(file).fileName()));
}

void LibraryPanel::showImportReport(const library::ImportReport &report)
{
    m_lastReport = report;
    m_progress->hide();
    m_bannerButton->setEnabled(true);
    m_bannerClose->show();
    const QString folder = QFileInfo(report.folder).fileName();
    QStringList parts;
    if (report.added > 0)
        parts << tr("%n new sample(s)", nullptr, report.added);
    if (report.updated > 0)
        parts << tr("%n analysed again", nullptr, report.updated);
    if (report.unchanged > 0)
        parts << tr("%n unchanged", nullptr, report.unchanged);
    if (report.moved > 0)
        parts << tr("%n moved", nullptr, report.moved);
    if (report.missing > 0)
        parts << tr("%n gone from disk", nullptr, report.missing);
    if (report.skipped() > 0)
        parts << tr("%n other file(s) skipped", nullptr, report.skipped());
    const QString summary = parts.isEmpty() ? tr("no audio files") : QLocale().createSeparatedList(parts);
    m_bannerText->setText(report.cancelled ? tr("Import of “%1” cancelled: %2 so far. Import it again to carry on.").arg(folder, summary)
                                           : tr("Imported “%1”: %2.").arg(folder, summary));
    const bool problems = !report.problems.isEmpty();
    m_bannerButton->setVisible(problems);
    m_bannerButton->setText(tr("%n problem(s)…", nullptr, int(report.problems.size())));
    m_bannerButton->setAccessibleName(tr("Show the files that could not be imported"));
    reload();
    Q_EMIT importFinished(report);
}

void LibraryPanel::showImportFailure(const QString &why)
{
    m_progress->hide();
    m_bannerButton->hide();
    m_bannerButton->setEnabled(true);
    m_bannerClose->show();
    m_bannerText->setText(tr("The import failed: %1").arg(why));
    Q_EMIT message(why);
    reload();
}

void LibraryPanel::correct(qint64 sampleId, library::Field field, const QString &value)
{
    const store::Database database = m_context.database();
    whenReady(QtConcurrent::run([database, sampleId, field, value]() -> Result<library::SampleRecord> {
                  library::SampleStore store(database);
                  if (const Result<void> corrected = store.correct(sampleId, field, value); !corrected)
                      return corrected.error();
                  return store.sample(sampleId);
              }),
              this, [this](const Result<library::SampleRecord> &sample) {
                  if (!sample) {
                      Q_EMIT message(tr("The correction was not saved: %1").arg(sample.errorMessage()));
                      return;
                  }
                  m_model->updateSample(*sample);
              });
}

void LibraryPanel::playCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_player->play(current.data(SampleModel::PathRole).toString());
}

void LibraryPanel::updatePlayerBar()
{
    const bool playing = m_player->isPlaying();
    m_playButton->setIcon(icons::icon(playing ? QStringLiteral("stop") : QStringLiteral("play")));
    m_playButton->setToolTip(playing ? tr("Stop (Space)") : tr("Play the selected sample (Space)"));
    m_playButton->setAccessibleName(playing ? tr("Stop") : tr("Play"));
    m_playButton->setEnabled(m_player->isAvailable());
    if (!m_player->isAvailable())
        m_playing->setText(m_player->unavailableReason());
    else if (playing)
        m_playing->setText(QFileInfo(m_player->currentPath()).fileName());
    else
        m_playing->setText(tr("Click a name to listen"));
    const int shown = m_filter->rowCount();
    m_count->setText(shown == m_total ? tr("%n sample(s)", nullptr, m_total)
                                      : tr("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(m_total)));
}

void LibraryPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const QString path = index.data(SampleModel::PathRole).toString();
    QMenu menu(this);
    menu.addAction(icons::icon(QStringLiteral("play")), tr("Play"), this, [this, path] { m_player->play(path); });
    menu.addAction(icons::icon(QStringLiteral("reveal")), tr("Show in Folder"), this, [path] { desktop::revealFile(path); });
    if (SampleModel::fieldOf(index.column()) && (index.flags() & Qt::ItemIsEditable)) {
        menu.addAction(icons::icon(QStringLiteral("edit")), tr("Correct…"), this, [this, index] { m_view->edit(index); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace musiaia::gui
