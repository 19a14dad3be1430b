// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTest>

namespace musiaia::test {

// ../shared next to the repository, or $MUSIAIA_SHARED_DIR. Empty when absent (a user's clone).
QString sharedDir();
// The corpus of real Live sets, or empty when absent.
QString corpusDir();
// ../shared/tools/als-lint, or empty when absent.
QString alsLintPath();
// The musiaia executable built with the tests.
QString appPath();

// Result of running ../shared/tools/als-lint on a file.
struct LintReport
{
    bool ran = false;          // false when python3 or the linter could not be started
    int exitCode = -1;
    QString output;
};
LintReport runAlsLint(const QString &alsPath);

// Runs the built musiaia with `arguments` and no display, as a user's terminal would.
struct AppRun
{
    int exitCode = -1;         // -1 when it crashed or did not finish in time (err says which)
    QString out;
    QString err;
};

struct AppRunOptions
{
    // A user of its own: HOME is this folder, settings in config/, data in data/, and no API key
    // or keychain from the environment the tests run in (keys come from `environment`).
    QString home;
    bool keepSessionBus = false;            // with `home`: keep the keychain (a sandboxed one)
    QHash<QString, QString> environment;    // set last
    QString workingDirectory;
    QByteArray input;                       // written to its standard input, which is then closed
    // Wait with this thread's event loop turning: a mock server lives in this process.
    bool serveEvents = false;
    int timeoutMs = 240000;
};

AppRun runApp(const QStringList &arguments, const AppRunOptions &options = {});

} // namespace musiaia::test

// Skips the test when the real-set corpus is missing, saying why.
#define MUSIAIA_REQUIRE_CORPUS()                                                                   \
    do {                                                                                           \
        if (musiaia::test::corpusDir().isEmpty())                                                  \
            QSKIP("../shared/als-corpus is absent (a user's clone): this test needs real Live sets"); \
    } while (false)

#define MUSIAIA_REQUIRE_ALS_LINT()                                                                 \
    do {                                                                                           \
        if (musiaia::test::alsLintPath().isEmpty())                                                \
            QSKIP("../shared/tools/als-lint is absent (a user's clone): cannot lint the set");     \
    } while (false)

// Verifies a musiaia::Result, printing its error message when it failed.
#define QVERIFY_RESULT(expr)                                                                       \
    do {                                                                                           \
        const auto &musiaiaResult_ = (expr);                                                       \
        QVERIFY2(musiaiaResult_.hasValue(), qPrintable(musiaiaResult_.errorMessage()));            \
    } while (false)
