// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop.h"

#include "common/logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::gui::desktop {
namespace {

std::function<void(Action, const QString &)> &recorder()
{
    static std::function<void(Action, const QString &)> hook;
    return hook;
}

} // namespace

bool openFile(const QString &path)
{
    if (recorder()) {
        recorder()(Action::Open, path);
        return true;
    }
    const bool opened = QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!opened)
        qCWarning(lcUi) << "no application opens" << path;
    return opened;
}

bool revealFile(const QString &path)
{
    if (recorder()) {
        recorder()(Action::Reveal, path);
        return true;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.FileManager1"_s, u"/org/freedesktop/FileManager1"_s,
                                                           u"org.freedesktop.FileManager1"_s, u"ShowItems"_s);
        call << QStringList{QUrl::fromLocalFile(path).toString()} << QString();
        if (bus.call(call, QDBus::Block, 3000).type() == QDBusMessage::ReplyMessage)
            return true;
    }
    const QFileInfo info(path);
    return QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}

void setRecorderForTests(std::function<void(Action, const QString &)> hook)
{
    recorder() = std::move(hook);
}

} // namespace musiaia::gui::desktop
