// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace musiaia::gui {

class EmptyState;

// The projects dock: every song made in the chat, with its versions.
class ProjectBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectBrowser)

public:
    explicit ProjectBrowser(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyState *m_empty;
};

} // namespace musiaia::gui
