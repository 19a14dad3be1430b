// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <type_traits>

namespace musiaia::cli {

// Runs the event loop until `future` is finished (keychain jobs and network replies need it), and
// returns its result. Verbs are short-lived and single-threaded: this is their await.
template<typename T>
T waitForFuture(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        loop.exec();
    }
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

} // namespace musiaia::cli
