// Ceph RGW usage: the admin ops requests, the operation categories split into reads and
// writes, and the JSON RGW 16.2 really sends (captured in tests/data/rgw/) parsed into days;
// the provider's refresh against a fake server (SigV4 checked) including the missing-caps error.
#include "cloud/rgwusageprovider.h"
#include "cloud/storageclient.h"
#include "fakes3server.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sucai;
using namespace sucai::cloud;
using sucai::core::UsageItem;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;
using Availability = UsageResult::Availability;

namespace {

QByteArray sample(const char *name)
{
    const QString dir = qEnvironmentVariable("SUCAI_TEST_DATA");
    const QByteArray data = test::readFile(dir + QStringLiteral("/rgw/") + QLatin1String(name));
    if (data.isEmpty())
        qWarning("missing sample %s in %s", name, qPrintable(dir));
    return data;
}

const QByteArray kAccessKey = "RGWADMINTESTKEY00001";
const QByteArray kSecret = "rgw-admin-test-secret-0123456789";

} // namespace

class TestRgwUsageProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categories_data();
    void categories();
    void usageRequest_shape();
    void bucketStatsRequest_shape();
    void parseUsage_bucketSample();
    void parseUsage_userSample_includesServiceOps();
    void parseUsage_bucketFilter();
    void parseUsage_sumsHoursOfADay();
    void parseUsage_rejectsOther();
    void parseBucketStats_object();
    void parseBucketStats_array();
    void parseBucketStats_emptyBucket();
    void refresh_againstFakeServer();
    void refresh_accessDenied_namesCap();
    void refresh_pastMonth_noStorage();
};

void TestRgwUsageProvider::categories_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("write");
    const char *reads[] = {
        "get_obj",      "list_bucket",    "list_buckets", "stat_bucket",  "get_acls",
        "get_cors",     "list_multipart", "options_cors", "get_obj_tags", "get_bucket_location",
        "get_lifecycle"};
    const char *writes[] = {"put_obj",         "post_obj",
                            "delete_obj",      "copy_obj",
                            "create_bucket",   "delete_bucket",
                            "init_multipart",  "complete_multipart",
                            "abort_multipart", "multi_object_delete",
                            "put_acls",        "put_obj_tags",
                            "delete_obj_tags", "set_bucket_versioning",
                            "put_lifecycle"};
    for (const char *c : reads)
        QTest::newRow(c) << QString::fromLatin1(c) << false;
    for (const char *c : writes)
        QTest::newRow(c) << QString::fromLatin1(c) << true;
}

void TestRgwUsageProvider::categories()
{
    QFETCH(QString, category);
    QFETCH(bool, write);
    QCOMPARE(RgwUsageApi::isWriteCategory(category), write);
}

void TestRgwUsageProvider::usageRequest_shape()
{
    const Endpoint ep = Endpoint::s3(QUrl(QStringLiteral("http://127.0.0.1:7480/base")),
                                     QStringLiteral("us-east-1"), Endpoint::Addressing::PathStyle);
    const HttpRequest r =
        RgwUsageApi::usageRequest(ep, QStringLiteral("sucai-test"), QStringLiteral("assets"),
                                  QDate(2026, 11, 1), QDate(2026, 11, 27));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QByteArray("/base/admin/usage"));
    QCOMPARE(r.encodedUrl(),
             QByteArray("http://127.0.0.1:7480/base/admin/usage?uid=sucai-test&bucket=assets&"
                        "start=2026-11-01&end=2026-11-28&show-entries=true&show-summary=false"));
    const HttpRequest all = RgwUsageApi::usageRequest(ep, QStringLiteral("u"), {},
                                                      QDate(2026, 12, 1), QDate(2026, 12, 31));
    QVERIFY(!all.encodedUrl().contains("bucket="));
    QVERIFY(all.encodedUrl().contains("end=2027-01-01"));
}

