// The transfer engine against the real RGW: resume after kill -9 (finished parts never sent
// again, checked with RGW's usage log), download resume, a file changed mid-upload, conflict
// policies, disk full, over quota. The process that is killed is sucai-cli itself.
#include "cloud/storagejobs.h"
#include "core/transferjournal.h"
#include "core/uploadencoding.h"
#include "s3testenv.h"
#include "testenv.h"
#include "transfer/transferengine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/mount.h>

using namespace sucai;

namespace {
using sucai::test::readFile;
using sucai::test::writeFile;
} // namespace

class TestTransferEngine final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QHash<QString, QString> m_env;
    QString m_bucket;
    QTemporaryDir m_tmp;

    QProcessEnvironment cliEnv() const
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                   m_env.value(QStringLiteral("SUCAI_S3_ENDPOINT")));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                   m_env.value(QStringLiteral("SUCAI_S3_ACCESS_KEY")));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                   m_env.value(QStringLiteral("SUCAI_S3_SECRET_KEY")));
        env.insert(QStringLiteral("SUCAI_DATA_DIR"), m_tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    int cli(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnv());
        p.start(QStringLiteral(SUCAI_CLI_PATH), QStringList{QStringLiteral("--path-style")} + args);
        if (!p.waitForFinished(180'000)) {
            p.kill();
            return -1;
        }
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Bytes RGW received and sent for our bucket, from its usage log (admin ops API).
    QPair<qint64, qint64> usage()
    {
        cloud::HttpRequest req = m_client->endpoint().request("GET");
        req.path = "/admin/usage";
        req.addQuery("format", "json");
        req.addQuery("uid", m_env.value(QStringLiteral("SUCAI_S3_USER")).toUtf8());
        req.addQuery("bucket", m_bucket.toUtf8());
        m_client->sign(req);
        QNetworkRequest nr(QUrl::fromEncoded(req.encodedUrl(), QUrl::StrictMode));
        for (const auto &[k, v] : req.headers) {
            if (k.compare("host", Qt::CaseInsensitive) != 0)
                nr.setRawHeader(k, v);
        }
        QNetworkReply *reply = m_nam.get(nr);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(10'000);
        const QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        qint64 received = 0;
        qint64 sent = 0;
        for (const auto &entry : doc.value(QStringLiteral("entries")).toArray()) {
            for (const auto &b : entry.toObject().value(QStringLiteral("buckets")).toArray()) {
                if (b.toObject().value(QStringLiteral("bucket")).toString() != m_bucket)
                    continue;
                for (const auto &c : b.toObject().value(QStringLiteral("categories")).toArray()) {
                    received += c.toObject().value(QStringLiteral("bytes_received")).toInteger();
                    sent += c.toObject().value(QStringLiteral("bytes_sent")).toInteger();
                }
            }
        }
        return {received, sent};
    }
    // The usage log is flushed every second: wait until two readings agree.
    QPair<qint64, qint64> settledUsage()
    {
        QPair<qint64, qint64> last = usage();
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(1500);
            const auto now = usage();
            if (now == last)
                return now;
            last = now;
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = test::readServerEnv(QStringLiteral("rgw"));
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        QVERIFY(m_tmp.isValid());
        m_bucket = test::uniqueBucketName(QStringLiteral("transfer"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
    }

    void multipartUpload_killedMidway_resumesWithoutResendingFinishedParts()
    {
        const qint64 size = 96LL * 1024 * 1024;
        const QByteArray data = test::randomBytes(size, 11);
        const QString src = m_tmp.filePath(QStringLiteral("big.bin"));
        QVERIFY(writeFile(src, data));
        const QString key = QStringLiteral("resume/big.bin");

        QProcess p;
        p.setProcessEnvironment(cliEnv());
        // Slow enough to be caught in the middle: 16 MiB parts at 24 MB/s.
        p.start(QStringLiteral(SUCAI_CLI_PATH),
                {QStringLiteral("--path-style"), QStringLiteral("--bwlimit"), QStringLiteral("24M"),
                 QStringLiteral("put"), src, QStringLiteral("s3://%1/%2").arg(m_bucket, key)});
        QVERIFY(p.waitForStarted());
        // Wait until the server holds at least two finished parts, then kill -9.
        QByteArray uploadId;
        int partsBefore = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto *list = m_client->listMultipartUploads(m_bucket, key);
                const bool ok = test::runJob(list).ok() && !list->uploads().isEmpty();
                if (ok)
                    uploadId = list->uploads().first().uploadId;
                list->deleteLater();
                if (!ok)
                    return false;
                auto *parts = m_client->listParts(m_bucket, key, uploadId);
                partsBefore = test::runJob(parts).ok() ? int(parts->parts().size()) : 0;
                parts->deleteLater();
                return partsBefore >= 2;
            }(),
            60'000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        auto *parts = m_client->listParts(m_bucket, key, uploadId);
        QVERIFY(test::runJob(parts).ok());
        partsBefore = int(parts->parts().size());
        parts->deleteLater();
        QVERIFY(partsBefore < 6);

        const auto before = settledUsage();
        QByteArray err;
        QCOMPARE(cli({QStringLiteral("resume")}, &err), 0);
        const auto after = settledUsage();
        const qint64 resent = after.first - before.first;
        const qint64 stillToSend = size - qint64(partsBefore) * 16 * 1024 * 1024;
        qInfo("parts on server before resume: %d; bytes received while resuming: %lld, "
              "the rest of the file: %lld",
              partsBefore, resent, stillToSend);
        // Everything not yet on the server was sent, and nothing more (a little XML aside).
        QVERIFY(resent >= stillToSend);
        QVERIFY2(resent < stillToSend + 1024 * 1024, qPrintable(QString::number(resent)));

        const QString dst = m_tmp.filePath(QStringLiteral("big.out"));
        auto *get = m_client->getObject(m_bucket, key, dst);
        QVERIFY(test::runJob(get).ok());
        get->deleteLater();
        QVERIFY(readFile(dst) == data);
        auto *uploads = m_client->listMultipartUploads(m_bucket, key);
        QVERIFY(test::runJob(uploads).ok());
        QVERIFY(uploads->uploads().isEmpty());
        uploads->deleteLater();
    }

    void download_killedMidway_resumesFromPartialFile()
    {
        const qint64 size = 48LL * 1024 * 1024;
        const QByteArray data = test::randomBytes(size, 12);
        const QString key = QStringLiteral("resume/download.bin");
        auto *put = m_client->putObjectData(m_bucket, key, data);
        QVERIFY(test::runJob(put).ok());
        put->deleteLater();
        const QString dir = m_tmp.filePath(QStringLiteral("dl"));
        QDir().mkpath(dir);
        const QString target = dir + QStringLiteral("/download.bin");
        const QString partial = cloud::GetObjectJob::partialPath(target);

        QProcess p;
        p.setProcessEnvironment(cliEnv());
        p.start(QStringLiteral(SUCAI_CLI_PATH),
                {QStringLiteral("--path-style"), QStringLiteral("--bwlimit"), QStringLiteral("8M"),
                 QStringLiteral("get"), QStringLiteral("s3://%1/%2").arg(m_bucket, key), dir});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partial).size() > 8 * 1024 * 1024, 60'000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QVERIFY(!QFile::exists(target)); // never a half file under the final name
        const qint64 have = QFileInfo(partial).size();
        QVERIFY(have > 0 && have < size);

        const auto before = settledUsage();
        QCOMPARE(cli({QStringLiteral("resume")}), 0);
        const auto after = settledUsage();
        const qint64 sent = after.second - before.second;
        qInfo("partial file: %lld bytes; bytes sent while resuming: %lld", have, sent);
        QVERIFY(sent <= size - have + 64 * 1024);
        QVERIFY(readFile(target) == data);
        QVERIFY(!QFile::exists(partial));
    }

    void fileChangedAfterUploadBegan_failsInsteadOfMixing()
    {
        const QString src = m_tmp.filePath(QStringLiteral("changing.bin"));
        QVERIFY(writeFile(src, test::randomBytes(80LL * 1024 * 1024, 13)));
        const QString key = QStringLiteral("resume/changing.bin");
        QProcess p;
        p.setProcessEnvironment(cliEnv());
        p.start(QStringLiteral(SUCAI_CLI_PATH),
                {QStringLiteral("--path-style"), QStringLiteral("--bwlimit"), QStringLiteral("16M"),
                 QStringLiteral("put"), src, QStringLiteral("s3://%1/%2").arg(m_bucket, key)});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto *list = m_client->listMultipartUploads(m_bucket, key);
                const bool ok = test::runJob(list).ok() && !list->uploads().isEmpty();
                list->deleteLater();
                return ok;
            }(),
            60'000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QFile f(src);
        QVERIFY(f.open(QIODevice::Append));
        f.write("more");
        f.close();
        QByteArray err;
        QCOMPARE(cli({QStringLiteral("resume")}, &err), 1);
        QVERIFY2(err.contains("changed after its upload began"), err.constData());
        auto *head = m_client->headObject(m_bucket, key);
        QCOMPARE(test::runJob(head).code, QByteArray("NoSuchKey")); // nothing half-done landed
        head->deleteLater();
    }

    void conflictPolicies_upload()
    {
        const QString src = m_tmp.filePath(QStringLiteral("c.txt"));
        QVERIFY(writeFile(src, "version 1"));
        const QString dst = QStringLiteral("s3://%1/conflict/c.txt").arg(m_bucket);
        QCOMPARE(cli({QStringLiteral("put"), src, dst}), 0);
        QVERIFY(writeFile(src, "version 2"));
        QCOMPARE(cli({QStringLiteral("--on-conflict"), QStringLiteral("skip"),
                      QStringLiteral("put"), src, dst}),
                 0);
        QCOMPARE(cli({QStringLiteral("--on-conflict"), QStringLiteral("rename"),
                      QStringLiteral("put"), src, dst}),
                 0);
        QVERIFY(writeFile(src, "version 1"));
        QCOMPARE(cli({QStringLiteral("--on-conflict"), QStringLiteral("identical"),
                      QStringLiteral("put"), src, dst}),
                 0);

        const auto content = [&](const QString &key) {
            const QString out = m_tmp.filePath(QStringLiteral("c.out"));
            QFile::remove(out);
            auto *get = m_client->getObject(m_bucket, key, out);
            test::runJob(get);
            get->deleteLater();
            return readFile(out);
        };
        QCOMPARE(content(QStringLiteral("conflict/c.txt")), QByteArray("version 1"));
        QCOMPARE(content(QStringLiteral("conflict/c (1).txt")), QByteArray("version 2"));
    }

    void engine_inProcess_reportsProgressAndFairness()
    {
        // One big multipart upload and many small files in one queue: the small ones finish
        // while the big one is still running (they do not wait behind it).
        core::TransferJournal journal;
        QVERIFY(journal.open(m_tmp.filePath(QStringLiteral("engine.db"))));
        transfer::TransferEngine engine(&journal, nullptr);
        cloud::Credentials creds = m_client->credentials();
        engine.addProfile(QStringLiteral("rgw"), m_client->endpoint(), cloud::SignatureKind::SigV4,
                          creds);
        transfer::TransferEngine::Settings s;
        s.maxTasks = 4;
        s.maxPartsPerFile = 2;
        s.multipartThreshold = 8 * 1024 * 1024;
        s.partSize = 5 * 1024 * 1024;
        engine.setSettings(s);
        engine.setUploadRate(30 * 1024 * 1024);

        const QString big = m_tmp.filePath(QStringLiteral("fair-big.bin"));
        QVERIFY(writeFile(big, test::randomBytes(40 * 1024 * 1024, 14)));
        QStringList smalls;
        for (int i = 0; i < 20; ++i) {
            smalls << m_tmp.filePath(QStringLiteral("small-%1.txt").arg(i));
            QVERIFY(writeFile(smalls.last(), test::randomBytes(2000 + i, 100 + i)));
        }
        QSignalSpy finished(&engine, &transfer::TransferEngine::taskFinished);
        QSignalSpy idle(&engine, &transfer::TransferEngine::idle);
        const qint64 batch = engine.newBatch(QStringLiteral("fairness"));
        transfer::TransferEngine::UploadOptions opts;
        const qint64 bigId = engine.enqueueUpload(batch, QStringLiteral("rgw"), big, m_bucket,
                                                  QStringLiteral("fair/big.bin"), opts);
        for (const QString &f : smalls)
            engine.enqueueUpload(batch, QStringLiteral("rgw"), f, m_bucket,
                                 QStringLiteral("fair/") + QFileInfo(f).fileName(), opts);
        QVERIFY(idle.wait(120'000));
        QCOMPARE(finished.size(), 21);
        int bigAt = -1;
        for (int i = 0; i < finished.size(); ++i) {
            const auto snap = finished.at(i).at(0).value<transfer::TransferSnapshot>();
            QCOMPARE(snap.state, core::TransferState::Done);
            if (snap.id == bigId)
                bigAt = i;
        }
        QCOMPARE(bigAt, 20); // every small file finished before the big one
        QCOMPARE(journal.unfinished().size(), 0);
        QVERIFY(journal.history(100).size() >= 21);
    }

    void gzipTextAssets_storedCompressedWithContentEncoding()
    {
        // A small page (single PUT) and a large log (multipart of the compressed copy) matched
        // by extension; a PNG in the same batch is left as it is.
        core::TransferJournal journal;
        QVERIFY(journal.open(m_tmp.filePath(QStringLiteral("gzip.db"))));
        transfer::TransferEngine engine(&journal, nullptr);
        engine.addProfile(QStringLiteral("rgw"), m_client->endpoint(), cloud::SignatureKind::SigV4,
                          m_client->credentials());
        transfer::TransferEngine::Settings s;
        s.multipartThreshold = 5 * 1024 * 1024;
        s.partSize = 5 * 1024 * 1024;
        engine.setSettings(s);

        QByteArray page;
        for (int i = 0; i < 2000; ++i)
            page += "<p class=\"row\">Row " + QByteArray::number(i) + " of the table</p>\n";
        // Base64 of random bytes: text that gzip shrinks only to about 3/4, so the compressed
        // copy (about 7.5 MiB) still needs two parts.
        const QByteArray log = test::randomBytes(7 * 1024 * 1024, 77).toBase64();
        const QByteArray png = test::randomBytes(3000, 78);
        const QString pagePath = m_tmp.filePath(QStringLiteral("index.HTML"));
        const QString logPath = m_tmp.filePath(QStringLiteral("big.txt"));
        const QString pngPath = m_tmp.filePath(QStringLiteral("logo.png"));
        QVERIFY(writeFile(pagePath, page));
        QVERIFY(writeFile(logPath, log));
        QVERIFY(writeFile(pngPath, png));

        transfer::TransferEngine::UploadOptions opts;
        opts.gzipExtensions = core::UploadEncoding::defaultGzipExtensions();
        opts.headers.cacheControl = *core::CacheControl::resolve(QStringLiteral("1d"), nullptr);
        QSignalSpy idle(&engine, &transfer::TransferEngine::idle);
        QSignalSpy finished(&engine, &transfer::TransferEngine::taskFinished);
        engine.enqueueUploads(engine.newBatch(QStringLiteral("gzip")), QStringLiteral("rgw"),
                              m_bucket,
                              {{pagePath, QStringLiteral("gz/index.html")},
                               {logPath, QStringLiteral("gz/big.txt")},
                               {pngPath, QStringLiteral("gz/logo.png")}},
                              opts);
        QVERIFY(idle.wait(120'000));
        QCOMPARE(finished.size(), 3);
        for (const auto &f : finished) {
            const auto snap = f.at(0).value<transfer::TransferSnapshot>();
            QVERIFY2(snap.state == core::TransferState::Done, qPrintable(snap.error));
            QCOMPARE(snap.bytesDone, snap.size); // progress ends at 100 %, compressed or not
        }

        const auto fetch = [&](const QString &key, cloud::ObjectMeta *meta) {
            auto *head = m_client->headObject(m_bucket, key);
            test::runJob(head);
            *meta = head->meta();
            head->deleteLater();
            const QString local = m_tmp.filePath(QStringLiteral("fetched-") + key.mid(3));
            auto *get = m_client->getObject(m_bucket, key, local);
            const bool ok = test::runJob(get).ok();
            get->deleteLater();
            return ok ? readFile(local) : QByteArray();
        };
        const auto gunzip = [](const QByteArray &data) {
            QProcess p;
            p.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
            p.write(data);
            p.closeWriteChannel();
            p.waitForFinished(30'000);
            return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray("gzip failed");
        };
        cloud::ObjectMeta meta;
        const QByteArray storedPage = fetch(QStringLiteral("gz/index.html"), &meta);
        QCOMPARE(meta.headers.contentEncoding, QByteArray("gzip"));
        QCOMPARE(meta.headers.contentType, QByteArray("text/html"));
        QCOMPARE(meta.headers.cacheControl, QByteArray("public, max-age=86400"));
        QVERIFY(storedPage.size() < page.size() / 4);
        QCOMPARE(gunzip(storedPage), page);

        const QByteArray storedLog = fetch(QStringLiteral("gz/big.txt"), &meta);
        QCOMPARE(meta.headers.contentEncoding, QByteArray("gzip"));
        QVERIFY2(meta.etag.endsWith("-2"), meta.etag.constData()); // went multipart
        QVERIFY(storedLog.size() < log.size());
        QCOMPARE(gunzip(storedLog), log);

        QCOMPARE(fetch(QStringLiteral("gz/logo.png"), &meta), png);
        QVERIFY(meta.headers.contentEncoding.isEmpty());
        // The compressed copies are gone with their tasks.
        QCOMPARE(QDir(journal.path() + QStringLiteral(".staging"))
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .size(),
                 0);
    }

    void throttledDownload_keepsMemoryBounded()
    {
        // Under a bandwidth limit the bytes must wait on the server's side of the socket, not
        // in this process: a 64 MiB object at 32 MiB/s may not grow the heap by its size.
#ifdef __SANITIZE_ADDRESS__
        QSKIP("AddressSanitizer keeps freed memory in quarantine: RSS says nothing here");
#endif
        const QByteArray data = test::randomBytes(64 * 1024 * 1024, 91);
        auto *put = m_client->putObjectData(m_bucket, QStringLiteral("throttled.bin"), data);
        QVERIFY(test::runJob(put).ok());
        put->deleteLater();
        transfer::TransferEngine engine(nullptr, nullptr);
        engine.addProfile(QStringLiteral("rgw"), m_client->endpoint(), cloud::SignatureKind::SigV4,
                          m_client->credentials());
        engine.setDownloadRate(32 * 1024 * 1024);
        const auto rssKiB = [] {
            QFile f(QStringLiteral("/proc/self/status"));
            if (!f.open(QIODevice::ReadOnly))
                return qint64(0);
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
            return qint64(0);
        };
        const qint64 before = rssKiB();
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, rssKiB()); });
        sampler.start(50);
        QSignalSpy idle(&engine, &transfer::TransferEngine::idle);
        const QString target = m_tmp.filePath(QStringLiteral("throttled.bin"));
        engine.enqueueDownload(0, QStringLiteral("rgw"), m_bucket, QStringLiteral("throttled.bin"),
                               target);
        QVERIFY(idle.wait(60'000));
        sampler.stop();
        QCOMPARE(engine.snapshots().first().state, core::TransferState::Done);
        QVERIFY(readFile(target) == data);
        const qint64 growthMiB = (peak - before) / 1024;
        qInfo("RSS grew by %lld MiB during a throttled 64 MiB download", growthMiB);
        QVERIFY2(growthMiB < 24, qPrintable(QString::number(growthMiB)));
    }

    void download_diskFull_isClearErrorAndLeavesNothing()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs");
        const QString dir = m_tmp.filePath(QStringLiteral("full"));
        QDir().mkpath(dir);
        if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("cannot mount a tmpfs here");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH); });
        auto *put = m_client->putObjectData(m_bucket, QStringLiteral("full/one-mb.bin"),
                                            test::randomBytes(1024 * 1024, 15));
        QVERIFY(test::runJob(put).ok());
        put->deleteLater();
        QByteArray err;
        QCOMPARE(cli({QStringLiteral("get"),
                      QStringLiteral("s3://%1/full/one-mb.bin").arg(m_bucket), dir},
                     &err),
                 1);
        QVERIFY2(err.contains("disk space"), err.constData());
        QVERIFY(QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
