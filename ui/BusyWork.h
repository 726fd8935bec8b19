#pragma once

#include <QApplication>
#include <QEventLoop>
#include <QThread>
#include <QWidget>

#include <optional>
#include <utility>

// Runs work on a worker thread and waits for it with the window painted but taking no input.
// For Argon2id (about half a second per encrypted open or save): long enough that a frozen,
// unpainted window would look hung. Returns what work returns.

namespace tw::ui {

template <typename Work>
auto runBusy(QWidget *window, Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    QThread *thread = QThread::create([&] { result.emplace(work()); });
    QEventLoop loop;
    // Queued to this thread: the quit waits for exec() even when the work finishes first.
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    window->setEnabled(false);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    window->setEnabled(true);
    QApplication::restoreOverrideCursor();
    return std::move(*result);
}

} // namespace tw::ui
