// The thumbnail grid against a real bucket (RGW fixture): only the images near the viewport are
// downloaded, scrolling brings the rest, a second view on the same cache downloads nothing;
// rendered to PNG in English and Chinese (build/<preset>/screenshots/).
#include "browser/browsercontroller.h"
#include "browser/thumbnailprovider.h"
#include "browser/thumbnailview.h"
#include "cloud/storagejobs.h"
#include "models/bucketmodel.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sucai;

namespace {
const QString kFolder = QStringLiteral("art/");
constexpr int kImages = 40;

// A small picture that is easy to tell apart: a hue per number, the number on it.
QByteArray makePng(int n, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor::fromHsv((n * 37) % 360, 160, 240));
    g.setColorAt(1, QColor::fromHsv((n * 37 + 60) % 360, 200, 150));
    p.fillRect(image.rect(), g);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 150));
    p.drawEllipse(QPoint(size.width() / 2, size.height() / 2), size.height() / 3,
                  size.height() / 3);
    QFont font = p.font();
    font.setPixelSize(size.height() / 3);
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0x20, 0x20, 0x30));
    p.drawText(image.rect(), Qt::AlignCenter, QString::number(n));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QStringList imageKeys(const models::BucketModel &model, int first, int last)
{
    QStringList keys;
    for (int row = qMax(0, first); row <= last && row < model.rowCount(); ++row) {
        const auto &e = model.entry(row);
        if (ui::ThumbnailProvider::canThumbnail(e.key, e.size))
            keys.append(e.key);
    }
    return keys;
}
} // namespace

