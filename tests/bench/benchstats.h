#pragma once

// Statistics the benchmarks print.

#include <QList>

#include <algorithm>

namespace SeamsBench {

/** The median of the values: the middle one, or the mean of the two middle ones (0 for
 *  none). */
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace SeamsBench
