#include "bandwidthlimiter.h"

#include "core/clock.h"

#include <algorithm>

namespace sucai::transfer {

namespace {
// Refill period: short enough for smooth pacing, long enough to cost nothing (~50 wakeups/s).
constexpr int kTickMs = 20;
} // namespace

BandwidthLimiter::BandwidthLimiter(QObject *parent)
    : QObject(parent)
    , m_clock(&core::Clock::system())
    , m_timer(this) // a child: it must follow the limiter into the engine's thread
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &BandwidthLimiter::tick);
}

BandwidthLimiter::~BandwidthLimiter() = default;

void BandwidthLimiter::setRate(qint64 bytesPerSecond)
{
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_tokens = 0;
    m_reserved.clear();
    m_lastRefillMs = m_clock->monotonicMs();
    if (m_rate == 0) {
        m_timer.stop();
        // Everybody who was waiting may go on at full speed.
        const QList<ConsumerId> waiting = std::exchange(m_waiting, {});
        for (const ConsumerId id : waiting) {
            if (auto it = m_consumers.constFind(id); it != m_consumers.constEnd())
                (*it)();
        }
    }
}

BandwidthLimiter::ConsumerId BandwidthLimiter::addConsumer(std::function<void()> wake)
{
    const ConsumerId id = m_nextId++;
    m_consumers.insert(id, std::move(wake));
    return id;
}

void BandwidthLimiter::removeConsumer(ConsumerId id)
{
    m_consumers.remove(id);
    m_reserved.remove(id);
    m_waiting.removeAll(id);
}

qint64 BandwidthLimiter::quantum() const
{
    // A slice per waiting consumer per tick: the tick's worth of rate split between them,
    // at least 1 KiB so that tiny rates still move.
    const qint64 perTick = m_rate * kTickMs / 1000;
    const qint64 share = perTick / std::max<qsizetype>(1, m_waiting.size());
    return std::max<qint64>(1024, share);
}

void BandwidthLimiter::refill()
{
    const qint64 now = m_clock->monotonicMs();
    const qint64 elapsed = now - m_lastRefillMs;
    if (elapsed <= 0)
        return;
    m_lastRefillMs = now;
    // At most a quarter second of burst: an idle period does not buy a later flood.
    const double cap = std::max(double(m_rate) / 4.0, 1024.0);
    m_tokens = std::min(cap, m_tokens + double(m_rate) * double(elapsed) / 1000.0);
}

qint64 BandwidthLimiter::request(ConsumerId id, qint64 wanted)
{
    if (wanted <= 0)
        return 0;
    if (m_rate == 0)
        return wanted;
    // Tokens set aside for this consumer when it was woken: its wake-up may reach it only
    // later (an upload body is read from Qt's network thread), and nobody may take them.
    if (auto it = m_reserved.find(id); it != m_reserved.end() && *it > 0) {
        const qint64 granted = std::min(wanted, *it);
        *it -= granted;
        return granted;
    }
    refill();
    // Those already waiting go first: a newcomer does not jump the line.
    if (m_waiting.isEmpty() && m_tokens >= 1.0) {
        const qint64 granted = std::min<qint64>({wanted, qint64(m_tokens), quantum()});
        m_tokens -= double(granted);
        return granted;
    }
    if (!m_waiting.contains(id))
        m_waiting.append(id);
    if (!m_timer.isActive())
        m_timer.start();
    return 0;
}

void BandwidthLimiter::tick()
{
    if (m_rate == 0 || m_waiting.isEmpty()) {
        m_timer.stop();
        return;
    }
    refill();
    const qint64 slice = quantum();
    // Hand each waiting consumer in turn at most one quantum, then wake it to come and take
    // it; whoever still wants more asks again and goes to the back of the line.
    while (m_tokens >= 1.0 && !m_waiting.isEmpty()) {
        const ConsumerId id = m_waiting.takeFirst();
        auto it = m_consumers.constFind(id);
        if (it == m_consumers.constEnd())
            continue;
        const qint64 grant = std::min<qint64>(qint64(m_tokens), slice);
        m_tokens -= double(grant);
        m_reserved[id] += grant;
        const auto wake = *it; // the callback may remove the consumer
        wake();
    }
}

} // namespace sucai::transfer