class TestThumbnailView final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QString m_bucket;
    QTemporaryDir m_tmp;

    void put(const QString &key, const QByteArray &data, const QByteArray &type = {})
    {
        cloud::ObjectHeaders h;
        h.contentType = type;
        auto *job = m_client->putObjectData(m_bucket, key, data, h);
        const auto e = test::runJob(job);
        job->deleteLater();
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
    }

    // Opens the folder the way the window does and waits for all of it.
    void openFolder(ui::BrowserController &browser, const QString &folder)
    {
        browser.setClient(m_client.get(), QStringLiteral("Local RGW"));
        browser.open(m_bucket, folder);
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->rowCount() > 0, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->isComplete(), 30'000);
        QTRY_VERIFY(!browser.model()->isLoading());
    }

    void setUpView(ui::ThumbnailView &view, models::BucketModel *model, const QString &cache)
    {
        view.setBucketModel(model);
        view.setClient(m_client.get());
        view.setCacheDir(cache);
    }

    // Does `action` and waits until the view asked for what is then near its viewport and the
    // provider has answered all of it.
    template<typename Action> static bool settle(ui::ThumbnailView &view, Action action)
    {
        QSignalSpy updated(&view, &ui::ThumbnailView::nearRowsUpdated);
        action();
        return QTest::qWaitFor(
            [&] {
                return !updated.isEmpty() && !view.isUpdatePending() &&
                       view.provider()->pendingCount() == 0;
            },
            30'000);
    }
    static bool showAndSettle(ui::ThumbnailView &view)
    {
        return settle(view, [&] { view.show(); }) && QTest::qWaitForWindowExposed(&view);
    }

    int shownThumbnails(const ui::ThumbnailView &view, int first, int last) const
    {
        int n = 0;
        for (int row = first; row <= last; ++row)
            n += view.thumbnail(view.model()->index(row, 0)).isNull() ? 0 : 1;
        return n;
    }

    void shoot(const QString &locale)
    {
        ui::BrowserController browser;
        openFolder(browser, QStringLiteral("素材/"));
        ui::ThumbnailView view;
        setUpView(view, browser.model(), m_tmp.filePath(QStringLiteral("shots")));
        view.resize(640, 430);
        QVERIFY(showAndSettle(view));
        view.selectionModel()->select(view.model()->index(2, 0), QItemSelectionModel::Select);
        const int hero = browser.model()->rowForKey(QStringLiteral("素材/hero.png"));
        QTRY_VERIFY(!view.thumbnail(view.model()->index(hero, 0)).isNull());
        const QString dir = test::artefactDir(QStringLiteral("screenshots"));
        QVERIFY(view.grab().save(dir + QStringLiteral("/thumbnails-%1.png").arg(locale)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        m_bucket = test::uniqueBucketName(QStringLiteral("thumbs"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();

        for (int i = 0; i < kImages; ++i) {
            put(kFolder + QStringLiteral("img-%1.png").arg(i, 2, 10, QLatin1Char('0')),
                makePng(i, QSize(320, 200)), "image/png");
        }
        put(kFolder + QStringLiteral("readme.txt"), "not a picture\n", "text/plain");
        put(kFolder + QStringLiteral("level.json"), R"({"level":1})", "application/json");
        put(kFolder + QStringLiteral("jump.wav"), test::randomBytes(3000, 7));
        put(kFolder + QStringLiteral("sub/inside.png"), makePng(99, QSize(64, 64)), "image/png");

        // The screenshot folder: pictures, other materials and a subfolder, Chinese names.
        const QString shots = QStringLiteral("素材/");
        put(shots + QStringLiteral("关卡/level-1.json"), "{}");
        const QStringList pictures = {
            QStringLiteral("春节海报.png"),
            QStringLiteral("banner-wide.png"),
            QStringLiteral("头像-默认.png"),
            QStringLiteral("hero.png"),
            QStringLiteral("coin.png"),
            QStringLiteral("very-long-name-of-a-background-"
                           "picture-for-level-3.png"),
            QStringLiteral("sky.png"),
            QStringLiteral("tall.png"),
        };
        const QList<QSize> sizes = {{400, 560}, {900, 200}, {256, 256},  {640, 360},
                                    {128, 128}, {800, 450}, {1024, 640}, {200, 600}};
        for (qsizetype i = 0; i < pictures.size(); ++i)
            put(shots + pictures[i], makePng(int(i) * 3 + 1, sizes[i]), "image/png");
        put(shots + QStringLiteral("点击音效.wav"), test::randomBytes(2000, 3));
        put(shots + QStringLiteral("config.json"), R"({"a":1})", "application/json");
        put(shots + QStringLiteral("font.ttf"), test::randomBytes(500, 4));
        put(shots + QStringLiteral("bundle.zip"), test::randomBytes(500, 5));
        put(shots + QStringLiteral("broken.png"), "this is not a PNG", "image/png");
    }

    void canThumbnail_imagesUpTo20MiB_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("expected");
        QTest::newRow("png") << QStringLiteral("a/b.png") << qint64(10) << true;
        QTest::newRow("JPEG upper") << QStringLiteral("a/B.JPEG") << qint64(10) << true;
        QTest::newRow("jpg gif webp bmp") << QStringLiteral("x.webp") << qint64(1) << true;
        QTest::newRow("limit") << QStringLiteral("x.gif") << ui::ThumbnailProvider::kMaxSourceBytes
                               << true;
        QTest::newRow("too big") << QStringLiteral("x.bmp")
                                 << ui::ThumbnailProvider::kMaxSourceBytes + 1 << false;
        QTest::newRow("folder") << QStringLiteral("pics.png/") << qint64(-1) << false;
        QTest::newRow("dot in folder") << QStringLiteral("v1.png/readme") << qint64(5) << false;
        QTest::newRow("json") << QStringLiteral("a.json") << qint64(5) << false;
        QTest::newRow("svg") << QStringLiteral("a.svg") << qint64(5) << false;
        QTest::newRow("no suffix") << QStringLiteral("png") << qint64(5) << false;
    }
    void canThumbnail_imagesUpTo20MiB()
    {
        QFETCH(QString, key);
        QFETCH(qint64, size);
        QFETCH(bool, expected);
        QCOMPARE(ui::ThumbnailProvider::canThumbnail(key, size), expected);
    }

    void onlyRowsNearTheViewport_areDownloaded_thenScrolling_thenCached()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("thumbs"));
        ui::BrowserController browser;
        openFolder(browser, kFolder);
        models::BucketModel *model = browser.model();
        QCOMPARE(model->rowCount(), kImages + 4); // the subfolder, 40 images, 3 other files

        ui::ThumbnailView view;
        setUpView(view, model, cache);
        // Four tiles a line, two lines on screen: with one screen below, about 16 rows near.
        view.resize(view.gridSize().width() * 4 + view.verticalScrollBar()->sizeHint().width() +
                        2 * view.frameWidth() + 4,
                    view.gridSize().height() * 2 + 2 * view.frameWidth());
        QVERIFY(showAndSettle(view));
        auto [first, last] = view.nearRows();
        QCOMPARE(first, 0);
        QVERIFY2(last >= 8 && last < 24, qPrintable(QString::number(last)));
        const QStringList nearImages = imageKeys(*model, first, last);
        QVERIFY(!nearImages.isEmpty());
        // Exactly the images near the viewport were fetched, each once; the rest were not.
        QCOMPARE(view.provider()->downloadsStarted(), nearImages.size());
        QTRY_COMPARE(shownThumbnails(view, 0, model->rowCount() - 1), nearImages.size());
        const QPixmap one = view.thumbnail(view.model()->index(model->rowForKey(nearImages[0]), 0));
        QVERIFY(one.width() <= view.thumbnailSize() && one.height() <= view.thumbnailSize());
        QCOMPARE(one.width(), view.thumbnailSize()); // 320×200 scaled to fit: the width fills
        // On disk: small thumbnails only, no originals left.
        const QFileInfoList files = QDir(cache).entryInfoList(QDir::Files);
        QCOMPARE(files.size(), nearImages.size());
        for (const auto &f : files)
            QVERIFY2(f.size() > 0 && f.size() < 20'000, qPrintable(QString::number(f.size())));

        // Scrolling to the end brings the rest, and nothing is fetched twice.
        QVERIFY(settle(view, [&] { view.scrollToBottom(); }));
        std::tie(first, last) = view.nearRows();
        QCOMPARE(last, model->rowCount() - 1);
        const QStringList lastImages = imageKeys(*model, first, last);
        QTRY_VERIFY(
            !view.thumbnail(view.model()->index(model->rowForKey(lastImages.last()), 0)).isNull());
        // Back to the top: already in memory, no request.
        const int afterScroll = view.provider()->downloadsStarted();
        QVERIFY(afterScroll > nearImages.size());
        QVERIFY(afterScroll <= kImages);
        QVERIFY(settle(view, [&] { view.scrollToTop(); }));
        QCOMPARE(view.provider()->downloadsStarted(), afterScroll);

        // A second view on the same cache folder downloads nothing at all.
        ui::ThumbnailView second;
        setUpView(second, model, cache);
        second.resize(view.size());
        QVERIFY(showAndSettle(second));
        QVERIFY(settle(second, [&] { second.scrollToBottom(); }));
        QTRY_VERIFY(!second.thumbnail(second.model()->index(model->rowForKey(lastImages.last()), 0))
                         .isNull());
        QCOMPARE(second.provider()->downloadsStarted(), 0);
    }

    void brokenImage_isFetchedOnce_andShowsTheIcon()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("broken"));
        ui::BrowserController browser;
        openFolder(browser, QStringLiteral("素材/"));
        const QString key = QStringLiteral("素材/broken.png");
        for (int round = 0; round < 2; ++round) {
            ui::ThumbnailView view;
            setUpView(view, browser.model(), cache);
            QSignalSpy failed(view.provider(), &ui::ThumbnailProvider::thumbnailFailed);
            view.resize(900, 700);
            QVERIFY(showAndSettle(view));
            QVERIFY(failed.size() >= 1);
            QCOMPARE(failed.last().at(0).toString(), key);
            QVERIFY(
                view.thumbnail(view.model()->index(browser.model()->rowForKey(key), 0)).isNull());
            // The first view fetched every picture; the second, none (the failure is cached).
            QCOMPARE(view.provider()->downloadsStarted(), round == 0 ? 9 : 0);
        }
    }

    void anotherFolder_cancelsWhatIsUnderWay()
    {
        ui::BrowserController browser;
        openFolder(browser, kFolder);
        ui::ThumbnailView view;
        setUpView(view, browser.model(), m_tmp.filePath(QStringLiteral("cancel")));
        QSignalSpy ready(view.provider(), &ui::ThumbnailProvider::thumbnailReady);
        view.resize(900, 900);
        QSignalSpy updated(&view, &ui::ThumbnailView::nearRowsUpdated);
        view.show();
        QVERIFY(updated.wait(5'000));
        QVERIFY(view.provider()->pendingCount() > 0);
        browser.open(m_bucket, QStringLiteral("art/sub/"));
        QCOMPARE(view.provider()->pendingCount(), 0); // cancelled at once
        const int before = int(ready.size());
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->isComplete(), 30'000);
        QTRY_VERIFY(!view.isUpdatePending() && view.provider()->pendingCount() == 0);
        // Only the new folder's picture arrives afterwards.
        QTRY_COMPARE(int(ready.size()), before + 1);
        QCOMPARE(ready.last().at(0).toString(), QStringLiteral("art/sub/inside.png"));
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

QTEST_MAIN(TestThumbnailView)
#include "tst_thumbnailview.moc"
