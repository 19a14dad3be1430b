// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace musiaia::gui {

// Asks before something that cannot be undone ("Delete “Night Drive” and its 3 versions?"). The
// destructive button carries `action` and is not the default. Tests pre-answer the next question.
bool confirmDestructive(QWidget *parent, const QString &title, const QString &text, const QString &action);
void answerNextConfirmationForTests(std::optional<bool> answer);

} // namespace musiaia::gui
