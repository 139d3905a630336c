// Tencent Cloud usage: the exact GetMonitorData / DescribeCdnData bodies, the documented answers
// parsed with their units (StdStorage in MB, traffic in bytes), error answers turned into
// sentences naming the missing CAM permission, and the whole refresh against a fake server on
// 127.0.0.1 (TC3 signature recomputed from what arrived; no test talks to Tencent).
#include "cloud/tc3signer.h"
#include "cloud/tencentusageprovider.h"
#include "fakes3server.h"
#include "s3testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace sucai;
using namespace sucai::cloud;
using sucai::core::UsageItem;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;
using Api = TencentUsageApi::Api;
using Availability = UsageResult::Availability;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// The documented GetMonitorData answer (tccli examples, monitor 2018-07-24, example 1): the
// shape and numbers as published.
const QByteArray kMonitorExample = R"({
    "Response": {
        "StartTime": "2019-03-24 10:50:00",
        "EndTime": "2019-03-24 20:50:00",
        "Period": 300,
        "MetricName": "CPUUsage",
        "DataPoints": [
            {
                "Dimensions": [{"Name": "InstanceId", "Value": "ins-j0hk02zo"}],
                "Timestamps": [1535079000, 1535079300, 1535079600, 1535079900, 1535080200,
                               1535080500],
                "Values": [2.566, 2.283, 6.316, 2.816, 2.7, 2.35]
            }
        ],
        "RequestId": "d96ec542-6547-4af2-91ac-fee85c1b8b85"
    }
})";

// The documented DescribeCdnData answer (tccli examples, cdn 2018-06-06).
const QByteArray kCdnExample = R"({
    "Response": {
        "RequestId": "123",
        "Data": [
            {
                "Resource": "www.test.com",
                "CdnData": [
                    {
                        "Metric": "flux",
                        "DetailData": [
                            {"Time": "2018-09-03 00:00:00", "Value": 10},
                            {"Time": "2018-09-03 00:05:00", "Value": 20}
                        ],
                        "SummarizedData": {"Name": "sum", "Value": 30}
                    }
                ]
            }
        ],
        "Interval": "5min"
    }
})";

QByteArray errorAnswer(const QByteArray &code, const QByteArray &message)
{
    return R"({"Response":{"Error":{"Code":")" + code + R"(","Message":")" + message +
           R"("},"RequestId":"6ac0b6e1-3c5e-4b8c-a0b7-1234567890ab"}})";
}

// Daily points of a COS bucket at 00:00 China time, as Period 86400 gives them.
QByteArray dailyMonitorAnswer(const QString &metric, const QList<QPair<QDate, double>> &points,
                              int instances = 1)
{
    QByteArray dp;
    for (int i = 0; i < instances; ++i) {
        QByteArray ts, vs;
        for (const auto &[day, value] : points) {
            if (!ts.isEmpty()) {
                ts += ',';
                vs += ',';
            }
            ts += QByteArray::number(TencentUsageApi::chinaDayStart(day).toSecsSinceEpoch());
            vs += QByteArray::number(value, 'f', 3);
        }
        if (!dp.isEmpty())
            dp += ',';
        dp +=
            R"({"Dimensions":[{"Name":"appid","Value":"1250000000"},{"Name":"bucket","Value":"b)" +
            QByteArray::number(i) + R"(-1250000000"}],"Timestamps":[)" + ts + "],\"Values\":[" +
            vs + "]}";
    }
    return R"({"Response":{"StartTime":"2026-11-01 00:00:00","EndTime":"2026-11-03 00:00:00",)"
           R"("Period":86400,"MetricName":")" +
           metric.toLatin1() + R"(","DataPoints":[)" + dp + R"(],"RequestId":"r-1"}})";
}

} // namespace

class TestTencentUsageProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chinaDates_areUtcPlus8();
    void monitorRequest_isExact();
    void cdnRequest_isExact();
    void cdnRequest_withoutDomains_omitsThem();
    void cosMetrics_namesAndUnits();
    void parseMonitorData_documentedExample();
    void parseMonitorData_storageInMegabytes();
    void parseMonitorData_sumsInstancesAndSkipsGaps();
    void parseMonitorData_rejectsNonsense();
    void parseCdnData_documentedExample();
    void parseError_data();
    void parseError();
    void parseError_notJson();
    void refresh_fetchesAllItemsSigned();
    void refresh_missingMonitorPermission_namesIt();
    void refresh_cdnFailsAlone_keepsCos();
    void refresh_batchesTenBucketsPerCall();
    void refresh_noCredentials_failsWithoutNetwork();
    void cancel_stopsAtOnce();
    void cache_keepsGoodNumbersAndAges();
};

void TestTencentUsageProvider::chinaDates_areUtcPlus8()
{
    // 2026-11-01 00:00 in China is 2026-10-31 16:00 UTC.
    const QDateTime utc(QDate(2026, 10, 31), QTime(16, 0), QTimeZone::utc());
    QCOMPARE(TencentUsageApi::chinaDate(utc.toSecsSinceEpoch()), QDate(2026, 11, 1));
    QCOMPARE(TencentUsageApi::chinaDate(utc.toSecsSinceEpoch() - 1), QDate(2026, 10, 31));
    QCOMPARE(TencentUsageApi::chinaIsoTime(utc), QStringLiteral("2026-11-01T00:00:00+08:00"));
    QCOMPARE(TencentUsageApi::chinaPlainTime(utc), QStringLiteral("2026-11-01 00:00:00"));
    QCOMPARE(TencentUsageApi::chinaDayStart(QDate(2026, 11, 1)).toSecsSinceEpoch(),
             utc.toSecsSinceEpoch());
    QCOMPARE(TencentUsageApi::chinaDayEnd(QDate(2026, 11, 1)).toSecsSinceEpoch(),
             utc.toSecsSinceEpoch() + 86399);
}

void TestTencentUsageProvider::monitorRequest_isExact()
{
    const QByteArray body = TencentUsageApi::monitorRequest(
        QStringLiteral("StdStorage"), QStringLiteral("1250000000"),
        {QStringLiteral("examplebucket-1250000000"), QStringLiteral("assets-1250000000")},
        TencentUsageApi::chinaDayStart(QDate(2026, 11, 1)),
        TencentUsageApi::chinaDayEnd(QDate(2026, 11, 27)));
    QCOMPARE(body, QByteArray(R"({"EndTime":"2026-11-27T23:59:59+08:00","Instances":[)"
                              R"({"Dimensions":[{"Name":"appid","Value":"1250000000"},)"
                              R"({"Name":"bucket","Value":"examplebucket-1250000000"}]},)"
                              R"({"Dimensions":[{"Name":"appid","Value":"1250000000"},)"
                              R"({"Name":"bucket","Value":"assets-1250000000"}]}],)"
                              R"("MetricName":"StdStorage","Namespace":"QCE/COS","Period":86400,)"
                              R"("StartTime":"2026-11-01T00:00:00+08:00"})"));
}

void TestTencentUsageProvider::cdnRequest_isExact()
{
    const QByteArray body = TencentUsageApi::cdnRequest(
        TencentUsageApi::chinaDayStart(QDate(2026, 11, 1)),
        TencentUsageApi::chinaDayEnd(QDate(2026, 11, 27)),
        {QStringLiteral("cdn.example.com"), QStringLiteral("img.example.com")},
        QStringLiteral("mainland"));
    QCOMPARE(body, QByteArray(R"({"Area":"mainland","Domains":["cdn.example.com",)"
                              R"("img.example.com"],"EndTime":"2026-11-27 23:59:59",)"
                              R"("Interval":"day","Metric":"flux",)"
                              R"("StartTime":"2026-11-01 00:00:00"})"));
}

