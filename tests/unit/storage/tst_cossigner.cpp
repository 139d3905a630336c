#include "cloud/cossigner.h"
#include "cloud/hmac.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using sucai::cloud::CosSigner;
using sucai::cloud::Credentials;
using sucai::cloud::HttpRequest;

namespace {

// The example account of COS's signature documentation (436/7778).
Credentials cosExampleCredentials()
{
    Credentials c;
    c.accessKeyId = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    c.secretAccessKey = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz";
    return c;
}

const QByteArray exampleHost = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
const QByteArray examplePath = "/exampleobject(腾讯云)";

// Doc example 1, "upload an object".
HttpRequest putExample()
{
    HttpRequest r;
    r.method = "PUT";
    r.host = exampleHost;
    r.path = examplePath;
    r.headers = {
        {"Date", "Thu, 16 May 2019 06:45:51 GMT"},
        {"Content-Type", "text/plain"},
        {"Content-Length", "13"},
        {"Content-MD5", "mQ/fVh815F3k6TAUm8m0eg=="},
        {"x-cos-acl", "private"},
        {"x-cos-grant-read", "uin=\"100000000011\""},
    };
    return r;
}

// Doc example 2, "download an object" with response-* parameters.
HttpRequest getExample()
{
    HttpRequest r;
    r.method = "GET";
    r.host = exampleHost;
    r.path = examplePath;
    r.query = {{"response-content-type", "application/octet-stream"},
               {"response-cache-control", "max-age=600"}};
    r.headers = {{"Date", "Thu, 16 May 2019 06:55:53 GMT"}};
    return r;
}

const QByteArray putAuthorization =
    "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
    "&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351"
    "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
    "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172";

const QByteArray getAuthorization =
    "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
    "&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953"
    "&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type"
    "&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012";

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

// "…&name=value&…" → value
QByteArray field(const QByteArray &authorization, const QByteArray &name)
{
    for (const QByteArray &part : authorization.split('&')) {
        if (part.startsWith(QByteArray(name + '=')))
            return part.mid(name.size() + 1);
    }
    return {};
}

QByteArray queryValue(const HttpRequest &r, const QByteArray &name)
{
    for (const auto &[k, v] : r.query) {
        if (k == name)
            return v;
    }
    return {};
}

} // namespace

class TestCosSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void putExample_intermediateValues()
    {
        const CosSigner signer;
        const QByteArray keyTime = CosSigner::keyTime(1557989151, 1557996351);
        QCOMPARE(keyTime, QByteArray("1557989151;1557996351"));
        QCOMPARE(CosSigner::signKey(cosExampleCredentials().secretAccessKey, keyTime),
                 QByteArray("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f"));

        const QByteArray http = signer.httpString(putExample());
        QCOMPARE(http,
                 QByteArray("put\n" + examplePath +
                            "\n"
                            "\n"
                            "content-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D"
                            "&content-type=text%2Fplain"
                            "&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT"
                            "&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com"
                            "&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22\n"));
        QCOMPARE(sucai::cloud::crypto::sha1Hex(http),
                 QByteArray("8b2751e77f43a0995d6e9eb9477f4b685cca4172"));
        QCOMPARE(CosSigner::stringToSign(keyTime, http),
                 QByteArray("sha1\n1557989151;1557996351\n"
                            "8b2751e77f43a0995d6e9eb9477f4b685cca4172\n"));
    }

    void putExample_authorization()
    {
        const CosSigner signer;
        QCOMPARE(
            signer.authorization(putExample(), cosExampleCredentials(), 1557989151, 1557996351),
            putAuthorization);
    }

    void getExample_intermediateValues()
    {
        const CosSigner signer;
        const QByteArray keyTime = CosSigner::keyTime(1557989753, 1557996953);
        QCOMPARE(CosSigner::signKey(cosExampleCredentials().secretAccessKey, keyTime),
                 QByteArray("937914bf490e9e8c189836aad2052e4feeb35eaf"));
        const QByteArray http = signer.httpString(getExample());
        QCOMPARE(http, QByteArray("get\n" + examplePath +
                                  "\n"
                                  "response-cache-control=max-age%3D600"
                                  "&response-content-type=application%2Foctet-stream\n"
                                  "date=Thu%2C%2016%20May%202019%2006%3A55%3A53%20GMT"
                                  "&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com\n"));
        QCOMPARE(sucai::cloud::crypto::sha1Hex(http),
                 QByteArray("54ecfe22f59d3514fdc764b87a32d8133ea611e6"));
    }

    void getExample_authorization()
    {
        const CosSigner signer;
        QCOMPARE(
            signer.authorization(getExample(), cosExampleCredentials(), 1557989753, 1557996953),
            getAuthorization);
    }

    // sign() with the documents' two-hour window reproduces both published headers, and
    // leaves out what Qt may add or rewrite.
    void sign_reproducesExamples_data()
    {
        QTest::addColumn<bool>("put");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("PUT") << true << qint64(1557989151) << putAuthorization;
        QTest::newRow("GET") << false << qint64(1557989753) << getAuthorization;
    }
    void sign_reproducesExamples()
    {
        QFETCH(bool, put);
        QFETCH(qint64, start);
        QFETCH(QByteArray, expected);
        const CosSigner signer(7200);
        HttpRequest req = put ? putExample() : getExample();
        req.setHeader("User-Agent", "Sucai/0.1");
        req.setHeader("Accept-Encoding", "gzip, deflate");
        req.setHeader("Connection", "keep-alive");
        req.setHeader("Range", "bytes=0-99");
        signer.sign(req, cosExampleCredentials(), at(start));
        QCOMPARE(req.header("Authorization"), expected);
        QVERIFY(req.header("x-cos-security-token").isEmpty());

        // Signing again (a retry) replaces the header rather than adding a second one.
        signer.sign(req, cosExampleCredentials(), at(start));
        QCOMPARE(std::count_if(req.headers.cbegin(), req.headers.cend(),
                               [](const auto &kv) {
                                   return kv.first.compare("authorization", Qt::CaseInsensitive) ==
                                          0;
                               }),
                 qsizetype(1));
        QCOMPARE(req.header("Authorization"), expected);
    }

    void sign_usesConfiguredValidity()
    {
        QCOMPARE(CosSigner().validitySeconds(), qint64(3600));
        const CosSigner signer(900);
        HttpRequest req = getExample();
        signer.sign(req, cosExampleCredentials(), at(1557989753));
        QCOMPARE(field(req.header("Authorization"), "q-key-time"),
                 QByteArray("1557989753;1557990653"));
        QCOMPARE(field(req.header("Authorization"), "q-sign-time"),
                 QByteArray("1557989753;1557990653"));
    }

    void sign_temporaryCredentials_addsAndSignsToken()
    {
        const CosSigner signer(7200);
        Credentials temp = cosExampleCredentials();
        temp.sessionToken = "tok+en/=";
        HttpRequest req = getExample();
        signer.sign(req, temp, at(1557989753));
        QCOMPARE(req.header("x-cos-security-token"), temp.sessionToken);
        const QByteArray auth = req.header("Authorization");
        QCOMPARE(field(auth, "q-header-list"), QByteArray("date;host;x-cos-security-token"));
        QVERIFY(signer.httpString(req).endsWith("&x-cos-security-token=tok%2Ben%2F%3D\n"));
        QVERIFY(field(auth, "q-signature") != "01681b8c9d798a678e43b685a9f1bba0f6c0e012");

        // Signed again with long-term keys: the token header goes, the published value returns.
        signer.sign(req, cosExampleCredentials(), at(1557989753));
        QVERIFY(req.header("x-cos-security-token").isEmpty());
        QCOMPARE(req.header("Authorization"), getAuthorization);
    }

    void presign_addsAllQParameters()
    {
        const CosSigner signer;
        Credentials temp = cosExampleCredentials();
        temp.sessionToken = "tok;en";
        HttpRequest req;
        req.method = "GET";
        req.host = exampleHost;
        req.path = examplePath;
        req.query = {{"response-content-disposition", "attachment"}};
        req.headers = {{"Date", "Thu, 16 May 2019 06:55:53 GMT"}}; // not signed by presign
        signer.presign(req, temp, at(1557989753), 7200);

        QList<QByteArray> names;
        for (const auto &kv : std::as_const(req.query))
            names.append(kv.first);
        QCOMPARE(names,
                 (QList<QByteArray>{"response-content-disposition", "q-sign-algorithm", "q-ak",
                                    "q-sign-time", "q-key-time", "q-header-list",
                                    "q-url-param-list", "q-signature", "x-cos-security-token"}));
        QCOMPARE(queryValue(req, "q-sign-algorithm"), QByteArray("sha1"));
        QCOMPARE(queryValue(req, "q-ak"), temp.accessKeyId);
        QCOMPARE(queryValue(req, "q-sign-time"), QByteArray("1557989753;1557996953"));
        QCOMPARE(queryValue(req, "q-key-time"), QByteArray("1557989753;1557996953"));
        QCOMPARE(queryValue(req, "q-header-list"), QByteArray("host"));
        QCOMPARE(queryValue(req, "q-url-param-list"), QByteArray("response-content-disposition"));
        QCOMPARE(queryValue(req, "x-cos-security-token"), temp.sessionToken);

        // The signature, computed here step by step from the spec: host only, the one query
        // parameter, decoded path.
        const QByteArray http = "get\n" + examplePath +
                                "\nresponse-content-disposition=attachment\nhost=" + exampleHost +
                                '\n';
        const QByteArray keyTime = "1557989753;1557996953";
        const QByteArray signKey = QMessageAuthenticationCode::hash(keyTime, temp.secretAccessKey,
                                                                    QCryptographicHash::Sha1)
                                       .toHex();
        const QByteArray sts = "sha1\n" + keyTime + '\n' +
                               QCryptographicHash::hash(http, QCryptographicHash::Sha1).toHex() +
                               '\n';
        QCOMPARE(queryValue(req, "q-signature"),
                 QMessageAuthenticationCode::hash(sts, signKey, QCryptographicHash::Sha1).toHex());

        // On the wire: ';' percent-encoded, the token after the signature.
        const QByteArray url = req.encodedPathAndQuery();
        QVERIFY(url.contains("&q-sign-time=1557989753%3B1557996953&"));
        QVERIFY(url.contains("&q-header-list=host&"));
        QVERIFY(url.endsWith("&x-cos-security-token=tok%3Ben"));
        QVERIFY(url.startsWith("/exampleobject%28%E8%85%BE%E8%AE%AF%E4%BA%91%29?"));
        QCOMPARE(req.headers.size(), qsizetype(1)); // presign adds no header
    }

    void presign_again_replacesPreviousParameters()
    {
        const CosSigner signer;
        HttpRequest req;
        req.host = exampleHost;
        req.path = "/a.txt";
        signer.presign(req, cosExampleCredentials(), at(1557989753), 60);
        const QByteArray first = queryValue(req, "q-signature");
        signer.presign(req, cosExampleCredentials(), at(1557989753), 120);
        QCOMPARE(req.query.size(), qsizetype(7));
        QCOMPARE(queryValue(req, "q-url-param-list"), QByteArray());
        QCOMPARE(queryValue(req, "q-key-time"), QByteArray("1557989753;1557989873"));
        QVERIFY(queryValue(req, "q-signature") != first);
    }

    void httpString_sortsLowercasesAndEncodes()
    {
        const CosSigner signer;
        HttpRequest req;
        req.method = "POST";
        req.host = "b-1250000000.cos.ap-guangzhou.myqcloud.com";
        req.path = "/dir/a b+c.txt";
        req.query = {{"uploadId", "x/y=z"}, {"partNumber", "3"}, {"uploads", ""}};
        req.headers = {{"X-COS-Meta-Note", "  spaced value  "}, {"Content-Type", "image/png"}};
        QCOMPARE(signer.httpString(req),
                 QByteArray("post\n/dir/a b+c.txt\n"
                            "partnumber=3&uploadid=x%2Fy%3Dz&uploads=\n"
                            "content-type=image%2Fpng"
                            "&host=b-1250000000.cos.ap-guangzhou.myqcloud.com"
                            "&x-cos-meta-note=spaced%20value\n"));
        QCOMPARE(
            field(signer.authorization(req, cosExampleCredentials(), 1, 2), "q-url-param-list"),
            QByteArray("partnumber;uploadid;uploads"));
    }
};

QTEST_APPLESS_MAIN(TestCosSigner)
#include "tst_cossigner.moc"
