// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "common/logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace musiaia::gui {

namespace {

void installTranslators(QApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("musiaia"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int run(int &argc, char **argv, const QStringList &arguments, const std::function<bool()> &startLog)
{
    QApplication app(argc, argv);
    if (!startLog())
        return 1;
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/musiaia.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.musiaia.MusiaIA"));
    installTranslators(app);

    MainWindow window;
    window.show();
    if (!arguments.isEmpty())
        qCInfo(lcApp) << "asked to open" << arguments.first();

    const int status = QApplication::exec();
    logging::stopJsonLog();
    return status;
}

} // namespace musiaia::gui
