#pragma once

#include <QRectF>

#include <cmath>

namespace Seams::Limits {

/** Coordinates beyond this are refused when reading files: nobody draws that far out, and
 *  it keeps every later computation finite. */
constexpr double maxCoordinate = 1e7;
constexpr double maxItemSize = 1e6;

inline bool isValidGeometry(const QRectF &rect)
{
    return std::isfinite(rect.x()) && std::isfinite(rect.y()) && std::isfinite(rect.width())
        && std::isfinite(rect.height()) && std::abs(rect.x()) <= maxCoordinate
        && std::abs(rect.y()) <= maxCoordinate && rect.width() > 0 && rect.height() > 0
        && rect.width() <= maxItemSize && rect.height() <= maxItemSize;
}

} // namespace Seams::Limits
