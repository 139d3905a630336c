// STS AssumeRoleWithWebIdentity: the AWS-compatible form and the Tencent TC3 request shape
// (documented parameters, Authorization: SKIP), answer parsing of both dialects, and the job
// against a scripted server on 127.0.0.1.
#include "cloud/stsclient.h"
#include "fakes3server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sucai::cloud;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;

namespace {

const QByteArray kAwsAnswer =
    R"(<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>alice</SubjectFromWebIdentityToken><Credentials><SessionToken>FwoGZXIvYXdzEXAMPLE+token/with=chars</SessionToken><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey><Expiration>2026-11-27T16:34:41Z</Expiration><AccessKeyId>ASIAEXAMPLE0001</AccessKeyId></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>)";

StsRequest awsRequest(const QUrl &endpoint)
{
    StsRequest r;
    r.endpoint = endpoint;
    r.roleArn = "arn:aws:iam:::role/sucai signin";
    r.roleSessionName = "sucai-alice-1";
    r.webIdentityToken = "eyJ.a+b/c=.sig";
    r.durationSeconds = 900;
    return r;
}

} // namespace

class TestStsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionName()
    {
        QCOMPARE(StsApi::sessionName(QStringLiteral("alice@example.com"), 1700000000),
                 QByteArray("sucai-alice@example.com-1700000000"));
        // Characters STS refuses are dropped; the name fits in 64.
        QCOMPARE(StsApi::sessionName(QStringLiteral("张 三/x"), 5), QByteArray("sucai-x-5"));
        QCOMPARE(StsApi::sessionName(QString(200, u'a'), 1700000000).size(), 64);
    }

    void awsFormEncodesEverything()
    {
        const QByteArray form = StsApi::awsForm(awsRequest({}));
        // No '+' for spaces (RGW does not decode it), '+' and '/' and '=' escaped.
        QCOMPARE(form, QByteArray("Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                                  "&RoleArn=arn%3Aaws%3Aiam%3A%3A%3Arole%2Fsucai%20signin"
                                  "&RoleSessionName=sucai-alice-1"
                                  "&WebIdentityToken=eyJ.a%2Bb%2Fc%3D.sig&DurationSeconds=900"));
        const QUrlQuery q(QString::fromUtf8(form));
        QCOMPARE(q.queryItemValue(QStringLiteral("WebIdentityToken"), QUrl::FullyDecoded),
                 QStringLiteral("eyJ.a+b/c=.sig"));
    }

    void tencentRequestShape()
    {
        StsRequest r;
        r.dialect = StsRequest::Dialect::Tencent;
        r.region = "ap-guangzhou";
        r.providerId = "OIDC-team";
        r.roleArn = "qcs::cam::uin/100000000001:roleName/cos-uploader";
        r.roleSessionName = "sucai-alice-1";
        r.webIdentityToken = "eyJtoken";
        r.durationSeconds = 7200;
        const QJsonObject body = QJsonDocument::fromJson(StsApi::tencentPayload(r)).object();
        // The documented input parameters (doc 1150/49454), nothing else.
        QCOMPARE(body.keys(),
                 (QStringList{QStringLiteral("DurationSeconds"), QStringLiteral("ProviderId"),
                              QStringLiteral("RoleArn"), QStringLiteral("RoleSessionName"),
                              QStringLiteral("WebIdentityToken")}));
        QCOMPARE(body.value(u"ProviderId").toString(), QStringLiteral("OIDC-team"));
        QCOMPARE(body.value(u"DurationSeconds").toInt(), 7200);

        const auto headers = StsApi::tencentHeaders(r, 1700000000);
        const auto value = [&headers](const QByteArray &name) {
            for (const auto &[n, v] : headers)
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            return QByteArray();
        };
        QCOMPARE(value("X-TC-Action"), QByteArray("AssumeRoleWithWebIdentity"));
        QCOMPARE(value("X-TC-Version"), QByteArray("2018-08-13"));
        QCOMPARE(value("X-TC-Region"), QByteArray("ap-guangzhou"));
        QCOMPARE(value("X-TC-Timestamp"), QByteArray("1700000000"));
        QCOMPARE(value("Authorization"), QByteArray("SKIP"));
        QCOMPARE(value("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(value("X-TC-Token").isEmpty());
    }

    void parseAwsAnswers()
    {
        StorageError e;
        Credentials c = StsApi::parseAws(kAwsAnswer, 200, &e);
        QVERIFY(e.ok());
        QCOMPARE(c.accessKeyId, QByteArray("ASIAEXAMPLE0001"));
        QCOMPARE(c.secretAccessKey, QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        QCOMPARE(c.sessionToken, QByteArray("FwoGZXIvYXdzEXAMPLE+token/with=chars"));
        QCOMPARE(c.expiresAt, QDateTime(QDate(2026, 11, 27), QTime(16, 34, 41), Qt::UTC));

        // RGW's refusal: an S3-style error with an empty message.
        c = StsApi::parseAws("<Error><Code>AccessDenied</Code><Message></Message></Error>", 403,
                             &e);
        QVERIFY(!c.isValid());
        QCOMPARE(e.code, QByteArray("AccessDenied"));
        QCOMPARE(e.httpStatus, 403);
        QVERIFY(!e.message.isEmpty());

        // AWS's ErrorResponse shape.
        StsApi::parseAws("<ErrorResponse><Error><Type>Sender</Type><Code>InvalidIdentityToken"
                         "</Code><Message>Token expired</Message></Error></ErrorResponse>",
                         400, &e);
        QCOMPARE(e.code, QByteArray("InvalidIdentityToken"));
        QCOMPARE(e.message, QStringLiteral("Token expired"));

        // 200 but no secret: malformed, never half credentials.
        QByteArray partial = kAwsAnswer;
        partial.replace(
            "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey>", "");
        e = {};
        QVERIFY(!StsApi::parseAws(partial, 200, &e).isValid());
        QCOMPARE(e.kind, StorageError::Kind::Protocol);
        e = {};
        QVERIFY(!StsApi::parseAws(kAwsAnswer.left(200), 200, &e).isValid());
        QCOMPARE(e.kind, StorageError::Kind::Protocol);
    }

    void parseTencentAnswers()
    {
        // The documented output example's shape.
        const QByteArray ok =
            R"({"Response":{"Credentials":{"Token":"tok","TmpSecretId":"AKIDtmp","TmpSecretKey":"skey"},"ExpiredTime":1543914376,"Expiration":"2018-12-04T09:06:16Z","RequestId":"4daec797-9cd2-4f09-9e7a-7d4c43b2a74c"}})";
        StorageError e;
        Credentials c = StsApi::parseTencent(ok, 200, &e);
        QVERIFY(e.ok());
        QCOMPARE(c.accessKeyId, QByteArray("AKIDtmp"));
        QCOMPARE(c.secretAccessKey, QByteArray("skey"));
        QCOMPARE(c.sessionToken, QByteArray("tok"));
        QCOMPARE(c.expiresAt, QDateTime::fromSecsSinceEpoch(1543914376, Qt::UTC));

        c = StsApi::parseTencent(
            R"({"Response":{"Error":{"Code":"InvalidParameter.WebIdentityTokenError","Message":"token invalid"},"RequestId":"r-1"}})",
            200, &e);
        QVERIFY(!c.isValid());
        QCOMPARE(e.code, QByteArray("InvalidParameter.WebIdentityTokenError"));
        QCOMPARE(e.requestId, QByteArray("r-1"));

        e = {};
        StsApi::parseTencent("<html>502</html>", 502, &e);
        QCOMPARE(e.httpStatus, 502);
    }

    void jobPostsAndParses()
    {
        FakeS3Server server;
        server.setRequireAuthorization(false);
        QVERIFY(server.listen());
        server.enqueue(FakeResponse::ok(kAwsAnswer).header("Content-Type", "text/xml"));
        QNetworkAccessManager nam;
        AssumeRoleWithWebIdentityJob job(&nam, awsRequest(server.baseUrl()));
        QSignalSpy done(&job, &AssumeRoleWithWebIdentityJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QVERIFY2(job.error().ok(), qPrintable(job.error().toUserText()));
        QCOMPARE(job.credentials().accessKeyId, QByteArray("ASIAEXAMPLE0001"));
        QCOMPARE(server.requests().size(), 1);
        const auto &req = server.requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/"));
        QVERIFY(!req.hasHeader("Authorization")); // the token is the proof
        QVERIFY(req.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(req.body, StsApi::awsForm(awsRequest({})));
        QCOMPARE(server.violations(), QStringList());

        // Tencent dialect against the same server: JSON, SKIP.
        StsRequest t = awsRequest(server.baseUrl());
        t.dialect = StsRequest::Dialect::Tencent;
        t.region = "ap-shanghai";
        t.providerId = "team";
        server.enqueue(FakeResponse::ok(
            R"({"Response":{"Credentials":{"Token":"tok","TmpSecretId":"AKIDtmp","TmpSecretKey":"skey"},"ExpiredTime":4102444800}})"));
        AssumeRoleWithWebIdentityJob tjob(&nam, t);
        QSignalSpy tdone(&tjob, &AssumeRoleWithWebIdentityJob::finished);
        tjob.start();
        QVERIFY(tdone.wait(5000));
        QVERIFY(tjob.error().ok());
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("SKIP"));
        QCOMPARE(server.requests().at(1).header("X-TC-Region"), QByteArray("ap-shanghai"));
        QCOMPARE(server.requests().at(1).body, StsApi::tencentPayload(t));
    }

    void jobReportsUnreachable()
    {
        QNetworkAccessManager nam;
        AssumeRoleWithWebIdentityJob job(&nam,
                                         awsRequest(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        QSignalSpy done(&job, &AssumeRoleWithWebIdentityJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(job.error().kind, StorageError::Kind::Network);
        QVERIFY(!job.credentials().isValid());
    }
};

QTEST_GUILESS_MAIN(TestStsClient)
#include "tst_stsclient.moc"
