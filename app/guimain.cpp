// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "ai/assistant.h"
#include "appcontext.h"
#include "chat/sessionchatbackend.h"
#include "common/logging.h"
#include "language.h"
#include "localapi.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "session/chatsession.h"
#include "session/librarysamples.h"
#include "store/settings.h"
#include "theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace musiaia::gui {

int run(int &argc, char **argv, const QStringList &arguments, const std::function<bool()> &startLog)
{
    QApplication app(argc, argv);
    if (!startLog())
        return 1;
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/musiaia.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.musiaia.MusiaIA"));

    // Hidden option for the user guide (packaging/screenshots.sh runs it):
    //   musiaia --screenshots DIR [--theme light|dark] [--language en|es] [--samples DIR] [--analyse SET]
    if (arguments.value(0) == QLatin1String("--screenshots")) {
        ScreenshotOptions options;
        options.outputDir = arguments.value(1, QStringLiteral("."));
        if (const qsizetype at = arguments.indexOf(QLatin1String("--theme")); at >= 0)
            options.theme = arguments.value(at + 1);
        if (const qsizetype at = arguments.indexOf(QLatin1String("--language")); at >= 0)
            options.language = arguments.value(at + 1);
        if (const qsizetype at = arguments.indexOf(QLatin1String("--analyse")); at >= 0)
            options.analysedSet = arguments.value(at + 1);
        if (const qsizetype at = arguments.indexOf(QLatin1String("--samples")); at >= 0)
            options.samples = arguments.value(at + 1);
        // The chat session as below, offline (no assistant, so no key is ever read), over the
        // screenshots' temporary history and library.
        options.chatBackend = [](AppContext &screenshotContext, QObject *parent) -> ChatBackend * {
            if (!screenshotContext.isOpen())
                return nullptr;
            auto *chat = new session::ChatSession(session::ConversationStore(screenshotContext.database()),
                                                  *screenshotContext.projects(), parent);
            chat->setSampleStep(session::librarySampleStep(screenshotContext.database()));
            return new SessionChatBackend(*chat, chat);
        };
        return takeScreenshots(options);
    }

    AppContext context;
    theme::apply(theme::parseChoice(context.settings().value(store::settings::uiTheme)));
    language::apply(context.settings().value(store::settings::language));

    const Result<void> opened = context.open();
    // The chat session needs the history; without it the chat says why it cannot answer.
    ai::Assistant assistant(context.settings(), context.secrets());
    assistant.setDatabase(&context.database());
    assistant.loadKeys();
    QObject::connect(&context, &AppContext::secretsChanged, &assistant, [&assistant] { assistant.loadKeys(); });
    std::unique_ptr<session::ChatSession> chatSession;
    std::unique_ptr<SessionChatBackend> chatBackend;
    if (opened) {
        chatSession = std::make_unique<session::ChatSession>(session::ConversationStore(context.database()),
                                                             *context.projects());
        chatSession->setAssistant(&assistant);
        chatSession->setSampleStep(session::librarySampleStep(context.database()));
        const auto schemaFromSettings = [&context] {
            return context.settings().value(store::settings::defaultLiveVersion) == store::LiveVersion::Live12
                       ? als::SchemaVersion::Live12
                       : als::SchemaVersion::Live11;
        };
        chatSession->setSchema(schemaFromSettings());
        QObject::connect(&context, &AppContext::settingsChanged, chatSession.get(),
                         [session = chatSession.get(), schemaFromSettings] { session->setSchema(schemaFromSettings()); });
        chatBackend = std::make_unique<SessionChatBackend>(*chatSession);
    }
    MainWindow window(context);
    window.show();
    window.setChatBackend(chatBackend.get(), opened ? QString() : opened.errorMessage());
    if (!opened) {
        // MusiaIA still composes; the history, the library and projects wait for the database.
        QMessageBox::warning(&window, QCoreApplication::translate("musiaia::gui::MainWindow", "MusiaIA"),
                             QCoreApplication::translate("musiaia::gui::MainWindow",
                                                         "Your history could not be opened: %1")
                                 .arg(opened.errorMessage()));
    }
    // Off unless the settings enable it (Settings > Local API). Its chat sessions are set up as the
    // window's: the same assistant, sample library and Live version.
    app::AppLocalApi localApi(context, [&context, &assistant](session::ChatSession &chat) {
        chat.setAssistant(&assistant);
        chat.setSampleStep(session::librarySampleStep(context.database()));
        chat.setSchema(context.settings().value(store::settings::defaultLiveVersion) == store::LiveVersion::Live12
                           ? als::SchemaVersion::Live12
                           : als::SchemaVersion::Live11);
    });
    // "musiaia FILE.als" (and opening a set from the file manager) analyses it.
    if (!arguments.isEmpty()) {
        const QString path = QFileInfo(arguments.first()).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, path] { window.analyseSet(path); });
    }

    const int status = QApplication::exec();
    logging::stopJsonLog();
    return status;
}

} // namespace musiaia::gui