void TestTencentUsageProvider::cdnRequest_withoutDomains_omitsThem()
{
    const QByteArray body =
        TencentUsageApi::cdnRequest(TencentUsageApi::chinaDayStart(QDate(2026, 2, 1)),
                                    TencentUsageApi::chinaDayEnd(QDate(2026, 2, 28)), {});
    QCOMPARE(body, QByteArray(R"({"EndTime":"2026-02-28 23:59:59","Interval":"day",)"
                              R"("Metric":"flux","StartTime":"2026-02-01 00:00:00"})"));
}

void TestTencentUsageProvider::cosMetrics_namesAndUnits()
{
    const auto metrics = TencentUsageApi::cosMetrics();
    QCOMPARE(metrics.size(), 5);
    QMap<QString, QPair<UsageItem, qint64>> byName;
    for (const auto &m : metrics)
        byName.insert(m.name, {m.item, m.bytesPerUnit});
    QCOMPARE(byName.value(QStringLiteral("StdStorage")), qMakePair(UsageItem::Storage, MiB));
    QCOMPARE(byName.value(QStringLiteral("InternetTraffic")), qMakePair(UsageItem::Egress, 1LL));
    QCOMPARE(byName.value(QStringLiteral("CdnOriginTraffic")),
             qMakePair(UsageItem::CdnOrigin, 1LL));
    QCOMPARE(byName.value(QStringLiteral("StdReadRequests")),
             qMakePair(UsageItem::ReadRequests, 1LL));
    QCOMPARE(byName.value(QStringLiteral("StdWriteRequests")),
             qMakePair(UsageItem::WriteRequests, 1LL));
    QCOMPARE(TencentUsageApi::region(Api::Monitor), QByteArray("ap-guangzhou"));
    QCOMPARE(QByteArray(TencentUsageApi::version(Api::Monitor)), QByteArray("2018-07-24"));
    QCOMPARE(QByteArray(TencentUsageApi::version(Api::Cdn)), QByteArray("2018-06-06"));
}

void TestTencentUsageProvider::parseMonitorData_documentedExample()
{
    // All six points (1535079000 = 2018-08-24 10:50 China time) fall on one China day; their
    // values rounded to whole units and summed: 3 + 2 + 6 + 3 + 3 + 2.
    QMap<QDate, qint64> daily;
    StorageError e;
    QVERIFY(TencentUsageApi::parseMonitorData(kMonitorExample, 1, daily, e));
    QVERIFY(e.ok());
    QCOMPARE(daily.size(), 1);
    QCOMPARE(daily.firstKey(), QDate(2018, 8, 24));
    QCOMPARE(daily.first(), 19);
    // In MB: 18.713 MB of samples = 19622003 bytes (each point rounded on its own).
    daily.clear();
    QVERIFY(TencentUsageApi::parseMonitorData(kMonitorExample, MiB, daily, e));
    qint64 expected = 0;
    for (double v : {2.566, 2.283, 6.316, 2.816, 2.7, 2.35})
        expected += qint64(std::llround(v * double(MiB)));
    QCOMPARE(daily.first(), expected);
}

void TestTencentUsageProvider::parseMonitorData_storageInMegabytes()
{
    const QByteArray body =
        dailyMonitorAnswer(QStringLiteral("StdStorage"),
                           {{QDate(2026, 11, 1), 1024.0}, {QDate(2026, 11, 2), 51200.5}});
    QMap<QDate, qint64> daily;
    StorageError e;
    QVERIFY(TencentUsageApi::parseMonitorData(body, MiB, daily, e));
    QCOMPARE(daily.value(QDate(2026, 11, 1)), 1024 * MiB); // 1 GB
    QCOMPARE(daily.value(QDate(2026, 11, 2)), 50LL * 1024 * MiB + MiB / 2);
    QCOMPARE(daily.size(), 2);
}

