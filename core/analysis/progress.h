#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace Seams {

/** Progress and cancellation for long analysis steps (scanning a source tree, reading a large
 *  DOT file, clustering), without Qt Quick or an event loop: the worker calls setStep() and
 *  advance(), and polls isCanceled(); any thread may call cancel(). The GUI adapter passes a
 *  callback that forwards to a queued signal, the CLI one that prints, tests one that records.
 *
 *  Reports are throttled to whole-percent changes so a million small steps cost nothing. */
class Progress
{
public:
    /** Receives the current step's description and its completion from 0 to 100 (-1 while
     *  the total is unknown). Called on the worker's thread. */
    using Callback = std::function<void(const QString &step, int percent)>;

    Progress() = default;
    explicit Progress(Callback callback);
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    /** Starts a new step of `total` units (0 when unknown) and reports it. */
    void setStep(const QString &step, qint64 total = 0);
    /** Marks `done` units of the current step as finished (absolute, not a delta). */
    void setDone(qint64 done);

    /** Asks the worker to stop at its next check. Thread-safe. */
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    QString step() const;
    int percent() const { return m_percent.load(std::memory_order_relaxed); }

    /** Convenience for optional progress pointers. */
    static bool canceled(const Progress *progress) { return progress && progress->isCanceled(); }

private:
    void report();

    Callback m_callback;
    mutable QMutex m_mutex;
    QString m_step;
    qint64 m_total = 0;
    std::atomic<int> m_percent {-1};
    std::atomic<bool> m_canceled {false};
};

} // namespace Seams
