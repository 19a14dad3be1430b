// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/sampleimport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace musiaia::gui {

class AppContext;
class EmptyState;
class SampleFilterModel;
class SampleModel;
class SamplePlayer;

// The sample library dock: import folders (with progress and cancel), search and filter the
// samples, listen to them on click, correct what MusiaIA got wrong, and drag them out.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(AppContext &context, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    // Imports (or re-imports) a folder. False when an import is already running or the library
    // is unavailable (the panel says why).
    bool importFolder(const QString &path);
    void cancelImport();
    bool isImporting() const;
    void reload();

    SampleModel *model() const { return m_model; }
    SampleFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    SamplePlayer *player() const { return m_player; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void importRequested();
    // The list finished loading (tests wait for it).
    void loaded();
    void importFinished(const musiaia::library::ImportReport &report);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Columns wide enough for their heading and their longest word, in the current language.
    void fitColumns();
    void applyFilters();
    void loadFolders();
    void showImportProgress(int done, int total, const QString &file);
    void showImportReport(const library::ImportReport &report);
    void showImportFailure(const QString &why);
    void correct(qint64 sampleId, library::Field field, const QString &value);
    void playCurrent();
    void updatePlayerBar();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);

    AppContext &m_context;
    SampleModel *m_model;
    SampleFilterModel *m_filter;
    SamplePlayer *m_player;
    library::SampleImporter *m_importer = nullptr;
    QString m_importingFolder;
    library::ImportReport m_lastReport;

    QLineEdit *m_search;
    QComboBox *m_folder;
    QComboBox *m_type;
    QComboBox *m_kind;
    QLineEdit *m_tempo;
    QComboBox *m_key;
    QToolButton *m_compatible;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QProgressBar *m_progress;
    QPushButton *m_bannerButton;
    QToolButton *m_bannerClose;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    QLabel *m_noMatch;
    QWidget *m_playerBar;
    QToolButton *m_playButton;
    QLabel *m_playing;
    QLabel *m_count;
    QTimer *m_searchTimer;
    int m_loadGeneration = 0;
    int m_total = 0;
};

} // namespace musiaia::gui
