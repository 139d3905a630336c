// Object operations of the window against the real RGW: new folder (and bad names refused),
// delete with what it removes counted first (folders recursively), URL and presigned URL that
// really download the object; the delete question rendered in English and Chinese.
#include "browser/batchcopy.h"
#include "browser/browsercontroller.h"
#include "browser/objectactions.h"
#include "browser/propertiesdialog.h"
#include "cloud/storagejobs.h"
#include "mainwindow/mainwindow.h"
#include "models/bucketmodel.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

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
        // Window settings (layout, view mode, bookmarks) in a private folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("objectactions"));
        QSettings().clear();
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

    // --- Copy and move (Ctrl+C/X/V) ---------------------------------------------------------

    QStringList keysUnder(const QString &bucket, const QString &prefix)
    {
        QStringList out;
        cloud::ListObjectsParams params;
        params.prefix = prefix;
        auto *job = m_client->listObjects(bucket, params);
        if (test::runJob(job).ok()) {
            for (const auto &o : job->page().objects)
                out << o.key;
        }
        job->deleteLater();
        return out;
    }

    QByteArray read(const QString &bucket, const QString &key)
    {
        return fetch(m_client->presignedUrl(bucket, key, 600).toString(QUrl::FullyEncoded));
    }

    bool run(ui::BatchCopy &batch, int *done = nullptr, QStringList *failures = nullptr)
    {
        QSignalSpy finished(&batch, &ui::BatchCopy::finished);
        batch.start();
        if (!finished.wait(60'000))
            return false;
        if (done)
            *done = finished.at(0).at(0).toInt();
        if (failures)
            *failures = finished.at(0).at(1).toStringList();
        return true;
    }

    void copy_folderAndFile_intoAnotherFolder_neverOverwrites()
    {
        put(QStringLiteral("src/album/a.png"), "A");
        put(QStringLiteral("src/album/deep/b.png"), "BB");
        put(QStringLiteral("src/notes.txt"), "notes");
        put(QStringLiteral("dst/notes.txt"), "already here"); // must survive
        ui::BatchCopy::Request r;
        r.srcBucket = m_bucket;
        r.srcPrefix = QStringLiteral("src/");
        r.keys = {QStringLiteral("src/album/"), QStringLiteral("src/notes.txt")};
        r.sizes = {-1, 5};
        r.dstBucket = m_bucket;
        r.dstPrefix = QStringLiteral("dst/");
        ui::BatchCopy batch(m_client.get(), r);
        QSignalSpy planned(&batch, &ui::BatchCopy::planned);
        int done = 0;
        QStringList failures;
        QVERIFY(run(batch, &done, &failures));
        QCOMPARE(planned.at(0).at(0).toInt(), 3);
        QCOMPARE(planned.at(0).at(1).toLongLong(), 1 + 2 + 5);
        QCOMPARE(done, 2);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().startsWith(u"src/notes.txt: ") &&
                     failures.first().contains(u"not overwritten"),
                 qPrintable(failures.first()));
        QCOMPARE(read(m_bucket, QStringLiteral("dst/album/a.png")), QByteArray("A"));
        QCOMPARE(read(m_bucket, QStringLiteral("dst/album/deep/b.png")), QByteArray("BB"));
        QCOMPARE(read(m_bucket, QStringLiteral("dst/notes.txt")), QByteArray("already here"));
        QVERIFY(exists(QStringLiteral("src/album/a.png"))); // a copy leaves the source
    }

    void copy_inPlace_getsNumberedNames()
    {
        put(QStringLiteral("same/pic.png"), "P");
        put(QStringLiteral("same/dir/x.txt"), "X");
        ui::BatchCopy::Request r;
        r.srcBucket = r.dstBucket = m_bucket;
        r.srcPrefix = r.dstPrefix = QStringLiteral("same/");
        r.keys = {QStringLiteral("same/pic.png"), QStringLiteral("same/dir/")};
        r.sizes = {1, -1};
        r.takenNames = {QStringLiteral("pic.png"), QStringLiteral("pic (1).png"),
                        QStringLiteral("dir/")};
        ui::BatchCopy batch(m_client.get(), r);
        int done = 0;
        QVERIFY(run(batch, &done));
        QCOMPARE(done, 2);
        QCOMPARE(read(m_bucket, QStringLiteral("same/pic (2).png")), QByteArray("P"));
        QCOMPARE(read(m_bucket, QStringLiteral("same/dir (1)/x.txt")), QByteArray("X"));
    }

    void move_toAnotherBucket_deletesSources()
    {
        const QString other = test::uniqueBucketName(QStringLiteral("ops-dst"));
        auto *mb = m_client->createBucket(other);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
        put(QStringLiteral("mv/folder/1.bin"), "one");
        put(QStringLiteral("mv/folder/2.bin"), "two");
        ui::BatchCopy::Request r;
        r.srcBucket = m_bucket;
        r.srcPrefix = QStringLiteral("mv/");
        r.keys = {QStringLiteral("mv/folder/")};
        r.dstBucket = other;
        r.move = true;
        ui::BatchCopy batch(m_client.get(), r);
        int done = 0;
        QStringList failures;
        QVERIFY(run(batch, &done, &failures));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(done, 2);
        QCOMPARE(keysUnder(other, QStringLiteral("folder/")),
                 (QStringList{QStringLiteral("folder/1.bin"), QStringLiteral("folder/2.bin")}));
        QCOMPARE(read(other, QStringLiteral("folder/2.bin")), QByteArray("two"));
        QVERIFY(keysUnder(m_bucket, QStringLiteral("mv/")).isEmpty());
    }

    void refused_folderIntoItself_moveOntoItself()
    {
        ui::BatchCopy::Request r;
        r.srcBucket = r.dstBucket = m_bucket;
        r.srcPrefix = QStringLiteral("a/");
        r.keys = {QStringLiteral("a/b/")};
        r.dstPrefix = QStringLiteral("a/b/c/");
        QVERIFY(!ui::BatchCopy::check(r).isEmpty());
        r.dstPrefix = QStringLiteral("a/");
        r.move = true;
        QVERIFY(!ui::BatchCopy::check(r).isEmpty());
        r.move = false;
        QVERIFY(ui::BatchCopy::check(r).isEmpty()); // a copy in place is fine: "b (1)/"
        r.dstPrefix = QStringLiteral("a/b/c/");
        ui::BatchCopy refused(m_client.get(), r);
        QStringList failures;
        int done = -1;
        QVERIFY(run(refused, &done, &failures));
        QCOMPARE(done, 0);
        QCOMPARE(failures.size(), 1);
    }

    void cancel_stopsAndSaysHowFar()
    {
        for (int i = 0; i < 40; ++i)
            put(QStringLiteral("many/%1.txt").arg(i, 2, 10, QLatin1Char('0')), "x");
        ui::BatchCopy::Request r;
        r.srcBucket = r.dstBucket = m_bucket;
        r.srcPrefix = QString();
        r.keys = {QStringLiteral("many/")};
        r.dstPrefix = QStringLiteral("many-copy/");
        ui::BatchCopy batch(m_client.get(), r);
        QSignalSpy finished(&batch, &ui::BatchCopy::finished);
        QSignalSpy progress(&batch, &ui::BatchCopy::progressChanged);
        batch.start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 30'000);
        batch.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        const int done = finished.at(0).at(0).toInt();
        QVERIFY(done < 40);
        QTest::qWait(500); // nothing more lands after the cancel
        QVERIFY(keysUnder(m_bucket, QStringLiteral("many-copy/")).size() <=
                done + ui::BatchCopy::kParallel);
        QVERIFY(!batch.isRunning());
    }

    void renameFolder_movesEverythingUnderIt()
    {
        put(QStringLiteral("ren/old/"), {});
        put(QStringLiteral("ren/old/a.txt"), "a");
        put(QStringLiteral("ren/old/sub/b.txt"), "b");
        put(QStringLiteral("ren/taken/"), {});
        ui::BatchCopy::Request r;
        r.srcBucket = r.dstBucket = m_bucket;
        r.srcPrefix = r.dstPrefix = QStringLiteral("ren/");
        r.keys = {QStringLiteral("ren/old/")};
        r.move = true;
        r.takenNames = {QStringLiteral("old/"), QStringLiteral("taken/")};
        r.renameTo = QStringLiteral("taken");
        QVERIFY(ui::BatchCopy::check(r).contains(u"taken/")); // never merged into another
        r.renameTo = QStringLiteral("a/b");
        QVERIFY(!ui::BatchCopy::check(r).isEmpty());
        r.renameTo = QStringLiteral("新的");
        QVERIFY(ui::BatchCopy::check(r).isEmpty());
        ui::BatchCopy batch(m_client.get(), r);
        int done = 0;
        QStringList failures;
        QVERIFY(run(batch, &done, &failures));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(done, 3); // the folder's marker too
        QCOMPARE(keysUnder(m_bucket, QStringLiteral("ren/新的/")),
                 (QStringList{QStringLiteral("ren/新的/"), QStringLiteral("ren/新的/a.txt"),
                              QStringLiteral("ren/新的/sub/b.txt")}));
        QVERIFY(keysUnder(m_bucket, QStringLiteral("ren/old/")).isEmpty());
    }

    // Properties: edited in the dialog, saved as a copy onto itself; the bytes stay.
    void properties_editedAndSaved()
    {
        put(QStringLiteral("props/logo.png"), "PNGDATA");
        auto *head = m_client->headObject(m_bucket, QStringLiteral("props/logo.png"));
        QVERIFY(test::runJob(head).ok());
        head->deleteLater();
        ui::PropertiesDialog dialog(QStringLiteral("props/logo.png"), head->meta(),
                                    m_client->endpoint().provider());
        dialog.findChild<QComboBox *>(QStringLiteral("contentType"))
            ->setCurrentText(QStringLiteral("image/png"));
        dialog.findChild<QComboBox *>(QStringLiteral("cacheControl"))
            ->setCurrentText(QStringLiteral("public, max-age=31536000, immutable"));
        dialog.findChild<QLineEdit *>(QStringLiteral("contentDisposition"))
            ->setText(QStringLiteral("attachment; filename=\"logo.png\""));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("metadata"));
        table->insertRow(0);
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Campaign")));
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("spring-2027")));
        QString why;
        auto headers = dialog.headers(&why);
        QVERIFY2(headers, qPrintable(why));

        ui::ObjectActions ops;
        ops.setClient(m_client.get());
        QSignalSpy changed(&ops, &ui::ObjectActions::headersChanged);
        ops.setHeaders(m_bucket, QStringLiteral("props/logo.png"), *headers);
        QVERIFY(changed.wait(10'000));
        auto *after = m_client->headObject(m_bucket, QStringLiteral("props/logo.png"));
        QVERIFY(test::runJob(after).ok());
        after->deleteLater();
        const cloud::ObjectMeta &m = after->meta();
        QCOMPARE(m.headers.contentType, QByteArray("image/png"));
        QCOMPARE(m.headers.cacheControl, QByteArray("public, max-age=31536000, immutable"));
        QCOMPARE(m.headers.contentDisposition, QByteArray("attachment; filename=\"logo.png\""));
        QCOMPARE(m.headers.userMetadata.size(), 1);
        QCOMPARE(m.headers.userMetadata.first().first, QByteArray("campaign"));
        QCOMPARE(m.headers.userMetadata.first().second, QByteArray("spring-2027"));
        QCOMPARE(read(m_bucket, QStringLiteral("props/logo.png")), QByteArray("PNGDATA"));

        // What cannot go into an HTTP header is refused with a reason, before anything is sent.
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("春季")));
        QVERIFY(!dialog.headers(&why));
        QVERIFY(why.contains(u"Campaign"));
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("bad name!")));
        QVERIFY(!dialog.headers(&why));
    }

    void properties_screenshots_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void properties_screenshots()
    {
        QFETCH(QString, locale);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("sucai"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        cloud::ObjectMeta meta;
        meta.headers.contentType = "image/png";
        meta.headers.cacheControl = "max-age=86400";
        meta.headers.storageClass = "STANDARD";
        meta.headers.userMetadata = {{"origin", "sucai-demo"}, {"campaign", "spring-2027"}};
        ui::PropertiesDialog dialog(QStringLiteral("images/hero.png"), meta,
                                    cloud::Endpoint::Provider::TencentCos);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(test::artefactDir(QStringLiteral("screenshots")) +
                                   QStringLiteral("/properties-%1.png").arg(locale)));
        QCoreApplication::removeTranslator(&translator);
    }

    // In the window: Ctrl+C then Ctrl+V in the same folder makes "name (1).ext"; Ctrl+X in one
    // folder and Ctrl+V in another moves.
    void window_copyPasteAndCutPaste()
    {
        put(QStringLiteral("win/a/pic.png"), "picture");
        put(QStringLiteral("win/b/"), {});
        ui::BrowserController browser;
        browser.setClient(m_client.get(), QStringLiteral("Local RGW"));
        ui::MainWindow window(&browser);
        window.resize(900, 500);
        window.show();
        auto *table = window.findChild<QTableView *>();
        browser.open(m_bucket, QStringLiteral("win/a/"));
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 1, 20'000);
        QTRY_VERIFY(!browser.model()->isLoading());
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 2, 20'000);
        QVERIFY(browser.model()->rowForKey(QStringLiteral("win/a/pic (1).png")) >= 0);
        QCOMPARE(read(m_bucket, QStringLiteral("win/a/pic (1).png")), QByteArray("picture"));

        QTRY_VERIFY(!browser.model()->isLoading());
        table->selectRow(browser.model()->rowForKey(QStringLiteral("win/a/pic.png")));
        QTest::keyClick(table, Qt::Key_X, Qt::ControlModifier);
        browser.open(m_bucket, QStringLiteral("win/b/"));
        QTRY_VERIFY(!browser.model()->isLoading());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 1, 20'000);
        QCOMPARE(browser.model()->entry(0).key, QStringLiteral("win/b/pic.png"));
        QVERIFY(!exists(QStringLiteral("win/a/pic.png")));
        QVERIFY(QApplication::clipboard()->text().isEmpty()); // what was cut is gone
    }

    // Go > Add Bookmark (Ctrl+D): the folder appears under Bookmarks in the side bar, opens
    // from there, survives a new window, and Ctrl+D again removes it.
    void bookmarks_addOpenRemove()
    {
        put(QStringLiteral("marks/levels/one.json"), "{}");
        ui::BrowserController browser;
        browser.setClient(m_client.get(), QStringLiteral("Local RGW"));
        auto window = std::make_unique<ui::MainWindow>(&browser);
        window->show();
        browser.open(m_bucket, QStringLiteral("marks/levels/"));
        QTRY_VERIFY(!browser.model()->isLoading());
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        auto *sidebar = window->findChild<QTreeWidget *>();
        QVERIFY(sidebar);
        const auto findMark = [&]() -> QTreeWidgetItem * {
            for (int i = 0; i < sidebar->topLevelItemCount(); ++i) {
                QTreeWidgetItem *top = sidebar->topLevelItem(i);
                for (int c = 0; c < top->childCount(); ++c) {
                    if (top->child(c)->toolTip(0) == m_bucket + QStringLiteral("/marks/levels/"))
                        return top->child(c);
                }
            }
            return nullptr;
        };
        QVERIFY(findMark());
        QCOMPARE(findMark()->text(0), QStringLiteral("levels"));
        QVERIFY(window->grab().save(test::artefactDir(QStringLiteral("screenshots")) +
                                    QStringLiteral("/bookmarks-en.png")));

        window.reset(); // a new window shows it too
        window = std::make_unique<ui::MainWindow>(&browser);
        window->show();
        sidebar = window->findChild<QTreeWidget *>();
        browser.open(m_bucket, {});
        QTRY_VERIFY(!browser.model()->isLoading());
        QVERIFY(findMark());
        Q_EMIT sidebar->itemClicked(findMark(), 0);
        QTRY_COMPARE(browser.model()->prefix(), QStringLiteral("marks/levels/"));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!findMark());
    }
};

QTEST_MAIN(TestObjectActions)
#include "tst_objectactions.moc"
