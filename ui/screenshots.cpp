// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "als/alsreader.h"
#include "als/setreport.h"
#include "analysis/setreportwindow.h"
#include "appcontext.h"
#include "chat/chatbackend.h"
#include "chat/chatpanel.h"
#include "chat/composer.h"
#include "chat/messageedit.h"
#include "common/logging.h"
#include "language.h"
#include "library/sampleimport.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "store/secrets.h"
#include "store/settings.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QHash>
#include <QKeyEvent>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::gui {
namespace {

// A keychain that lives in memory and answers a moment later, as a real one does: the
// screenshots show the usual case (keys can be stored) without ever reading the musician's keys.
class MemoryKeychain final : public store::KeychainBackend
{
public:
    void read(const QString &key, Callback done) override
    {
        const auto it = m_entries.constFind(key);
        answer(std::move(done),
               it == m_entries.cend() ? Reply { Status::NotFound, {}, {} } : Reply { Status::Ok, *it, {} });
    }
    void write(const QString &key, const QString &value, Callback done) override
    {
        m_entries.insert(key, value);
        answer(std::move(done), Reply {});
    }
    void remove(const QString &key, Callback done) override
    {
        m_entries.remove(key);
        answer(std::move(done), Reply {});
    }

private:
    void answer(Callback done, const Reply &reply)
    {
        QTimer::singleShot(0, &m_context, [done = std::move(done), reply] { done(reply); });
    }
    QHash<QString, QString> m_entries;
    QObject m_context;
};

constexpr int GenerationTimeoutMs = 180 * 1000;

void settle()
{
    // Views load off the GUI thread (the project list, a set's arrangement): let that work finish
    // and its results arrive, a few rounds deep, before the picture is taken.
    for (int i = 0; i < 6; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        QThreadPool::globalInstance()->waitForDone(5000);
    }
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

class Shooter
{
public:
    explicit Shooter(const QString &outputDir)
        : m_dir(outputDir)
    {
    }

    bool save(QWidget *widget, const QString &name, const QString &suffix)
    {
        settle();
        const QString path = m_dir.filePath(name + suffix);
        if (!widget->grab().save(path, "PNG")) {
            QTextStream(stderr) << "cannot write " << path << Qt::endl;
            m_ok = false;
            return false;
        }
        QTextStream(stdout) << path << Qt::endl;
        return true;
    }
    void fail(const QString &why)
    {
        QTextStream(stderr) << why << Qt::endl;
        m_ok = false;
    }
    bool ok() const { return m_ok; }

private:
    QDir m_dir;
    bool m_ok = true;
};

// Types the request into the message box and presses Enter, as the musician does, then waits for
// the answer. The song it made, if any.
std::optional<session::VersionInfo> ask(MainWindow &window, ChatBackend &backend, const QString &text,
                                        Shooter &shooter)
{
    std::optional<session::VersionInfo> made;
    session::MessageRecord::Status status = session::MessageRecord::Status::Failed;
    QString answer;
    bool finished = false;
    QEventLoop loop;
    const QMetaObject::Connection created
        = QObject::connect(&backend, &ChatBackend::versionCreated, &loop,
                           [&made](const session::VersionInfo &version, const QString &) { made = version; });
    const QMetaObject::Connection done
        = QObject::connect(&backend, &ChatBackend::turnFinished, &loop,
                           [&](session::MessageRecord::Status turnStatus, const QString &content) {
                               status = turnStatus;
                               answer = content;
                               finished = true;
                               loop.quit();
                           });
    QTimer::singleShot(GenerationTimeoutMs, &loop, &QEventLoop::quit);

    MessageEdit *edit = window.chatPanel()->composer()->edit();
    edit->setPlainText(text);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(edit, &enter);
    if (!finished)
        loop.exec();
    QObject::disconnect(created);
    QObject::disconnect(done);

    if (!finished)
        shooter.fail(u"the chat did not answer “%1” in time"_s.arg(text));
    else if (status != session::MessageRecord::Status::Ok || !made)
        shooter.fail(u"the chat made no song for “%1”: %2"_s.arg(text, answer));
    return made;
}

void shootSettings(AppContext &context, MainWindow &window, const QString &suffix, Shooter &shooter)
{
    auto *dialog = new SettingsDialog(context, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::array<std::pair<int, QString>, 3> pages = { {
        { SettingsDialog::General, u"settings-general"_s },
        { SettingsDialog::Providers, u"settings-providers"_s },
        { SettingsDialog::LocalApi, u"settings-api"_s },
    } };
    dialog->show();
    for (const auto &[page, name] : pages) {
        dialog->setCurrentPage(page);
        shooter.save(dialog, name, suffix);
    }
    dialog->close();
}

void shootAnalysis(MainWindow &window, const QString &setPath, const QString &suffix, Shooter &shooter)
{
    const Result<als::LiveSet> set = als::readLiveSet(setPath);
    if (!set) {
        shooter.fail(set.errorMessage());
        return;
    }
    auto *report = new SetReportWindow(als::buildSetReport(*set, setPath), setPath, &window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
    shooter.save(report, u"analysis"_s, suffix);
    report->close();
}

void shootLanguage(const ScreenshotOptions &options, const QString &code, const QStringList &themes,
                   Shooter &shooter)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        shooter.fail(u"cannot make a temporary folder"_s);
        return;
    }
    AppContext::Options contextOptions;
    contextOptions.settingsFile = scratch.filePath(u"settings.ini"_s);
    contextOptions.keychain = std::make_shared<MemoryKeychain>();
    contextOptions.plainKeyFile = scratch.filePath(u"keys.json"_s);
    contextOptions.environment = QProcessEnvironment();
    contextOptions.databasePath = scratch.filePath(u"musiaia.sqlite"_s);
    AppContext context(std::move(contextOptions));
    context.settings().setValue(store::settings::projectsFolder, scratch.filePath(u"Projects"_s));
    if (const Result<void> opened = context.open(); !opened) {
        shooter.fail(opened.errorMessage());
        return;
    }
    if (!options.samples.isEmpty()) {
        if (const auto imported = library::importFolder(context.database(), options.samples); !imported) {
            shooter.fail(imported.errorMessage());
            return;
        }
    }

    language::apply(code == u"es"_s ? store::UiLanguage::Spanish : store::UiLanguage::English);
    theme::apply(theme::parseChoice(themes.first()));
    MainWindow window(context);
    window.resize(1400, 860);
    window.show();
    settle();

    ChatBackend *backend = options.chatBackend ? options.chatBackend(context, &window) : nullptr;
    const QStringList requests = screenshotRequests(code);
    std::optional<session::VersionInfo> song;
    if (backend) {
        window.setChatBackend(backend);
        song = ask(window, *backend, requests.at(0), shooter);
    } else {
        QTextStream(stderr) << "no chat session in this build: the chat is shown before the first message"
                            << Qt::endl;
    }
    for (const QString &themeName : themes) {
        theme::apply(theme::parseChoice(themeName));
        shooter.save(&window, u"chat"_s, u"-%1-%2.png"_s.arg(code, themeName));
    }

    // A change by chat: the browser then shows two versions and what changed between them.
    if (backend && song) {
        if (const auto changed = ask(window, *backend, requests.at(1), shooter))
            song = changed;
    }
    const QString setPath = !options.analysedSet.isEmpty() ? options.analysedSet
        : song                                             ? song->setPath
                                                           : QString();
    for (const QString &themeName : themes) {
        theme::apply(theme::parseChoice(themeName));
        const QString suffix = u"-%1-%2.png"_s.arg(code, themeName);
        // The docks alone, a little wider than by default, so that the guide can show them large.
        window.resizeDocks({ window.projectsDock(), window.libraryDock() }, { 440, 600 }, Qt::Horizontal);
        shooter.save(window.projectsDock(), u"projects"_s, suffix);
        shooter.save(window.libraryDock(), u"library"_s, suffix);
        window.resetLayout();
        shootSettings(context, window, suffix, shooter);
        if (!setPath.isEmpty())
            shootAnalysis(window, setPath, suffix, shooter);
    }
    // The chat session finishes with the window, before the database goes with the context.
    window.setChatBackend(nullptr);
    delete backend;
    window.close();
}

} // namespace

QStringList screenshotRequests(const QString &language)
{
    if (language == u"es"_s)
        return { u"Genera un track de house a 124 BPM en La menor"_s,
                 u"Hazlo más rápido, a 128 BPM, y pásalo a Re menor"_s };
    return { u"Make a deep house track at 122 BPM in D minor"_s,
             u"Make it faster, 126 BPM, and put it in E minor"_s };
}

int takeScreenshots(const ScreenshotOptions &options)
{
    if (!QDir().mkpath(options.outputDir)) {
        QTextStream(stderr) << "cannot make " << options.outputDir << Qt::endl;
        return 1;
    }
    const QStringList themes
        = options.theme.isEmpty() ? QStringList { u"dark"_s, u"light"_s } : QStringList { options.theme };
    const QStringList languages
        = options.language.isEmpty() ? QStringList { u"en"_s, u"es"_s } : QStringList { options.language };
    Shooter shooter(options.outputDir);
    for (const QString &code : languages)
        shootLanguage(options, code, themes, shooter);
    return shooter.ok() ? 0 : 1;
}

} // namespace musiaia::gui
