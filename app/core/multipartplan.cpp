#include "multipartplan.h"

#include <algorithm>

namespace sucai::core {

MultipartPlan MultipartPlan::forSize(qint64 fileSize, qint64 preferredPartSize)
{
    MultipartPlan p;
    p.fileSize = fileSize;
    if (fileSize <= 0 || fileSize > kMaxObjectSize)
        return p;
    constexpr qint64 mib = 1024 * 1024;
    qint64 size = std::clamp(preferredPartSize, kMinPartSize, kMaxPartSize);
    const qint64 needed = (fileSize + kMaxParts - 1) / kMaxParts; // smallest size with ≤ 10k parts
    if (size < needed)
        size = std::min(kMaxPartSize, (needed + mib - 1) / mib * mib);
    p.partSize = size;
    p.partCount = int((fileSize + size - 1) / size);
    return p;
}

qint64 MultipartPlan::lengthOf(int partNumber) const
{
    if (partNumber < 1 || partNumber > partCount)
        return 0;
    return partNumber == partCount ? fileSize - offsetOf(partNumber) : partSize;
}

} // namespace sucai::core
