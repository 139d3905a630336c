#pragma once

#include <QDateTime>

namespace sucai::core {

// Time as the rest of the code sees it, so that retry back-off, signing dates and credential
// expiry can be tested with a fake clock instead of sleeps.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a monotonic clock (for back-off and speed windows).
    virtual qint64 monotonicMs() const = 0;

    // The process-wide real clock. Stateless, so sharing it is not a hidden coupling.
    static const Clock &system();
};

} // namespace sucai::core
