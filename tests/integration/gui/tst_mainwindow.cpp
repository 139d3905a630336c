// The main window browsing a real bucket (RGW fixture), rendered to PNG in English and Chinese
// so a person can look at it (build/<preset>/screenshots/).
#include "browser/browsercontroller.h"
#include "browser/objectactions.h"
#include "browser/thumbnailview.h"
#include "cloud/storagejobs.h"
#include "mainwindow/mainwindow.h"
#include "models/bucketmodel.h"
#include "preview/previewpane.h"
#include "s3testenv.h"
#include "testenv.h"
#include "translations.h"
#include "widgets/qrcodedialog.h"
#include "widgets/qrcodewidget.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace sucai;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QString m_bucket;

    void shoot(const QString &locale)
    {
        ui::BrowserController browser;
        browser.setClient(m_client.get(), QStringLiteral("Local RGW"));
        ui::MainWindow window(&browser);
        window.resize(1100, 640);
        window.show();
        browser.open(m_bucket, QStringLiteral("images/"));
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 4, 30'000);
        QTRY_VERIFY(!browser.model()->isLoading());
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(),
                 m_bucket + QStringLiteral("/images/"));
        QVERIFY(window.windowTitle().contains(m_bucket));

        // Entering a folder by activating its row, then back.
        auto *table = window.findChild<QTableView *>();
        QVERIFY(table);
        const int row = browser.model()->rowForKey(QStringLiteral("images/icons/"));
        QVERIFY(row >= 0);
        Q_EMIT table->activated(table->model()->index(row, 0));
        QTRY_COMPARE(browser.model()->prefix(), QStringLiteral("images/icons/"));
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        browser.back();
        QTRY_COMPARE(browser.model()->prefix(), QStringLiteral("images/"));
        QTRY_COMPARE(browser.model()->rowCount(), 4);
        QTRY_VERIFY(!browser.model()->isLoading());
        QTest::qWait(50);

        const QString path = test::artefactDir(QStringLiteral("screenshots")) +
                             QStringLiteral("/mainwindow-%1.png").arg(locale);
        QVERIFY(window.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        // Sorting by a header click: folders first, then by size, largest first.
        table->sortByColumn(models::BucketModel::SizeColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!browser.model()->isBusy());
        const auto nameAt = [&](int r) {
            return table->model()->index(r, models::BucketModel::NameColumn).data().toString();
        };
        QCOMPARE(nameAt(0), QStringLiteral("ui/")); // folders by name, in the same direction
        QCOMPARE(nameAt(1), QStringLiteral("icons/"));
        QCOMPARE(nameAt(2), QStringLiteral("banner 春节.png")); // the longer key, more bytes
        QCOMPARE(nameAt(3), QStringLiteral("hero.png"));

        // Ctrl+F filters what is listed, Esc puts everything back.
        table->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(filter && filter->isVisible());
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("HER"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(nameAt(0), QStringLiteral("hero.png"));
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(!filter->isVisible());
        QCOMPARE(table->model()->rowCount(), 4);

        // Enter asks the server: every object below images/ starting with "i" (icons/...).
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(filter, QStringLiteral("i"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(browser.model()->isSearch());
        QTRY_VERIFY(!browser.model()->isLoading());
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(nameAt(0), QStringLiteral("icons/b.png")); // still by size, largest first
        QCOMPARE(nameAt(1), QStringLiteral("icons/a.png"));
        QTest::qWait(50);
        const QString searchShot = test::artefactDir(QStringLiteral("screenshots")) +
                                   QStringLiteral("/mainwindow-search-%1.png").arg(locale);
        QVERIFY(window.grab().save(searchShot));
        qInfo("screenshot: %s", qPrintable(searchShot));
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_VERIFY(!browser.model()->isSearch());
        QTRY_COMPARE(table->model()->rowCount(), 4);
        table->sortByColumn(-1, Qt::AscendingOrder); // the next run starts in server order

        // Ctrl+I shows details and a preview of the file selected.
        window.resize(1400, 720);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *pane = window.findChild<ui::PreviewPane *>();
        QVERIFY(pane);
        QTRY_VERIFY(pane->isVisible());
        QSignalSpy loaded(pane, &ui::PreviewPane::loaded);
        table->selectRow(browser.model()->rowForKey(QStringLiteral("images/hero.png")));
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(pane->state(), QStringLiteral("image"));
        QCOMPARE(pane->imageSize(), QSize(96, 64));
        QTest::qWait(50);
        const QString detailsShot = test::artefactDir(QStringLiteral("screenshots")) +
                                    QStringLiteral("/mainwindow-details-%1.png").arg(locale);
        QVERIFY(window.grab().save(detailsShot));
        qInfo("screenshot: %s", qPrintable(detailsShot));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(!pane->isVisible());

        // View > Icons (Ctrl+2): the same folder as thumbnails, pictures fetched for the tiles
        // shown; the selection is the same in both views.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *grid = window.findChild<ui::ThumbnailView *>(QStringLiteral("thumbnailView"));
        QVERIFY(grid && grid->isVisible());
        QVERIFY(!table->isVisible());
        const QModelIndex heroTile =
            grid->model()->index(browser.model()->rowForKey(QStringLiteral("images/hero.png")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!grid->thumbnail(heroTile).isNull(), 20'000);
        QVERIFY(grid->selectionModel()->isRowSelected(heroTile.row(), {}));
        QTest::qWait(50);
        const QString iconsShot = test::artefactDir(QStringLiteral("screenshots")) +
                                  QStringLiteral("/mainwindow-icons-%1.png").arg(locale);
        QVERIFY(window.grab().save(iconsShot));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(table->isVisible());

        // Edit > Show URL as QR Code > Public URL: a dialog with the object's URL as a QR code.
        QMenu *qrMenu = nullptr;
        for (auto *menu : window.findChildren<QMenu *>()) {
            if (menu->title() == window.tr("Show URL as &QR Code") ||
                menu->title() ==
                    QCoreApplication::translate("sucai::ui::MainWindow", "Show URL as &QR Code"))
                qrMenu = menu;
        }
        QVERIFY(qrMenu && qrMenu->isEnabled());
        qrMenu->actions().first()->trigger();
        auto *dialog = window.findChild<ui::QrCodeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->code()->text(),
                 browser.actions()->publicUrl(m_bucket, QStringLiteral("images/hero.png")));
        QVERIFY(!dialog->code()->code().isNull());
        dialog->close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Window settings (layout, view mode, bookmarks) in a private folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mainwindow"));
        QSettings().clear();
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        m_bucket = test::uniqueBucketName(QStringLiteral("gui"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
        const QStringList keys = {
            QStringLiteral("images/banner 春节.png"), QStringLiteral("images/hero.png"),
            QStringLiteral("images/icons/a.png"),     QStringLiteral("images/icons/b.png"),
            QStringLiteral("images/ui/button.png"),   QStringLiteral("config.json")};
        // A real (small, flat) picture for the preview; the rest random bytes.
        QImage picture(96, 64, QImage::Format_RGB32);
        picture.fill(QColor(0x2e, 0x86, 0xc1));
        QPainter painter(&picture);
        painter.setBrush(QColor(0xf4, 0xd0, 0x3f));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(48, 40), 18, 18);
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        for (const auto &k : keys) {
            const QByteArray data =
                k.endsWith(u"hero.png") ? png : test::randomBytes(1000 + k.size() * 100, 1);
            QVERIFY(k != QStringLiteral("images/hero.png") || data.size() < 2000);
            auto *job = m_client->putObjectData(m_bucket, k, data);
            QVERIFY(test::runJob(job).ok());
            job->deleteLater();
        }
    }

    void browse_english() { shoot(QStringLiteral("en")); }

    void browse_chinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("sucai"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        shoot(QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
