#include "cloud/httprequest.h"
#include "cloud/uriencode.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using sucai::cloud::HttpRequest;
using sucai::cloud::uriEncode;

class TestUriEncode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uriEncode_nastyKeys_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("keepSlash");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("chinese") << QByteArray("腾讯云") << false
                                 << QByteArray("%E8%85%BE%E8%AE%AF%E4%BA%91");
        QTest::newRow("space is %20, never +") << QByteArray("a b") << false << QByteArray("a%20b");
        QTest::newRow("plus") << QByteArray("a+b") << false << QByteArray("a%2Bb");
        QTest::newRow("percent") << QByteArray("100%") << false << QByteArray("100%25");
        QTest::newRow("already encoded is encoded again")
            << QByteArray("a%20b") << false << QByteArray("a%2520b");
        QTest::newRow("hash, question") << QByteArray("#?") << false << QByteArray("%23%3F");
        QTest::newRow("ampersand, equals")
            << QByteArray("a&b=c") << false << QByteArray("a%26b%3Dc");
        QTest::newRow("emoji") << QByteArray("😀") << false << QByteArray("%F0%9F%98%80");
        QTest::newRow("unreserved kept")
            << QByteArray("AZaz09-._~") << false << QByteArray("AZaz09-._~");
        QTest::newRow("slash kept in paths") << QByteArray("a/b/") << true << QByteArray("a/b/");
        QTest::newRow("slash encoded in queries")
            << QByteArray("a/b/") << false << QByteArray("a%2Fb%2F");
        QTest::newRow("all reserved")
            << QByteArray(" !\"#$%&'()*+,/:;<=>?@[\\]^`{|}") << false
            << QByteArray("%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D"
                          "%5E%60%7B%7C%7D");
        QTest::newRow("control and high bytes, upper-case hex")
            << QByteArray("\0\t\n\x7f\xab\xff", 6) << false << QByteArray("%00%09%0A%7F%AB%FF");
        QTest::newRow("empty") << QByteArray() << true << QByteArray();
    }
    void uriEncode_nastyKeys()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, keepSlash);
        QFETCH(QByteArray, expected);
        QCOMPARE(uriEncode(raw, keepSlash), expected);
        // Decoding gives the key back, byte for byte.
        QCOMPARE(QByteArray::fromPercentEncoding(expected), raw);
    }

    void encodedPathAndQuery_encodesPathAndQuery()
    {
        HttpRequest r;
        r.host = "bucket.example.com";
        r.path = "/dir/腾讯 云+%#?.txt";
        r.addQuery("prefix", "a b/c");
        r.addQuery("uploads");
        r.addQuery("x", "1&2=3+4");
        QCOMPARE(r.encodedPathAndQuery(),
                 QByteArray("/dir/%E8%85%BE%E8%AE%AF%20%E4%BA%91%2B%25%23%3F.txt"
                            "?prefix=a%20b%2Fc&uploads&x=1%262%3D3%2B4"));
        QCOMPARE(r.encodedUrl(),
                 QByteArray("https://bucket.example.com" + r.encodedPathAndQuery()));

        HttpRequest root;
        root.host = "h";
        root.path.clear();
        QCOMPARE(root.encodedPathAndQuery(), QByteArray("/"));
    }

    // What the network layer does with encodedUrl(): QUrl must neither reject nor rewrite our
    // bytes, or the server would verify a different string from the one we signed; and
    // decoding must give back the exact key and parameters.
    void encodedUrl_roundTripsThroughQUrl_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << QByteArray("/a.txt") << QByteArray("versionId")
                               << QByteArray("3");
        QTest::newRow("unicode") << QByteArray("/photos/腾讯云/猫.jpg") << QByteArray("prefix")
                                 << QByteArray("照片/");
        QTest::newRow("space plus percent")
            << QByteArray("/a b+c%d") << QByteArray("q") << QByteArray("x y+z%");
        QTest::newRow("hash question amp eq")
            << QByteArray("/k#1?2&3=4") << QByteArray("continuation-token")
            << QByteArray("a&b=c#d?");
        QTest::newRow("emoji") << QByteArray("/😀/") << QByteArray("marker") << QByteArray("😀");
        QTest::newRow("dots and double slash")
            << QByteArray("/a//b/./../c") << QByteArray("delimiter") << QByteArray("/");
        QTest::newRow("reserved") << QByteArray("/!$'()*,;:@[]") << QByteArray("k")
                                  << QByteArray("!$'()*,;:@[]");
    }
    void encodedUrl_roundTripsThroughQUrl()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        HttpRequest r;
        r.host = "bucket.example.com";
        r.path = path;
        r.addQuery(name, value);

        const QUrl url = QUrl::fromEncoded(r.encodedUrl(), QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.toEncoded(), r.encodedUrl());
        QCOMPARE(url.path(QUrl::FullyDecoded).toUtf8(), path);
        const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        QCOMPARE(items.size(), qsizetype(1));
        QCOMPARE(items.constFirst().first.toUtf8(), name);
        QCOMPARE(items.constFirst().second.toUtf8(), value);
    }
};

QTEST_APPLESS_MAIN(TestUriEncode)
#include "tst_uriencode.moc"
