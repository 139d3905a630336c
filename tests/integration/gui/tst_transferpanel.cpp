// Files dropped on the browser are uploaded through the transfer engine (in its own thread) to
// the folder under the cursor, the queue panel shows them, the folder refreshes; a file that
// exists raises the conflict question. Rendered to PNG in English and Chinese.
#include "browser/browsercontroller.h"
#include "cloud/storagejobs.h"
#include "mainwindow/mainwindow.h"
#include "models/bucketmodel.h"
#include "models/transfermodel.h"
#include "s3testenv.h"
#include "testenv.h"
#include "transfer/transferengine.h"
#include "transfer/transferservice.h"
#include "transfers/transferpanel.h"
#include "transfers/transferscontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <atomic>

using namespace sucai;

namespace {
using sucai::test::writeFile;

// What a file manager sends when files are dropped: a drop event with file URLs.
void dropFiles(QWidget *target, const QPoint &pos, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}
} // namespace

class TestTransferPanel final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QString m_bucket;
    QTemporaryDir m_tmp;

    void run(const QString &locale)
    {
        const QString dataDir = m_tmp.filePath(QStringLiteral("data-") + locale);
        transfer::TransferService service(dataDir);
        ui::TransfersController transfers(&service);
        const QString profile = QStringLiteral("rgw");
        service.addProfile(profile, m_client->endpoint(), cloud::SignatureKind::SigV4,
                           m_client->credentials());
        transfers.setProfile(profile, m_client.get());
        ui::BrowserController browser;
        browser.setClient(m_client.get(), QStringLiteral("Local RGW"));
        ui::MainWindow window(&browser, &transfers);
        window.resize(1100, 700);
        window.show();
        browser.open(m_bucket, {});
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 2, 30'000); // docs/, hello.txt
        QTRY_VERIFY(!browser.model()->isLoading());

        // Three files dropped on the "docs/" folder row go into docs/.
        const QString src = m_tmp.filePath(QStringLiteral("src-") + locale);
        QDir().mkpath(src);
        QStringList files;
        for (const QString &name : {QStringLiteral("报告 2026.pdf"), QStringLiteral("notes.txt"),
                                    QStringLiteral("photo.jpg")}) {
            files << src + u'/' + name;
            QVERIFY(writeFile(files.last(), test::randomBytes(20'000 + files.size(), 7)));
        }
        auto *table = window.findChild<QTableView *>(QString(), Qt::FindDirectChildrenOnly);
        if (!table) {
            const auto tables = window.findChildren<QTableView *>();
            for (QTableView *t : tables) {
                if (t->model() != transfers.model())
                    table = t;
            }
        }
        QVERIFY(table);
        const int docsRow = browser.model()->rowForKey(QStringLiteral("docs/"));
        QVERIFY(docsRow >= 0);
        const QRect docsRect = table->visualRect(table->model()->index(docsRow, 0));
        dropFiles(table->viewport(), docsRect.center(), files);

        QSignalSpy batches(&transfers, &ui::TransfersController::batchFinished);
        models::TransferModel *model = transfers.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(model->activeCount(), 0, 60'000);
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->snapshot(r).state, core::TransferState::Done);
            QVERIFY(model->snapshot(r).key.startsWith(QStringLiteral("docs/")));
        }
        // One drop, one batch: one notification with the counts when its last file is done.
        QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 10'000);
        QCOMPARE(batches.first().at(0).value<core::TransferDirection>(),
                 core::TransferDirection::Upload);
        QCOMPARE(batches.first().at(1).toInt(), 3);
        QCOMPARE(batches.first().at(2).toInt(), 0);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(
            locale == u"en" ? QStringLiteral("3 files done") : QStringLiteral("3")));
        // "Copy URLs": the public URL of every finished upload, each one really the object.
        const QStringList urls = transfers.finishedUploadUrls({});
        QCOMPARE(urls.size(), 3);
        QVERIFY(urls.contains(m_client->endpoint()
                                  .objectUrl(m_bucket, QStringLiteral("docs/报告 2026.pdf"))
                                  .toString(QUrl::FullyEncoded)));
        QCOMPARE(transfers.finishedUploadUrls({0}).size(), 1);
        // With a CDN domain: the same objects through the CDN, each path segment encoded.
        QVERIFY(transfers.finishedUploadCdnUrls({}).isEmpty());
        transfers.setCdnResolver(
            [](const QString &) { return QUrl(QStringLiteral("https://cdn.example.test")); });
        const QStringList cdnUrls = transfers.finishedUploadCdnUrls({});
        QCOMPARE(cdnUrls.size(), 3);
        QVERIFY2(cdnUrls.contains(
                     QStringLiteral("https://cdn.example.test/docs/%E6%8A%A5%E5%91%8A%202026.pdf")),
                 qPrintable(cdnUrls.join(u' ')));
        auto *head = m_client->headObject(m_bucket, QStringLiteral("docs/报告 2026.pdf"));
        QVERIFY(test::runJob(head).ok());
        QCOMPARE(head->meta().size, 20'001);
        head->deleteLater();

        // Dropped on empty space: into the folder shown (the bucket root). hello.txt exists:
        // the window asks; "Keep Both" stores the new one as "hello (1).txt".
        const QString hello = src + QStringLiteral("/hello.txt");
        QVERIFY(writeFile(hello, "a new hello"));
        dropFiles(table->viewport(),
                  QPoint(table->viewport()->width() / 2, table->viewport()->height() - 5), {hello});
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>()) != nullptr, 20'000);
        QVERIFY(box->text().contains(QStringLiteral("hello.txt")));
        const QString boxPath = test::artefactDir(QStringLiteral("screenshots")) +
                                QStringLiteral("/conflict-%1.png").arg(locale);
        QVERIFY(box->grab().save(boxPath));
        QPushButton *keepBoth = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::ActionRole)
                keepBoth = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(keepBoth);
        keepBoth->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(model->activeCount(), 0, 30'000);
        QCOMPARE(model->snapshot(3).key, QStringLiteral("hello (1).txt"));
        // The folder shown refreshes by itself after uploads into it.
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->rowForKey(QStringLiteral("hello (1).txt")) >= 0,
                                 10'000);
        auto *get = m_client->headObject(m_bucket, QStringLiteral("hello.txt"));
        QVERIFY(test::runJob(get).ok());
        QCOMPARE(get->meta().size, qint64(QByteArray("hello").size())); // untouched
        get->deleteLater();

        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("transfersDock"));
        QVERIFY(dock && dock->isVisible());
        QTest::qWait(300); // the last progress tick
        const QString path = test::artefactDir(QStringLiteral("screenshots")) +
                             QStringLiteral("/transfers-%1.png").arg(locale);
        QVERIFY(window.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        // Clean up for the next locale's run.
        for (const QString &k :
             {QStringLiteral("docs/报告 2026.pdf"), QStringLiteral("docs/notes.txt"),
              QStringLiteral("docs/photo.jpg"), QStringLiteral("hello (1).txt")}) {
            auto *del = m_client->deleteObject(m_bucket, k);
            test::runJob(del);
            del->deleteLater();
        }
    }

private Q_SLOTS:
    void init()
    {
        // The engine runs in its own thread: every timer of it must live there too.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("from another thread")));
    }

    void initTestCase()
    {
        // Settings (window layout, the panel's limits) in a private folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("transferpanel"));
        QSettings().clear();
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        QVERIFY(m_tmp.isValid());
        m_bucket = test::uniqueBucketName(QStringLiteral("drop"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
        for (const auto &[key, data] :
             {std::pair{QStringLiteral("docs/readme.md"), QByteArray("# docs")},
              std::pair{QStringLiteral("hello.txt"), QByteArray("hello")}}) {
            auto *job = m_client->putObjectData(m_bucket, key, data);
            QVERIFY(test::runJob(job).ok());
            job->deleteLater();
        }
    }

    void dropUpload_english()
    {
        // English plural forms ("1 item", "3 items") come from sucai_en, as in the app.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::English), QStringLiteral("sucai"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        run(QStringLiteral("en"));
        QCoreApplication::removeTranslator(&translator);
    }

    void dropUpload_chinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("sucai"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        run(QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&translator);
    }

    // The panel's limits reach the running engine at once and are kept for the next start.
    void limits_reachTheEngineAndAreKept()
    {
        transfer::TransferService service(m_tmp.filePath(QStringLiteral("data-limits")));
        ui::TransfersController transfers(&service);
        {
            ui::TransferPanel panel(&transfers);
            auto *maxTasks = panel.findChild<QSpinBox *>(QStringLiteral("maxTasks"));
            auto *rate = panel.findChild<QComboBox *>(QStringLiteral("rateLimit"));
            QVERIFY(maxTasks && rate);
            maxTasks->setValue(3);
            rate->setCurrentIndex(2); // 1 MiB/s
            std::atomic<int> seenTasks{0};
            service.post(
                [&seenTasks](transfer::TransferEngine *e) { seenTasks = e->settings().maxTasks; });
            QTRY_COMPARE(seenTasks.load(), 3);
        }
        ui::TransferPanel again(&transfers);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("maxTasks"))->value(), 3);
        QCOMPARE(
            again.findChild<QComboBox *>(QStringLiteral("rateLimit"))->currentData().toLongLong(),
            qint64(1024 * 1024));
    }

    // Uploads that replaced an existing object are reported at the end of their batch (the
    // window offers a CDN purge for them); new objects are not.
    void replacedUploads_areReported()
    {
        transfer::TransferService service(m_tmp.filePath(QStringLiteral("data-replace")));
        ui::TransfersController transfers(&service);
        service.addProfile(QStringLiteral("rgw"), m_client->endpoint(), cloud::SignatureKind::SigV4,
                           m_client->credentials());
        transfers.setProfile(QStringLiteral("rgw"), m_client.get());
        connect(&transfers, &ui::TransfersController::conflict, this,
                [&transfers](qint64 id, const QString &) {
                    transfers.resolveConflict(id, core::ConflictPolicy::Overwrite, false);
                });
        QSignalSpy batches(&transfers, &ui::TransfersController::batchFinished);
        QSignalSpy replaced(&transfers, &ui::TransfersController::replacedObjects);
        const QString dir = m_tmp.filePath(QStringLiteral("replace"));
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/logo.png");
        QVERIFY(writeFile(file, "version 1"));
        transfers.upload({file}, m_bucket, QStringLiteral("cdn/"));
        QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 30'000);
        QCOMPARE(replaced.size(), 0); // a new object
        QVERIFY(writeFile(file, "version 2, longer"));
        transfers.upload({file}, m_bucket, QStringLiteral("cdn/"));
        QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 2, 30'000);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().at(0).toString(), QStringLiteral("rgw"));
        QCOMPARE(replaced.first().at(1).toString(), m_bucket);
        QCOMPARE(replaced.first().at(2).toStringList(),
                 QStringList{QStringLiteral("cdn/logo.png")});
        auto *head = m_client->headObject(m_bucket, QStringLiteral("cdn/logo.png"));
        QVERIFY(test::runJob(head).ok());
        QCOMPARE(head->meta().size, qint64(QByteArray("version 2, longer").size()));
        head->deleteLater();
    }

    // Transfers left unfinished when the app quit come back paused, and "Resume All" (shown
    // only then) finishes them.
    void restoredTransfers_comePaused_resumeAll()
    {
        QSettings().remove(QStringLiteral("transfers")); // no limits from the test before
        const QString dataDir = m_tmp.filePath(QStringLiteral("data-restore"));
        const QString file = m_tmp.filePath(QStringLiteral("left-over.bin"));
        const QByteArray data = test::randomBytes(3 * 1024 * 1024, 11);
        QVERIFY(writeFile(file, data));
        const QString profile = QStringLiteral("rgw");
        {
            transfer::TransferService service(dataDir);
            ui::TransfersController transfers(&service);
            service.addProfile(profile, m_client->endpoint(), cloud::SignatureKind::SigV4,
                               m_client->credentials());
            transfers.setProfile(profile, m_client.get());
            transfers.setRateLimit(256 * 1024); // ~12 s: still running when we "quit"
            transfers.upload({file}, m_bucket, QStringLiteral("restore/"));
            QTRY_COMPARE_WITH_TIMEOUT(transfers.model()->activeCount(), 1, 10'000);
            QTest::qWait(500);
        } // the app quits mid-upload
        transfer::TransferService service(dataDir);
        ui::TransfersController transfers(&service);
        ui::TransferPanel panel(&transfers);
        auto *resumeAll = panel.findChild<QToolButton *>(QStringLiteral("resumeAll"));
        QVERIFY(resumeAll);
        QVERIFY(resumeAll->isHidden());
        service.addProfile(profile, m_client->endpoint(), cloud::SignatureKind::SigV4,
                           m_client->credentials());
        service.restore(/*paused=*/true);
        QTRY_COMPARE_WITH_TIMEOUT(transfers.model()->rowCount(), 1, 10'000);
        QCOMPARE(transfers.model()->snapshot(0).state, core::TransferState::Paused);
        QTRY_VERIFY(!resumeAll->isHidden());
        QTest::qWait(500);
        QCOMPARE(transfers.model()->snapshot(0).state, core::TransferState::Paused); // waits
        resumeAll->click();
        QTRY_COMPARE_WITH_TIMEOUT(transfers.model()->snapshot(0).state, core::TransferState::Done,
                                  60'000);
        QTRY_VERIFY(resumeAll->isHidden());
        auto *head = m_client->headObject(m_bucket, QStringLiteral("restore/left-over.bin"));
        QVERIFY(test::runJob(head).ok());
        QCOMPARE(head->meta().size, qint64(data.size()));
        head->deleteLater();
    }
};

QTEST_MAIN(TestTransferPanel)
#include "tst_transferpanel.moc"