void TestTencentUsageProvider::parseMonitorData_sumsInstancesAndSkipsGaps()
{
    QMap<QDate, qint64> daily{{QDate(2026, 11, 1), 5}};
    StorageError e;
    // Two buckets, the same points: sums; and adds to what was there (an earlier batch).
    QVERIFY(TencentUsageApi::parseMonitorData(
        dailyMonitorAnswer(QStringLiteral("InternetTraffic"), {{QDate(2026, 11, 1), 100.0}}, 2), 1,
        daily, e));
    QCOMPARE(daily.value(QDate(2026, 11, 1)), 205);

    const QByteArray withNull = R"({"Response":{"DataPoints":[{"Dimensions":[],)"
                                R"("Timestamps":[1793462400,1793548800],"Values":[null,7]}],)"
                                R"("RequestId":"x"}})";
    daily.clear();
    QVERIFY(TencentUsageApi::parseMonitorData(withNull, 1, daily, e));
    QCOMPARE(daily.size(), 1);
    QCOMPARE(daily.first(), 7);
}

void TestTencentUsageProvider::parseMonitorData_rejectsNonsense()
{
    QMap<QDate, qint64> daily;
    StorageError e;
    QVERIFY(!TencentUsageApi::parseMonitorData("<html>nope</html>", 1, daily, e));
    QCOMPARE(e.kind, StorageError::Kind::Protocol);
    QVERIFY(!TencentUsageApi::parseMonitorData(R"({"Response":{"RequestId":"x"}})", 1, daily, e));
    QCOMPARE(e.kind, StorageError::Kind::Protocol);
    QVERIFY(!TencentUsageApi::parseMonitorData(
        R"({"Response":{"DataPoints":[{"Timestamps":[1,2],"Values":[1]}]}})", 1, daily, e));
    QCOMPARE(e.kind, StorageError::Kind::Protocol);
    QVERIFY(daily.isEmpty());
}

void TestTencentUsageProvider::parseCdnData_documentedExample()
{
    QMap<QDate, qint64> daily;
    StorageError e;
    QVERIFY(TencentUsageApi::parseCdnData(kCdnExample, daily, e));
    QVERIFY(e.ok());
    QCOMPARE(daily.size(), 1);
    QCOMPARE(daily.value(QDate(2018, 9, 3)), 30); // flux is in bytes
}

void TestTencentUsageProvider::parseError_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("api");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("monitor unauthorized")
        << QByteArray("AuthFailure.UnauthorizedOperation") << int(Api::Monitor)
        << QStringLiteral("monitor:GetMonitorData");
    QTest::newRow("cdn unauthorized") << QByteArray("UnauthorizedOperation.CdnCamUnauthorized")
                                      << int(Api::Cdn) << QStringLiteral("cdn:DescribeCdnData");
    QTest::newRow("cdn auth failure") << QByteArray("AuthFailure.UnauthorizedOperation")
                                      << int(Api::Cdn) << QStringLiteral("cdn:DescribeCdnData");
    QTest::newRow("unknown secret id") << QByteArray("AuthFailure.SecretIdNotFound")
                                       << int(Api::Monitor) << QStringLiteral("SecretId");
    QTest::newRow("bad signature") << QByteArray("AuthFailure.SignatureFailure")
                                   << int(Api::Monitor) << QStringLiteral("SecretKey");
    QTest::newRow("clock") << QByteArray("AuthFailure.SignatureExpire") << int(Api::Cdn)
                           << QStringLiteral("clock");
    QTest::newRow("throttled") << QByteArray("RequestLimitExceeded") << int(Api::Monitor)
                               << QStringLiteral("Too many requests");
    QTest::newRow("no cdn") << QByteArray("ResourceNotFound.CdnUserNotExists") << int(Api::Cdn)
                            << QStringLiteral("not activated");
    QTest::newRow("other") << QByteArray("InvalidParameter.Whatever") << int(Api::Monitor)
                           << QStringLiteral("InvalidParameter.Whatever");
}

