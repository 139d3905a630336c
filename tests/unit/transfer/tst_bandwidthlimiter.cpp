#include "s3testenv.h"
#include "transfer/bandwidthlimiter.h"

#include <QTest>

using sucai::transfer::BandwidthLimiter;

namespace {
// A consumer that always wants more, like a running transfer: it takes what it is given and
// asks again when woken.
struct Greedy
{
    BandwidthLimiter *limiter = nullptr;
    BandwidthLimiter::ConsumerId id = 0;
    qint64 received = 0;
    int wakes = 0;

    void attach(BandwidthLimiter *l)
    {
        limiter = l;
        id = l->addConsumer([this] {
            ++wakes;
            pull();
        });
    }
    void pull()
    {
        for (;;) {
            const qint64 got = limiter->request(id, 64 * 1024);
            if (got == 0)
                return;
            received += got;
        }
    }
};
} // namespace

class TestBandwidthLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimited_grantsEverything()
    {
        BandwidthLimiter l;
        const auto id = l.addConsumer([] {});
        QCOMPARE(l.request(id, 123456789), 123456789);
        QVERIFY(!l.isLimited());
    }

    void limited_rateIsKept_andSharedFairly_data()
    {
        QTest::addColumn<int>("consumers");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("five") << 5;
    }
    void limited_rateIsKept_andSharedFairly()
    {
        QFETCH(int, consumers);
        sucai::test::FakeClock clock;
        BandwidthLimiter l;
        l.setClock(&clock);
        l.setRate(1'000'000); // 1 MB/s
        std::vector<Greedy> gs(consumers);
        for (auto &g : gs) {
            g.attach(&l);
            g.pull();
        }
        // Ten simulated seconds in 20 ms ticks.
        for (int t = 0; t < 500; ++t) {
            clock.ms += 20;
            l.tick();
        }
        qint64 total = 0;
        for (const auto &g : gs)
            total += g.received;
        // 10 s at 1 MB/s, plus at most the quarter-second burst.
        QVERIFY2(total >= 9'500'000 && total <= 10'300'000, qPrintable(QString::number(total)));
        for (const auto &g : gs) {
            const double share = double(g.received) / double(total);
            QVERIFY2(qAbs(share - 1.0 / consumers) < 0.05, qPrintable(QString::number(share)));
            QVERIFY(g.wakes > 0);
        }
    }

    void rateChange_appliesWhileRunning()
    {
        sucai::test::FakeClock clock;
        BandwidthLimiter l;
        l.setClock(&clock);
        l.setRate(100'000);
        Greedy g;
        g.attach(&l);
        g.pull();
        for (int t = 0; t < 50; ++t) { // 1 s
            clock.ms += 20;
            l.tick();
        }
        const qint64 slow = g.received;
        QVERIFY(slow > 50'000 && slow < 150'000);
        l.setRate(1'000'000);
        for (int t = 0; t < 50; ++t) {
            clock.ms += 20;
            l.tick();
        }
        const qint64 fast = g.received - slow;
        QVERIFY2(fast > 900'000 && fast < 1'300'000, qPrintable(QString::number(fast)));
    }

    void liftingTheLimit_wakesEveryWaiter()
    {
        sucai::test::FakeClock clock;
        BandwidthLimiter l;
        l.setClock(&clock);
        l.setRate(1000);
        int woken = 0;
        const auto a = l.addConsumer([&] { ++woken; });
        const auto b = l.addConsumer([&] { ++woken; });
        QCOMPARE(l.request(a, 10), 0); // the bucket starts empty
        QCOMPARE(l.request(b, 10), 0);
        l.setRate(0);
        QCOMPARE(woken, 2);
        QCOMPARE(l.request(a, 10), 10);
    }

    void removedConsumer_isNotWoken()
    {
        sucai::test::FakeClock clock;
        BandwidthLimiter l;
        l.setClock(&clock);
        l.setRate(100'000);
        int woken = 0;
        const auto a = l.addConsumer([&] { ++woken; });
        QCOMPARE(l.request(a, 10), 0);
        l.removeConsumer(a);
        clock.ms += 100;
        l.tick();
        QCOMPARE(woken, 0);
    }
};

QTEST_GUILESS_MAIN(TestBandwidthLimiter)
#include "tst_bandwidthlimiter.moc"
