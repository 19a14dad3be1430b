// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>

namespace musiaia::cli {

const QList<Command> &commands()
{
    // Each verb lives in its own file under app/cli/ and is listed here.
    static const QList<Command> all = {
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace musiaia::cli