void TestTencentUsageProvider::parseError()
{
    QFETCH(QByteArray, code);
    QFETCH(int, api);
    QFETCH(QString, mentions);
    const StorageError e = TencentUsageApi::parseError(errorAnswer(code, "server words"), Api(api));
    QCOMPARE(e.kind, StorageError::Kind::Service);
    QCOMPARE(e.code, code);
    QCOMPARE(e.requestId, QByteArray("6ac0b6e1-3c5e-4b8c-a0b7-1234567890ab"));
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("server words")), qPrintable(e.message));
    QVERIFY(e.toUserText().contains(mentions));

    // A success answer is no error.
    QVERIFY(TencentUsageApi::parseError(kCdnExample, Api::Cdn).ok());
}

void TestTencentUsageProvider::parseError_notJson()
{
    const StorageError e = TencentUsageApi::parseError("<html>502</html>", Api::Monitor, 502);
    QCOMPARE(e.kind, StorageError::Kind::Service);
    QCOMPARE(e.httpStatus, 502);
    QCOMPARE(TencentUsageApi::parseError("garbage", Api::Monitor, 200).kind,
             StorageError::Kind::Protocol);
}

namespace {

struct Rig
{
    FakeS3Server server;
    QNetworkAccessManager nam;
    test::FakeClock clock;
    std::unique_ptr<TencentUsageProvider> provider;

    explicit Rig(TencentUsageSettings settings)
    {
        server.setRequireAuthorization(true);
        server.listen();
        provider = std::make_unique<TencentUsageProvider>(&nam, std::move(settings));
        provider->setBaseUrl(server.baseUrl());
        clock.now = QDateTime(QDate(2026, 11, 3), QTime(4, 0), QTimeZone::utc());
        provider->setClock(&clock);
        Credentials c;
        c.accessKeyId = "AKIDtestkey";
        c.secretAccessKey = "tencent-secret-do-not-leak";
        provider->setCredentials(c);
    }

