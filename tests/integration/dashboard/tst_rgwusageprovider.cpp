// The RGW usage provider against the real Ceph RGW of the `rgw` fixture (usage log on, 1 s
// tick): known traffic in a bucket of its own, then the provider's numbers for today.
#include "cloud/rgwusageprovider.h"
#include "cloud/storagejobs.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sucai;
using namespace sucai::cloud;
using sucai::core::UsageItem;

class TestRgwUsageProviderIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownTraffic_isReported();
    void wrongUser_accessDenied();

private:
    UsageResult refresh(RgwUsageProvider &p, QDate today)
    {
        QSignalSpy spy(&p, &UsageProvider::finished);
        p.refresh(today, today);
        if (!spy.wait(30'000))
            return {};
        return spy.at(0).at(0).value<UsageResult>();
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<StorageClient> m_client;
    QString m_uid;
};

void TestRgwUsageProviderIntegration::initTestCase()
{
    m_client = test::makeRgwClient(&m_nam);
    QVERIFY2(m_client, "the rgw fixture is not running (tests/servers/rgw.sh)");
    m_uid = test::readServerEnv(QStringLiteral("rgw")).value(QStringLiteral("SUCAI_S3_USER"));
    QVERIFY(!m_uid.isEmpty());
}

void TestRgwUsageProviderIntegration::knownTraffic_isReported()
{
    const QString bucket = test::uniqueBucketName(QStringLiteral("usage"));
    QVERIFY(test::runJob(m_client->createBucket(bucket)).ok());

    // K = 3 PUTs of N = 1000 + 2000 + 3000 bytes, G = 2 GETs of M = 2000 + 3000 bytes.
    const QList<qsizetype> sizes{1000, 2000, 3000};
    qint64 stored = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        const QByteArray data = test::randomBytes(sizes.at(i), quint32(i + 1));
        QVERIFY(
            test::runJob(m_client->putObjectData(bucket, QStringLiteral("o%1").arg(i), data)).ok());
        stored += data.size();
    }
    QTemporaryDir dir;
    qint64 downloaded = 0;
    for (int i = 1; i < 3; ++i) {
        const QString local = dir.filePath(QStringLiteral("o%1").arg(i));
        QVERIFY(
            test::runJob(m_client->getObject(bucket, QStringLiteral("o%1").arg(i), local)).ok());
        downloaded += sizes.at(i);
    }
    const qint64 puts = sizes.size() + 1; // + create_bucket
    const qint64 gets = 2;

    RgwUsageProvider provider(m_client.get(), m_uid, bucket);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    UsageResult r;
    // The usage log is written every second: ask until it shows all the traffic.
    QDeadlineTimer deadline(60'000);
    for (;;) {
        r = refresh(provider, today);
        QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
        if (r.input.series(UsageItem::Egress).value(today) >= downloaded &&
            r.input.series(UsageItem::WriteRequests).value(today) >= puts &&
            r.input.series(UsageItem::ReadRequests).value(today) >= gets)
            break;
        QVERIFY2(!deadline.hasExpired(), "the usage log did not show the traffic in time");
        QTest::qWait(500);
    }
    QCOMPARE(r.source, QStringLiteral("Ceph RGW admin API"));
    // The bucket is this test's alone: exactly what it did.
    QCOMPARE(r.input.series(UsageItem::Egress).value(today), downloaded);
    QCOMPARE(r.input.series(UsageItem::WriteRequests).value(today), puts);
    QCOMPARE(r.input.series(UsageItem::ReadRequests).value(today), gets);
    QCOMPARE(r.input.series(UsageItem::Storage).value(today), stored);
    QVERIFY(r.isAvailable(UsageItem::Storage));
    QCOMPARE(r.availabilityOf(UsageItem::Cdn), UsageResult::Availability::Unsupported);

    // The whole user: at least this bucket's numbers (other tests share the user).
    RgwUsageProvider all(m_client.get(), m_uid);
    const UsageResult u = refresh(all, today);
    QVERIFY2(u.ok(), qPrintable(u.error.toUserText()));
    QVERIFY(u.input.series(UsageItem::Egress).value(today) >= downloaded);
    QVERIFY(u.input.series(UsageItem::WriteRequests).value(today) >= puts);
    QVERIFY(u.input.series(UsageItem::Storage).value(today) >= stored);
}

void TestRgwUsageProviderIntegration::wrongUser_accessDenied()
{
    // The other test user has no admin caps.
    auto other = test::makeRgwClient(&m_nam, true);
    QVERIFY(other);
    RgwUsageProvider provider(other.get(), m_uid);
    const UsageResult r = refresh(provider, QDateTime::currentDateTimeUtc().date());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, QByteArray("AccessDenied"));
    QVERIFY2(r.error.toUserText().contains(QStringLiteral("usage=read")),
             qPrintable(r.error.toUserText()));
    QCOMPARE(r.availabilityOf(UsageItem::Egress), UsageResult::Availability::Failed);
    QCOMPARE(r.availabilityOf(UsageItem::Storage), UsageResult::Availability::Failed);
}

QTEST_GUILESS_MAIN(TestRgwUsageProviderIntegration)
#include "tst_rgwusageprovider.moc"
