#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace sucai::core {

bool RetryPolicy::isRetryable(const AttemptOutcome &o, bool idempotent)
{
    switch (o.kind) {
    case AttemptOutcome::Kind::NetworkError:
    case AttemptOutcome::Kind::Timeout:
        // A non-idempotent request (CompleteMultipartUpload, POST ?delete) may have been applied;
        // the caller reconciles instead of blindly repeating it.
        return idempotent;
    case AttemptOutcome::Kind::HttpStatus:
        break;
    }
    // Throttling and transient server states are retryable whatever the verb: the server
    // tells us it did not act on the request.
    static const QByteArray throttles[] = {
        "SlowDown",   "ServiceUnavailable",  "RequestTimeout",       "InternalError",
        "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequests"};
    for (const auto &code : throttles) {
        if (o.errorCode == code)
            return true;
    }
    if (o.httpStatus == 429 || o.httpStatus == 503)
        return true;
    // The server refused a body whose checksum (Content-MD5, CRC32 trailer) did not match:
    // nothing was stored, and the bytes were damaged on the way; sending them again from the
    // file is the cure. (PUT and UploadPart bodies are re-read from the file each attempt.)
    if (idempotent && (o.errorCode == "BadDigest" || o.errorCode == "XAmzContentChecksumMismatch"))
        return true;
    if (o.httpStatus >= 500 && o.httpStatus <= 599)
        return idempotent;
    return false;
}

std::optional<qint64> RetryPolicy::nextDelayMs(int attempt, const AttemptOutcome &outcome,
                                               bool idempotent,
                                               const std::function<double()> &random01) const
{
    if (attempt >= m_settings.maxAttempts || !isRetryable(outcome, idempotent))
        return std::nullopt;
    // Full jitter: sleep = random(0, min(cap, base * 2^(attempt-1))).
    const int shift = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min(m_settings.maxDelayMs, m_settings.baseDelayMs << shift);
    auto delay = static_cast<qint64>(random01() * static_cast<double>(ceiling));
    if (outcome.retryAfterMs) {
        // The server's word wins over our guess, but never beyond the cap: a hostile or
        // broken Retry-After must not park a transfer for hours.
        delay = std::max(delay, std::min(*outcome.retryAfterMs, m_settings.maxDelayMs));
    }
    return std::max<qint64>(delay, 0);
}

std::optional<qint64> RetryPolicy::nextDelayMs(int attempt, const AttemptOutcome &outcome,
                                               bool idempotent) const
{
    return nextDelayMs(attempt, outcome, idempotent,
                       [] { return QRandomGenerator::global()->generateDouble(); });
}

} // namespace sucai::core
