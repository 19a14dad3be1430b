// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"
#include "mainwindow.h"
#include "mockaiserver.h"
#include "settings/providerbox.h"
#include "settings/providerspage.h"
#include "settings/settingsdialog.h"
#include "store/secrets.h"
#include "store/settings.h"
#include "theme.h"
#include "uitestsupport.h"
#include "widgets/statuspill.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using gui::MainWindow;
using gui::SettingsDialog;
using test::TestContext;

namespace {

template<typename T>
T *child(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

SettingsDialog *openSettings(MainWindow &window)
{
    window.findChild<QAction *>(u"settingsAction"_s)->trigger();
    return window.findChild<SettingsDialog *>();
}

void pressOk(SettingsDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareGuiTestCase();
    }

    void opensFromTheMenu_andTheProviderPill()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), int(SettingsDialog::General));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());   // deleted on close

        QTest::mouseClick(child<gui::StatusPill>(&window, u"providerPill"_s), Qt::LeftButton);
        dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), int(SettingsDialog::Providers));
    }

    void everyControl_hasAnAccessibleName()
    {
        TestContext context;
        context.keychain->forced = store::KeychainBackend::Status::NoService;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        for (int page : {SettingsDialog::General, SettingsDialog::Providers, SettingsDialog::LocalApi}) {
            dialog->setCurrentPage(page);
            QTRY_VERIFY(dialog->isVisible());
            const QStringList unnamed = test::unnamedControls(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
    }

    void generalSettings_areWrittenOnOk()
    {
        TestContext context;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        selectData(child<QComboBox>(dialog, u"liveVersionCombo"_s), int(store::LiveVersion::Live11));
        const QString folder = context.dir.filePath(u"My Songs"_s);
        child<QLineEdit>(dialog, u"projectsFolderEdit"_s)->setText(folder);
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        pressOk(dialog);
        QCOMPARE(applied.count(), 1);
        QVERIFY(applied.at(0).at(0).toBool());

        store::Settings reread(context.dir.filePath(u"settings.ini"_s));
        QCOMPARE(reread.value(store::settings::defaultLiveVersion), store::LiveVersion::Live11);
        QCOMPARE(reread.projectsFolderPath(), folder);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
    }

    void routingAndRegion_areWritten_andThePillFollows()
    {
        TestContext context;
        context.keychain->entries.insert(u"glm-api-key"_s, u"stored.glm.key"_s);
        MainWindow window(*context);
        auto *pill = child<gui::StatusPill>(&window, u"providerPill"_s);
        QTRY_COMPARE(pill->text(), u"glm-4.6"_s);

        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::Providers);
        selectData(child<QComboBox>(dialog, u"glmRegionCombo"_s), int(store::AiRegion::Custom));
        auto *baseUrl = child<QLineEdit>(dialog, u"glmBaseUrlEdit"_s);
        QVERIFY(baseUrl->isEnabled());
        baseUrl->setText(u"http://127.0.0.1:9999/api/paas/v4"_s);
        selectData(child<QComboBox>(dialog, u"miniMaxRegionCombo"_s), int(store::AiRegion::Mainland));
        QVERIFY(!child<QLineEdit>(dialog, u"miniMaxBaseUrlEdit"_s)->isEnabled());
        selectData(child<QComboBox>(dialog, u"routingCombo"_s), int(store::AiRouting::OfflineOnly));
        QVERIFY(!child<QCheckBox>(dialog, u"fallbackCheck"_s)->isEnabled());
        pressOk(dialog);

        store::Settings &settings = context->settings();
        QCOMPARE(settings.value(store::settings::glmBaseUrl), u"http://127.0.0.1:9999/api/paas/v4"_s);
        QCOMPARE(settings.value(store::settings::glmRegion), store::AiRegion::Custom);
        QCOMPARE(settings.value(store::settings::miniMaxRegion), store::AiRegion::Mainland);
        QCOMPARE(settings.value(store::settings::aiRouting), store::AiRouting::OfflineOnly);
        QTRY_COMPARE(pill->text(), u"Offline composer"_s);
    }

    void key_goesToTheKeychain_neverToTheSettingsFile()
    {
        TestContext context;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::Providers);
        QTest::keyClicks(child<QLineEdit>(dialog, u"glmKeyEdit"_s), u"abc123.SECRET"_s);
        pressOk(dialog);
        QTRY_COMPARE(context.keychain->entries.value(u"glm-api-key"_s), u"abc123.SECRET"_s);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QFile ini(context.dir.filePath(u"settings.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("SECRET"));
        QTRY_COMPARE(child<gui::StatusPill>(&window, u"providerPill"_s)->text(), u"glm-4.6"_s);

        // Reopened, the dialog says where the key is, and never shows it.
        dialog = openSettings(window);
        auto *state = child<QLabel>(dialog, u"glmKeyState"_s);
        QTRY_VERIFY2(state->text().contains(u"keychain"_s), qPrintable(state->text()));
        QVERIFY(child<QLineEdit>(dialog, u"glmKeyEdit"_s)->text().isEmpty());
        auto *forget = child<QPushButton>(dialog, u"glmRemoveKey"_s);
        QTRY_VERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QTRY_VERIFY(!context.keychain->entries.contains(u"glm-api-key"_s));
        QTRY_COMPARE(child<gui::StatusPill>(&window, u"providerPill"_s)->text(), u"Offline composer"_s);
    }

    void noKeychain_keyKeptForTheSession_byDefault()
    {
        TestContext context;
        context.keychain->forced = store::KeychainBackend::Status::NoService;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::Providers);
        auto *notice = child<QFrame>(dialog, u"keychainNotice"_s);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(child<QRadioButton>(dialog, u"keepForSessionRadio"_s)->isChecked());
        QTest::keyClicks(child<QLineEdit>(dialog, u"miniMaxKeyEdit"_s), u"mm-session-key"_s);
        pressOk(dialog);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());

        auto read = context->secrets().read(store::SecretId::MiniMaxApiKey);
        QTRY_VERIFY(read.isFinished());
        QCOMPARE(read.result()->value, u"mm-session-key"_s);
        QCOMPARE(read.result()->source, store::SecretSource::Session);
        QVERIFY(!QFile::exists(context.dir.filePath(u"keys.json"_s)));
    }

    void noKeychain_plainFile_onlyWhenChosen()
    {
        TestContext context;
        context.keychain->forced = store::KeychainBackend::Status::NoService;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::Providers);
        QTRY_VERIFY(child<QFrame>(dialog, u"keychainNotice"_s)->isVisible());
        child<QRadioButton>(dialog, u"plainFileRadio"_s)->click();
        QTest::keyClicks(child<QLineEdit>(dialog, u"glmKeyEdit"_s), u"glm-plain-key"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(context.dir.filePath(u"keys.json"_s)));
        auto *state = child<QLabel>(dialog, u"glmKeyState"_s);
        QTRY_VERIFY2(state->text().contains(u"unencrypted"_s), qPrintable(state->text()));
    }

    void malformedKey_isRefused_andTheDialogStaysOpen()
    {
        TestContext context;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::General);
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        child<QLineEdit>(dialog, u"glmKeyEdit"_s)->setText(u"two words"_s);
        pressOk(dialog);
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!applied.at(0).at(0).toBool());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), int(SettingsDialog::Providers));
        QVERIFY(child<QLabel>(dialog, u"glmKeyState"_s)->text().contains(u"spaces"_s));
        QVERIFY(context.keychain->entries.isEmpty());
    }

    void environmentKey_isSaidToOverride()
    {
        QProcessEnvironment environment;
        environment.insert(u"GLM_API_KEY"_s, u"from-the-environment"_s);
        TestContext context(environment);
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        auto *state = child<QLabel>(dialog, u"glmKeyState"_s);
        QTRY_VERIFY2(state->text().contains(u"GLM_API_KEY"_s), qPrintable(state->text()));
        QVERIFY(!child<QPushButton>(dialog, u"glmRemoveKey"_s)->isEnabled());
    }

    void testConnection_usesTheValuesOnScreen()
    {
        mock::MockAiServer server;
        QVERIFY(server.listen());
        server.setAcceptedKeys(mock::Dialect::Glm, {u"good.glm.key"_s});
        TestContext context;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::Providers);
        auto *box = child<gui::ProviderBox>(dialog, u"glmBox"_s);
        selectData(child<QComboBox>(dialog, u"glmRegionCombo"_s), int(store::AiRegion::Custom));
        child<QLineEdit>(dialog, u"glmBaseUrlEdit"_s)->setText(server.baseUrl(mock::Dialect::Glm));
        auto *result = child<QLabel>(dialog, u"glmTestResult"_s);
        QSignalSpy tested(box, &gui::ProviderBox::testFinished);

        child<QLineEdit>(dialog, u"glmKeyEdit"_s)->setText(u"wrong.glm.key"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"glmTestButton"_s), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(result->text().contains(u"key"_s, Qt::CaseInsensitive), qPrintable(result->text()));

        child<QLineEdit>(dialog, u"glmKeyEdit"_s)->setText(u"good.glm.key"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"glmTestButton"_s), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 2);
        QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"glm-4.6"_s));
        QCOMPARE(server.requests().size(), 2);
        // Nothing was saved by testing.
        QVERIFY(context.keychain->entries.isEmpty());
        QVERIFY(context->settings().value(store::settings::glmBaseUrl).isEmpty());
    }

    void testConnection_withoutAKey_saysSo()
    {
        TestContext context;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        auto *box = child<gui::ProviderBox>(dialog, u"miniMaxBox"_s);
        QSignalSpy tested(box, &gui::ProviderBox::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"miniMaxTestButton"_s), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY(child<QLabel>(dialog, u"miniMaxTestResult"_s)->text().contains(u"MINIMAX_API_KEY"_s));
    }

    void localApi_tokenIsMadeAndKeptAsASecret()
    {
        TestContext context;
        MainWindow window(*context);
        SettingsDialog *dialog = openSettings(window);
        dialog->setCurrentPage(SettingsDialog::LocalApi);
        auto *token = child<QLineEdit>(dialog, u"apiTokenEdit"_s);
        QTRY_VERIFY(!token->placeholderText().isEmpty());
        QVERIFY(token->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, u"apiRegenerateToken"_s), Qt::LeftButton);
        QTRY_VERIFY(!token->text().isEmpty());
        QVERIFY(token->text().size() >= 40);
        QCOMPARE(context.keychain->entries.value(u"local-api-token"_s), token->text());
        const QString first = token->text();
        QTest::mouseClick(child<QPushButton>(dialog, u"apiRegenerateToken"_s), Qt::LeftButton);
        QTRY_VERIFY(token->text() != first);

        child<QCheckBox>(dialog, u"apiEnabledCheck"_s)->setChecked(true);
        pressOk(dialog);
        QVERIFY(context->settings().value(store::settings::localApiEnabled));
        QFile ini(context.dir.filePath(u"settings.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(first.toLatin1()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
