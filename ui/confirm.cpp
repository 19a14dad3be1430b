// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace musiaia::gui {
namespace {
std::optional<bool> &nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
} // namespace

bool confirmDestructive(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    if (const std::optional<bool> answer = nextAnswer()) {
        nextAnswer().reset();
        return *answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *destroy = box.addButton(action, QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == destroy;
}

void answerNextConfirmationForTests(std::optional<bool> answer)
{
    nextAnswer() = answer;
}

} // namespace musiaia::gui
