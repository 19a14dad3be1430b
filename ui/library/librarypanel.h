// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace musiaia::gui {

class EmptyState;

// The sample library dock: the musician's sample folders, searchable, playable and draggable.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyState *m_empty;
};

} // namespace musiaia::gui
