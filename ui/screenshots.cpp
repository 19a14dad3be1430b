// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "als/alsreader.h"
#include "als/setreport.h"
#include "analysis/setreportwindow.h"
#include "appcontext.h"
#include "library/sampleimport.h"
#include "chat/chatpanel.h"
#include "common/logging.h"
#include "language.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "store/secrets.h"
#include "store/settings.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::gui {
namespace {

// A keychain that is never there: screenshots must not read the musician's real keys.
class NoKeychain final : public store::KeychainBackend
{
public:
    void read(const QString &, Callback done) override { done({Status::NoService, {}, {}}); }
    void write(const QString &, const QString &, Callback done) override { done({Status::NoService, {}, {}}); }
    void remove(const QString &, Callback done) override { done({Status::NoService, {}, {}}); }
};

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const QPixmap pixmap = widget->grab();
    if (!pixmap.save(path, "PNG")) {
        qCWarning(lcUi) << "cannot write" << path;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}

} // namespace

int takeScreenshots(const ScreenshotOptions &options)
{
    QTemporaryDir scratch;
    if (!scratch.isValid() || !QDir().mkpath(options.outputDir))
        return 1;
    AppContext::Options contextOptions;
    contextOptions.settingsFile = scratch.filePath(u"settings.ini"_s);
    contextOptions.keychain = std::make_shared<NoKeychain>();
    contextOptions.plainKeyFile = scratch.filePath(u"keys.json"_s);
    contextOptions.environment = QProcessEnvironment();
    contextOptions.databasePath = scratch.filePath(u"musiaia.sqlite"_s);
    AppContext context(std::move(contextOptions));
    context.settings().setValue(store::settings::projectsFolder, scratch.filePath(u"Projects"_s));
    if (const Result<void> opened = context.open(); !opened) {
        QTextStream(stderr) << opened.errorMessage() << Qt::endl;
        return 1;
    }
    if (!options.samples.isEmpty()) {
        const auto imported = library::importFolder(context.database(), options.samples);
        if (!imported) {
            QTextStream(stderr) << imported.errorMessage() << Qt::endl;
            return 1;
        }
    }

    const QStringList themes = options.theme.isEmpty() ? QStringList{u"dark"_s, u"light"_s} : QStringList{options.theme};
    bool ok = true;
    for (const QString &themeName : themes) {
        theme::apply(theme::parseChoice(themeName));
        for (const auto &[language, code] : {std::pair{store::UiLanguage::English, u"en"_s},
                                             std::pair{store::UiLanguage::Spanish, u"es"_s}}) {
            language::apply(language);
            const QString suffix = u"-"_s + code + u"-"_s + themeName + u".png"_s;
            MainWindow window(context);
            window.resize(1400, 860);
            window.show();
            ok = save(&window, QDir(options.outputDir).filePath(u"main-window"_s + suffix)) && ok;

            if (!options.analysedSet.isEmpty()) {
                const auto set = als::readLiveSet(options.analysedSet);
                if (set) {
                    auto *report = new SetReportWindow(als::buildSetReport(*set, options.analysedSet), options.analysedSet, &window);
                    report->show();
                    ok = save(report, QDir(options.outputDir).filePath(u"analysis"_s + suffix)) && ok;
                    report->close();
                }
            }

            auto *dialog = new SettingsDialog(context, &window);
            dialog->setCurrentPage(SettingsDialog::Providers);
            dialog->show();
            settle();
            dialog->resize(dialog->size() + QSize(1, 0));
            settle();
            dialog->resize(dialog->size() - QSize(1, 0));
            ok = save(dialog, QDir(options.outputDir).filePath(u"settings-providers"_s + suffix)) && ok;
            dialog->setCurrentPage(SettingsDialog::General);
            ok = save(dialog, QDir(options.outputDir).filePath(u"settings-general"_s + suffix)) && ok;
            dialog->close();
            window.close();
        }
    }
    return ok ? 0 : 1;
}

} // namespace musiaia::gui
