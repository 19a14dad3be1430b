// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace musiaia::gui {

// Calls `callback(result)` on `context`'s thread when `future` has its result, unless `context`
// is destroyed first. Use it instead of QFuture::then(context, ...): in Qt 6.4 that asserts when
// the context dies before the future finishes (a dialog closed while the keychain is answering).
// A future cancelled without a result (its promise destroyed) calls nothing.
template<typename T, typename Callback>
void whenReady(const QFuture<T> &future, QObject *context, Callback &&callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.resultCount() > 0)
                             callback(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace musiaia::gui