void TestRgwUsageProvider::bucketStatsRequest_shape()
{
    const Endpoint ep =
        Endpoint::s3(QUrl(QStringLiteral("http://127.0.0.1:7480")), QStringLiteral("us-east-1"),
                     Endpoint::Addressing::VirtualHost);
    QCOMPARE(
        RgwUsageApi::bucketStatsRequest(ep, QStringLiteral("u"), QStringLiteral("b")).encodedUrl(),
        QByteArray("http://127.0.0.1:7480/admin/bucket?stats=true&bucket=b"));
    QCOMPARE(RgwUsageApi::bucketStatsRequest(ep, QStringLiteral("u"), {}).encodedUrl(),
             QByteArray("http://127.0.0.1:7480/admin/bucket?stats=true&uid=u"));
}

void TestRgwUsageProvider::parseUsage_bucketSample()
{
    // Captured after: create bucket, PUT 1000 + 5000 bytes, GET the 5000, HEAD one, list,
    // DELETE a missing key.
    QMap<QDate, RgwUsageApi::DayUsage> days;
    StorageError e;
    QVERIFY(RgwUsageApi::parseUsage(sample("usage_bucket.json"), {}, days, e));
    QVERIFY(e.ok());
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.firstKey(), QDate(2026, 11, 27));
    const RgwUsageApi::DayUsage d = days.first();
    QCOMPARE(d.bytesSent, 5000 + 686); // the GET's body and the listing
    QCOMPARE(d.bytesReceived, 6000);   // the two PUTs
    QCOMPARE(d.readOps, 2 + 1);        // get_obj (GET + HEAD), list_bucket
    QCOMPARE(d.writeOps, 1 + 1 + 2);   // create_bucket, delete_obj, put_obj x2
}

void TestRgwUsageProvider::parseUsage_userSample_includesServiceOps()
{
    QMap<QDate, RgwUsageApi::DayUsage> days;
    StorageError e;
    QVERIFY(RgwUsageApi::parseUsage(sample("usage_user.json"), {}, days, e));
    const RgwUsageApi::DayUsage d = days.value(QDate(2026, 11, 27));
    QCOMPARE(d.bytesSent, 5686 + 346); // + list_buckets, logged under bucket ""
    QCOMPARE(d.readOps, 4);
    QCOMPARE(d.writeOps, 4);
}

void TestRgwUsageProvider::parseUsage_bucketFilter()
{
    QMap<QDate, RgwUsageApi::DayUsage> days;
    StorageError e;
    QVERIFY(
        RgwUsageApi::parseUsage(sample("usage_user.json"), QStringLiteral("sample-bkt"), days, e));
    QCOMPARE(days.value(QDate(2026, 11, 27)).bytesSent, 5686);
    days.clear();
    QVERIFY(RgwUsageApi::parseUsage(sample("usage_user.json"), QStringLiteral("other"), days, e));
    QVERIFY(days.isEmpty());
}

void TestRgwUsageProvider::parseUsage_sumsHoursOfADay()
{
    // Hours 23:00 on the 1st and 00:00 + 01:00 on the 2nd (UTC).
    const QByteArray body =
        R"({"entries":[{"user":"u","buckets":[)"
        R"({"bucket":"b","time":"2026-11-01T23:00:00.000000Z","epoch":1793574000,"owner":"u",)"
        R"("categories":[{"category":"get_obj","bytes_sent":10,"bytes_received":0,"ops":1,)"
        R"("successful_ops":1}]},)"
        R"({"bucket":"b","time":"2026-11-02T00:00:00.000000Z","epoch":1793577600,"owner":"u",)"
        R"("categories":[{"category":"get_obj","bytes_sent":20,"bytes_received":0,"ops":2,)"
        R"("successful_ops":1},{"category":"put_obj","bytes_sent":0,"bytes_received":5,)"
        R"("ops":3,"successful_ops":3}]},)"
        R"({"bucket":"b","time":"2026-11-02T01:00:00.000000Z","epoch":1793581200,"owner":"u",)"
        R"("categories":[{"category":"get_obj","bytes_sent":30,"bytes_received":0,"ops":1,)"
        R"("successful_ops":1}]}]}]})";
    QMap<QDate, RgwUsageApi::DayUsage> days;
    StorageError e;
    QVERIFY(RgwUsageApi::parseUsage(body, {}, days, e));
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.value(QDate(2026, 11, 1)), (RgwUsageApi::DayUsage{10, 0, 1, 0}));
    // Failed requests count too (ops, not successful_ops).
    QCOMPARE(days.value(QDate(2026, 11, 2)), (RgwUsageApi::DayUsage{50, 5, 3, 3}));
}

