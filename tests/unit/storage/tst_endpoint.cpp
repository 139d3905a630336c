// Endpoint: how bucket and key map onto scheme, host and path for S3-compatible services (path
// style and virtual host) and Tencent COS.
#include "cloud/endpoint.h"

#include <QTest>
#include <QUrl>

using sucai::cloud::Endpoint;
using Addressing = sucai::cloud::Endpoint::Addressing;

Q_DECLARE_METATYPE(Addressing)

class TestEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void s3_requestLayout_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<Addressing>("addressing");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("path");

        const auto path = Addressing::PathStyle;
        const auto vhost = Addressing::VirtualHost;
        QTest::newRow("path style, local RGW")
            << QStringLiteral("http://127.0.0.1:7480") << path << QStringLiteral("photos")
            << QStringLiteral("2024/cat.jpg") << QByteArray("http") << QByteArray("127.0.0.1:7480")
            << QByteArray("/photos/2024/cat.jpg");
        QTest::newRow("path style, bucket only")
            << QStringLiteral("http://127.0.0.1:7480") << path << QStringLiteral("photos")
            << QString() << QByteArray("http") << QByteArray("127.0.0.1:7480")
            << QByteArray("/photos");
        QTest::newRow("path style, service")
            << QStringLiteral("http://127.0.0.1:7480/") << path << QString() << QString()
            << QByteArray("http") << QByteArray("127.0.0.1:7480") << QByteArray("/");
        QTest::newRow("virtual host, AWS")
            << QStringLiteral("https://s3.eu-west-1.amazonaws.com") << vhost
            << QStringLiteral("my-bucket") << QStringLiteral("a/b.txt") << QByteArray("https")
            << QByteArray("my-bucket.s3.eu-west-1.amazonaws.com") << QByteArray("/a/b.txt");
        QTest::newRow("virtual host, bucket only")
            << QStringLiteral("https://s3.eu-west-1.amazonaws.com") << vhost
            << QStringLiteral("my-bucket") << QString() << QByteArray("https")
            << QByteArray("my-bucket.s3.eu-west-1.amazonaws.com") << QByteArray("/");
        QTest::newRow("virtual host, service")
            << QStringLiteral("https://s3.eu-west-1.amazonaws.com") << vhost << QString()
            << QString() << QByteArray("https") << QByteArray("s3.eu-west-1.amazonaws.com")
            << QByteArray("/");
        QTest::newRow("virtual host, non-default port")
            << QStringLiteral("http://minio.local:9000") << vhost << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("http") << QByteArray("b.minio.local:9000")
            << QByteArray("/k");
        QTest::newRow("https default port dropped")
            << QStringLiteral("https://s3.example.com:443") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("https") << QByteArray("s3.example.com")
            << QByteArray("/b/k");
        QTest::newRow("http default port dropped")
            << QStringLiteral("http://s3.example.com:80") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("http") << QByteArray("s3.example.com")
            << QByteArray("/b/k");
        QTest::newRow("https on port 80 kept")
            << QStringLiteral("https://s3.example.com:80") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("https") << QByteArray("s3.example.com:80")
            << QByteArray("/b/k");
        QTest::newRow("http on port 443 kept")
            << QStringLiteral("http://s3.example.com:443") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("http") << QByteArray("s3.example.com:443")
            << QByteArray("/b/k");
        QTest::newRow("upper-case scheme and host")
            << QStringLiteral("HTTPS://S3.Example.COM") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("https") << QByteArray("s3.example.com")
            << QByteArray("/b/k");
        QTest::newRow("base path, path style")
            << QStringLiteral("https://gw.example.com/storage/s3/") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("https") << QByteArray("gw.example.com")
            << QByteArray("/storage/s3/b/k");
        QTest::newRow("base path, service")
            << QStringLiteral("https://gw.example.com/storage/s3//") << path << QString()
            << QString() << QByteArray("https") << QByteArray("gw.example.com")
            << QByteArray("/storage/s3/");
        QTest::newRow("base path, virtual host")
            << QStringLiteral("https://gw.example.com/s3") << vhost << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("https") << QByteArray("b.gw.example.com")
            << QByteArray("/s3/k");
        QTest::newRow("key is kept raw (decoded)")
            << QStringLiteral("http://h") << path << QStringLiteral("b")
            << QStringLiteral("素材/a b+c%.png") << QByteArray("http") << QByteArray("h")
            << QByteArray("/b/素材/a b+c%.png");
        QTest::newRow("leading slash in key")
            << QStringLiteral("http://h") << path << QStringLiteral("b") << QStringLiteral("/x")
            << QByteArray("http") << QByteArray("h") << QByteArray("/b//x");
        QTest::newRow("IPv6 literal")
            << QStringLiteral("http://[::1]:7480") << path << QStringLiteral("b")
            << QStringLiteral("k") << QByteArray("http") << QByteArray("[::1]:7480")
            << QByteArray("/b/k");
    }
    void s3_requestLayout()
    {
        QFETCH(QString, base);
        QFETCH(Addressing, addressing);
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, path);

        const Endpoint e = Endpoint::s3(QUrl(base), QStringLiteral("eu-west-1"), addressing);
        QVERIFY(e.isValid());
        QCOMPARE(e.provider(), Endpoint::Provider::S3Compatible);
        QCOMPARE(e.addressing(), addressing);
        QCOMPARE(e.scheme(), scheme);
        const auto r = e.request("GET", bucket, key);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.scheme, scheme);
        QCOMPARE(r.host, host);
        QCOMPARE(r.header("Host"), host);
        QCOMPARE(r.path, path);
        // What goes on the wire is a valid URL that addresses the same host and path.
        const QUrl url = QUrl::fromEncoded(r.encodedUrl(), QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.path(QUrl::FullyDecoded).toUtf8(), path);
    }

    void s3_region_defaultsToUsEast1()
    {
        QCOMPARE(Endpoint::s3(QUrl(QStringLiteral("http://h")), {}, Addressing::PathStyle).region(),
                 QStringLiteral("us-east-1"));
        QCOMPARE(Endpoint::s3(QUrl(QStringLiteral("http://h")), QStringLiteral("cn-north-1"),
                              Addressing::PathStyle)
                     .region(),
                 QStringLiteral("cn-north-1"));
    }

    void s3_invalidUrls_giveInvalidEndpoint_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << QStringLiteral("s3.amazonaws.com");
        QTest::newRow("host:port, no scheme") << QStringLiteral("127.0.0.1:7480");
        QTest::newRow("ftp") << QStringLiteral("ftp://s3.example.com");
        QTest::newRow("file") << QStringLiteral("file:///tmp/bucket");
        QTest::newRow("s3 scheme") << QStringLiteral("s3://bucket/key");
        QTest::newRow("no host") << QStringLiteral("http://");
        QTest::newRow("path only") << QStringLiteral("https:///bucket");
        QTest::newRow("garbage") << QStringLiteral("::not a url::");
    }
    void s3_invalidUrls_giveInvalidEndpoint()
    {
        QFETCH(QString, url);
        QVERIFY(!Endpoint::s3(QUrl(url), {}, Addressing::PathStyle).isValid());
        QVERIFY(!Endpoint::s3(QUrl(url), {}, Addressing::VirtualHost).isValid());
    }

    void defaultEndpoint_isInvalid() { QVERIFY(!Endpoint().isValid()); }

    void s3_qualifiedBucket_isUnchanged()
    {
        const Endpoint e =
            Endpoint::s3(QUrl(QStringLiteral("https://h")), {}, Addressing::VirtualHost);
        QCOMPARE(e.qualifiedBucket(QStringLiteral("assets")), QStringLiteral("assets"));
        QVERIFY(e.appId().isEmpty());
    }

    // --- Tencent COS ----------------------------------------------------------------------------

    void cos_requestLayout_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("https");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("short bucket name gets the APPID")
            << QStringLiteral("ap-guangzhou") << true << QStringLiteral("assets")
            << QStringLiteral("img/a.png") << QByteArray("https")
            << QByteArray("assets-1250000000.cos.ap-guangzhou.myqcloud.com")
            << QByteArray("/img/a.png");
        QTest::newRow("qualified bucket name is kept")
            << QStringLiteral("ap-guangzhou") << true << QStringLiteral("assets-1250000000")
            << QStringLiteral("a.png") << QByteArray("https")
            << QByteArray("assets-1250000000.cos.ap-guangzhou.myqcloud.com")
            << QByteArray("/a.png");
        QTest::newRow("bucket only")
            << QStringLiteral("ap-beijing") << true << QStringLiteral("assets") << QString()
            << QByteArray("https") << QByteArray("assets-1250000000.cos.ap-beijing.myqcloud.com")
            << QByteArray("/");
        QTest::newRow("service host for ListBuckets")
            << QStringLiteral("ap-beijing") << true << QString() << QString() << QByteArray("https")
            << QByteArray("service.cos.myqcloud.com") << QByteArray("/");
        QTest::newRow("plain http")
            << QStringLiteral("ap-shanghai") << false << QStringLiteral("b") << QStringLiteral("k")
            << QByteArray("http") << QByteArray("b-1250000000.cos.ap-shanghai.myqcloud.com")
            << QByteArray("/k");
        QTest::newRow("region case folded in the host")
            << QStringLiteral("AP-Chengdu") << true << QStringLiteral("b") << QStringLiteral("k")
            << QByteArray("https") << QByteArray("b-1250000000.cos.ap-chengdu.myqcloud.com")
            << QByteArray("/k");
    }
    void cos_requestLayout()
    {
        QFETCH(QString, region);
        QFETCH(bool, https);
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, path);
        const Endpoint e = Endpoint::tencentCos(region, QStringLiteral("1250000000"), https);
        QVERIFY(e.isValid());
        QCOMPARE(e.provider(), Endpoint::Provider::TencentCos);
        QCOMPARE(e.addressing(), Addressing::VirtualHost);
        QCOMPARE(e.region(), region);
        QCOMPARE(e.appId(), QStringLiteral("1250000000"));
        const auto r = e.request("PUT", bucket, key);
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.scheme, scheme);
        QCOMPARE(r.host, host);
        QCOMPARE(r.header("host"), host);
        QCOMPARE(r.path, path);
    }

    void cos_qualifiedBucket_addsAppIdOnce_data()
    {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("expected");
        QTest::newRow("adds") << QStringLiteral("1250000000") << QStringLiteral("assets")
                              << QStringLiteral("assets-1250000000");
        QTest::newRow("already qualified")
            << QStringLiteral("1250000000") << QStringLiteral("assets-1250000000")
            << QStringLiteral("assets-1250000000");
        QTest::newRow("dash in the name")
            << QStringLiteral("1250000000") << QStringLiteral("my-assets")
            << QStringLiteral("my-assets-1250000000");
        QTest::newRow("other APPID's suffix is just a name")
            << QStringLiteral("1250000000") << QStringLiteral("assets-1300000000")
            << QStringLiteral("assets-1300000000-1250000000");
        QTest::newRow("empty bucket") << QStringLiteral("1250000000") << QString() << QString();
        QTest::newRow("no APPID") << QString() << QStringLiteral("assets")
                                  << QStringLiteral("assets");
    }
    void cos_qualifiedBucket_addsAppIdOnce()
    {
        QFETCH(QString, appId);
        QFETCH(QString, bucket);
        QFETCH(QString, expected);
        const Endpoint e = Endpoint::tencentCos(QStringLiteral("ap-guangzhou"), appId);
        QCOMPARE(e.qualifiedBucket(bucket), expected);
        // Idempotent: qualifying twice never stacks a second APPID.
        QCOMPARE(e.qualifiedBucket(e.qualifiedBucket(bucket)), expected);
    }

    void cos_emptyRegion_isInvalid()
    {
        QVERIFY(!Endpoint::tencentCos({}, QStringLiteral("1250000000")).isValid());
    }

    // --- objectUrl ------------------------------------------------------------------------------

    void objectUrl_encodesNastyKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("encodedPath");
        QTest::newRow("plain") << QStringLiteral("a/b.txt") << QByteArray("/a/b.txt");
        QTest::newRow("space is %20, plus is %2B")
            << QStringLiteral("a b+c.txt") << QByteArray("/a%20b%2Bc.txt");
        QTest::newRow("unicode") << QStringLiteral("素材/图.png")
                                 << QByteArray("/%E7%B4%A0%E6%9D%90/%E5%9B%BE.png");
        QTest::newRow("percent is not decoded twice")
            << QStringLiteral("100%/50%25") << QByteArray("/100%25/50%2525");
        QTest::newRow("query and fragment characters")
            << QStringLiteral("q?x=1#frag&y") << QByteArray("/q%3Fx%3D1%23frag%26y");
        QTest::newRow("double and trailing slash")
            << QStringLiteral("a//b/") << QByteArray("/a//b/");
        QTest::newRow("dot segments are not normalised")
            << QStringLiteral("a/./b/../c") << QByteArray("/a/./b/../c");
        QTest::newRow("reserved") << QStringLiteral("!$'()*,;:@[]")
                                  << QByteArray("/%21%24%27%28%29%2A%2C%3B%3A%40%5B%5D");
        QTest::newRow("backslash and quote")
            << QStringLiteral("a\\b\"c") << QByteArray("/a%5Cb%22c");
        QTest::newRow("emoji") << QStringLiteral("😀") << QByteArray("/%F0%9F%98%80");
    }
    void objectUrl_encodesNastyKeys()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, encodedPath);
        const Endpoint cos =
            Endpoint::tencentCos(QStringLiteral("ap-guangzhou"), QStringLiteral("1250000000"));
        const QUrl url = cos.objectUrl(QStringLiteral("assets"), key);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.toEncoded(),
                 QByteArray("https://assets-1250000000.cos.ap-guangzhou.myqcloud.com") +
                     encodedPath);
        QCOMPARE(url.path(QUrl::FullyDecoded), u'/' + key);
        QVERIFY(!url.hasQuery());
        QVERIFY(!url.hasFragment());

        const Endpoint s3 =
            Endpoint::s3(QUrl(QStringLiteral("http://127.0.0.1:7480")), {}, Addressing::PathStyle);
        const QUrl pathStyle = s3.objectUrl(QStringLiteral("b"), key);
        QCOMPARE(pathStyle.toEncoded(), QByteArray("http://127.0.0.1:7480/b") + encodedPath);
        QCOMPARE(pathStyle.path(QUrl::FullyDecoded), QStringLiteral("/b/") + key);
    }

    void trailingChecksums_defaultAndPreference_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("preference");
        QTest::addColumn<bool>("expected");
        const QString aws = QStringLiteral("https://s3.eu-west-1.amazonaws.com");
        const QString local = QStringLiteral("http://127.0.0.1:7480");
        QTest::newRow("AWS default") << aws << QString() << true;
        QTest::newRow("AWS China")
            << QStringLiteral("https://s3.cn-north-1.amazonaws.com.cn") << QString() << true;
        QTest::newRow("AWS off") << aws << QStringLiteral("off") << false;
        QTest::newRow("AWS when_required") << aws << QStringLiteral("WHEN_REQUIRED") << false;
        QTest::newRow("local default") << local << QString() << false;
        QTest::newRow("local auto") << local << QStringLiteral("auto") << false;
        QTest::newRow("local crc32") << local << QStringLiteral("crc32") << true;
        QTest::newRow("local when_supported")
            << local << QStringLiteral(" when_supported ") << true;
        QTest::newRow("look-alike host")
            << QStringLiteral("https://amazonaws.com.example.net") << QString() << false;
    }
    void trailingChecksums_defaultAndPreference()
    {
        QFETCH(QString, url);
        QFETCH(QString, preference);
        QFETCH(bool, expected);
        Endpoint e =
            Endpoint::s3(QUrl(url), QStringLiteral("us-east-1"), Endpoint::Addressing::PathStyle);
        applyChecksumPreference(e, preference);
        QCOMPARE(e.trailingChecksums(), expected);
    }

    void trailingChecksums_neverForCos()
    {
        Endpoint e =
            Endpoint::tencentCos(QStringLiteral("ap-guangzhou"), QStringLiteral("1250000000"));
        applyChecksumPreference(e, QStringLiteral("crc32"));
        QVERIFY(!e.trailingChecksums());
    }
};

QTEST_APPLESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
