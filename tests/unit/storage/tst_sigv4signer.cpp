#include "cloud/hmac.h"
#include "cloud/sigv4signer.h"

#include <QTest>
#include <QTimeZone>

#include <thread>
#include <vector>

using sucai::cloud::Credentials;
using sucai::cloud::HttpRequest;
using sucai::cloud::SigV4Signer;
using sucai::cloud::crypto::EmptyPayloadSha256;

Q_DECLARE_METATYPE(HttpRequest::Pairs)

namespace {

// The example account of Amazon S3's SigV4 documentation.
Credentials awsExampleCredentials()
{
    Credentials c;
    c.accessKeyId = "AKIAIOSFODNN7EXAMPLE";
    c.secretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    return c;
}

QDateTime exampleTime()
{
    return QDateTime(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
}

HttpRequest exampleRequest(const QByteArray &method, const QByteArray &path)
{
    HttpRequest r;
    r.method = method;
    r.host = "examplebucket.s3.amazonaws.com";
    r.path = path;
    return r;
}

// "Credential=…, SignedHeaders=…, Signature=…" → the part after "<field>=".
QByteArray authField(const QByteArray &authorization, const QByteArray &field)
{
    const QByteArray key = field + '=';
    const qsizetype at = authorization.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    const qsizetype end = authorization.indexOf(',', from);
    return authorization.mid(from, end < 0 ? -1 : end - from);
}

QByteArray queryValue(const HttpRequest &r, const QByteArray &name)
{
    for (const auto &[k, v] : r.query) {
        if (k == name)
            return v;
    }
    return {};
}

qsizetype headerCount(const HttpRequest &r, const QByteArray &name)
{
    return std::count_if(r.headers.cbegin(), r.headers.cend(), [&](const auto &kv) {
        return kv.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

class TestSigV4Signer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Amazon S3 API reference, "Signature Calculations for the Authorization Header:
    // Transferring Payload in a Single Chunk", examples GET Object, PUT Object,
    // GET Bucket Lifecycle and Get Bucket (List Objects): canonical request, hash of the
    // canonical request (from the string to sign) and signature, byte for byte.
    void sign_matchesAwsSingleChunkExamples_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<HttpRequest::Pairs>("query");
        QTest::addColumn<HttpRequest::Pairs>("headers");
        QTest::addColumn<QByteArray>("payloadHash");
        QTest::addColumn<QByteArray>("canonicalRequest");
        QTest::addColumn<QByteArray>("hashedCanonicalRequest");
        QTest::addColumn<QByteArray>("signedHeaders");
        QTest::addColumn<QByteArray>("signature");

        const QByteArray empty = EmptyPayloadSha256;
        QTest::newRow("GET Object")
            << QByteArray("GET") << QByteArray("/test.txt") << HttpRequest::Pairs{}
            << HttpRequest::Pairs{{"Range", "bytes=0-9"}} << empty
            << QByteArray("GET\n"
                          "/test.txt\n"
                          "\n"
                          "host:examplebucket.s3.amazonaws.com\n"
                          "range:bytes=0-9\n"
                          "x-amz-content-sha256:"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                          "x-amz-date:20130524T000000Z\n"
                          "\n"
                          "host;range;x-amz-content-sha256;x-amz-date\n"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            << QByteArray("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972")
            << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
            << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");

        // sha256("Welcome to Amazon S3.") — asserted separately in putObject_payloadHash.
        const QByteArray putHash =
            "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
        QTest::newRow("PUT Object")
            << QByteArray("PUT") << QByteArray("/test$file.text") << HttpRequest::Pairs{}
            << HttpRequest::Pairs{{"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                                  {"x-amz-storage-class", "REDUCED_REDUNDANCY"}}
            << putHash
            << QByteArray("PUT\n"
                          "/test%24file.text\n"
                          "\n"
                          "date:Fri, 24 May 2013 00:00:00 GMT\n"
                          "host:examplebucket.s3.amazonaws.com\n"
                          "x-amz-content-sha256:"
                          "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072\n"
                          "x-amz-date:20130524T000000Z\n"
                          "x-amz-storage-class:REDUCED_REDUNDANCY\n"
                          "\n"
                          "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class\n"
                          "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
            << QByteArray("9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d")
            << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
            << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");

        QTest::newRow("GET Bucket Lifecycle")
            << QByteArray("GET") << QByteArray("/") << HttpRequest::Pairs{{"lifecycle", ""}}
            << HttpRequest::Pairs{} << empty
            << QByteArray("GET\n"
                          "/\n"
                          "lifecycle=\n"
                          "host:examplebucket.s3.amazonaws.com\n"
                          "x-amz-content-sha256:"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                          "x-amz-date:20130524T000000Z\n"
                          "\n"
                          "host;x-amz-content-sha256;x-amz-date\n"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            << QByteArray("9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca")
            << QByteArray("host;x-amz-content-sha256;x-amz-date")
            << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");

        // Given in the wrong order on purpose: the canonical query sorts.
        QTest::newRow("Get Bucket (List Objects)")
            << QByteArray("GET") << QByteArray("/")
            << HttpRequest::Pairs{{"prefix", "J"}, {"max-keys", "2"}} << HttpRequest::Pairs{}
            << empty
            << QByteArray("GET\n"
                          "/\n"
                          "max-keys=2&prefix=J\n"
                          "host:examplebucket.s3.amazonaws.com\n"
                          "x-amz-content-sha256:"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                          "x-amz-date:20130524T000000Z\n"
                          "\n"
                          "host;x-amz-content-sha256;x-amz-date\n"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            << QByteArray("df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7")
            << QByteArray("host;x-amz-content-sha256;x-amz-date")
            << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }
    void sign_matchesAwsSingleChunkExamples()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(HttpRequest::Pairs, query);
        QFETCH(HttpRequest::Pairs, headers);
        QFETCH(QByteArray, payloadHash);
        QFETCH(QByteArray, canonicalRequest);
        QFETCH(QByteArray, hashedCanonicalRequest);
        QFETCH(QByteArray, signedHeaders);
        QFETCH(QByteArray, signature);

        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest(method, path);
        req.query = query;
        req.headers = headers;
        req.payloadHash = payloadHash;
        signer.sign(req, awsExampleCredentials(), exampleTime());

        QCOMPARE(req.header("x-amz-date"), QByteArray("20130524T000000Z"));
        QCOMPARE(req.header("x-amz-content-sha256"), payloadHash);
        QCOMPARE(signer.canonicalRequest(req), canonicalRequest);
        const QByteArray sts = signer.stringToSign(canonicalRequest, exampleTime());
        QCOMPARE(sts, QByteArray("AWS4-HMAC-SHA256\n"
                                 "20130524T000000Z\n"
                                 "20130524/us-east-1/s3/aws4_request\n") +
                          hashedCanonicalRequest);
        QCOMPARE(req.header("Authorization"),
                 QByteArray("AWS4-HMAC-SHA256 "
                            "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                            "SignedHeaders=") +
                     signedHeaders + ", Signature=" + signature);
    }

    void putObject_payloadHash()
    {
        QCOMPARE(sucai::cloud::crypto::sha256Hex("Welcome to Amazon S3."),
                 QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
        QCOMPARE(sucai::cloud::crypto::sha256Hex({}), QByteArray(EmptyPayloadSha256));
    }

    // Amazon S3 API reference, "Authenticating Requests: Using Query Parameters": the example
    // presigned GET /test.txt for 86400 s.
    void presign_matchesAwsQueryParameterExample()
    {
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("GET", "/test.txt");
        signer.presign(req, awsExampleCredentials(), exampleTime(), 86400);

        QCOMPARE(req.encodedUrl(),
                 QByteArray("https://examplebucket.s3.amazonaws.com/test.txt"
                            "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2F"
                            "aws4_request"
                            "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400"
                            "&X-Amz-SignedHeaders=host"
                            "&X-Amz-Signature="
                            "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        const QByteArray canonical = signer.presignedCanonicalRequest(req);
        QCOMPARE(canonical,
                 QByteArray("GET\n"
                            "/test.txt\n"
                            "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2F"
                            "aws4_request"
                            "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400"
                            "&X-Amz-SignedHeaders=host\n"
                            "host:examplebucket.s3.amazonaws.com\n"
                            "\n"
                            "host\n"
                            "UNSIGNED-PAYLOAD"));
        QCOMPARE(signer.stringToSign(canonical, exampleTime()),
                 QByteArray("AWS4-HMAC-SHA256\n"
                            "20130524T000000Z\n"
                            "20130524/us-east-1/s3/aws4_request\n"
                            "3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04"));
        QVERIFY(req.headers.isEmpty()); // nothing for the client to send but the URL
    }

    void presign_again_replacesPreviousSignature()
    {
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("GET", "/test.txt");
        signer.presign(req, awsExampleCredentials(), exampleTime().addDays(-3), 60);
        signer.presign(req, awsExampleCredentials(), exampleTime(), 86400);
        QCOMPARE(req.query.size(), qsizetype(6));
        QCOMPARE(queryValue(req, "X-Amz-Signature"),
                 QByteArray("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
    }

    void presign_clampsExpiry_data()
    {
        QTest::addColumn<qint64>("requested");
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("seven days") << qint64(604800) << QByteArray("604800");
        QTest::newRow("eight days") << qint64(8 * 86400) << QByteArray("604800");
        QTest::newRow("zero") << qint64(0) << QByteArray("1");
        QTest::newRow("negative") << qint64(-5) << QByteArray("1");
    }
    void presign_clampsExpiry()
    {
        QFETCH(qint64, requested);
        QFETCH(QByteArray, sent);
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("GET", "/test.txt");
        signer.presign(req, awsExampleCredentials(), exampleTime(), requested);
        QCOMPARE(queryValue(req, "X-Amz-Expires"), sent);
        // The signed canonical query carries the clamped value too.
        QVERIFY(signer.presignedCanonicalRequest(req).contains(
            QByteArray("X-Amz-Expires=" + sent + '&')));
    }

    void presign_temporaryCredentials_signsSecurityToken()
    {
        const SigV4Signer signer("us-east-1");
        Credentials temp = awsExampleCredentials();
        temp.sessionToken = "FwoG+tok/en==";
        HttpRequest req = exampleRequest("GET", "/test.txt");
        signer.presign(req, temp, exampleTime(), 86400);

        QCOMPARE(req.query.constLast().first, QByteArray("X-Amz-Signature"));
        QCOMPARE(queryValue(req, "X-Amz-Security-Token"), temp.sessionToken);
        const QByteArray canonical = signer.presignedCanonicalRequest(req);
        QVERIFY(canonical.contains("&X-Amz-Security-Token=FwoG%2Btok%2Fen%3D%3D&"));
        QVERIFY(req.encodedUrl().contains("X-Amz-Security-Token=FwoG%2Btok%2Fen%3D%3D"));
        QVERIFY(queryValue(req, "X-Amz-Signature") !=
                "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
    }

    void sign_temporaryCredentials_addsAndSignsSessionToken()
    {
        const SigV4Signer signer("us-east-1");
        Credentials temp = awsExampleCredentials();
        temp.sessionToken = "AQoDYXdzEJr//token";
        HttpRequest req = exampleRequest("GET", "/test.txt");
        req.setHeader("Range", "bytes=0-9");
        req.payloadHash = EmptyPayloadSha256;
        signer.sign(req, temp, exampleTime());

        QCOMPARE(req.header("x-amz-security-token"), temp.sessionToken);
        const QByteArray auth = req.header("Authorization");
        QCOMPARE(authField(auth, "SignedHeaders"),
                 QByteArray("host;range;x-amz-content-sha256;x-amz-date;x-amz-security-token"));
        QVERIFY(
            signer.canonicalRequest(req).contains("\nx-amz-security-token:AQoDYXdzEJr//token\n"));
        QVERIFY(authField(auth, "Signature") !=
                "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");

        // The same request signed again with long-term keys: no stale token left behind, and
        // the documented signature comes back.
        signer.sign(req, awsExampleCredentials(), exampleTime());
        QCOMPARE(headerCount(req, "x-amz-security-token"), qsizetype(0));
        QCOMPARE(authField(req.header("Authorization"), "Signature"),
                 QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void sign_twice_isIdempotent()
    {
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("GET", "/test.txt");
        req.setHeader("Range", "bytes=0-9");
        req.payloadHash = EmptyPayloadSha256;
        signer.sign(req, awsExampleCredentials(), exampleTime());
        const QByteArray first = req.header("Authorization");
        signer.sign(req, awsExampleCredentials(), exampleTime());
        QCOMPARE(req.header("Authorization"), first);
        QCOMPARE(headerCount(req, "authorization"), qsizetype(1));
        QCOMPARE(headerCount(req, "x-amz-date"), qsizetype(1));
        QCOMPARE(req.headers.size(),
                 qsizetype(4)); // range, x-amz-date, x-amz-content-sha256, authorization
    }

    void sign_nowInAnotherTimeZone_usesUtc()
    {
        // 08:00 in UTC+8 is the documented 00:00 UTC: same date header, same signature.
        const QDateTime beijing(QDate(2013, 5, 24), QTime(8, 0), QTimeZone(8 * 3600));
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("GET", "/test.txt");
        req.setHeader("Range", "bytes=0-9");
        req.payloadHash = EmptyPayloadSha256;
        signer.sign(req, awsExampleCredentials(), beijing);
        QCOMPARE(req.header("x-amz-date"), QByteArray("20130524T000000Z"));
        QCOMPARE(authField(req.header("Authorization"), "Signature"),
                 QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void sign_emptyPayloadHash_sendsUnsignedPayload()
    {
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("PUT", "/big.bin");
        signer.sign(req, awsExampleCredentials(), exampleTime());
        QCOMPARE(req.header("x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
        QVERIFY(signer.canonicalRequest(req).endsWith("\nUNSIGNED-PAYLOAD"));
    }

    void sign_headers_canonicalisedAndFiltered()
    {
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("PUT", "/a.txt");
        req.payloadHash = EmptyPayloadSha256;
        req.headers = {
            {"Content-Type", "text/plain"},
            {"Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg=="},
            {"X-Amz-Meta-Note", "  two   words\there  "},
            {"X-Amz-Meta-Multi", "a"},
            {"x-amz-meta-multi", "b"},
            {"Cache-Control", "no-cache"},
            {"User-Agent", "Sucai/0.1"},
            {"Accept-Encoding", "gzip"},
            {"Connection", "keep-alive"},
            {"Expect", "100-continue"},
            {"Host", "ignored.example.com"},
        };
        signer.sign(req, awsExampleCredentials(), exampleTime());
        QCOMPARE(authField(req.header("Authorization"), "SignedHeaders"),
                 QByteArray("cache-control;content-md5;content-type;host;x-amz-content-sha256;"
                            "x-amz-date;x-amz-meta-multi;x-amz-meta-note"));
        QCOMPARE(signer.canonicalRequest(req),
                 QByteArray("PUT\n/a.txt\n\n"
                            "cache-control:no-cache\n"
                            "content-md5:1B2M2Y8AsgTpgAmY7PhCfg==\n"
                            "content-type:text/plain\n"
                            "host:examplebucket.s3.amazonaws.com\n"
                            "x-amz-content-sha256:") +
                     EmptyPayloadSha256 +
                     "\n"
                     "x-amz-date:20130524T000000Z\n"
                     "x-amz-meta-multi:a,b\n"
                     "x-amz-meta-note:two words here\n"
                     "\n"
                     "cache-control;content-md5;content-type;host;x-amz-content-sha256;"
                     "x-amz-date;x-amz-meta-multi;x-amz-meta-note\n" +
                     EmptyPayloadSha256);
    }

    void canonicalQuery_encodesAndSorts()
    {
        QCOMPARE(SigV4Signer::canonicalQuery({{"uploadId", "a/b+c=="},
                                              {"partNumber", "2"},
                                              {"uploads", ""},
                                              {"b", "2"},
                                              {"a", "x y"},
                                              {"a", "%2B"}}),
                 QByteArray("a=%252B&a=x%20y&b=2&partNumber=2&uploadId=a%2Fb%2Bc%3D%3D&uploads="));
        QCOMPARE(SigV4Signer::canonicalQuery({}), QByteArray());
    }

    void canonicalUri_nastyKeys_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unicode") << QByteArray("/腾讯云.txt")
                                 << QByteArray("/%E8%85%BE%E8%AE%AF%E4%BA%91.txt");
        QTest::newRow("space") << QByteArray("/a b.png") << QByteArray("/a%20b.png");
        QTest::newRow("plus") << QByteArray("/a+b") << QByteArray("/a%2Bb");
        QTest::newRow("percent") << QByteArray("/100%") << QByteArray("/100%25");
        QTest::newRow("percent, looks encoded")
            << QByteArray("/%41%2F") << QByteArray("/%2541%252F");
        QTest::newRow("hash, question") << QByteArray("/a#b?c") << QByteArray("/a%23b%3Fc");
        QTest::newRow("ampersand, equals") << QByteArray("/k&v=1") << QByteArray("/k%26v%3D1");
        QTest::newRow("dollar") << QByteArray("/test$file.text") << QByteArray("/test%24file.text");
        QTest::newRow("emoji") << QByteArray("/😀") << QByteArray("/%F0%9F%98%80");
        QTest::newRow("trailing slash")
            << QByteArray("/photos/2024/") << QByteArray("/photos/2024/");
        QTest::newRow("no normalisation")
            << QByteArray("/a//b/./../c") << QByteArray("/a//b/./../c");
        QTest::newRow("unreserved kept")
            << QByteArray("/~user/f_1-2.txt") << QByteArray("/~user/f_1-2.txt");
        QTest::newRow("reserved") << QByteArray("/!'()*,;:@[]")
                                  << QByteArray("/%21%27%28%29%2A%2C%3B%3A%40%5B%5D");
        QTest::newRow("empty path") << QByteArray() << QByteArray("/");
    }
    void canonicalUri_nastyKeys()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4Signer::canonicalUri(path), expected);

        // And it is what actually gets signed: the second line of the canonical request.
        const SigV4Signer signer("us-east-1");
        HttpRequest req = exampleRequest("GET", path);
        signer.sign(req, awsExampleCredentials(), exampleTime());
        QCOMPARE(signer.canonicalRequest(req).split('\n').value(1), expected);
    }

    void signingKey_derivedOncePerDay()
    {
        const SigV4Signer signer("us-east-1");
        const Credentials creds = awsExampleCredentials();
        auto signAt = [&](const QDateTime &t) {
            HttpRequest req = exampleRequest("GET", "/test.txt");
            signer.sign(req, creds, t);
            return req.header("Authorization");
        };
        QCOMPARE(signer.keyDerivations(), 0);
        signAt(exampleTime());
        signAt(exampleTime().addSecs(3600 * 23 + 59 * 60));
        QCOMPARE(signer.keyDerivations(), 1);
        signAt(exampleTime().addDays(1));
        QCOMPARE(signer.keyDerivations(), 2);
        // Back to the first day (a slow clock correction): still cached.
        signAt(exampleTime());
        QCOMPARE(signer.keyDerivations(), 2);
        // Another secret is another key, even on a cached day.
        Credentials other = creds;
        other.secretAccessKey = "another-secret";
        HttpRequest req = exampleRequest("GET", "/test.txt");
        signer.sign(req, other, exampleTime());
        QCOMPARE(signer.keyDerivations(), 3);
        // A cached key gives the same signature as a fresh one.
        const SigV4Signer fresh("us-east-1");
        HttpRequest a = exampleRequest("GET", "/x");
        HttpRequest b = a;
        signer.sign(a, creds, exampleTime());
        fresh.sign(b, creds, exampleTime());
        QCOMPARE(a.header("Authorization"), b.header("Authorization"));
    }

    void signingKey_sharedAcrossThreads()
    {
        const SigV4Signer signer("us-east-1");
        const Credentials creds = awsExampleCredentials();
        constexpr int threads = 8;
        std::vector<QByteArray> results(threads);
        std::vector<std::thread> pool;
        for (int i = 0; i < threads; ++i) {
            pool.emplace_back([&, i] {
                for (int n = 0; n < 50; ++n) {
                    HttpRequest req = exampleRequest("GET", "/test.txt");
                    req.setHeader("Range", "bytes=0-9");
                    req.payloadHash = EmptyPayloadSha256;
                    signer.sign(req, creds, exampleTime());
                    results[static_cast<size_t>(i)] = req.header("Authorization");
                }
            });
        }
        for (auto &t : pool)
            t.join();
        for (const QByteArray &r : results) {
            QCOMPARE(
                authField(r, "Signature"),
                QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
        }
        QCOMPARE(signer.keyDerivations(), 1);
    }

    void credentialScope_usesRegionAndService()
    {
        const SigV4Signer signer("ap-beijing", "sts");
        QCOMPARE(signer.credentialScope(exampleTime()),
                 QByteArray("20130524/ap-beijing/sts/aws4_request"));
        QCOMPARE(SigV4Signer::amzDate(
                     QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc())),
                 QByteArray("20240229T235959Z"));
    }
};

QTEST_APPLESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