void TestRgwUsageProvider::parseUsage_rejectsOther()
{
    QMap<QDate, RgwUsageApi::DayUsage> days;
    StorageError e;
    QVERIFY(!RgwUsageApi::parseUsage(sample("error_access_denied.json"), {}, days, e));
    QCOMPARE(e.kind, StorageError::Kind::Protocol);
    QVERIFY(!RgwUsageApi::parseUsage("<ListAllMyBucketsResult/>", {}, days, e));
    QVERIFY(RgwUsageApi::parseUsage(R"({"entries":[]})", {}, days, e));
    QVERIFY(days.isEmpty());
}

void TestRgwUsageProvider::parseBucketStats_object()
{
    QList<RgwUsageApi::BucketStats> stats;
    StorageError e;
    QVERIFY(RgwUsageApi::parseBucketStats(sample("bucket_stats.json"), stats, e));
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats.at(0).bucket, QStringLiteral("sample-bkt"));
    QCOMPARE(stats.at(0).size, 6000);        // 1000 + 5000 bytes of objects
    QCOMPARE(stats.at(0).sizeActual, 12288); // two 4 KiB-rounded allocations
    QCOMPARE(stats.at(0).objects, 2);
}

void TestRgwUsageProvider::parseBucketStats_array()
{
    QList<RgwUsageApi::BucketStats> stats;
    StorageError e;
    QVERIFY(RgwUsageApi::parseBucketStats(sample("bucket_stats_uid.json"), stats, e));
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats.at(0).size, 6000);
    QVERIFY(!RgwUsageApi::parseBucketStats("[{\"x\":1}]", stats, e));
    QCOMPARE(e.kind, StorageError::Kind::Protocol);
}

void TestRgwUsageProvider::parseBucketStats_emptyBucket()
{
    QList<RgwUsageApi::BucketStats> stats;
    StorageError e;
    QVERIFY(RgwUsageApi::parseBucketStats(R"({"bucket":"empty","usage":{}})", stats, e));
    QCOMPARE(stats.at(0).size, 0);
    // Only the KiB fields (older servers): KiB * 1024.
    stats.clear();
    QVERIFY(RgwUsageApi::parseBucketStats(
        R"({"bucket":"b","usage":{"rgw.main":{"size_kb":3,"size_kb_actual":4,"num_objects":1}}})",
        stats, e));
    QCOMPARE(stats.at(0).size, 3072);
    QCOMPARE(stats.at(0).sizeActual, 4096);
}

namespace {

struct Rig
{
    FakeS3Server server;
    QNetworkAccessManager nam;
    std::unique_ptr<StorageClient> client;
    std::unique_ptr<RgwUsageProvider> provider;

    explicit Rig(const QString &bucket)
    {
        server.listen();
        server.expectSigV4(kAccessKey, kSecret, "us-east-1");
        client = std::make_unique<StorageClient>(&nam,
                                                 Endpoint::s3(server.baseUrl(),
                                                              QStringLiteral("us-east-1"),
                                                              Endpoint::Addressing::PathStyle),
                                                 SignatureKind::SigV4);
        client->setCredentials({kAccessKey, kSecret, {}, {}});
        client->setRetrySettings({.maxAttempts = 1, .baseDelayMs = 1, .maxDelayMs = 1});
        provider =
            std::make_unique<RgwUsageProvider>(client.get(), QStringLiteral("sucai-test"), bucket);
    }

