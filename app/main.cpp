// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/commands.h"

#include "common/logging.h"
#include "store/database.h"

#include <musiaia/version.h>

#include <QCoreApplication>

#ifdef MUSIAIA_HAVE_UI
#include "guimain.h"
#endif

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral(MUSIAIA_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUSIAIA_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral(MUSIAIA_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(MUSIAIA_ORGANIZATION_DOMAIN));
}

bool isCommandLineRequest(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    static const QStringList informational = {
        QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-v"), QStringLiteral("--version"),
    };
    return informational.contains(first) || musiaia::cli::findCommand(first) != nullptr
        || (!first.startsWith(QLatin1Char('-')) && !first.endsWith(QLatin1String(".als"), Qt::CaseInsensitive));
}

void logStart(const QString &mode)
{
    musiaia::logging::event(lcApp(), QStringLiteral("MusiaIA started"),
                            {{QStringLiteral("version"), QCoreApplication::applicationVersion()},
                             {QStringLiteral("mode"), mode}});
}

int runCommandLine(QStringList arguments)
{
    namespace cli = musiaia::cli;
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
        cli::out() << cli::usage() << Qt::flush;
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        cli::out() << "MusiaIA " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const musiaia::cli::Command *command = cli::findCommand(first);
    if (!command) {
        cli::err() << "musiaia: unknown verb \"" << first << "\"\n\n" << cli::usage() << Qt::flush;
        return 2;
    }
    return command->run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const musiaia::cli::GlobalOptions global = musiaia::cli::takeGlobalOptions(arguments);
    if (!global.databasePath.isEmpty())
        musiaia::store::Database::setDefaultPath(global.databasePath);

    auto startLog = [&global] {
        if (global.jsonLogPath.isEmpty())
            return true;
        QString why;
        if (musiaia::logging::startJsonLog(global.jsonLogPath, &why))
            return true;
        musiaia::cli::err() << "musiaia: cannot write the JSON log " << global.jsonLogPath << ": " << why
                            << Qt::endl;
        return false;
    };

    if (isCommandLineRequest(arguments)) {
        QCoreApplication app(argc, argv);
        musiaia::logging::setConsoleThreshold(global.verbose ? QtInfoMsg : QtWarningMsg);
        if (!startLog())
            return 1;
        logStart(QStringLiteral("cli"));
        const int status = runCommandLine(arguments);
        musiaia::logging::stopJsonLog();
        return status;
    }

#ifdef MUSIAIA_HAVE_UI
    musiaia::logging::setConsoleThreshold(global.verbose ? QtDebugMsg : QtInfoMsg);
    return musiaia::gui::run(argc, argv, arguments, [&startLog] {
        if (!startLog())
            return false;
        logStart(QStringLiteral("gui"));
        return true;
    });
#else
    musiaia::cli::err() << "musiaia: this build has no user interface; see \"musiaia --help\"." << Qt::endl;
    return 2;
#endif
}
