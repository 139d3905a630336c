#pragma once

#include <QByteArray>

#include <functional>
#include <optional>

namespace sucai::core {

// What went wrong with one attempt, as far as the retry decision is concerned.
struct AttemptOutcome
{
    enum class Kind {
        NetworkError, // connection refused/reset, DNS, TLS handshake cut: nothing reached the app
        Timeout,      // no progress within the transfer timeout
        HttpStatus,   // the server answered with a status (see httpStatus / errorCode)
    };
    Kind kind = Kind::NetworkError;
    int httpStatus = 0;
    QByteArray errorCode;               // S3 <Code>, e.g. "SlowDown"
    std::optional<qint64> retryAfterMs; // from a Retry-After header
};

// Pure decision: shall attempt n+1 happen, and after how long? Exponential back-off with full
// jitter (AWS architecture blog, "Exponential Backoff And Jitter"), capped, honouring
// Retry-After. Only what is safe is retried: idempotent requests on network errors, timeouts,
// 5xx, 429 and throttling codes; never 4xx client errors (a wrong key stays wrong).
class RetryPolicy
{
public:
    struct Settings
    {
        int maxAttempts = 5; // including the first
        qint64 baseDelayMs = 200;
        qint64 maxDelayMs = 20'000;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Settings s)
        : m_settings(s)
    {}

    // `attempt` is the 1-based number of the attempt that just failed. `random01` returns a
    // uniform number in [0, 1) (injected for tests). Returns the delay before the next attempt,
    // or nullopt when giving up.
    std::optional<qint64> nextDelayMs(int attempt, const AttemptOutcome &outcome, bool idempotent,
                                      const std::function<double()> &random01) const;
    std::optional<qint64> nextDelayMs(int attempt, const AttemptOutcome &outcome,
                                      bool idempotent) const;

    static bool isRetryable(const AttemptOutcome &outcome, bool idempotent);
    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace sucai::core
