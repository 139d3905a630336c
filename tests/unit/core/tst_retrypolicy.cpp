#include "core/retrypolicy.h"

#include <QTest>

using sucai::core::AttemptOutcome;
using sucai::core::RetryPolicy;

namespace {
AttemptOutcome http(int status, const QByteArray &code = {})
{
    AttemptOutcome o;
    o.kind = AttemptOutcome::Kind::HttpStatus;
    o.httpStatus = status;
    o.errorCode = code;
    return o;
}
AttemptOutcome network()
{
    return AttemptOutcome{};
}
} // namespace

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("expected");
        QTest::newRow("500 GET") << 500 << QByteArray("InternalError") << true << true;
        QTest::newRow("502 POST") << 502 << QByteArray() << false << false;
        QTest::newRow("503 SlowDown POST") << 503 << QByteArray("SlowDown") << false << true;
        QTest::newRow("429") << 429 << QByteArray() << true << true;
        QTest::newRow("403 signature")
            << 403 << QByteArray("SignatureDoesNotMatch") << true << false;
        QTest::newRow("404 NoSuchKey") << 404 << QByteArray("NoSuchKey") << true << false;
        QTest::newRow("400 RequestTimeout") << 400 << QByteArray("RequestTimeout") << true << true;
        QTest::newRow("403 quota") << 403 << QByteArray("QuotaExceeded") << true << false;
        QTest::newRow("400 BadDigest PUT") << 400 << QByteArray("BadDigest") << true << true;
        QTest::newRow("400 BadDigest POST") << 400 << QByteArray("BadDigest") << false << false;
        QTest::newRow("400 InvalidDigest") << 400 << QByteArray("InvalidDigest") << true << false;
    }
    void retryable()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(bool, idempotent);
        QFETCH(bool, expected);
        QCOMPARE(RetryPolicy::isRetryable(http(status, code), idempotent), expected);
    }

    void networkError_retriedOnlyWhenIdempotent()
    {
        QVERIFY(RetryPolicy::isRetryable(network(), true));
        QVERIFY(!RetryPolicy::isRetryable(network(), false));
    }

    void backoff_growsExponentiallyUpToCap()
    {
        RetryPolicy p({.maxAttempts = 20, .baseDelayMs = 100, .maxDelayMs = 1000});
        const auto almostOne = [] { return 0.999999; };
        QCOMPARE(*p.nextDelayMs(1, network(), true, almostOne), 99);
        QCOMPARE(*p.nextDelayMs(2, network(), true, almostOne), 199);
        QCOMPARE(*p.nextDelayMs(3, network(), true, almostOne), 399);
        QCOMPARE(*p.nextDelayMs(10, network(), true, almostOne), 999);
        QCOMPARE(*p.nextDelayMs(19, network(), true, almostOne), 999);
    }

    void backoff_fullJitterCanBeZero()
    {
        RetryPolicy p;
        QCOMPARE(*p.nextDelayMs(3, network(), true, [] { return 0.0; }), 0);
        QCOMPARE(*p.nextDelayMs(3, network(), true, [] { return 0.5; }),
                 p.settings().baseDelayMs * 4 / 2);
    }

    void givesUp_afterMaxAttempts()
    {
        RetryPolicy p({.maxAttempts = 3, .baseDelayMs = 10, .maxDelayMs = 100});
        QVERIFY(p.nextDelayMs(2, network(), true).has_value());
        QVERIFY(!p.nextDelayMs(3, network(), true).has_value());
    }

    void retryAfter_isHonouredButCapped()
    {
        RetryPolicy p({.maxAttempts = 5, .baseDelayMs = 10, .maxDelayMs = 5000});
        auto o = http(503, "SlowDown");
        o.retryAfterMs = 3000;
        QCOMPARE(*p.nextDelayMs(1, o, true, [] { return 0.0; }), 3000);
        o.retryAfterMs = 3'600'000;
        QCOMPARE(*p.nextDelayMs(1, o, true, [] { return 0.0; }), 5000);
    }

    void realRandom_staysWithinBounds()
    {
        RetryPolicy p({.maxAttempts = 5, .baseDelayMs = 100, .maxDelayMs = 1000});
        for (int i = 0; i < 1000; ++i) {
            const qint64 d = *p.nextDelayMs(2, network(), true);
            QVERIFY(d >= 0 && d < 200);
        }
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