    UsageResult run()
    {
        QSignalSpy spy(provider.get(), &UsageProvider::finished);
        provider->refresh(QDate(2026, 11, 1), QDate(2026, 11, 3));
        if (!spy.wait(20'000)) {
            qWarning("provider did not finish");
            return {};
        }
        [&] { QCOMPARE(spy.size(), 1); }();
        return spy.at(0).at(0).value<UsageResult>();
    }
};

TencentUsageSettings oneBucket()
{
    TencentUsageSettings s;
    s.appId = QStringLiteral("1250000000");
    s.buckets = {QStringLiteral("b0-1250000000")};
    s.cdnDomains = {QStringLiteral("cdn.example.com")};
    return s;
}

} // namespace

void TestTencentUsageProvider::refresh_fetchesAllItemsSigned()
{
    Rig rig(oneBucket());
    const QDate d1(2026, 11, 1), d2(2026, 11, 2);
    rig.server.enqueue(FakeResponse::ok(
        dailyMonitorAnswer(QStringLiteral("StdStorage"), {{d1, 2048.0}, {d2, 3072.0}})));
    rig.server.enqueue(FakeResponse::ok(
        dailyMonitorAnswer(QStringLiteral("InternetTraffic"), {{d1, 1e9}, {d2, 2e9}})));
    rig.server.enqueue(
        FakeResponse::ok(dailyMonitorAnswer(QStringLiteral("CdnOriginTraffic"), {{d2, 12345}})));
    rig.server.enqueue(
        FakeResponse::ok(dailyMonitorAnswer(QStringLiteral("StdReadRequests"), {{d1, 40}})));
    rig.server.enqueue(
        FakeResponse::ok(dailyMonitorAnswer(QStringLiteral("StdWriteRequests"), {{d1, 7}})));
    rig.server.enqueue(FakeResponse::ok(
        R"({"Response":{"RequestId":"c","Interval":"day","Data":[{"Resource":"cdn.example.com",)"
        R"("CdnData":[{"Metric":"flux","DetailData":[{"Time":"2026-11-01 00:00:00","Value":5e8},)"
        R"({"Time":"2026-11-02 00:00:00","Value":6e8}],"SummarizedData":{"Name":"sum",)"
        R"("Value":1.1e9}}]}]}})"));

    const UsageResult r = rig.run();
    QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
    QCOMPARE(rig.server.violations(), QStringList());
    QCOMPARE(r.source, QStringLiteral("Tencent Cloud Monitor and CDN"));
    QVERIFY(r.fetchedAt.isValid());
    QCOMPARE(r.input.month, QDate(2026, 11, 1));
    QCOMPARE(r.input.today, QDate(2026, 11, 3));
    for (const UsageItem item : core::UsageItems::all())
        QVERIFY(r.isAvailable(item));
    QCOMPARE(r.input.series(UsageItem::Storage).value(d1), 2 * 1024 * MiB);
    QCOMPARE(r.input.series(UsageItem::Storage).value(d2), 3 * 1024 * MiB);
    QCOMPARE(r.input.series(UsageItem::Egress).value(d2), 2'000'000'000LL);
    QCOMPARE(r.input.series(UsageItem::CdnOrigin).value(d2), 12345);
    QCOMPARE(r.input.series(UsageItem::ReadRequests).value(d1), 40);
    QCOMPARE(r.input.series(UsageItem::WriteRequests).value(d1), 7);
    QCOMPARE(r.input.series(UsageItem::Cdn).value(d1), 500'000'000LL);
    QCOMPARE(r.input.series(UsageItem::Cdn).value(d2), 600'000'000LL);

    // What went out: six POSTs, the right actions, versions, regions and bodies, each signed
    // with TC3 over the exact bytes and host that arrived.
    const auto &reqs = rig.server.requests();
    QCOMPARE(reqs.size(), 6);
    const QStringList metrics{QStringLiteral("StdStorage"), QStringLiteral("InternetTraffic"),
                              QStringLiteral("CdnOriginTraffic"), QStringLiteral("StdReadRequests"),
                              QStringLiteral("StdWriteRequests")};
    Tc3Signer signer;
    Credentials creds;
    creds.accessKeyId = "AKIDtestkey";
    creds.secretAccessKey = "tencent-secret-do-not-leak";
    for (int i = 0; i < reqs.size(); ++i) {
        const auto &q = reqs.at(i);
        QCOMPARE(q.method, QByteArray("POST"));
        QCOMPARE(q.path, QByteArray("/"));
        const bool cdn = i == 5;
        QCOMPARE(q.header("X-TC-Action"), QByteArray(cdn ? "DescribeCdnData" : "GetMonitorData"));
        QCOMPARE(q.header("X-TC-Version"), QByteArray(cdn ? "2018-06-06" : "2018-07-24"));
        QCOMPARE(q.header("X-TC-Region"), QByteArray(cdn ? "" : "ap-guangzhou"));
        QCOMPARE(q.header("X-TC-Timestamp"), QByteArray::number(rig.clock.now.toSecsSinceEpoch()));
        const QJsonObject body = QJsonDocument::fromJson(q.body).object();
        if (cdn) {
            QCOMPARE(body.value(QStringLiteral("Metric")).toString(), QStringLiteral("flux"));
            QCOMPARE(body.value(QStringLiteral("Interval")).toString(), QStringLiteral("day"));
            QCOMPARE(body.value(QStringLiteral("StartTime")).toString(),
                     QStringLiteral("2026-11-01 00:00:00"));
            // Not beyond now (04:00 UTC = 12:00 China time).
            QCOMPARE(body.value(QStringLiteral("EndTime")).toString(),
                     QStringLiteral("2026-11-03 12:00:00"));
        } else {
            QCOMPARE(body.value(QStringLiteral("MetricName")).toString(), metrics.at(i));
            QCOMPARE(body.value(QStringLiteral("Namespace")).toString(), QStringLiteral("QCE/COS"));
            QCOMPARE(body.value(QStringLiteral("Period")).toInt(), 86400);
        }
        Tc3Request expected;
        expected.service = cdn ? "cdn" : "monitor";
        expected.host = q.header("Host");
        expected.action = q.header("X-TC-Action");
        expected.version = q.header("X-TC-Version");
        expected.region = q.header("X-TC-Region");
        expected.timestamp = q.header("X-TC-Timestamp").toLongLong();
        expected.contentType = q.header("Content-Type");
        expected.payload = q.body;
        QCOMPARE(q.header("Authorization"), signer.authorization(expected, creds));
        QVERIFY(!q.header("Authorization").contains("tencent-secret"));
    }
}

void TestTencentUsageProvider::refresh_missingMonitorPermission_namesIt()
{
    Rig rig(oneBucket());
    rig.server.enqueue(FakeResponse::ok(
        errorAnswer("AuthFailure.UnauthorizedOperation", "you are not authorized")));
    // The other four monitor calls are not made; the CDN call is.
    rig.server.enqueue(FakeResponse::ok(
        R"({"Response":{"RequestId":"c","Data":[{"Resource":"cdn.example.com","CdnData":[]}]}})"));
    const UsageResult r = rig.run();
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.violations(), QStringList());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, QByteArray("AuthFailure.UnauthorizedOperation"));
    QVERIFY2(r.error.toUserText().contains(QStringLiteral("monitor:GetMonitorData")),
             qPrintable(r.error.toUserText()));
    QVERIFY(!r.error.toUserText().contains(QStringLiteral("tencent-secret")));
    for (const UsageItem item : {UsageItem::Storage, UsageItem::Egress, UsageItem::CdnOrigin,
                                 UsageItem::ReadRequests, UsageItem::WriteRequests})
        QCOMPARE(r.availabilityOf(item), Availability::Failed);
    QCOMPARE(r.availabilityOf(UsageItem::Cdn), Availability::Available);
}

