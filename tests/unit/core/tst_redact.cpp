// redactSecrets: every secret-bearing form a log line can carry (headers, query strings, JSON,
// forms, XML, JWTs) is masked to "***"; key ids and ordinary text stay as they are. The
// message handler masks qWarning lines before they reach the previous handler.
#include "core/redact.h"

#include <QTest>

using sucai::core::redactSecrets;

namespace {

QStringList g_captured;
QtMessageHandler g_testlibHandler = nullptr;

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}

} // namespace

class TestRedact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactSecrets_masksSecrets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const char *line, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(expected);
        };

        // Authorization header values
        row("sigv4 header",
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/s3/"
            "aws4_request, SignedHeaders=host;x-amz-date, "
            "Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024",
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/s3/"
            "aws4_request, SignedHeaders=host;x-amz-date, Signature=***");
        row("tc3 header",
            "authorization: TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
            "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
            "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
            "authorization: TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
            "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=***");
        row("cos q-sign header",
            "Authorization: q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&"
            "q-sign-time=1417773892;1417853898&q-key-time=1417773892;1417853898&"
            "q-header-list=host;x-cos-content-sha1&q-url-param-list=&"
            "q-signature=14e6ebd7955b0c6da532151bf97045e2c5a64e10",
            "Authorization: q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&"
            "q-sign-time=1417773892;1417853898&q-key-time=1417773892;1417853898&"
            "q-header-list=host;x-cos-content-sha1&q-url-param-list=&q-signature=***");
        row("bearer header", "Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA",
            "Authorization: Bearer ***");
        row("basic header", "Proxy-Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
            "Proxy-Authorization: Basic ***");
        row("sigv2 header", "Authorization: AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=",
            "Authorization: AWS ***");
        row("scheme-less value", "Authorization: SKIP", "Authorization: ***");
        row("json header", R"({"Authorization": "Bearer abc.def", "Host": "x"})",
            R"({"Authorization": "Bearer ***", "Host": "x"})");
        row("qt debug header pair",
            R"(QList(std::pair("Authorization","Bearer 2YotnFZFEjr1zCsicMWpAA"),)"
            R"( std::pair("Host","example.com")))",
            R"(QList(std::pair("Authorization","Bearer ***"), std::pair("Host","example.com")))");

        // Query strings (presigned URLs)
        row("presigned sigv4 url",
            "GET https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&"
            "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&"
            "X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&"
            "X-Amz-Security-Token=FwoGZXIvYXdzEBYaDH%2Babc%3D&"
            "X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
            "GET https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&"
            "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&"
            "X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&"
            "X-Amz-Security-Token=***&X-Amz-Signature=***");
        row("presigned cos url",
            "https://a-1250000000.cos.ap-guangzhou.myqcloud.com/k?q-sign-algorithm=sha1&"
            "q-ak=AKIDabc&q-sign-time=1;2&q-key-time=1;2&q-header-list=host&q-url-param-list=&"
            "q-signature=0b1c2d3e&x-cos-security-token=tok123",
            "https://a-1250000000.cos.ap-guangzhou.myqcloud.com/k?q-sign-algorithm=sha1&"
            "q-ak=AKIDabc&q-sign-time=1;2&q-key-time=1;2&q-header-list=host&q-url-param-list=&"
            "q-signature=***&x-cos-security-token=***");
        row("sigv2 query",
            "k?AWSAccessKeyId=AKIA1&Expires=1&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D",
            "k?AWSAccessKeyId=AKIA1&Expires=1&Signature=***");

        // Token headers
        row("x-amz-security-token header",
            "x-amz-security-token: FwoGZXIvYXdzEBYaDH+abc/def==", "x-amz-security-token: ***");
        row("x-cos-security-token header", "x-cos-security-token: tOkEn_value-1",
            "x-cos-security-token: ***");
        row("X-TC-Token header", "X-TC-Token: abcdef123", "X-TC-Token: ***");

        // JSON and forms
        row("oauth token response",
            R"({"access_token":"SlAV32hkKG","token_type":"Bearer","refresh_token":"8xLOxBtZp8",)"
            R"("expires_in":3600,"id_token":"not-a-jwt-but-secret"})",
            R"({"access_token":"***","token_type":"Bearer","refresh_token":"***",)"
            R"("expires_in":3600,"id_token":"***"})");
        row("refresh grant form",
            "grant_type=refresh_token&refresh_token=tGzv3JOkF0XG5Qx2TlKWIA&client_id=sucai",
            "grant_type=refresh_token&refresh_token=***&client_id=sucai");
        row("client secret form", "client_id=app&client_secret=s3cr3t&scope=openid",
            "client_id=app&client_secret=***&scope=openid");
        row("device code form",
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&"
            "device_code=GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS&client_id=sucai",
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&"
            "device_code=***&client_id=sucai");
        row("device authorization response",
            R"({"device_code":"GmRhmhcxhw","user_code":"WDJB-MJHT","interval":5})",
            R"({"device_code":"***","user_code":"WDJB-MJHT","interval":5})");
        row("web identity form",
            "Action=AssumeRoleWithWebIdentity&RoleArn=arn:aws:iam:::role/r&"
            "WebIdentityToken=opaque-token-value&Version=2011-06-15",
            "Action=AssumeRoleWithWebIdentity&RoleArn=arn:aws:iam:::role/r&"
            "WebIdentityToken=***&Version=2011-06-15");
        row("aws sts json",
            R"({"AccessKeyId": "ASIAEXAMPLE", "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG",)"
            R"( "SessionToken": "FwoGZXIvYXdzEBYa+==", "Expiration": "2024-01-01T00:00:00Z"})",
            R"({"AccessKeyId": "ASIAEXAMPLE", "SecretAccessKey": "***",)"
            R"( "SessionToken": "***", "Expiration": "2024-01-01T00:00:00Z"})");
        row("tencent sts json",
            R"({"Credentials":{"Token":"kTRtHpOSOCUzTVWmzlPKweq","TmpSecretId":"AKIDxyz",)"
            R"("TmpSecretKey":"N6vJ8MWd"},"ExpiredTime":1543914376})",
            R"({"Credentials":{"Token":"***","TmpSecretId":"AKIDxyz",)"
            R"("TmpSecretKey":"***"},"ExpiredTime":1543914376})");
        row("aws ini line", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "aws_secret_access_key = ***");

        // XML (STS responses)
        row("sts xml",
            "<Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>"
            "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG</SecretAccessKey>"
            "<SessionToken>AQoDYXdzEE0a8ANXXXXXXXXNO1ewxE5TijQyp+IEXAMPLE</SessionToken>"
            "<Expiration>2019-11-09T13:34:41Z</Expiration></Credentials>",
            "<Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>"
            "<SecretAccessKey>***</SecretAccessKey><SessionToken>***</SessionToken>"
            "<Expiration>2019-11-09T13:34:41Z</Expiration></Credentials>");

        // JWTs anywhere
        row("bare jwt",
            "token exchange failed for eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ."
            "eyJzdWIiOiJ1c2VyIiwiYXVkIjoic3VjYWkifQ.c2lnbmF0dXJlLXZhbHVl (403)",
            "token exchange failed for *** (403)");
        row("unsigned jwt", "got eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0. from provider",
            "got *** from provider");
        row("bearer outside header", "retrying with Bearer 2YotnFZFEjr1zCsicMWpAA now",
            "retrying with Bearer *** now");
        row("several on one line",
            "POST /token client_secret=abc refresh_token=def -> "
            R"({"access_token":"ghi"})",
            "POST /token client_secret=*** refresh_token=*** -> "
            R"({"access_token":"***"})");
    }
    void redactSecrets_masksSecrets()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(line), expected);
        // Masking is idempotent: a redacted line passes through unchanged.
        QCOMPARE(redactSecrets(expected), expected);
    }

    void redactSecrets_keepsOrdinaryText_data()
    {
        QTest::addColumn<QString>("line");
        auto row = [](const char *name, const char *line) {
            QTest::newRow(name) << QString::fromUtf8(line);
        };
        row("empty", "");
        row("plain", "Uploaded 3 files to photos/2024 in 1.2 s");
        row("object keys", "GET /photos/2024/cat.jpg 200 (12 KiB)");
        row("token in a file name", "Downloading backups/token_list.txt to /home/me/token.txt");
        row("token as a word", "The token expired; signing in again");
        row("signature error code",
            "SignatureDoesNotMatch: The request signature we calculated does not match");
        row("authorization prose", "authorization failed for bucket photos (403)");
        row("bearer prose", "Bearer tokens expire after an hour");
        row("key ids", "AccessKeyId=AKIAIOSFODNN7EXAMPLE q-ak=AKIDabc TmpSecretId: AKIDxyz");
        row("credential scope", "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1");
        // (not a raw string: moc takes the // in one for a comment)
        row("user code", "{\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://x/d\"}");
        row("token type", R"({"token_type":"Bearer","expires_in":3600})");
        row("empty values", R"({"refresh_token":"","client_secret":""})");
        row("grant type names", "grant_type=refresh_token&client_id=sucai");
        row("chinese", "上传完成：照片/猫.jpg，令牌已刷新");
        row("eyJ in a word", "file eyJunk.txt");
    }
    void redactSecrets_keepsOrdinaryText()
    {
        QFETCH(QString, line);
        QCOMPARE(redactSecrets(line), line);
    }

    void redactSecrets_multiLine()
    {
        const QString headers = QStringLiteral("Host: b.s3.amazonaws.com\r\n"
                                               "Authorization: Bearer abcdefgh\r\n"
                                               "x-amz-security-token: tok\r\n"
                                               "Content-Length: 5\r\n");
        QCOMPARE(redactSecrets(headers), QStringLiteral("Host: b.s3.amazonaws.com\r\n"
                                                        "Authorization: Bearer ***\r\n"
                                                        "x-amz-security-token: ***\r\n"
                                                        "Content-Length: 5\r\n"));
    }

    void redactSecrets_longLineWithoutTriggers()
    {
        // The early out must not change the text, however long.
        const QString line = QString(100000, u'a') + QStringLiteral(" /photos/cat.jpg");
        QCOMPARE(redactSecrets(line), line);
    }

    void messageHandler_redactsWarnings()
    {
        g_captured.clear();
        g_testlibHandler = qInstallMessageHandler(captureHandler);
        sucai::core::installRedactingMessageHandler();
        sucai::core::installRedactingMessageHandler(); // twice: must not loop or mask twice
        qWarning("request failed: Authorization: Bearer %s", "2YotnFZFEjr1zCsicMWpAA");
        qDebug() << "refresh_token=tGzv3JOkF0XG5Qx2TlKWIA";
        qInfo("nothing secret here");
        qInstallMessageHandler(g_testlibHandler);

        QCOMPARE(g_captured.size(), 3);
        QCOMPARE(g_captured.at(0), QStringLiteral("request failed: Authorization: Bearer ***"));
        QCOMPARE(g_captured.at(1), QStringLiteral("refresh_token=***"));
        QCOMPARE(g_captured.at(2), QStringLiteral("nothing secret here"));
    }

    void redactSecrets_speed()
    {
        // A smoke check of the early out and of the precompiled patterns on typical lines;
        // QBENCHMARK prints the time with -bench options, the loop must just finish.
        const QString plain = QStringLiteral("GET /photos/2024/cat.jpg 200 (12 KiB) in 35 ms");
        const QString secret =
            QStringLiteral("Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/"
                           "s3/aws4_request, SignedHeaders=host, Signature=0123456789abcdef");
        qsizetype total = 0;
        for (int i = 0; i < 10000; ++i)
            total += redactSecrets(plain).size() + redactSecrets(secret).size();
        QVERIFY(total > 0);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
