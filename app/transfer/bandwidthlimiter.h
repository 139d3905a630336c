#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace sucai::core {
class Clock;
}

namespace sucai::transfer {

// A token bucket shared by every transfer of one direction, changeable while they run.
// Consumers ask for bytes with request(); what is available is granted at once, and when the
// bucket is dry the consumer waits in line and is woken (its callback runs) once tokens are
// back. Tokens are handed out in slices of at most `quantum` bytes per waiting consumer per
// refill, round-robin, so a big download cannot starve the small ones (fair sharing).
//
//   rate 0 = unlimited: request() always grants everything, nobody waits.
class BandwidthLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthLimiter)

public:
    using ConsumerId = quint64;

    explicit BandwidthLimiter(QObject *parent = nullptr);
    ~BandwidthLimiter() override;

    void setClock(const core::Clock *clock) { m_clock = clock; }
    // Bytes per second; 0 lifts the limit (and wakes everybody).
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    ConsumerId addConsumer(std::function<void()> wake);
    void removeConsumer(ConsumerId id);

    // Grants up to `wanted` bytes now (possibly 0). When 0 is returned for a limited rate, the
    // consumer's wake callback runs later, when it may ask again.
    qint64 request(ConsumerId id, qint64 wanted);

    // For tests with a fake clock: refill and wake as the timer would.
    void tick();

private:
    void refill();
    qint64 quantum() const;

    const core::Clock *m_clock;
    qint64 m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    ConsumerId m_nextId = 1;
    QHash<ConsumerId, std::function<void()>> m_consumers;
    QList<ConsumerId> m_waiting; // FIFO: first to wait is first to be woken
    QHash<ConsumerId, qint64> m_reserved;
    QTimer m_timer;
};

} // namespace sucai::transfer
