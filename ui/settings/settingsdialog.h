// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace musiaia::gui {

class AppContext;
class SettingsPage;
class ProvidersPage;

// Settings: general (language, appearance, projects), AI providers (routing, keys, regions,
// models), local API. OK and Apply write the settings file, store typed keys through the secrets
// store, and switch language and appearance live.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Page { General, Providers, LocalApi };

    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    void setCurrentPage(int page);
    int currentPage() const;
    ProvidersPage *providersPage() const { return m_providers; }

    // Writes every page; returns false (and says why in the dialog) when the settings file cannot
    // be written. Keys are stored asynchronously; applied() follows when all are done.
    bool apply();

Q_SIGNALS:
    void applied(bool ok);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(SettingsPage *page);
    void retranslate();
    void fitWidth();
    void keyStoreFinished(bool ok);
    void finishApply();

    AppContext &m_context;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<SettingsPage *> m_pages;
    ProvidersPage *m_providers = nullptr;
    int m_pendingKeyStores = 0;
    bool m_keyStoreFailed = false;
    bool m_closeWhenApplied = false;
};

} // namespace musiaia::gui
