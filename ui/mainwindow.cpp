// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace musiaia::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MusiaIA"));
    auto *placeholder = new QLabel(
        tr("<h2>MusiaIA</h2><p>The chat window is not built yet.</p>"
           "<p>Run <tt>musiaia --help</tt> in a terminal to see what the command line can do.</p>"),
        this);
    placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setTextFormat(Qt::RichText);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Offline composer"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace musiaia::gui
