#pragma once

#include <QtGlobal>

namespace sucai::core {

// How a file of `fileSize` bytes is cut into parts: at most 10,000 parts, each at least
// 5 MiB (except the last) and at most 5 GiB. The preferred size is used when it fits; otherwise
// the smallest whole-MiB size that keeps the part count within the limit.
struct MultipartPlan
{
    static constexpr qint64 kMinPartSize = 5LL * 1024 * 1024;
    static constexpr qint64 kMaxPartSize = 5LL * 1024 * 1024 * 1024;
    static constexpr int kMaxParts = 10'000;
    static constexpr qint64 kDefaultPartSize = 16LL * 1024 * 1024;
    static constexpr qint64 kMaxObjectSize = kMaxPartSize * kMaxParts; // ~48.8 TiB

    qint64 fileSize = 0;
    qint64 partSize = 0;
    int partCount = 0;

    static MultipartPlan forSize(qint64 fileSize, qint64 preferredPartSize = kDefaultPartSize);
    bool isValid() const { return partCount > 0; }
    qint64 offsetOf(int partNumber) const { return (partNumber - 1) * partSize; }
    qint64 lengthOf(int partNumber) const;
};

} // namespace sucai::core
