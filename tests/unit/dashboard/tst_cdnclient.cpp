// Tencent CDN purge and prefetch: the exact request bodies (field names as in the API reference
// and Tencent's own SDKs: Urls, Area, UrlEncode), the documented answers (TaskId, the quota
// lines), batching to the API limits, a failed batch that does not stop the next one, the daily
// quota refusal, cancel, and CDN URLs for object keys. Every call goes to a fake server on
// 127.0.0.1 (TC3 signature recomputed from what arrived); no test talks to Tencent.
#include "cloud/cdnclient.h"
#include "cloud/profile.h"
#include "cloud/tc3signer.h"
#include "fakes3server.h"
#include "s3testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace sucai;
using namespace sucai::cloud;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;

namespace {

QStringList manyUrls(int n)
{
    QStringList urls;
    for (int i = 0; i < n; ++i)
        urls << QStringLiteral("https://cdn.example.com/img/%1.png").arg(i);
    return urls;
}

QByteArray taskAnswer(const QByteArray &taskId)
{
    return "{\"Response\":{\"TaskId\":\"" + taskId + "\",\"RequestId\":\"req-" + taskId + "\"}}";
}

QByteArray errorAnswer(const QByteArray &code, const QByteArray &message)
{
    return "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"" + message +
           "\"},\"RequestId\":\"6ac0b6e1-3c5e-4b8c-a0b7-1234567890ab\"}}";
}

// DescribePurgeQuota's documented answer (API 228/41956, example 1), with `available` left in
// mainland and the batch size given.
QByteArray purgeQuotaAnswer(qint64 available, qint64 batch = 1000)
{
    return "{\"Response\":{\"RequestId\":\"aee6dbe4-f790-417e-8801-5a1894e8fdba\","
           "\"UrlPurge\":[{\"Area\":\"mainland\",\"Batch\":" +
           QByteArray::number(batch) +
           ",\"Total\":10000,\"Available\":" + QByteArray::number(available) +
           "},{\"Area\":\"overseas\",\"Batch\":1000,\"Total\":10000,\"Available\":10000}],"
           "\"PathPurge\":[{\"Area\":\"mainland\",\"Batch\":39,\"Total\":100,\"Available\":100},"
           "{\"Area\":\"overseas\",\"Batch\":20,\"Total\":100,\"Available\":100}]}}";
}

QByteArray pushQuotaAnswer(qint64 mainland, qint64 overseas)
{
    return "{\"Response\":{\"RequestId\":\"q\",\"UrlPush\":[{\"Area\":\"mainland\",\"Batch\":500,"
           "\"Total\":1000,\"Available\":" +
           QByteArray::number(mainland) +
           "},{\"Area\":\"overseas\",\"Batch\":500,\"Total\":1000,\"Available\":" +
           QByteArray::number(overseas) + "}]}}";
}

Credentials testCredentials()
{
    Credentials c;
    c.accessKeyId = "AKIDtestkey";
    c.secretAccessKey = "tencent-secret-do-not-leak";
    return c;
}

struct Rig
{
    FakeS3Server server;
    QNetworkAccessManager nam;
    test::FakeClock clock;
    CdnClient client{&nam, testCredentials()};

    Rig()
    {
        server.setRequireAuthorization(true);
        server.listen();
        client.setBaseUrl(server.baseUrl());
        clock.now = QDateTime(QDate(2026, 11, 3), QTime(4, 0), QTimeZone::utc());
        client.setClock(&clock);
    }

    // Runs the job to its end; the spies see every signal.
    CdnJobResult run(CdnCacheJob *job)
    {
        QSignalSpy spy(job, &CdnCacheJob::finished);
        job->start();
        if (!spy.wait(30'000)) {
            qWarning("CDN job did not finish");
            return {};
        }
        QTest::qWait(20); // nothing more may come
        [&] { QCOMPARE(spy.size(), 1); }();
        return spy.at(0).at(0).value<CdnJobResult>();
    }

    // The TC3 signature of a request as it arrived, recomputed.
    static QByteArray expectedAuthorization(const test::ReceivedRequest &q)
    {
        Tc3Request r;
        r.service = "cdn";
        r.host = q.header("Host");
        r.action = q.header("X-TC-Action");
        r.version = q.header("X-TC-Version");
        r.region = q.header("X-TC-Region");
        r.timestamp = q.header("X-TC-Timestamp").toLongLong();
        r.contentType = q.header("Content-Type");
        r.payload = q.body;
        return Tc3Signer().authorization(r, testCredentials());
    }
};

QStringList urlsOf(const QByteArray &body)
{
    QStringList urls;
    const QJsonArray a =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("Urls")).toArray();
    for (const QJsonValue &v : a)
        urls << v.toString();
    return urls;
}

} // namespace

class TestCdnClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- Request shapes and answers --------------------------------------------------------

    void api_namesVersionAndLimits()
    {
        QCOMPARE(QByteArray(CdnApi::host()), QByteArray("cdn.tencentcloudapi.com"));
        QCOMPARE(QByteArray(CdnApi::service()), QByteArray("cdn"));
        QCOMPARE(QByteArray(CdnApi::version()), QByteArray("2018-06-06"));
        QCOMPARE(QByteArray(CdnApi::action(CdnOperation::Purge)), QByteArray("PurgeUrlsCache"));
        QCOMPARE(QByteArray(CdnApi::action(CdnOperation::Push)), QByteArray("PushUrlsCache"));
        QCOMPARE(QByteArray(CdnApi::quotaAction(CdnOperation::Purge)),
                 QByteArray("DescribePurgeQuota"));
        QCOMPARE(QByteArray(CdnApi::quotaAction(CdnOperation::Push)),
                 QByteArray("DescribePushQuota"));
        QCOMPARE(CdnApi::batchLimit(CdnOperation::Purge), 1000);
        QCOMPARE(CdnApi::batchLimit(CdnOperation::Push), 500);
        QCOMPARE(CdnApi::permission("PurgeUrlsCache"), QStringLiteral("cdn:PurgeUrlsCache"));
        QCOMPARE(CdnApi::quotaRequest(), QByteArray("{}"));
    }

    void request_isExact()
    {
        const QStringList urls{QStringLiteral("https://cdn.example.com/a.png"),
                               QStringLiteral("https://cdn.example.com/b%20c/%E6%98%A5.png")};
        QCOMPARE(CdnApi::request(urls),
                 QByteArray("{\"Urls\":[\"https://cdn.example.com/a.png\","
                            "\"https://cdn.example.com/b%20c/%E6%98%A5.png\"]}"));
        // Optional fields, present only when given (keys sorted, as Qt writes them).
        QCOMPARE(CdnApi::request(urls.mid(0, 1), QStringLiteral("mainland"), true),
                 QByteArray("{\"Area\":\"mainland\",\"UrlEncode\":true,"
                            "\"Urls\":[\"https://cdn.example.com/a.png\"]}"));
        QCOMPARE(CdnApi::request(urls.mid(0, 1), {}, false),
                 QByteArray("{\"UrlEncode\":false,\"Urls\":[\"https://cdn.example.com/a.png\"]}"));
    }

    void split_batchesToTheLimit()
    {
        const QStringList urls = manyUrls(2345);
        QList<QStringList> b = CdnApi::split(urls, 1000);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.at(0).size(), 1000);
        QCOMPARE(b.at(1).size(), 1000);
        QCOMPARE(b.at(2).size(), 345);
        QCOMPARE(b.at(1).first(), urls.at(1000));
        QCOMPARE(b.at(2).last(), urls.last());
        b = CdnApi::split(urls, 500);
        QCOMPARE(b.size(), 5);
        QCOMPARE(b.at(4).size(), 345);
        QVERIFY(CdnApi::split({}, 1000).isEmpty());
        QCOMPARE(CdnApi::split(manyUrls(1000), 1000).size(), 1);
    }

    void parseTask_documentedAnswer()
    {
        QString taskId;
        QByteArray requestId;
        StorageError error;
        QVERIFY(
            CdnApi::parseTask("{\"Response\":{\"TaskId\":\"15a2ee2d-1e7e-4cf6-b9e4-1b1f3a2a4c5d\","
                              "\"RequestId\":\"3ca1cc0e-2cd6-4a6d-8e6a-8d3c0f0b3d6a\"}}",
                              CdnOperation::Purge, taskId, requestId, error));
        QVERIFY(error.ok());
        QCOMPARE(taskId, QStringLiteral("15a2ee2d-1e7e-4cf6-b9e4-1b1f3a2a4c5d"));
        QCOMPARE(requestId, QByteArray("3ca1cc0e-2cd6-4a6d-8e6a-8d3c0f0b3d6a"));

        QVERIFY(!CdnApi::parseTask("{\"Response\":{\"RequestId\":\"r\"}}", CdnOperation::Push,
                                   taskId, requestId, error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);
        QVERIFY(!CdnApi::parseTask("not json", CdnOperation::Push, taskId, requestId, error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);
    }

    void parseQuota_documentedAnswer()
    {
        QList<CdnQuota> quotas;
        StorageError error;
        QVERIFY(CdnApi::parseQuota(purgeQuotaAnswer(10000), CdnOperation::Purge, quotas, error));
        QCOMPARE(quotas.size(), 2); // UrlPurge only; PathPurge is for folders
        QCOMPARE(quotas.at(0), (CdnQuota{QStringLiteral("mainland"), 1000, 10000, 10000}));
        QCOMPARE(quotas.at(1).area, QStringLiteral("overseas"));
        // A push quota is not a purge quota.
        QVERIFY(!CdnApi::parseQuota(purgeQuotaAnswer(1), CdnOperation::Push, quotas, error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);

        QVERIFY(CdnApi::parseQuota(pushQuotaAnswer(700, 300), CdnOperation::Push, quotas, error));
        QCOMPARE(CdnApi::quotaFor(quotas, {})->available, 700); // mainland by default
        QCOMPARE(CdnApi::quotaFor(quotas, QStringLiteral("overseas"))->available, 300);
        const auto global = CdnApi::quotaFor(quotas, QStringLiteral("global"));
        QVERIFY(global);
        QCOMPARE(global->available, 300); // both areas are used: the tighter one limits
        QCOMPARE(global->area, QStringLiteral("global"));
        QVERIFY(!CdnApi::quotaFor(quotas, QStringLiteral("moon")));
    }

    void parseError_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("contains");
        QTest::newRow("cam") << QByteArray("UnauthorizedOperation.CdnCamUnauthorized")
                             << QStringLiteral("cdn:PurgeUrlsCache");
        QTest::newRow("auth") << QByteArray("AuthFailure.UnauthorizedOperation")
                              << QStringLiteral("QcloudCDNFullAccess");
        QTest::newRow("day") << QByteArray("LimitExceeded.CdnPurgeUrlExceedDayLimit")
                             << QStringLiteral("Today's purge quota is used up");
        QTest::newRow("host") << QByteArray("ResourceNotFound.CdnHostNotExists")
                              << QStringLiteral("not a CDN domain of this account");
        QTest::newRow("other") << QByteArray("InternalError") << QStringLiteral("try again later");
    }
    void parseError()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, contains);
        const StorageError e =
            CdnApi::parseError(errorAnswer(code, "server words"), "PurgeUrlsCache");
        QCOMPARE(e.kind, StorageError::Kind::Service);
        QCOMPARE(e.code, code);
        QCOMPARE(e.requestId, QByteArray("6ac0b6e1-3c5e-4b8c-a0b7-1234567890ab"));
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("server words")));
        QVERIFY(CdnApi::parseError(taskAnswer("t"), "PurgeUrlsCache").ok());
        QCOMPARE(CdnApi::parseError("<html>502</html>", "PurgeUrlsCache", 502).httpStatus, 502);
    }

    // --- CDN URLs ----------------------------------------------------------------------------

    void urls_debugDomain()
    {
        QCOMPARE(CdnUrls::debugDomain(QStringLiteral("assets"), QStringLiteral("1250000000")),
                 QStringLiteral("assets-1250000000.file.myqcloud.com"));
        QCOMPARE(
            CdnUrls::debugDomain(QStringLiteral("assets-1250000000"), QStringLiteral("1250000000")),
            QStringLiteral("assets-1250000000.file.myqcloud.com"));
        QCOMPARE(CdnUrls::debugDomain(QStringLiteral("assets-1250000000"), {}),
                 QStringLiteral("assets-1250000000.file.myqcloud.com"));
        QCOMPARE(CdnUrls::debugDomain(QStringLiteral("assets"), {}), QString());
        QCOMPARE(CdnUrls::debugDomain({}, QStringLiteral("1250000000")), QString());
    }

    void urls_fromTheProfile()
    {
        Profile cos;
        cos.provider = Endpoint::Provider::TencentCos;
        cos.region = QStringLiteral("ap-guangzhou");
        cos.appId = QStringLiteral("1250000000");
        cos.defaultBucket = QStringLiteral("assets-1250000000");
        // No CDN domain: the bucket's default acceleration domain.
        QCOMPARE(CdnUrls::base(cos, QStringLiteral("media")).toString(),
                 QStringLiteral("https://media-1250000000.file.myqcloud.com"));
        QCOMPARE(CdnUrls::base(cos, {}).toString(),
                 QStringLiteral("https://assets-1250000000.file.myqcloud.com"));
        const QStringList keys{QStringLiteral("a b/春节 banner.png"),
                               QStringLiteral("x/y?z#1%+&=.txt"), QStringLiteral("plain-_.~")};
        QCOMPARE(CdnUrls::objectUrls(cos, {}, keys),
                 (QStringList{
                     QStringLiteral("https://assets-1250000000.file.myqcloud.com/a%20b/"
                                    "%E6%98%A5%E8%8A%82%20banner.png"),
                     QStringLiteral(
                         "https://assets-1250000000.file.myqcloud.com/x/y%3Fz%231%25%2B%26%3D.txt"),
                     QStringLiteral("https://assets-1250000000.file.myqcloud.com/plain-_.~")}));

        // A custom domain wins; its path and scheme are kept, no double slash.
        cos.cdnDomain = QStringLiteral("cdn.example.com");
        QCOMPARE(CdnUrls::objectUrls(cos, {}, {QStringLiteral("a.png")}),
                 QStringList{QStringLiteral("https://cdn.example.com/a.png")});
        cos.cdnDomain = QStringLiteral("http://cdn.example.com/assets/");
        QCOMPARE(CdnUrls::objectUrls(cos, {}, {QStringLiteral("img/a.png")}),
                 QStringList{QStringLiteral("http://cdn.example.com/assets/img/a.png")});

        // S3-compatible without a CDN domain: no CDN URLs at all.
        Profile s3;
        s3.endpointUrl = QStringLiteral("http://127.0.0.1:7480");
        s3.defaultBucket = QStringLiteral("b");
        QVERIFY(CdnUrls::base(s3, {}).isEmpty());
        QVERIFY(CdnUrls::objectUrls(s3, {}, keys).isEmpty());
        QCOMPARE(CdnUrls::objectUrl({}, QStringLiteral("a")), QString());
    }

    // --- The job -----------------------------------------------------------------------------

    void purge_2345Urls_threeSignedCalls()
    {
        Rig rig;
        for (int i = 1; i <= 3; ++i)
            rig.server.enqueue(FakeResponse::ok(taskAnswer("task-" + QByteArray::number(i))));
        const QStringList urls = manyUrls(2345);
        CdnJobOptions options;
        options.checkQuota = false;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(urls, options));
        QSignalSpy batches(job.get(), &CdnCacheJob::batchFinished);
        QSignalSpy progress(job.get(), &CdnCacheJob::progressChanged);
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.violations(), QStringList());
        QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
        QCOMPARE(r.operation, CdnOperation::Purge);
        QCOMPARE(r.urlCount, 2345);
        QCOMPARE(r.taskIds(), (QStringList{QStringLiteral("task-1"), QStringLiteral("task-2"),
                                           QStringLiteral("task-3")}));
        QCOMPARE(r.acceptedUrls(), 2345);
        QCOMPARE(r.batches.at(1).requestId, QByteArray("req-task-2"));

        const auto &reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 3);
        const int sizes[] = {1000, 1000, 345};
        QStringList sent;
        for (int i = 0; i < 3; ++i) {
            const auto &q = reqs.at(i);
            QCOMPARE(q.method, QByteArray("POST"));
            QCOMPARE(q.path, QByteArray("/"));
            QCOMPARE(q.header("X-TC-Action"), QByteArray("PurgeUrlsCache"));
            QCOMPARE(q.header("X-TC-Version"), QByteArray("2018-06-06"));
            QVERIFY(!q.hasHeader("X-TC-Region")); // a region-less API
            QCOMPARE(q.header("X-TC-Timestamp"),
                     QByteArray::number(rig.clock.now.toSecsSinceEpoch()));
            QCOMPARE(q.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
            QCOMPARE(q.header("Authorization"), Rig::expectedAuthorization(q));
            QVERIFY(!q.header("Authorization").contains("tencent-secret"));
            // Exactly {"Urls":[...]}: no other field unless asked for.
            const QJsonObject body = QJsonDocument::fromJson(q.body).object();
            QCOMPARE(body.keys(), QStringList{QStringLiteral("Urls")});
            QCOMPARE(urlsOf(q.body).size(), sizes[i]);
            sent += urlsOf(q.body);
        }
        QCOMPARE(sent, urls); // all of them, in order, once

        QCOMPARE(batches.size(), 3);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(0), (QVariantList{1000, 2345}));
        QCOMPARE(progress.at(2), (QVariantList{2345, 2345}));
    }

    void push_2345Urls_fiveCallsWithOptions()
    {
        Rig rig;
        for (int i = 1; i <= 5; ++i)
            rig.server.enqueue(FakeResponse::ok(taskAnswer("push-" + QByteArray::number(i))));
        CdnJobOptions options;
        options.checkQuota = false;
        options.area = QStringLiteral("overseas");
        options.urlEncode = true;
        std::unique_ptr<CdnCacheJob> job(rig.client.push(manyUrls(2345), options));
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.violations(), QStringList());
        QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
        QCOMPARE(r.taskIds().size(), 5);
        const auto &reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(reqs.at(i).header("X-TC-Action"), QByteArray("PushUrlsCache"));
            QCOMPARE(reqs.at(i).header("Authorization"), Rig::expectedAuthorization(reqs.at(i)));
            const QJsonObject body = QJsonDocument::fromJson(reqs.at(i).body).object();
            QCOMPARE(body.value(QStringLiteral("Area")).toString(), QStringLiteral("overseas"));
            QCOMPARE(body.value(QStringLiteral("UrlEncode")).toBool(), true);
            QCOMPARE(urlsOf(reqs.at(i).body).size(), i < 4 ? 500 : 345);
        }
        QVERIFY(reqs.at(4).body.startsWith("{\"Area\":\"overseas\",\"UrlEncode\":true,\"Urls\":["));
    }

    void batchError_isReportedAndTheNextBatchStillGoes()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(taskAnswer("task-1")));
        rig.server.enqueue(
            FakeResponse::ok(errorAnswer("ResourceNotFound.CdnHostNotExists", "host not found")));
        rig.server.enqueue(FakeResponse::ok(taskAnswer("task-3")));
        CdnJobOptions options;
        options.checkQuota = false;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(2345), options));
        QSignalSpy batches(job.get(), &CdnCacheJob::batchFinished);
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.violations(), QStringList());
        QCOMPARE(rig.server.requests().size(), 3);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QByteArray("ResourceNotFound.CdnHostNotExists"));
        QVERIFY(r.batches.at(0).ok());
        QVERIFY(!r.batches.at(1).ok());
        QVERIFY(r.batches.at(1).sent);
        QVERIFY2(r.batches.at(1).error.message.contains(QStringLiteral("not a CDN domain")),
                 qPrintable(r.batches.at(1).error.message));
        QVERIFY(r.batches.at(2).ok());
        QCOMPARE(r.taskIds(), (QStringList{QStringLiteral("task-1"), QStringLiteral("task-3")}));
        QCOMPARE(r.acceptedUrls(), 1345);
        QCOMPARE(r.failedUrls(), 1000);
        // Reported as it happened, before the third batch went out.
        QCOMPARE(batches.size(), 3);
        const auto second = batches.at(1).at(0).value<CdnBatchResult>();
        QCOMPARE(second.index, 1);
        QCOMPARE(second.error.code, QByteArray("ResourceNotFound.CdnHostNotExists"));
    }

    void batchHttpError_isReportedAndTheNextBatchStillGoes()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::withStatus(502));
        rig.server.enqueue(FakeResponse::ok(taskAnswer("task-2")));
        CdnJobOptions options;
        options.checkQuota = false;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(1500), options));
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.requests().size(), 2);
        QCOMPARE(r.batches.at(0).error.kind, StorageError::Kind::Service);
        QCOMPARE(r.batches.at(0).error.httpStatus, 502);
        QVERIFY(r.batches.at(1).ok());
    }

    void permissionError_skipsTheRest()
    {
        Rig rig;
        rig.server.enqueue(
            FakeResponse::ok(errorAnswer("UnauthorizedOperation.CdnCamUnauthorized", "no cam")));
        CdnJobOptions options;
        options.checkQuota = false;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(2345), options));
        QSignalSpy progress(job.get(), &CdnCacheJob::progressChanged);
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.violations(), QStringList());
        QCOMPARE(rig.server.requests().size(), 1); // the other two would be refused as well
        QVERIFY(r.error.toUserText().contains(QStringLiteral("cdn:PurgeUrlsCache")));
        QCOMPARE(r.batches.size(), 3);
        QVERIFY(!r.batches.at(2).sent);
        QCOMPARE(r.batches.at(2).error.code,
                 QByteArray("UnauthorizedOperation.CdnCamUnauthorized"));
        QCOMPARE(r.acceptedUrls(), 0);
        QCOMPARE(progress.last(), (QVariantList{2345, 2345}));
    }

    void quota_refusesMoreThanIsLeftToday()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(purgeQuotaAnswer(2000)));
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(2345)));
        QSignalSpy quota(job.get(), &CdnCacheJob::quotaChecked);
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.violations(), QStringList());
        QCOMPARE(rig.server.requests().size(), 1); // the quota, and no purge
        const auto &q = rig.server.requests().at(0);
        QCOMPARE(q.header("X-TC-Action"), QByteArray("DescribePurgeQuota"));
        QCOMPARE(q.header("X-TC-Version"), QByteArray("2018-06-06"));
        QCOMPARE(q.body, QByteArray("{}"));
        QCOMPARE(q.header("Authorization"), Rig::expectedAuthorization(q));
        QVERIFY(r.quotaRefused);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StorageError::Kind::InvalidArgument);
        const QString text = r.error.toUserText();
        QVERIFY2(text.contains(QStringLiteral("2,345 URL")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("only 2,000 of today's 10,000")), qPrintable(text));
        QVERIFY(r.batches.isEmpty());
        QCOMPARE(r.acceptedUrls(), 0);
        QCOMPARE(quota.size(), 1);
        QCOMPARE(r.quota->available, 2000);
    }

    void quota_pushGlobalUsesTheTighterArea()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(pushQuotaAnswer(900, 100)));
        CdnJobOptions options;
        options.area = QStringLiteral("global");
        std::unique_ptr<CdnCacheJob> job(rig.client.push(manyUrls(200), options));
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.requests().size(), 1);
        QCOMPARE(rig.server.requests().at(0).header("X-TC-Action"),
                 QByteArray("DescribePushQuota"));
        QVERIFY(r.quotaRefused);
        QVERIFY2(r.error.message.contains(QStringLiteral("prefetch")), qPrintable(r.error.message));
    }

    void quota_allowsAndItsBatchSizeIsUsed()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(purgeQuotaAnswer(10000, 800)));
        for (int i = 1; i <= 3; ++i)
            rig.server.enqueue(FakeResponse::ok(taskAnswer("t" + QByteArray::number(i))));
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(2345)));
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.violations(), QStringList());
        QVERIFY2(r.ok(), qPrintable(r.error.toUserText()));
        QVERIFY(!r.quotaRefused);
        QCOMPARE(r.quota->batch, 800);
        const auto &reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 4);
        QCOMPARE(urlsOf(reqs.at(1).body).size(), 800);
        QCOMPARE(urlsOf(reqs.at(3).body).size(), 745);
    }

    void quota_unreadable_goesOnWithoutIt()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(
            errorAnswer("UnauthorizedOperation.CdnCamUnauthorized", "no DescribePurgeQuota")));
        rig.server.enqueue(FakeResponse::ok(taskAnswer("t1")));
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(10)));
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(rig.server.requests().size(), 2);
        QVERIFY(r.ok());
        QVERIFY(!r.quota);
        QVERIFY(r.quotaError.message.contains(QStringLiteral("cdn:DescribePurgeQuota")));
        QCOMPARE(r.taskIds(), QStringList{QStringLiteral("t1")});
    }

    void cancel_stopsAtOnce()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(taskAnswer("t1")));
        rig.server.enqueue(FakeResponse::hanging());
        CdnJobOptions options;
        options.checkQuota = false;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(2345), options));
        QSignalSpy finished(job.get(), &CdnCacheJob::finished);
        QSignalSpy arrived(&rig.server, &FakeS3Server::requestReceived);
        job->start();
        QVERIFY(job->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, 10'000); // the second batch hangs
        job->cancel();
        QCOMPARE(finished.size(), 1); // at once, not after the timeout
        const auto r = finished.at(0).at(0).value<CdnJobResult>();
        QCOMPARE(r.error.kind, StorageError::Kind::Cancelled);
        QVERIFY(r.batches.at(0).ok());
        QCOMPARE(r.batches.at(1).error.kind, StorageError::Kind::Cancelled);
        QVERIFY(!r.batches.at(2).sent);
        QCOMPARE(r.taskIds(), QStringList{QStringLiteral("t1")});
        QVERIFY(!job->isRunning());
        job->cancel();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.server.requests().size(), 2);
    }

    void cancel_beforeItBegins_sendsNothing()
    {
        Rig rig;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(manyUrls(3)));
        QSignalSpy finished(job.get(), &CdnCacheJob::finished);
        job->start();
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.server.requests().size(), 0);
    }

    void refusals_withoutANetworkCall()
    {
        Rig rig;
        // No scheme: Tencent wants the whole URL.
        std::unique_ptr<CdnCacheJob> job(
            rig.client.purge({QStringLiteral("cdn.example.com/a.png")}));
        QSignalSpy started(job.get(), &CdnCacheJob::finished);
        job->start();
        QCOMPARE(started.size(), 0); // start() does no synchronous work
        QVERIFY(started.wait(5000));
        QCOMPARE(started.at(0).at(0).value<CdnJobResult>().error.kind,
                 StorageError::Kind::InvalidArgument);

        CdnClient noKey(&rig.nam);
        noKey.setBaseUrl(rig.server.baseUrl());
        job.reset(noKey.purge(manyUrls(2)));
        CdnJobResult r = rig.run(job.get());
        QCOMPARE(r.error.kind, StorageError::Kind::InvalidArgument);

        // Nothing to do is done at once, successfully.
        job.reset(rig.client.push({}));
        r = rig.run(job.get());
        QVERIFY(r.ok());
        QCOMPARE(r.urlCount, 0);
        QCOMPARE(rig.server.requests().size(), 0);
    }

    void duplicates_areSentOnce()
    {
        Rig rig;
        rig.server.enqueue(FakeResponse::ok(taskAnswer("t1")));
        QStringList urls = manyUrls(3);
        urls << urls.at(0) << QStringLiteral(" ") << urls.at(2);
        CdnJobOptions options;
        options.checkQuota = false;
        std::unique_ptr<CdnCacheJob> job(rig.client.purge(urls, options));
        const CdnJobResult r = rig.run(job.get());
        QCOMPARE(r.urlCount, 3);
        QCOMPARE(urlsOf(rig.server.requests().at(0).body), manyUrls(3));
    }
};

QTEST_GUILESS_MAIN(TestCdnClient)
#include "tst_cdnclient.moc"
