#include "cloud/hmac.h"
#include "cloud/tc3signer.h"

#include <QTest>

#include <ctime>

using sucai::cloud::Credentials;
using sucai::cloud::HttpRequest;
using sucai::cloud::Tc3Request;
using sucai::cloud::Tc3Signer;

namespace {

// Tencent Cloud API 3.0 signature v3 documentation (1154/48911), the DescribeInstances example
// of the edition that signs content-type;host.
Tc3Request cvmExample()
{
    Tc3Request r;
    r.service = "cvm";
    r.host = "cvm.tencentcloudapi.com";
    r.action = "DescribeInstances";
    r.version = "2017-03-12";
    r.region = "ap-guangzhou";
    r.timestamp = 1551113065;
    // The body is the JSON text with its \u escapes as written, not the decoded characters.
    r.payload =
        R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    return r;
}

Credentials cvmCredentials()
{
    Credentials c;
    c.accessKeyId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    c.secretAccessKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    return c;
}

const QByteArray exampleSignature =
    "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

// Runs the test body under a local time zone of UTC+8 (China), restoring TZ afterwards.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const QByteArray &tz)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    Q_DISABLE_COPY_MOVE(ScopedTimeZone)

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestTc3Signer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void example_payloadHash()
    {
        QCOMPARE(sucai::cloud::crypto::sha256Hex(cvmExample().payload),
                 QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    }

    void example_canonicalRequest()
    {
        const QByteArray canonical = Tc3Signer::canonicalRequest(cvmExample());
        QCOMPARE(canonical,
                 QByteArray("POST\n"
                            "/\n"
                            "\n"
                            "content-type:application/json; charset=utf-8\n"
                            "host:cvm.tencentcloudapi.com\n"
                            "\n"
                            "content-type;host\n"
                            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(sucai::cloud::crypto::sha256Hex(canonical),
                 QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    }

    void example_stringToSign()
    {
        QCOMPARE(Tc3Signer::stringToSign(cvmExample()),
                 QByteArray("TC3-HMAC-SHA256\n"
                            "1551113065\n"
                            "2019-02-25/cvm/tc3_request\n"
                            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    }

    void example_signatureAndAuthorization()
    {
        const Tc3Signer signer;
        QCOMPARE(signer.signature(cvmExample(), cvmCredentials().secretAccessKey),
                 exampleSignature);
        QCOMPARE(signer.authorization(cvmExample(), cvmCredentials()),
                 QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                            "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                            "Signature=" +
                            exampleSignature));
    }

    void headers_areTheDocumentedSet()
    {
        const Tc3Signer signer;
        const HttpRequest::Pairs expected{
            {"Authorization",
             QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                        "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=" +
                        exampleSignature)},
            {"Content-Type", "application/json; charset=utf-8"},
            {"X-TC-Action", "DescribeInstances"},
            {"X-TC-Version", "2017-03-12"},
            {"X-TC-Timestamp", "1551113065"},
            {"X-TC-Region", "ap-guangzhou"},
        };
        QCOMPARE(signer.headers(cvmExample(), cvmCredentials()), expected);
    }

    void headers_temporaryCredentials_addToken_noRegion()
    {
        const Tc3Signer signer;
        Credentials temp = cvmCredentials();
        temp.sessionToken = "sts-token";
        Tc3Request req = cvmExample();
        req.region.clear();
        const HttpRequest::Pairs h = signer.headers(req, temp);
        QCOMPARE(h.constLast(), (QPair<QByteArray, QByteArray>("X-TC-Token", "sts-token")));
        for (const auto &kv : h)
            QVERIFY(kv.first != "X-TC-Region");
        // Token and region are not signed: the signature is still the published one.
        QVERIFY(h.constFirst().second.endsWith(QByteArray("Signature=" + exampleSignature)));
    }

    void utcDate_data()
    {
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("date");
        QTest::newRow("example") << qint64(1551113065) << QByteArray("2019-02-25");
        QTest::newRow("last second of the day") << qint64(1551139199) << QByteArray("2019-02-25");
        QTest::newRow("midnight UTC") << qint64(1551139200) << QByteArray("2019-02-26");
        QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01");
        QTest::newRow("before epoch") << qint64(-1) << QByteArray("1969-12-31");
        QTest::newRow("leap day") << qint64(951782400) << QByteArray("2000-02-29");
    }
    void utcDate()
    {
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, date);
        QCOMPARE(Tc3Signer::utcDate(timestamp), date);
    }

    // 1551113065 is 2019-02-26 00:44:25 in Beijing but 2019-02-25 in UTC; the signature
    // must use the UTC date whatever the machine's zone.
    void dateIsUtc_inChinaTimeZone()
    {
        const ScopedTimeZone china("CST-8"); // POSIX: UTC+8, no tzdata needed
        const QDateTime local = QDateTime::fromSecsSinceEpoch(1551113065);
        if (local.date() != QDate(2019, 2, 26) || local.offsetFromUtc() != 8 * 3600)
            QSKIP("cannot switch the process time zone here");

        const Tc3Signer signer;
        QCOMPARE(Tc3Signer::stringToSign(cvmExample()).split('\n').value(2),
                 QByteArray("2019-02-25/cvm/tc3_request"));
        QCOMPARE(signer.signature(cvmExample(), cvmCredentials().secretAccessKey),
                 exampleSignature);

        // One second before midnight UTC (07:59:59 the next day in Beijing).
        Tc3Request late = cvmExample();
        late.timestamp = 1551139199;
        QCOMPARE(QDateTime::fromSecsSinceEpoch(late.timestamp).date(), QDate(2019, 2, 26));
        QVERIFY(signer.authorization(late, cvmCredentials())
                    .contains("Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"));
    }

    void signingKey_cachedPerDateAndService()
    {
        const Tc3Signer signer;
        const Credentials creds = cvmCredentials();
        Tc3Request req = cvmExample();
        QCOMPARE(signer.keyDerivations(), 0);
        signer.authorization(req, creds);
        req.timestamp += 3600;
        signer.authorization(req, creds);
        QCOMPARE(signer.keyDerivations(), 1);
        req.timestamp += 86400;
        signer.authorization(req, creds);
        QCOMPARE(signer.keyDerivations(), 2);
        req.service = "sts";
        signer.authorization(req, creds);
        QCOMPARE(signer.keyDerivations(), 3);
        // Cached keys sign like fresh ones.
        QCOMPARE(signer.signature(cvmExample(), creds.secretAccessKey), exampleSignature);
        QCOMPARE(signer.keyDerivations(), 3);
    }
};

QTEST_APPLESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
