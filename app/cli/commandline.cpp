// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands.h"

#include <cstdio>

namespace musiaia::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &verb, const QString &message, int status)
{
    err() << "musiaia " << verb << ": " << message << Qt::endl;
    return status;
}

GlobalOptions takeGlobalOptions(QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--log-json") && i + 1 < arguments.size()) {
            options.jsonLogPath = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--log-json="))) {
            options.jsonLogPath = argument.mid(qsizetype(sizeof("--log-json=")) - 1);
            arguments.remove(i);
        } else if (argument == QLatin1String("--db") && i + 1 < arguments.size()) {
            options.databasePath = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            options.databasePath = argument.mid(qsizetype(sizeof("--db=")) - 1);
            arguments.remove(i);
        } else if (argument == QLatin1String("--verbose")) {
            options.verbose = true;
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return options;
}

QString usage()
{
    QString text;
    QTextStream stream(&text);
    stream << "Usage: musiaia [--log-json FILE] [FILE.als]\n"
              "       musiaia [--log-json FILE] <verb> [options]\n"
              "\n"
              "With no verb, MusiaIA opens its window (and analyses FILE.als when given).\n"
              "\n"
              "Options:\n"
              "  -h, --help          Show this help (\"musiaia <verb> --help\" for a verb).\n"
              "  -v, --version       Show the version.\n"
              "  --log-json FILE     Also write the log to FILE, one JSON object per line.\n"
              "  --verbose           Print informational log messages to stderr.\n"
              "  --db FILE           Use FILE as the database (default: musiaia.sqlite in the app\n"
              "                      data folder, or in $MUSIAIA_DATA_DIR when set).\n";
    if (!commands().isEmpty()) {
        stream << "\nVerbs:\n";
        for (const Command &command : commands())
            stream << "  " << command.name.leftJustified(18) << ' ' << command.summary << '\n';
    }
    return text;
}

} // namespace musiaia::cli
