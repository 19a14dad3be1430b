// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "chat.h"

#include <QCoreApplication>

namespace musiaia::cli {

const QList<Command> &commands()
{
    // Each verb lives in its own file under app/cli/ and is listed here.
    static const QList<Command> all = {
        {QStringLiteral("chat"), QStringLiteral("Talk to GLM-4.6, MiniMax-M2 or the offline composer"), &runChat},
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
