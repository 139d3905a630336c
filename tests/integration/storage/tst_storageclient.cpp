// The storage client against a real Ceph RADOS Gateway (the `rgw` CTest fixture).
#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sucai;
using namespace sucai::cloud;
using sucai::test::runJob;

namespace {
template<typename Job> std::unique_ptr<Job, void (*)(Job *)> owned(Job *job)
{
    return {job, [](Job *j) { j->deleteLater(); }};
}

using sucai::test::readFile;
using sucai::test::writeFile;
} // namespace

class TestStorageClient final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<StorageClient> m_client;
    QString m_bucket;
    QTemporaryDir m_tmp;

    void putData(const QString &key, const QByteArray &data)
    {
        auto job = owned(m_client->putObjectData(m_bucket, key, data));
        const StorageError e = runJob(job.get());
        QVERIFY2(e.ok(), qPrintable(key + u": " + e.toUserText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        QVERIFY(m_tmp.isValid());
        m_bucket = test::uniqueBucketName(QStringLiteral("storage"));
        auto job = owned(m_client->createBucket(m_bucket));
        const StorageError e = runJob(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
    }

    void listBuckets_containsCreatedBucket()
    {
        auto job = owned(m_client->listBuckets());
        QVERIFY(runJob(job.get()).ok());
        bool found = false;
        for (const auto &b : job->buckets())
            found = found || b.name == m_bucket;
        QVERIFY(found);
    }

    void createBucket_existingIsTypedError()
    {
        auto job = owned(m_client->createBucket(m_bucket));
        const StorageError e = runJob(job.get());
        // RGW answers BucketAlreadyExists or, for the owner, success (S3 us-east-1 legacy).
        QVERIFY(e.ok() || e.code == "BucketAlreadyExists" || e.code == "BucketAlreadyOwnedByYou");
    }

    // Ceph RGW 16 does not know S3 trailing checksums. It must refuse the encoded body (not
    // store the chunk framing as the object), and the user must be told what to change.
    void trailingChecksums_refusedByRgw16_nothingStored_clearMessage()
    {
        QVERIFY(!m_client->trailingChecksums()); // off by default for a non-AWS endpoint
        const QString key = QStringLiteral("trailer/refused.bin");
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(5000, 7);
        auto put = owned(m_client->putObjectData(m_bucket, key, data));
        const StorageError e = runJob(put.get());
        m_client->setTrailingChecksums(false);
        if (e.ok()) { // a Ceph that knows them (18+): then the object is exactly the payload
            const QString got = m_tmp.filePath(QStringLiteral("trailer.bin"));
            auto get = owned(m_client->getObject(m_bucket, key, got));
            QVERIFY(runJob(get.get()).ok());
            QVERIFY(readFile(got) == data);
            return;
        }
        QCOMPARE(e.kind, StorageError::Kind::Service);
        QVERIFY2(e.toUserText().contains(u"trailing checksums"), qPrintable(e.toUserText()));
        auto head = owned(m_client->headObject(m_bucket, key));
        QCOMPARE(runJob(head.get()).code, QByteArray("NoSuchKey"));
    }

    void roundTrip_nastyKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("plain.txt");
        QTest::newRow("unicode") << QStringLiteral("素材/腾讯云 图片.png");
        QTest::newRow("space") << QStringLiteral("a b/c  d.txt");
        QTest::newRow("plus") << QStringLiteral("c++/a+b.txt");
        QTest::newRow("percent") << QStringLiteral("100%/50%25.txt");
        QTest::newRow("hash question") << QStringLiteral("q?/#frag.txt");
        QTest::newRow("amp eq") << QStringLiteral("a&b=c;d,e.txt");
        QTest::newRow("emoji") << QStringLiteral("emoji/😀🎮.json");
        QTest::newRow("specials") << QStringLiteral("s/!'()*@$:[]{}|^`~\"<>.bin");
        QTest::newRow("leading slash") << QStringLiteral("/leading.txt");
        QTest::newRow("double slash") << QStringLiteral("x//y.txt");
        QTest::newRow("trailing slash") << QStringLiteral("folder-marker/");
        QTest::newRow("dots in names") << QStringLiteral("a..b/.hidden/x..txt.");
        QTest::newRow("long") << QString(1020, u'k') + QStringLiteral(".bin");
    }
    void roundTrip_nastyKeys()
    {
        QFETCH(QString, key);
        QCOMPARE(key.toUtf8().size() <= 1024, true);
        const QByteArray data = test::randomBytes(4096 + key.size(), qHash(key));
        const QString src = m_tmp.filePath(QStringLiteral("src.bin"));
        QVERIFY(writeFile(src, data));

        ObjectHeaders png;
        png.contentType = "image/png";
        auto put = owned(m_client->putObject(m_bucket, key, src, png));
        StorageError e = runJob(put.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(put->result().etag,
                 QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());

        auto head = owned(m_client->headObject(m_bucket, key));
        QVERIFY(runJob(head.get()).ok());
        QCOMPARE(head->meta().size, data.size());
        QCOMPARE(head->meta().headers.contentType, QByteArray("image/png"));

        // The key must list back exactly (encoding-type=url decoding).
        ListObjectsParams params;
        params.prefix = key;
        auto list = owned(m_client->listObjects(m_bucket, params));
        QVERIFY(runJob(list.get()).ok());
        QVERIFY(!list->page().objects.isEmpty());
        QCOMPARE(list->page().objects.first().key, key);

        const QString dst = m_tmp.filePath(QStringLiteral("dst.bin"));
        auto get = owned(m_client->getObject(m_bucket, key, dst));
        e = runJob(get.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(readFile(dst), data);
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(dst)));

        auto del = owned(m_client->deleteObject(m_bucket, key));
        QVERIFY(runJob(del.get()).ok());
        auto head2 = owned(m_client->headObject(m_bucket, key));
        QCOMPARE(runJob(head2.get()).code, QByteArray("NoSuchKey"));
    }

    void dotSegmentKey_isRefusedClearly()
    {
        auto head = owned(m_client->headObject(m_bucket, QStringLiteral("a/../b.txt")));
        const StorageError e = runJob(head.get());
        QCOMPARE(e.kind, StorageError::Kind::InvalidArgument);
        QCOMPARE(head->attempts(), 1);
        QVERIFY(e.toUserText().contains(QStringLiteral("rename or delete")));
    }

    void zeroByteFile_roundTrips()
    {
        const QString src = m_tmp.filePath(QStringLiteral("empty"));
        QVERIFY(writeFile(src, {}));
        auto put = owned(m_client->putObject(m_bucket, QStringLiteral("empty.txt"), src));
        StorageError e = runJob(put.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(put->result().etag, QByteArray("d41d8cd98f00b204e9800998ecf8427e"));
        const QString dst = m_tmp.filePath(QStringLiteral("empty.out"));
        QVERIFY(writeFile(dst, "old content"));
        auto get = owned(m_client->getObject(m_bucket, QStringLiteral("empty.txt"), dst));
        e = runJob(get.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QVERIFY(QFile::exists(dst));
        QCOMPARE(QFileInfo(dst).size(), 0);
    }

    void rangeGet_returnsSlice()
    {
        const QByteArray data = test::randomBytes(10000, 7);
        putData(QStringLiteral("range.bin"), data);
        const QString dst = m_tmp.filePath(QStringLiteral("range.out"));
        auto get = owned(m_client->getObject(m_bucket, QStringLiteral("range.bin"), dst, 100, 50));
        QVERIFY(runJob(get.get()).ok());
        QCOMPARE(readFile(dst), data.mid(100, 50));
        QCOMPARE(get->meta().size, 10000);
    }

    void getMissing_isNoSuchKeyAndLeavesNothing()
    {
        const QString dst = m_tmp.filePath(QStringLiteral("missing.out"));
        auto get = owned(m_client->getObject(m_bucket, QStringLiteral("no/such/key"), dst));
        const StorageError e = runJob(get.get());
        QCOMPARE(e.code, QByteArray("NoSuchKey"));
        QCOMPARE(e.httpStatus, 404);
        QVERIFY(!QFile::exists(dst));
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(dst)));
        QVERIFY(e.toUserText().contains(QStringLiteral("does not exist")));
    }

    void headers_setOnPut_andReplacedByCopy()
    {
        ObjectHeaders h;
        h.contentType = "application/json";
        h.cacheControl = "max-age=600";
        h.contentDisposition = "attachment; filename=\"level.json\"";
        h.userMetadata = {{"author", "sucai"}, {"level", "7"}};
        auto put =
            owned(m_client->putObjectData(m_bucket, QStringLiteral("meta/a.json"), "{\"a\":1}", h));
        QVERIFY(runJob(put.get()).ok());

        auto head = owned(m_client->headObject(m_bucket, QStringLiteral("meta/a.json")));
        QVERIFY(runJob(head.get()).ok());
        const ObjectHeaders got = head->meta().headers;
        QCOMPARE(got.contentType, h.contentType);
        QCOMPARE(got.cacheControl, h.cacheControl);
        QCOMPARE(got.contentDisposition, h.contentDisposition);
        QVERIFY(got.userMetadata.contains(qMakePair(QByteArray("author"), QByteArray("sucai"))));

        // COPY keeps the metadata, REPLACE sets new headers.
        auto copy = owned(m_client->copyObject(m_bucket, QStringLiteral("meta/a.json"), m_bucket,
                                               QStringLiteral("meta/copy of a.json")));
        StorageError e = runJob(copy.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        auto head2 = owned(m_client->headObject(m_bucket, QStringLiteral("meta/copy of a.json")));
        QVERIFY(runJob(head2.get()).ok());
        QCOMPARE(head2->meta().headers.cacheControl, h.cacheControl);

        ObjectHeaders replaced;
        replaced.contentType = "text/plain";
        replaced.cacheControl = "no-cache";
        auto edit = owned(m_client->copyObject(m_bucket, QStringLiteral("meta/a.json"), m_bucket,
                                               QStringLiteral("meta/a.json"), true, replaced));
        e = runJob(edit.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        auto head3 = owned(m_client->headObject(m_bucket, QStringLiteral("meta/a.json")));
        QVERIFY(runJob(head3.get()).ok());
        QCOMPARE(head3->meta().headers.contentType, QByteArray("text/plain"));
        QCOMPARE(head3->meta().headers.cacheControl, QByteArray("no-cache"));
        QVERIFY(head3->meta().headers.userMetadata.isEmpty());
    }

    void listing_2500Keys_acrossPages_thenDeleteObjectsInBatches()
    {
        const QString prefix = QStringLiteral("many/");
        QStringList keys;
        for (int i = 0; i < 2500; ++i)
            keys << prefix + QStringLiteral("k%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        // Upload with a bounded window in flight.
        int next = 0;
        int running = 0;
        int failed = 0;
        std::function<void()> pump = [&] {
            while (running < 16 && next < keys.size()) {
                auto *job = m_client->putObjectData(m_bucket, keys[next++], "x");
                ++running;
                connect(job, &StorageJob::finished, this, [&, job](const StorageError &e) {
                    --running;
                    failed += e.ok() ? 0 : 1;
                    job->deleteLater();
                    pump();
                });
                job->start();
            }
        };
        pump();
        QTRY_VERIFY_WITH_TIMEOUT(running == 0 && next == keys.size(), 240'000);
        QCOMPARE(failed, 0);

        QStringList listed;
        ListObjectsParams params;
        params.prefix = prefix;
        params.maxKeys = 1000;
        int pages = 0;
        do {
            auto list = owned(m_client->listObjects(m_bucket, params));
            const StorageError e = runJob(list.get());
            QVERIFY2(e.ok(), qPrintable(e.toUserText()));
            ++pages;
            for (const auto &o : list->page().objects)
                listed << o.key;
            params.continuationToken = list->page().nextContinuationToken;
            QVERIFY(list->page().isTruncated == !params.continuationToken.isEmpty());
        } while (!params.continuationToken.isEmpty());
        QCOMPARE(pages, 3);
        QCOMPARE(listed, keys);

        // start-after and delimiter.
        ListObjectsParams after;
        after.prefix = prefix;
        after.startAfter = keys[2497];
        auto tail = owned(m_client->listObjects(m_bucket, after));
        QVERIFY(runJob(tail.get()).ok());
        QCOMPARE(tail->page().objects.size(), 2);
        ListObjectsParams folders;
        folders.delimiter = QStringLiteral("/");
        auto root = owned(m_client->listObjects(m_bucket, folders));
        QVERIFY(runJob(root.get()).ok());
        QVERIFY(root->page().commonPrefixes.contains(prefix));

        auto del = owned(m_client->deleteObjects(m_bucket, keys));
        const StorageError e = runJob(del.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(del->deleted().size(), keys.size());
        QVERIFY(del->failures().isEmpty());
        QVERIFY(del->attempts() >= 1);
        ListObjectsParams again;
        again.prefix = prefix;
        auto empty = owned(m_client->listObjects(m_bucket, again));
        QVERIFY(runJob(empty.get()).ok());
        QVERIFY(empty->page().objects.isEmpty());
    }

    void multipart_64MiB_roundTrip()
    {
        const qint64 partSize = 16 * 1024 * 1024;
        const QByteArray data = test::randomBytes(64 * 1024 * 1024 + 12345, 64);
        const QString src = m_tmp.filePath(QStringLiteral("big.bin"));
        QVERIFY(writeFile(src, data));
        const QString key = QStringLiteral("video/big file.bin");

        ObjectHeaders mp4;
        mp4.contentType = "video/mp4";
        auto create = owned(m_client->createMultipartUpload(m_bucket, key, mp4));
        QVERIFY(runJob(create.get()).ok());
        const QByteArray uploadId = create->uploadId();
        QVERIFY(!uploadId.isEmpty());

        QList<PartInfo> parts;
        int n = 1;
        for (qint64 off = 0; off < data.size(); off += partSize, ++n) {
            const qint64 len = qMin(partSize, data.size() - off);
            auto part = owned(m_client->uploadPart(m_bucket, key, uploadId, n, src, off, len));
            const StorageError e = runJob(part.get());
            QVERIFY2(e.ok(), qPrintable(e.toUserText()));
            QCOMPARE(part->md5(),
                     QCryptographicHash::hash(data.mid(off, len), QCryptographicHash::Md5));
            parts << part->part();
        }
        QCOMPARE(parts.size(), 5);

        auto uploads = owned(m_client->listMultipartUploads(m_bucket, QStringLiteral("video/")));
        QVERIFY(runJob(uploads.get()).ok());
        QCOMPARE(uploads->uploads().size(), 1);
        QCOMPARE(uploads->uploads().first().uploadId, uploadId);
        QCOMPARE(uploads->uploads().first().key, key);

        auto listParts = owned(m_client->listParts(m_bucket, key, uploadId));
        QVERIFY(runJob(listParts.get()).ok());
        QCOMPARE(listParts->parts().size(), parts.size());
        for (int i = 0; i < parts.size(); ++i) {
            QCOMPARE(listParts->parts()[i].etag, parts[i].etag);
            QCOMPARE(listParts->parts()[i].size, parts[i].size);
        }

        auto complete = owned(m_client->completeMultipartUpload(m_bucket, key, uploadId, parts));
        StorageError e = runJob(complete.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        auto head = owned(m_client->headObject(m_bucket, key));
        QVERIFY(runJob(head.get()).ok());
        QVERIFY2(head->meta().etag.endsWith("-5"), head->meta().etag.constData());
        QCOMPARE(head->meta().size, data.size());

        const QString dst = m_tmp.filePath(QStringLiteral("big.out"));
        auto get = owned(m_client->getObject(m_bucket, key, dst));
        e = runJob(get.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(QFileInfo(dst).size(), data.size());
        QVERIFY(readFile(dst) == data);
        QCOMPARE(get->meta().headers.contentType, QByteArray("video/mp4"));
    }

    void multipart_abort_removesUpload()
    {
        const QString key = QStringLiteral("aborted.bin");
        auto create = owned(m_client->createMultipartUpload(m_bucket, key));
        QVERIFY(runJob(create.get()).ok());
        auto abort = owned(m_client->abortMultipartUpload(m_bucket, key, create->uploadId()));
        QVERIFY(runJob(abort.get()).ok());
        auto parts = owned(m_client->listParts(m_bucket, key, create->uploadId()));
        const StorageError e = runJob(parts.get());
        QCOMPARE(e.kind, StorageError::Kind::Service);
        QVERIFY2(e.code == "NoSuchUpload" || e.code == "NoSuchKey", e.code.constData());
        auto uploads = owned(m_client->listMultipartUploads(m_bucket, key));
        QVERIFY(runJob(uploads.get()).ok());
        QVERIFY(uploads->uploads().isEmpty());
    }

    void presignedGet_worksWithPlainHttpClient()
    {
        const QByteArray data = "presigned content 素材";
        putData(QStringLiteral("share/预览 1.txt"), data);
        const QUrl url = m_client->presignedUrl(m_bucket, QStringLiteral("share/预览 1.txt"), 300);
        QVERIFY(url.query().contains(QStringLiteral("X-Amz-Signature")));
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--fail"),
                                            QString::fromLatin1(url.toEncoded())});
        QVERIFY(curl.waitForFinished(30'000));
        QCOMPARE(curl.exitCode(), 0);
        QCOMPARE(curl.readAllStandardOutput(), data);

        // A tampered signature is refused.
        QByteArray bad = url.toEncoded();
        bad.replace("X-Amz-Expires=300", "X-Amz-Expires=301");
        QProcess curl2;
        curl2.start(QStringLiteral("curl"),
                    {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                     QString::fromLatin1(bad)});
        QVERIFY(curl2.waitForFinished(30'000));
        QCOMPARE(curl2.readAllStandardOutput(), QByteArray("403"));
    }

    void wrongSecret_isClearSignatureError()
    {
        auto bad = test::makeRgwClient(&m_nam);
        Credentials c = bad->credentials();
        c.secretAccessKey = "definitely-not-the-secret-key-0000000000";
        bad->setCredentials(c);
        auto job = owned(bad->listObjects(m_bucket, {}));
        const StorageError e = runJob(job.get());
        QCOMPARE(e.code, QByteArray("SignatureDoesNotMatch"));
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(job->attempts(), 1); // never retried
        QVERIFY(e.toUserText().contains(QStringLiteral("secret key is wrong")));
        QVERIFY(!e.toUserText().contains(QString::fromLatin1(c.secretAccessKey)));
    }

    void unknownAccessKey_isInvalidAccessKeyId()
    {
        auto bad = test::makeRgwClient(&m_nam);
        Credentials c = bad->credentials();
        c.accessKeyId = "NOSUCHACCESSKEY00000";
        bad->setCredentials(c);
        auto job = owned(bad->listBuckets());
        QCOMPARE(runJob(job.get()).code, QByteArray("InvalidAccessKeyId"));
    }

    void otherUser_isAccessDenied()
    {
        auto other = test::makeRgwClient(&m_nam, true);
        QVERIFY(other);
        auto job = owned(other->listObjects(m_bucket, {}));
        QCOMPARE(runJob(job.get()).code, QByteArray("AccessDenied"));
    }

    void clockSkew_isCorrectedFromServerDate()
    {
        auto skewed = test::makeRgwClient(&m_nam);
        test::FakeClock clock;
        clock.now = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        skewed->setClock(&clock);
        auto job = owned(skewed->listObjects(m_bucket, {}));
        const StorageError e = runJob(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 2);
        QVERIFY(qAbs(skewed->clockSkewMs() - 3 * 3600 * 1000) < 120'000);
    }

    void unreachableServer_isNetworkError()
    {
        auto ep = Endpoint::s3(QUrl(QStringLiteral("http://127.0.0.1:1")), {},
                               Endpoint::Addressing::PathStyle);
        StorageClient dead(&m_nam, ep, SignatureKind::SigV4);
        dead.setRetrySettings({.maxAttempts = 2, .baseDelayMs = 10, .maxDelayMs = 20});
        auto job = owned(dead.listBuckets());
        const StorageError e = runJob(job.get());
        QCOMPARE(e.kind, StorageError::Kind::Network);
        QCOMPARE(job->attempts(), 2);
        QVERIFY(e.toUserText().contains(QStringLiteral("Cannot reach")));
    }

    void cancel_finishesOnceWithCancelled()
    {
        const QString src = m_tmp.filePath(QStringLiteral("cancel.bin"));
        QVERIFY(writeFile(src, test::randomBytes(8 * 1024 * 1024, 3)));
        auto put = owned(m_client->putObject(m_bucket, QStringLiteral("cancel.bin"), src));
        QSignalSpy spy(put.get(), &StorageJob::finished);
        put->start();
        put->cancel();
        put->cancel();
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(put->error().kind, StorageError::Kind::Cancelled);
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        // Leave the server as we found it: empty the bucket (the fixture is shared).
        auto list = owned(m_client->listObjects(m_bucket, {}));
        if (runJob(list.get()).ok()) {
            QStringList keys;
            for (const auto &o : list->page().objects)
                keys << o.key;
            if (!keys.isEmpty()) {
                auto del = owned(m_client->deleteObjects(m_bucket, keys));
                runJob(del.get());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageClient)
#include "tst_storageclient.moc"
