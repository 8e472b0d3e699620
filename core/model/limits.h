#pragma once

#include <QRectF>

#include <cmath>

namespace Seams::Limits {

/** Coordinates beyond this are refused when reading files: nobody draws that far out, and
 *  it keeps every later computation finite. */
constexpr double maxCoordinate = 1e7;
constexpr double maxItemSize = 1e6;

/** Timestamps (ms since 1970, UTC) that ISO 8601 writes with four-digit years: 0001-01-01
 *  to 9999-12-31. The JSON form cannot carry others, so files holding them are refused. */
constexpr qint64 minTimestamp = -62'135'596'800'000;
constexpr qint64 maxTimestamp = 253'402'300'799'999;

inline bool isValidTimestamp(qint64 msecsSinceEpoch)
{
    return msecsSinceEpoch >= minTimestamp && msecsSinceEpoch <= maxTimestamp;
}

inline bool isValidGeometry(const QRectF &rect)
{
    return std::isfinite(rect.x()) && std::isfinite(rect.y()) && std::isfinite(rect.width())
        && std::isfinite(rect.height()) && std::abs(rect.x()) <= maxCoordinate
        && std::abs(rect.y()) <= maxCoordinate && rect.width() > 0 && rect.height() > 0
        && rect.width() <= maxItemSize && rect.height() <= maxItemSize;
}

} // namespace Seams::Limits
