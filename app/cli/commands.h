// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace musiaia::cli {

// A command-line verb. `run` gets the arguments after the verb and returns the exit status.
// Verbs run on a QCoreApplication: no display is needed.
struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments) = nullptr;
};

// Every verb, in the order `musiaia --help` lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

} // namespace musiaia::cli