void TestTencentUsageProvider::refresh_cdnFailsAlone_keepsCos()
{
    Rig rig(oneBucket());
    for (int i = 0; i < 5; ++i) {
        rig.server.enqueue(FakeResponse::ok(
            dailyMonitorAnswer(QStringLiteral("Any"), {{QDate(2026, 11, 2), 1.0}})));
    }
    rig.server.enqueue(
        FakeResponse::ok(errorAnswer("UnauthorizedOperation.CdnCamUnauthorized", "cam says no")));
    const UsageResult r = rig.run();
    QCOMPARE(rig.server.violations(), QStringList());
    QVERIFY(!r.ok());
    QVERIFY(r.hasAnyData());
    QVERIFY(r.error.message.contains(QStringLiteral("cdn:DescribeCdnData")));
    QCOMPARE(r.availabilityOf(UsageItem::Cdn), Availability::Failed);
    QCOMPARE(r.availabilityOf(UsageItem::Egress), Availability::Available);
    QCOMPARE(r.input.series(UsageItem::Storage).value(QDate(2026, 11, 2)), MiB);
    QVERIFY(r.input.series(UsageItem::Cdn).isEmpty());
}

void TestTencentUsageProvider::refresh_batchesTenBucketsPerCall()
{
    TencentUsageSettings s = oneBucket();
    s.cdn = false;
    s.buckets.clear();
    for (int i = 0; i < 12; ++i)
        s.buckets << QStringLiteral("b%1-1250000000").arg(i);
    Rig rig(s);
    for (int i = 0; i < 10; ++i) {
        // Batch 1 (10 buckets) and batch 2 (2 buckets) of each metric.
        const int n = i % 2 == 0 ? 10 : 2;
        rig.server.enqueue(FakeResponse::ok(
            dailyMonitorAnswer(QStringLiteral("Any"), {{QDate(2026, 11, 1), 1.0}}, n)));
    }
    const UsageResult r = rig.run();
    QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
    QCOMPARE(rig.server.violations(), QStringList());
    QCOMPARE(rig.server.requests().size(), 10);
    const QJsonObject first = QJsonDocument::fromJson(rig.server.requests().at(0).body).object();
    const QJsonObject second = QJsonDocument::fromJson(rig.server.requests().at(1).body).object();
    QCOMPARE(first.value(QStringLiteral("Instances")).toArray().size(), 10);
    QCOMPARE(second.value(QStringLiteral("Instances")).toArray().size(), 2);
    // All twelve buckets' requests summed per day.
    QCOMPARE(r.input.series(UsageItem::ReadRequests).value(QDate(2026, 11, 1)), 12);
    QCOMPARE(r.input.series(UsageItem::Storage).value(QDate(2026, 11, 1)), 12 * MiB);
    QCOMPARE(r.availabilityOf(UsageItem::Cdn), Availability::Unsupported);
}