    UsageResult run(QDate month, QDate today)
    {
        QSignalSpy spy(provider.get(), &UsageProvider::finished);
        provider->refresh(month, today);
        if (!spy.wait(20'000))
            return {};
        return spy.at(0).at(0).value<UsageResult>();
    }
};

} // namespace

void TestRgwUsageProvider::refresh_againstFakeServer()
{
    Rig rig(QStringLiteral("sample-bkt"));
    rig.server.enqueue(
        FakeResponse::ok(sample("usage_bucket.json")).header("Content-Type", "application/json"));
    rig.server.enqueue(FakeResponse::ok(sample("bucket_stats.json")));
    const UsageResult r = rig.run(QDate(2026, 11, 1), QDate(2026, 11, 27));
    QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
    QCOMPARE(rig.server.violations(), QStringList());
    QCOMPARE(r.source, QStringLiteral("Ceph RGW admin API"));
    const QDate day(2026, 11, 27);
    QCOMPARE(r.input.series(UsageItem::Egress).value(day), 5686);
    QCOMPARE(r.input.series(UsageItem::ReadRequests).value(day), 3);
    QCOMPARE(r.input.series(UsageItem::WriteRequests).value(day), 4);
    QCOMPARE(r.input.series(UsageItem::Storage).value(day), 6000);
    QCOMPARE(r.availabilityOf(UsageItem::Cdn), Availability::Unsupported);
    QCOMPARE(r.availabilityOf(UsageItem::CdnOrigin), Availability::Unsupported);

    const auto &reqs = rig.server.requests();
    QCOMPARE(reqs.size(), 2);
    QCOMPARE(reqs.at(0).path, QByteArray("/admin/usage"));
    QCOMPARE(reqs.at(0).queryValue("uid"), QByteArray("sucai-test"));
    QCOMPARE(reqs.at(0).queryValue("bucket"), QByteArray("sample-bkt"));
    QCOMPARE(reqs.at(0).queryValue("start"), QByteArray("2026-11-01"));
    QCOMPARE(reqs.at(0).queryValue("end"), QByteArray("2026-11-28"));
    QCOMPARE(reqs.at(1).path, QByteArray("/admin/bucket"));
    QCOMPARE(reqs.at(1).queryValue("stats"), QByteArray("true"));
}

void TestRgwUsageProvider::refresh_accessDenied_namesCap()
{
    Rig denied({});
    FakeResponse forbidden = FakeResponse::ok(sample("error_access_denied.json"));
    forbidden.status = 403;
    denied.server.enqueue(forbidden);
    denied.server.enqueue(FakeResponse::ok(sample("bucket_stats_uid.json")));
    const UsageResult r = denied.run(QDate(2026, 11, 1), QDate(2026, 11, 27));
    QCOMPARE(denied.server.violations(), QStringList());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, QByteArray("AccessDenied"));
    QVERIFY2(r.error.toUserText().contains(QStringLiteral("usage=read")),
             qPrintable(r.error.toUserText()));
    QCOMPARE(r.availabilityOf(UsageItem::Egress), Availability::Failed);
    // The size still came.
    QCOMPARE(r.availabilityOf(UsageItem::Storage), Availability::Available);
    QCOMPARE(r.input.series(UsageItem::Storage).value(QDate(2026, 11, 27)), 6000);
}

void TestRgwUsageProvider::refresh_pastMonth_noStorage()
{
    Rig rig({});
    rig.server.enqueue(FakeResponse::ok(R"({"entries":[]})"));
    const UsageResult r = rig.run(QDate(2026, 10, 1), QDate(2026, 11, 27));
    QVERIFY(r.ok());
    QCOMPARE(rig.server.requests().size(), 1);
    QCOMPARE(rig.server.requests().at(0).queryValue("end"), QByteArray("2026-11-01"));
    QCOMPARE(r.availabilityOf(UsageItem::Storage), Availability::Unsupported);
    QCOMPARE(r.availabilityOf(UsageItem::Egress), Availability::Available);
    QVERIFY(!r.hasAnyData());
}

QTEST_GUILESS_MAIN(TestRgwUsageProvider)
#include "tst_rgwusageprovider.moc"
