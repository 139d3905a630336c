// The local ledger as a usage source: the app's own bytes down and requests per UTC day of a
// profile (one bucket or all), and today's size from a paged, cancellable, cached bucket scan
// (against a fake server on 127.0.0.1 that checks every request's SigV4).
#include "cloud/ledgerusageprovider.h"
#include "cloud/storageclient.h"
#include "core/usageledger.h"
#include "fakes3server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sucai;
using namespace sucai::cloud;
using sucai::core::UsageItem;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;
using Availability = UsageResult::Availability;

namespace {

const QByteArray kAccessKey = "AKIDLEDGERTEST000001";
const QByteArray kSecret = "ledger-test-secret-0123456789abcdef";

// One ListObjectsV2 page with objects of the given sizes.
QByteArray page(const QString &bucket, const QList<qint64> &sizes, const QByteArray &next = {},
                int firstIndex = 0)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult "
                     "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" +
                     bucket.toUtf8() + "</Name><KeyCount>" + QByteArray::number(sizes.size()) +
                     "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>" +
                     (next.isEmpty() ? "false" : "true") + "</IsTruncated>";
    if (!next.isEmpty())
        xml += "<NextContinuationToken>" + next + "</NextContinuationToken>";
    for (int i = 0; i < sizes.size(); ++i) {
        xml += "<Contents><Key>k" + QByteArray::number(firstIndex + i) +
               "</Key><LastModified>2026-11-02T03:04:05.000Z</LastModified>"
               "<ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag><Size>" +
               QByteArray::number(sizes.at(i)) +
               "</Size><StorageClass>STANDARD</StorageClass></Contents>";
    }
    return xml + "</ListBucketResult>";
}

QByteArray bucketList(const QStringList &names)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListAllMyBucketsResult><Owner>"
                     "<ID>u</ID></Owner><Buckets>";
    for (const QString &n : names)
        xml += "<Bucket><Name>" + n.toUtf8() +
               "</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate></Bucket>";
    return xml + "</Buckets></ListAllMyBucketsResult>";
}

} // namespace

class TestLedgerUsageProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ledgerDays_becomeSeries();
    void allBuckets_sumPerDay();
    void closedLedger_failsClearly();
    void scan_sumsPagesAndCaches();
    void scan_allBuckets_listsThemFirst();
    void scan_error_failsStorageOnly();
    void scan_cancel_stopsAtOnce();
    void pastMonth_noScan();

private:
    UsageResult run(LedgerUsageProvider &p, QDate month, QDate today)
    {
        QSignalSpy spy(&p, &UsageProvider::finished);
        p.refresh(month, today);
        if (!spy.wait(20'000)) {
            qWarning("provider did not finish");
            return {};
        }
        return spy.at(0).at(0).value<UsageResult>();
    }

    std::unique_ptr<StorageClient> makeClient()
    {
        m_server = std::make_unique<FakeS3Server>();
        m_server->listen();
        m_server->expectSigV4(kAccessKey, kSecret, "us-east-1");
        auto client = std::make_unique<StorageClient>(&m_nam,
                                                      Endpoint::s3(m_server->baseUrl(),
                                                                   QStringLiteral("us-east-1"),
                                                                   Endpoint::Addressing::PathStyle),
                                                      SignatureKind::SigV4);
        client->setCredentials({kAccessKey, kSecret, {}, {}});
        client->setRetrySettings({.maxAttempts = 1, .baseDelayMs = 1, .maxDelayMs = 1});
        return client;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<core::UsageLedger> m_ledger;
    std::unique_ptr<FakeS3Server> m_server;
    QNetworkAccessManager m_nam;
};

void TestLedgerUsageProvider::init()
{
    m_ledger = std::make_unique<core::UsageLedger>();
    QString error;
    QVERIFY2(
        m_ledger->open(m_dir.filePath(QStringLiteral("usage-%1.sqlite")
                                          .arg(QString::fromLatin1(QTest::currentTestFunction()))),
                       &error),
        qPrintable(error));
    const QString p = QStringLiteral("work");
    // bytesUp, bytesDown, reads, writes
    QVERIFY(m_ledger->add(p, QStringLiteral("assets"), QDate(2026, 10, 31), 1, 999, 9, 9));
    QVERIFY(m_ledger->add(p, QStringLiteral("assets"), QDate(2026, 11, 1), 100, 2000, 30, 4));
    QVERIFY(m_ledger->add(p, QStringLiteral("assets"), QDate(2026, 11, 3), 0, 500, 5, 0));
    QVERIFY(m_ledger->add(p, QStringLiteral("other"), QDate(2026, 11, 3), 7, 70, 1, 2));
    QVERIFY(m_ledger->add(QStringLiteral("home"), QStringLiteral("assets"), QDate(2026, 11, 3), 0,
                          1'000'000, 1000, 1000));
}

void TestLedgerUsageProvider::cleanup()
{
    if (m_server)
        QCOMPARE(m_server->violations(), QStringList());
    m_server.reset();
    m_ledger.reset();
}

void TestLedgerUsageProvider::ledgerDays_becomeSeries()
{
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), QStringLiteral("assets"));
    const UsageResult r = run(p, QDate(2026, 11, 15), QDate(2026, 11, 17));
    QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
    QCOMPARE(r.source, QStringLiteral("Measured by this app only"));
    QCOMPARE(r.input.month, QDate(2026, 11, 1));
    const auto &egress = r.input.series(UsageItem::Egress);
    QCOMPARE(egress.size(), 2); // October's day is outside the month
    QCOMPARE(egress.value(QDate(2026, 11, 1)), 2000);
    QCOMPARE(egress.value(QDate(2026, 11, 3)), 500);
    QCOMPARE(r.input.series(UsageItem::ReadRequests).value(QDate(2026, 11, 1)), 30);
    QCOMPARE(r.input.series(UsageItem::WriteRequests).value(QDate(2026, 11, 1)), 4);
    QCOMPARE(r.availabilityOf(UsageItem::Storage), Availability::Unsupported); // no client
    QCOMPARE(r.availabilityOf(UsageItem::Cdn), Availability::Unsupported);
    QCOMPARE(r.availabilityOf(UsageItem::CdnOrigin), Availability::Unsupported);
}

