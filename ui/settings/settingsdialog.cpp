// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appcontext.h"
#include "common/logging.h"
#include "icons.h"
#include "language.h"
#include "settings/generalpage.h"
#include "settings/localapipage.h"
#include "settings/providerbox.h"
#include "settings/providerspage.h"
#include "store/settings.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace musiaia::gui {

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_nav->setObjectName(QStringLiteral("settingsNav"));
    m_nav->setProperty("musiaiaRole", QStringLiteral("nav"));
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setFixedWidth(190);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::danger().name()));
    m_error->hide();

    addPage(new GeneralPage(this));
    m_providers = new ProvidersPage(context, this);
    addPage(m_providers);
    addPage(new LocalApiPage(context, this));
    for (ProviderBox *box : m_providers->providerBoxes())
        connect(box, &ProviderBox::keyStored, this, &SettingsDialog::keyStoreFinished);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(8, 4, 4, 0);
    right->addWidget(m_stack, 1);
    right->addWidget(m_error);
    right->addWidget(m_buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(m_nav);
    layout->addLayout(right, 1);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        m_closeWhenApplied = false;
        apply();
    });
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(context.settings());
    m_nav->setCurrentRow(0);
    retranslate();
    fitWidth();
}

void SettingsDialog::fitWidth()
{
    // Wide enough for the widest page in this language (Spanish runs longer), so that no check box
    // or button is cut off at the right edge; never wider than the screen.
    int pageWidth = 0;
    for (const SettingsPage *page : std::as_const(m_pages))
        pageWidth = qMax(pageWidth, page->minimumSizeHint().width());
    const int chrome = m_nav->width() + 12 * 3 + 8 + 4 + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    int width = qMax(820, pageWidth + chrome);
    if (const QScreen *screen = this->screen())
        width = qMin(width, screen->availableGeometry().width() * 9 / 10);
    qCDebug(lcUi) << "settings dialog width" << width << "for pages of" << pageWidth;
    resize(width, qMax(height(), 640));
}

void SettingsDialog::addPage(SettingsPage *page)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page->setContentsMargins(4, 0, 12, 8);
    // A combo box is as wide as its longest item unless told otherwise; Spanish items would push the
    // page past the dialog's edge.
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(icons::icon(page->iconName()), page->title(), m_nav);
    item->setSizeHint(QSize(0, 36));
    m_pages << page;
}

void SettingsDialog::setCurrentPage(int page)
{
    m_nav->setCurrentRow(qBound(0, page, int(m_pages.size()) - 1));
}

int SettingsDialog::currentPage() const
{
    return m_nav->currentRow();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_nav->setAccessibleName(tr("Settings sections"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_nav->item(i)->setText(m_pages.at(i)->title());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool SettingsDialog::apply()
{
    store::Settings &settings = m_context.settings();
    const store::UiLanguage languageBefore = settings.value(store::settings::language);
    const QString themeBefore = settings.value(store::settings::uiTheme);
    for (const SettingsPage *page : std::as_const(m_pages))
        page->save(settings);

    QString why;
    const bool written = m_context.commitSettings(&why);
    m_error->setVisible(!written);
    if (!written)
        m_error->setText(tr("The settings could not be saved: %1").arg(why));

    if (const QString themeNow = settings.value(store::settings::uiTheme); themeNow != themeBefore)
        theme::apply(theme::parseChoice(themeNow));
    if (const store::UiLanguage languageNow = settings.value(store::settings::language); languageNow != languageBefore)
        language::apply(languageNow);

    m_keyStoreFailed = false;
    m_pendingKeyStores = 0;
    for (ProviderBox *box : m_providers->providerBoxes()) {
        if (box->hasPendingKey())
            ++m_pendingKeyStores;
    }
    const store::SecretStorage storage = m_providers->keyStorage();
    for (ProviderBox *box : m_providers->providerBoxes()) {
        if (box->hasPendingKey())
            box->storePendingKey(storage);
    }
    if (m_pendingKeyStores == 0)
        finishApply();
    return written;
}

void SettingsDialog::accept()
{
    m_closeWhenApplied = true;
    if (!apply())
        m_closeWhenApplied = false;
}

void SettingsDialog::keyStoreFinished(bool ok)
{
    if (!ok)
        m_keyStoreFailed = true;
    if (--m_pendingKeyStores <= 0)
        finishApply();
}

void SettingsDialog::finishApply()
{
    const bool ok = !m_keyStoreFailed && !m_error->isVisible();
    Q_EMIT applied(ok);
    if (ok && m_closeWhenApplied) {
        QDialog::accept();
        return;
    }
    if (m_keyStoreFailed)
        setCurrentPage(Providers);   // the box shows why the key was not stored
    m_closeWhenApplied = false;
}

} // namespace musiaia::gui
