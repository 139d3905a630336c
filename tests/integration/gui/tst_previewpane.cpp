// The details and preview pane against a real bucket (RGW fixture): images, JSON, gzip-stored
// text, truncated text, media and binary files, metadata; rendered to PNG in English and
// Chinese (build/<preset>/screenshots/).
#include "cloud/storagejobs.h"
#include "preview/previewpane.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QBuffer>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sucai;

class TestPreviewPane final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QString m_bucket;
    QTemporaryDir m_cache;

    void put(const QString &key, const QByteArray &data, const cloud::ObjectHeaders &h = {})
    {
        auto *job = m_client->putObjectData(m_bucket, key, data, h);
        const auto e = test::runJob(job);
        job->deleteLater();
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
    }

    bool show(ui::PreviewPane &pane, const QString &key)
    {
        QSignalSpy loaded(&pane, &ui::PreviewPane::loaded);
        pane.showObject(m_bucket, key);
        return loaded.wait(30'000);
    }

    void shoot(const QString &locale)
    {
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        pane.setCacheDir(m_cache.filePath(QStringLiteral("previews")));
        pane.resize(380, 640);
        pane.show();
        QVERIFY(show(pane, QStringLiteral("photos/sunrise.png")));
        QCOMPARE(pane.state(), QStringLiteral("image"));
        QTest::qWait(50);
        const QString dir = test::artefactDir(QStringLiteral("screenshots"));
        QVERIFY(pane.grab().save(dir + QStringLiteral("/preview-image-%1.png").arg(locale)));
        QVERIFY(show(pane, QStringLiteral("config/app.json")));
        QCOMPARE(pane.state(), QStringLiteral("text"));
        QTest::qWait(50);
        QVERIFY(pane.grab().save(dir + QStringLiteral("/preview-json-%1.png").arg(locale)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        m_bucket = test::uniqueBucketName(QStringLiteral("preview"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();

        QImage image(640, 360, QImage::Format_RGB32);
        QPainter p(&image);
        QLinearGradient sky(0, 0, 0, 360);
        sky.setColorAt(0, QColor(0x1e, 0x3c, 0x72));
        sky.setColorAt(1, QColor(0xf7, 0x9d, 0x54));
        p.fillRect(image.rect(), sky);
        p.setBrush(QColor(0xff, 0xd2, 0x5e));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPoint(320, 300), 90, 90);
        p.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        cloud::ObjectHeaders imageHeaders;
        imageHeaders.contentType = "image/png";
        imageHeaders.cacheControl = "max-age=86400";
        imageHeaders.userMetadata.append(qMakePair(QByteArray("origin"), QByteArray("sucai-test")));
        put(QStringLiteral("photos/sunrise.png"), png, imageHeaders);

        cloud::ObjectHeaders json;
        json.contentType = "application/json";
        put(QStringLiteral("config/app.json"),
            R"({"name":"素材","cdn":{"enabled":true,"ttl":3600},"tags":["a","b"],"owner":null})",
            json);

        cloud::ObjectHeaders gz;
        gz.contentType = "text/css";
        gz.contentEncoding = "gzip";
        put(QStringLiteral("site/style.css"), sucai::test::gzipBytes("body { color: #333; }\n"),
            gz);

        QByteArray big;
        while (big.size() <= ui::PreviewPane::kTextBytes)
            big += "line of a long log file, 48 bytes of text here.\n";
        put(QStringLiteral("logs/big.log"), big);
        put(QStringLiteral("media/clip.mp4"), test::randomBytes(2000, 3));
        put(QStringLiteral("data/blob.txt"), QByteArray("text\0with NUL", 13));
        put(QStringLiteral("data/archive.zip"), test::randomBytes(500, 4));
    }

    void image_showsDimensionsAndMetadata()
    {
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        pane.setCacheDir(m_cache.filePath(QStringLiteral("previews")));
        QVERIFY(show(pane, QStringLiteral("photos/sunrise.png")));
        QCOMPARE(pane.state(), QStringLiteral("image"));
        QCOMPARE(pane.imageSize(), QSize(640, 360));
        QCOMPARE(pane.detail(QStringLiteral("Content-Type")), QStringLiteral("image/png"));
        QCOMPARE(pane.detail(QStringLiteral("Cache-Control")), QStringLiteral("max-age=86400"));
        QCOMPARE(pane.detail(QStringLiteral("origin")), QStringLiteral("sucai-test"));
        QCOMPARE(pane.detail(QStringLiteral("Storage class")), QStringLiteral("STANDARD"));
        QVERIFY(pane.detail(QStringLiteral("URL")).contains(u"photos/sunrise.png"));
        QCOMPARE(pane.detail(QStringLiteral("ETag")).size(), 32);
        // Shown again: from the cache folder, no second download.
        QCOMPARE(QDir(m_cache.filePath(QStringLiteral("previews"))).entryList(QDir::Files).size(),
                 1);
        QVERIFY(show(pane, QStringLiteral("photos/sunrise.png")));
        QCOMPARE(pane.imageSize(), QSize(640, 360));
    }

    void json_isIndented()
    {
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        QVERIFY(show(pane, QStringLiteral("config/app.json")));
        QCOMPARE(pane.state(), QStringLiteral("text"));
        QVERIFY2(pane.text().contains(u"\n    \"cdn\": {\n        \"enabled\": true"),
                 qPrintable(pane.text()));
        QVERIFY(pane.text().contains(u"素材"));
    }

    void gzipStoredText_isInflated()
    {
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        QVERIFY(show(pane, QStringLiteral("site/style.css")));
        QCOMPARE(pane.state(), QStringLiteral("text"));
        QCOMPARE(pane.text(), QStringLiteral("body { color: #333; }\n"));
        QCOMPARE(pane.detail(QStringLiteral("Content-Encoding")), QStringLiteral("gzip"));
    }

    void bigText_onlyTheFirstMebibyte()
    {
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        QVERIFY(show(pane, QStringLiteral("logs/big.log")));
        QCOMPARE(pane.state(), QStringLiteral("text"));
        QVERIFY(pane.text().startsWith(u"line of a long log file"));
        QVERIFY(pane.text().size() < ui::PreviewPane::kTextBytes + 200);
        QVERIFY(pane.text().contains(u"showing the first"));
    }

    void mediaBinaryAndUnknown_sayWhy_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("state");
        QTest::newRow("video") << QStringLiteral("media/clip.mp4") << QStringLiteral("media");
        QTest::newRow("NUL in text") << QStringLiteral("data/blob.txt") << QStringLiteral("error");
        QTest::newRow("zip") << QStringLiteral("data/archive.zip") << QStringLiteral("none");
        QTest::newRow("missing") << QStringLiteral("data/gone.txt") << QStringLiteral("error");
    }
    void mediaBinaryAndUnknown_sayWhy()
    {
        QFETCH(QString, key);
        QFETCH(QString, state);
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        QVERIFY(show(pane, key));
        QCOMPARE(pane.state(), state);
        QVERIFY(!pane.findChild<QLabel *>(QStringLiteral("previewMessage"))->text().isEmpty());
    }

    void anotherSelection_cancelsTheFirst()
    {
        ui::PreviewPane pane;
        pane.setClient(m_client.get());
        QSignalSpy loaded(&pane, &ui::PreviewPane::loaded);
        pane.showObject(m_bucket, QStringLiteral("logs/big.log"));
        pane.showObject(m_bucket, QStringLiteral("config/app.json"));
        QVERIFY(loaded.wait(30'000));
        QTest::qWait(300); // the first would land by now if it were not cancelled
        QCOMPARE(loaded.size(), 1);
        QVERIFY(pane.text().contains(u"\"cdn\""));
    }

    void screenshots_english() { shoot(QStringLiteral("en")); }

    void screenshots_chinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("sucai"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        shoot(QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