void TestLedgerUsageProvider::allBuckets_sumPerDay()
{
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), {});
    const UsageResult r = run(p, QDate(2026, 11, 1), QDate(2026, 11, 3));
    QCOMPARE(r.input.series(UsageItem::Egress).value(QDate(2026, 11, 3)), 570);
    QCOMPARE(r.input.series(UsageItem::WriteRequests).value(QDate(2026, 11, 3)), 2);
}

void TestLedgerUsageProvider::closedLedger_failsClearly()
{
    m_ledger->close();
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), {});
    const UsageResult r = run(p, QDate(2026, 11, 1), QDate(2026, 11, 3));
    QCOMPARE(r.error.kind, StorageError::Kind::LocalIo);
    QCOMPARE(r.availabilityOf(UsageItem::Egress), Availability::Failed);
}

void TestLedgerUsageProvider::scan_sumsPagesAndCaches()
{
    auto client = makeClient();
    m_server->enqueue(FakeResponse::ok(page(QStringLiteral("assets"), {10, 20, 30}, "tok-1")));
    m_server->enqueue(FakeResponse::ok(page(QStringLiteral("assets"), {1000, 0}, {}, 3)));
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), QStringLiteral("assets"),
                          client.get());
    QSignalSpy progress(&p, &LedgerUsageProvider::scanProgressChanged);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const UsageResult r = run(p, today, today);
    QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
    QCOMPARE(r.availabilityOf(UsageItem::Storage), Availability::Available);
    QCOMPARE(r.input.series(UsageItem::Storage).value(today), 1060);
    QCOMPARE(p.scannedBytes(), 1060);
    QVERIFY(p.scannedAt().isValid());
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.at(1).at(0).toLongLong(), 5);
    const auto &reqs = m_server->requests();
    QCOMPARE(reqs.size(), 2);
    QCOMPARE(reqs.at(0).path, QByteArray("/assets"));
    QCOMPARE(reqs.at(0).queryValue("list-type"), QByteArray("2"));
    QVERIFY(!reqs.at(0).hasQuery("continuation-token"));
    QCOMPARE(reqs.at(1).queryValue("continuation-token"), QByteArray("tok-1"));

    // Again within the cache's age: the same size, no listing.
    const UsageResult again = run(p, today, today);
    QCOMPARE(again.input.series(UsageItem::Storage).value(today), 1060);
    QCOMPARE(m_server->requests().size(), 2);

    // Forgotten: listed again.
    p.invalidateScan();
    m_server->enqueue(FakeResponse::ok(page(QStringLiteral("assets"), {7})));
    const UsageResult third = run(p, today, today);
    QCOMPARE(third.input.series(UsageItem::Storage).value(today), 7);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestLedgerUsageProvider::scan_allBuckets_listsThemFirst()
{
    auto client = makeClient();
    m_server->enqueue(
        FakeResponse::ok(bucketList({QStringLiteral("assets"), QStringLiteral("other")})));
    m_server->enqueue(FakeResponse::ok(page(QStringLiteral("assets"), {100})));
    m_server->enqueue(FakeResponse::ok(page(QStringLiteral("other"), {23, 4})));
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), {}, client.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const UsageResult r = run(p, today, today);
    QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
    QCOMPARE(r.input.series(UsageItem::Storage).value(today), 127);
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/assets"));
    QCOMPARE(m_server->requests().at(2).path, QByteArray("/other"));
}

void TestLedgerUsageProvider::scan_error_failsStorageOnly()
{
    auto client = makeClient();
    m_server->enqueue(FakeResponse::s3Error(403, "AccessDenied"));
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), QStringLiteral("assets"),
                          client.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const UsageResult now = run(p, today, today);
    QCOMPARE(now.error.code, QByteArray("AccessDenied"));
    QCOMPARE(now.availabilityOf(UsageItem::Storage), Availability::Failed);
    QCOMPARE(now.availabilityOf(UsageItem::Egress), Availability::Available);
}

void TestLedgerUsageProvider::scan_cancel_stopsAtOnce()
{
    auto client = makeClient();
    m_server->enqueue(FakeResponse::hanging());
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), QStringLiteral("assets"),
                          client.get());
    QSignalSpy spy(&p, &UsageProvider::finished);
    QSignalSpy arrived(m_server.get(), &FakeS3Server::requestReceived);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    p.refresh(today, today);
    QVERIFY(arrived.wait(10'000));
    p.cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<UsageResult>().error.kind, StorageError::Kind::Cancelled);
    QVERIFY(!p.scannedAt().isValid());
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);
}

void TestLedgerUsageProvider::pastMonth_noScan()
{
    auto client = makeClient();
    LedgerUsageProvider p(m_ledger.get(), QStringLiteral("work"), QStringLiteral("assets"),
                          client.get());
    const UsageResult r = run(p, QDate(2026, 10, 1), QDate(2026, 11, 3));
    QVERIFY(r.ok());
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(r.availabilityOf(UsageItem::Storage), Availability::Unsupported);
    QCOMPARE(r.input.series(UsageItem::Egress).value(QDate(2026, 10, 31)), 999);
}

QTEST_GUILESS_MAIN(TestLedgerUsageProvider)
#include "tst_ledgerusageprovider.moc"
