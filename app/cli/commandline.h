// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace musiaia::cli {

// Streams for verbs: stdout for results, stderr for progress and errors, both UTF-8.
QTextStream &out();
QTextStream &err();

// Prints "musiaia <verb>: <message>" to stderr and returns the exit status to use.
int fail(const QString &verb, const QString &message, int status = 1);

// Options every invocation understands, whatever the verb: --log-json FILE, --verbose, --db FILE.
struct GlobalOptions
{
    QString jsonLogPath;
    bool verbose = false;     // --verbose: info messages on stderr too
    QString databasePath;     // --db FILE: the database to use instead of the app data folder's
};

// Takes the global options out of `arguments` (argv without the program name).
GlobalOptions takeGlobalOptions(QStringList &arguments);

// The top-level help text: usage, global options and every verb.
QString usage();

} // namespace musiaia::cli
