#include "progress.h"

#include <algorithm>

namespace Seams {

Progress::Progress(Callback callback)
    : m_callback(std::move(callback))
{ }

void Progress::setStep(const QString &step, qint64 total)
{
    {
        QMutexLocker locker(&m_mutex);
        m_step = step;
        m_total = total;
    }
    m_percent.store(total > 0 ? 0 : -1, std::memory_order_relaxed);
    report();
}

void Progress::setDone(qint64 done)
{
    qint64 total = 0;
    {
        QMutexLocker locker(&m_mutex);
        total = m_total;
    }
    if (total <= 0)
        return;
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    if (m_percent.exchange(percent, std::memory_order_relaxed) != percent)
        report();
}

QString Progress::step() const
{
    QMutexLocker locker(&m_mutex);
    return m_step;
}

void Progress::report()
{
    if (m_callback)
        m_callback(step(), percent());
}

} // namespace Seams
