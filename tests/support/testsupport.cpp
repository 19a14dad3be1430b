// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace musiaia::test {

QString sharedDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MUSIAIA_SHARED_DIR");
    const QString candidate = fromEnvironment.isEmpty() ? QStringLiteral(MUSIAIA_SHARED_DIR) : fromEnvironment;
    const QFileInfo info(candidate);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString corpusDir()
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    const QDir dir(shared + QStringLiteral("/als-corpus"));
    return dir.exists() && !dir.entryList({QStringLiteral("*.als")}, QDir::Files).isEmpty() ? dir.path()
                                                                                         : QString();
}

QString alsLintPath()
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    const QFileInfo lint(shared + QStringLiteral("/tools/als-lint"));
    return lint.isFile() ? lint.filePath() : QString();
}

QString appPath()
{
#ifdef MUSIAIA_APP_PATH
    return QStringLiteral(MUSIAIA_APP_PATH);
#else
    return {};
#endif
}

LintReport runAlsLint(const QString &alsPath)
{
    LintReport report;
    const QString lint = alsLintPath();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (lint.isEmpty() || python.isEmpty())
        return report;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {lint, alsPath});
    if (!process.waitForFinished(120000)) {
        process.kill();
        report.output = QStringLiteral("als-lint did not finish");
        return report;
    }
    report.ran = true;
    report.exitCode = process.exitCode();
    report.output = QString::fromUtf8(process.readAll());
    return report;
}

AppRun runApp(const QStringList &arguments, const AppRunOptions &options)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));   // verbs must not need a display
    if (!options.home.isEmpty()) {
        environment.remove(QStringLiteral("GLM_API_KEY"));
        environment.remove(QStringLiteral("MINIMAX_API_KEY"));
        if (!options.keepSessionBus)
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const QDir home(options.home);
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("MUSIAIA_DATA_DIR"), home.filePath(QStringLiteral("data")));
    }
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(appPath(), arguments);
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    AppRun result;
    // The default is generous: a debug build importing samples on two cores shared with a
    // parallel ctest and other builds can take close to a minute. CTest's own timeout still
    // bounds the test.
    const bool finished = options.serveEvents
        ? QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, options.timeoutMs)
        : process.waitForFinished(options.timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("musiaia %1 did not finish within %2 s")
                         .arg(arguments.join(QLatin1Char(' ')))
                         .arg(options.timeoutMs / 1000);
        return result;
    }
    process.waitForFinished();   // collects what is left of its output
    if (process.exitStatus() != QProcess::NormalExit)
        result.err = QStringLiteral("musiaia crashed: ");
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace musiaia::test
