// Object operations of the window against the real RGW: new folder (and bad names refused),
// delete with what it removes counted first (folders recursively), URL and presigned URL that
// really download the object; the delete question rendered in English and Chinese.
#include "browser/browsercontroller.h"
#include "browser/objectactions.h"
#include "cloud/storagejobs.h"
#include "mainwindow/mainwindow.h"
#include "models/bucketmodel.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace sucai;

class TestObjectActions final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QString m_bucket;

    void put(const QString &key, const QByteArray &data)
    {
        auto *job = m_client->putObjectData(m_bucket, key, data);
        QVERIFY(test::runJob(job).ok());
        job->deleteLater();
    }
    bool exists(const QString &key)
    {
        auto *job = m_client->headObject(m_bucket, key);
        const bool ok = test::runJob(job).ok();
        job->deleteLater();
        return ok;
    }
    QByteArray fetch(const QString &url)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(url, QUrl::StrictMode)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10'000);
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        m_bucket = test::uniqueBucketName(QStringLiteral("ops"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
    }

    void newFolder_andBadNames()
    {
        ui::ObjectActions ops;
        ops.setClient(m_client.get());
        QSignalSpy created(&ops, &ui::ObjectActions::folderCreated);
        QSignalSpy error(&ops, &ui::ObjectActions::error);
        ops.createFolder(m_bucket, QStringLiteral("assets/"), QStringLiteral("素材 2026"));
        QVERIFY(created.wait(10'000));
        QCOMPARE(created.at(0).at(1).toString(), QStringLiteral("assets/素材 2026/"));
        QVERIFY(exists(QStringLiteral("assets/素材 2026/")));
        for (const QString &bad : {QString(), QStringLiteral(".."), QStringLiteral("a/b"),
                                   QStringLiteral("tab\there")}) {
            ops.createFolder(m_bucket, {}, bad);
        }
        QCOMPARE(error.size(), 4); // refused at once, nothing sent
        QCOMPARE(created.size(), 1);
    }

    void rename_copiesThenDeletes_andNeverOverwrites()
    {
        put(QStringLiteral("ren/a.txt"), "the a file");
        put(QStringLiteral("ren/taken.txt"), "already here");
        ui::ObjectActions ops;
        ops.setClient(m_client.get());
        QSignalSpy renamed(&ops, &ui::ObjectActions::renamed);
        QSignalSpy error(&ops, &ui::ObjectActions::error);
        ops.rename(m_bucket, QStringLiteral("ren/a.txt"), QStringLiteral("b 乙.txt"));
        QVERIFY(renamed.wait(10'000));
        QCOMPARE(renamed.at(0).at(2).toString(), QStringLiteral("ren/b 乙.txt"));
        QVERIFY(!exists(QStringLiteral("ren/a.txt")));
        QCOMPARE(fetch(ops.presignedUrl(m_bucket, QStringLiteral("ren/b 乙.txt"), 60)),
                 QByteArray("the a file"));
        // A name in use is refused and nothing changes.
        ops.rename(m_bucket, QStringLiteral("ren/b 乙.txt"), QStringLiteral("taken.txt"));
        QVERIFY(error.wait(10'000));
        QVERIFY2(error.at(0).at(0).toString().contains(QStringLiteral("already exists")),
                 qPrintable(error.at(0).at(0).toString()));
        QCOMPARE(fetch(ops.presignedUrl(m_bucket, QStringLiteral("ren/taken.txt"), 60)),
                 QByteArray("already here"));
        QVERIFY(exists(QStringLiteral("ren/b 乙.txt")));
        ops.rename(m_bucket, QStringLiteral("ren/b 乙.txt"), QStringLiteral("../escape"));
        QCOMPARE(error.size(), 2); // refused at once
        QCOMPARE(renamed.size(), 1);
    }

    void urls_downloadTheObject()
    {
        put(QStringLiteral("pub/图 1.png"), "png bytes");
        ui::ObjectActions ops;
        ops.setClient(m_client.get());
        const QString presigned = ops.presignedUrl(m_bucket, QStringLiteral("pub/图 1.png"), 600);
        QVERIFY(presigned.contains(QStringLiteral("X-Amz-Signature=")));
        QCOMPARE(fetch(presigned), QByteArray("png bytes"));
        // The plain URL names the object; without a public-read ACL the server refuses it.
        const QString plain = ops.publicUrl(m_bucket, QStringLiteral("pub/图 1.png"));
        QVERIFY(plain.endsWith(QStringLiteral("/pub/%E5%9B%BE%201.png")));
        QVERIFY(fetch(plain).isEmpty());
    }

    void delete_countsFirstThenDeletesFolderAndFiles_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void delete_countsFirstThenDeletesFolderAndFiles()
    {
        QFETCH(QString, locale);
        QTranslator translator;
        QVERIFY(translator.load(locale == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                                   : QLocale(QLocale::English),
                                QStringLiteral("sucai"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString base = QStringLiteral("del-%1/").arg(locale);
        put(base + QStringLiteral("keep.txt"), "keep");
        put(base + QStringLiteral("single.txt"), QByteArray(100, 's'));
        for (int i = 0; i < 3; ++i)
            put(base + QStringLiteral("old/level/%1.bin").arg(i), QByteArray(1000, char('a' + i)));

        ui::BrowserController browser;
        browser.setClient(m_client.get(), QStringLiteral("Local RGW"));
        ui::MainWindow window(&browser);
        window.resize(1000, 600);
        window.show();
        browser.open(m_bucket, base);
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 3, 20'000);
        QTRY_VERIFY(!browser.model()->isLoading());
        QTableView *table = nullptr;
        for (QTableView *t : window.findChildren<QTableView *>())
            table = t;
        QVERIFY(table);
        // Select the folder and one file, press Del.
        table->setFocus();
        table->selectionModel()->clearSelection();
        const QStringList chosen{base + QStringLiteral("old/"),
                                 base + QStringLiteral("single.txt")};
        for (const QString &k : chosen) {
            const int row = browser.model()->rowForKey(k);
            QVERIFY(row >= 0);
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        }
        QTest::keyClick(table, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>()) != nullptr, 20'000);
        // 3 objects in the folder (3000 bytes) + the file (100 bytes).
        QVERIFY2(box->text().contains(QStringLiteral("4")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QLocale().formattedDataSize(3100)), qPrintable(box->text()));
        const QString shot = test::artefactDir(QStringLiteral("screenshots")) +
                             QStringLiteral("/delete-%1.png").arg(locale);
        QVERIFY(box->grab().save(shot));
        QAbstractButton *del = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                del = b;
        }
        QVERIFY(del);
        del->click();
        QTRY_VERIFY_WITH_TIMEOUT(!exists(base + QStringLiteral("single.txt")), 20'000);
        QVERIFY(!exists(base + QStringLiteral("old/level/1.bin")));
        QVERIFY(exists(base + QStringLiteral("keep.txt")));
        // The folder shown refreshes: only keep.txt is left.
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 1, 20'000);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestObjectActions)
#include "tst_objectactions.moc"