void TestTencentUsageProvider::refresh_noCredentials_failsWithoutNetwork()
{
    Rig rig(oneBucket());
    rig.provider->setCredentials({});
    const UsageResult r = rig.run();
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(r.error.kind, StorageError::Kind::InvalidArgument);
    QCOMPARE(r.availabilityOf(UsageItem::Storage), Availability::Failed);
}

void TestTencentUsageProvider::cancel_stopsAtOnce()
{
    Rig rig(oneBucket());
    rig.server.enqueue(FakeResponse::hanging());
    QSignalSpy spy(rig.provider.get(), &UsageProvider::finished);
    QSignalSpy arrived(&rig.server, &FakeS3Server::requestReceived);
    rig.provider->refresh(QDate(2026, 11, 1), QDate(2026, 11, 3));
    QVERIFY(rig.provider->isRunning());
    QVERIFY(arrived.wait(10'000));
    rig.provider->cancel();
    QCOMPARE(spy.size(), 1); // at once, not after the timeout
    QCOMPARE(spy.at(0).at(0).value<UsageResult>().error.kind, StorageError::Kind::Cancelled);
    QVERIFY(!rig.provider->isRunning());
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);

    // Cancelled before it began: nothing goes out at all.
    rig.provider->refresh(QDate(2026, 11, 1), QDate(2026, 11, 3));
    rig.provider->cancel();
    QTest::qWait(100);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestTencentUsageProvider::cache_keepsGoodNumbersAndAges()
{
    UsageCache cache;
    const QString key =
        UsageCache::key(QStringLiteral("p"), QStringLiteral("b"), QDate(2026, 11, 17));
    QCOMPARE(key, UsageCache::key(QStringLiteral("p"), QStringLiteral("b"), QDate(2026, 11, 1)));
    const QDateTime t0(QDate(2026, 11, 17), QTime(10, 0), QTimeZone::utc());
    QVERIFY(cache.isOlderThan(key, 15, t0));

    UsageResult good;
    good.fetchedAt = t0;
    good.setAvailability(UsageItem::Egress, Availability::Available);
    good.input.set(UsageItem::Egress, QDate(2026, 11, 17), 42);
    cache.store(key, good);
    QVERIFY(!cache.isOlderThan(key, 15, t0.addSecs(15 * 60)));
    QVERIFY(cache.isOlderThan(key, 15, t0.addSecs(15 * 60 + 1)));

    UsageResult bad;
    bad.fetchedAt = t0.addSecs(3600);
    bad.setAvailability(UsageItem::Egress, Availability::Failed);
    bad.error = StorageError::make(StorageError::Kind::Network, QStringLiteral("down"));
    cache.store(key, bad);
    QCOMPARE(cache.value(key)->input.series(UsageItem::Egress).value(QDate(2026, 11, 17)), 42);
    QCOMPARE(cache.lastError(key).kind, StorageError::Kind::Network);
    QVERIFY(cache.isOlderThan(key, 15, t0.addSecs(3600)));

    cache.store(key, good);
    QVERIFY(cache.lastError(key).ok());
    cache.remove(key);
    QVERIFY(!cache.value(key));
}

QTEST_GUILESS_MAIN(TestTencentUsageProvider)
#include "tst_tencentusageprovider.moc"
