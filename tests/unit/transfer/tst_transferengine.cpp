// The engine's queue against a scriptable server (tests/support/fakes3server.h): the order in
// which transfers start, reordering, the bookkeeping of running tasks and totals, and queue
// positions kept across a restart. Everything on the wire is checked by the fake (SigV4,
// Content-MD5); the integration test covers the same engine against a real RGW.
#include "cloud/endpoint.h"
#include "core/transferjournal.h"
#include "fakes3server.h"
#include "s3testenv.h"
#include "transfer/transferengine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace sucai;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;
using transfer::TransferEngine;

namespace {
const QByteArray kAccessKey = "AKIDFAKETEST0001";
const QByteArray kSecret = "fakeSecret/For+Tests=0123456789abcdef";
const QByteArray kRegion = "us-east-1";
const QString kProfile = QStringLiteral("fake");
const QString kBucket = QStringLiteral("bucket");
const QByteArray kContent = "the same bytes in every file";
} // namespace

class TestTransferEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeS3Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString makeFile(const QString &name)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(kContent) != kContent.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void addProfile(TransferEngine &engine, bool trailingChecksums = false)
    {
        cloud::Credentials creds;
        creds.accessKeyId = kAccessKey;
        creds.secretAccessKey = kSecret;
        cloud::Endpoint endpoint =
            cloud::Endpoint::s3(m_server->baseUrl(), QString::fromLatin1(kRegion),
                                cloud::Endpoint::Addressing::PathStyle);
        endpoint.setTrailingChecksums(trailingChecksums);
        engine.addProfile(kProfile, endpoint, cloud::SignatureKind::SigV4, creds);
    }

    static QByteArray crc32Base64(const QByteArray &data)
    {
        const quint32 crc = quint32(
            ::crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const char be[4] = {char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc)};
        return QByteArray(be, 4).toBase64();
    }

    // A small stateful S3 for multipart uploads: answers each request from what arrived (part
    // ETags are the MD5 of the decoded payload), remembering parts for ListParts. `failPart`
    // gets 403 AccessDenied once (not retried: the task fails).
    struct MultipartServer
    {
        QMap<int, QByteArray> parts; // number -> payload
        bool withCrc32 = false;
        int failPart = 0;
        qint64 objectSize = 0;
    };
    void serveMultipart(MultipartServer *state)
    {
        connect(m_server.get(), &FakeS3Server::requestReceived, this, [this, state](int index) {
            const auto &r = m_server->requests().at(index);
            const auto md5 = [](const QByteArray &d) -> QByteArray {
                return '"' + QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex() + '"';
            };
            if (r.method == "POST" && r.hasQuery("uploads")) {
                state->withCrc32 = r.header("x-amz-checksum-algorithm") == "CRC32";
                m_server->enqueue(FakeResponse::ok("<InitiateMultipartUploadResult><UploadId>U1"
                                                   "</UploadId></InitiateMultipartUploadResult>"));
            } else if (r.method == "PUT" && r.hasQuery("partNumber")) {
                const int n = r.queryValue("partNumber").toInt();
                if (n == state->failPart) {
                    state->failPart = 0;
                    m_server->enqueue(FakeResponse::s3Error(403, "AccessDenied"));
                    return;
                }
                state->parts.insert(n, r.payload);
                FakeResponse ok = FakeResponse::ok().header("ETag", md5(r.payload));
                if (state->withCrc32)
                    ok.header("x-amz-checksum-crc32", crc32Base64(r.payload));
                m_server->enqueue(ok);
            } else if (r.method == "GET" && r.hasQuery("uploadId")) {
                QByteArray xml = "<ListPartsResult><UploadId>U1</UploadId>";
                if (state->withCrc32)
                    xml += "<ChecksumAlgorithm>CRC32</ChecksumAlgorithm>";
                xml += "<IsTruncated>false</IsTruncated>";
                for (auto it = state->parts.cbegin(); it != state->parts.cend(); ++it) {
                    xml += "<Part><PartNumber>" + QByteArray::number(it.key()) + "</PartNumber>" +
                           "<ETag>" + md5(it.value()) + "</ETag><Size>" +
                           QByteArray::number(it.value().size()) + "</Size>";
                    if (state->withCrc32)
                        xml += "<ChecksumCRC32>" + crc32Base64(it.value()) + "</ChecksumCRC32>";
                    xml += "</Part>";
                }
                m_server->enqueue(FakeResponse::ok(xml + "</ListPartsResult>"));
            } else if (r.method == "POST" && r.hasQuery("uploadId")) {
                for (const QByteArray &p : std::as_const(state->parts))
                    state->objectSize += p.size();
                m_server->enqueue(FakeResponse::ok("<CompleteMultipartUploadResult><ETag>\"x-" +
                                                   QByteArray::number(state->parts.size()) +
                                                   "\"</ETag></CompleteMultipartUploadResult>"));
            } else if (r.method == "HEAD") {
                m_server->enqueue(
                    FakeResponse::ok()
                        .header("Content-Length", QByteArray::number(state->objectSize))
                        .header("ETag", "\"x-" + QByteArray::number(state->parts.size()) + '"'));
            }
        });
    }

    // Files k0..k{n-1}, all with the same bytes, so one canned answer fits every PUT.
    QList<TransferEngine::UploadItem> items(int n)
    {
        QList<TransferEngine::UploadItem> out;
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("k%1").arg(i);
            out.append({makeFile(name), name});
        }
        return out;
    }

    QStringList putOrder() const
    {
        QStringList keys;
        for (const auto &r : m_server->requests()) {
            if (r.method == "PUT")
                keys.append(QString::fromUtf8(r.path.mid(kBucket.size() + 2)));
        }
        return keys;
    }

    static bool waitIdle(TransferEngine &engine)
    {
        QSignalSpy idle(&engine, &TransferEngine::idle);
        return engine.isIdle() || idle.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<FakeS3Server>();
        QVERIFY(m_server->listen());
        m_server->expectSigV4(kAccessKey, kSecret, kRegion);
        const QByteArray md5 = QCryptographicHash::hash(kContent, QCryptographicHash::Md5).toHex();
        m_server->setFallback(FakeResponse::ok().header("ETag", '"' + md5 + '"'));
    }

    void cleanup()
    {
        QVERIFY2(m_server->violations().isEmpty(), qPrintable(m_server->violations().join(u'\n')));
        m_server.reset();
        m_dir.reset();
    }

    // With trailing checksums on, a multipart upload is created with algorithm CRC32, every
    // part carries its CRC32 trailer (the fake checks each against the payload), Complete
    // lists them, and after a failure the retry continues the same upload: ListParts tells the
    // algorithm, finished parts are not sent again, and their CRC32s (from the journal) are in
    // the Complete.
    void multipartCrc32_partsCarryChecksums_retryKeepsThem()
    {
        const QByteArray data = test::randomBytes(11 * 1024 * 1024 + 5, 77);
        const QString file = m_dir->filePath(QStringLiteral("big.bin"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        }
        MultipartServer state;
        state.failPart = 3;
        serveMultipart(&state);

        core::TransferJournal journal;
        QVERIFY(journal.open(m_dir->filePath(QStringLiteral("journal.db"))));
        TransferEngine engine(&journal, nullptr);
        addProfile(engine, true);
        TransferEngine::Settings s;
        s.partSize = 5 * 1024 * 1024;
        s.multipartThreshold = 5 * 1024 * 1024;
        s.maxPartsPerFile = 1; // parts in order: 1 and 2 land before 3 is refused
        s.outageRetryDelaysMs = {};
        engine.setSettings(s);
        QSignalSpy finished(&engine, &TransferEngine::taskFinished);
        const qint64 id =
            engine.enqueueUpload(0, kProfile, file, kBucket, QStringLiteral("big.bin"), {});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).value<transfer::TransferSnapshot>().state,
                 core::TransferState::Failed);
        QVERIFY(state.withCrc32);
        QCOMPARE(state.parts.keys(), (QList<int>{1, 2}));
        const QList<core::PartRecord> journaled = journal.parts(id);
        QCOMPARE(journaled.size(), 2);
        QVERIFY(journaled[0].crc32.has_value());

        const int before = int(m_server->requests().size());
        engine.retry(id);
        QVERIFY(finished.wait(20000));
        const auto done = finished.last().at(0).value<transfer::TransferSnapshot>();
        QVERIFY2(done.state == core::TransferState::Done, qPrintable(done.error));

        QList<int> sentAgain;
        QByteArray completeBody;
        for (int i = before; i < m_server->requests().size(); ++i) {
            const auto &r = m_server->requests().at(i);
            if (r.method == "PUT") {
                sentAgain.append(r.queryValue("partNumber").toInt());
                QCOMPARE(r.header("x-amz-trailer"), QByteArray("x-amz-checksum-crc32"));
            }
            if (r.method == "POST" && r.hasQuery("uploadId"))
                completeBody = r.body;
        }
        QCOMPARE(sentAgain, QList<int>{3});
        for (int n = 1; n <= 3; ++n) {
            const QByteArray slice = data.mid(qint64(n - 1) * s.partSize, s.partSize);
            const QByteArray element =
                "<PartNumber>" + QByteArray::number(n) + "</PartNumber><ETag>&quot;" +
                QCryptographicHash::hash(slice, QCryptographicHash::Md5).toHex() +
                "&quot;</ETag><ChecksumCRC32>" + crc32Base64(slice) + "</ChecksumCRC32>";
            QVERIFY2(completeBody.contains(element), completeBody.constData());
        }
    }

    // Off (the default for a non-AWS endpoint): no checksum algorithm, plain parts.
    void multipartWithoutTrailers_isPlain()
    {
        const QByteArray data = test::randomBytes(6 * 1024 * 1024, 78);
        const QString file = m_dir->filePath(QStringLiteral("plain.bin"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        }
        MultipartServer state;
        serveMultipart(&state);
        TransferEngine engine(nullptr, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.partSize = 5 * 1024 * 1024;
        s.multipartThreshold = 5 * 1024 * 1024;
        engine.setSettings(s);
        QSignalSpy finished(&engine, &TransferEngine::taskFinished);
        engine.enqueueUpload(0, kProfile, file, kBucket, QStringLiteral("plain.bin"), {});
        QVERIFY(finished.wait(20000));
        const auto done = finished.last().at(0).value<transfer::TransferSnapshot>();
        QVERIFY2(done.state == core::TransferState::Done, qPrintable(done.error));
        QVERIFY(!state.withCrc32);
        for (const auto &r : m_server->requests()) {
            QVERIFY(!r.hasHeader("x-amz-trailer"));
            QVERIFY(!r.body.contains("ChecksumCRC32"));
        }
    }

    void startsInQueueOrder_afterReordering()
    {
        TransferEngine engine(nullptr, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.maxTasks = 1; // one at a time: the order on the wire is the queue order
        engine.setSettings(s);
        const QList<qint64> ids = engine.enqueueUploads(0, kProfile, kBucket, items(5), {});
        QCOMPARE(ids.size(), 5);
        // Nothing has started yet (the engine schedules from the event loop).
        QVERIFY(engine.moveToFront(ids[3]));
        QVERIFY(engine.moveBefore(ids[4], ids[1]));
        QVERIFY(engine.moveBefore(ids[0], 0)); // to the end
        QVERIFY(!engine.moveBefore(12345, ids[1]));
        QVERIFY(!engine.moveBefore(ids[1], 12345));
        QStringList shown;
        for (const auto &snap : engine.snapshots())
            shown.append(snap.key);
        const QStringList expected{QStringLiteral("k3"), QStringLiteral("k4"), QStringLiteral("k1"),
                                   QStringLiteral("k2"), QStringLiteral("k0")};
        QCOMPARE(shown, expected);
        QVERIFY(waitIdle(engine));
        QCOMPARE(putOrder(), expected);
        // A finished task has no place in the queue any more.
        QVERIFY(!engine.moveToFront(ids[2]));
    }

    void manyMoves_betweenTheSameNeighbours_keepTheOrder()
    {
        // Halving between two neighbours runs out of double precision after ~50 moves: the
        // engine must renumber and still put each task where it was asked to.
        TransferEngine engine(nullptr, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.maxTasks = 1;
        engine.setSettings(s);
        const QList<qint64> ids = engine.enqueueUploads(0, kProfile, kBucket, items(4), {});
        for (int i = 0; i < 120; ++i) {
            // Alternately put k2 and k3 just before k1: always between k0 and k1.
            QVERIFY(engine.moveBefore(ids[2 + i % 2], ids[1]));
        }
        QStringList shown;
        for (const auto &snap : engine.snapshots())
            shown.append(snap.key);
        // The last move put k3 (i = 119) right before k1, after k2.
        QCOMPARE(shown, (QStringList{QStringLiteral("k0"), QStringLiteral("k2"),
                                     QStringLiteral("k3"), QStringLiteral("k1")}));
        QVERIFY(waitIdle(engine));
        QCOMPARE(putOrder(), shown);
    }

    void keepsRunningCountAndTotals()
    {
        TransferEngine engine(nullptr, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.maxTasks = 3;
        s.maxRequests = 6;
        engine.setSettings(s);
        const int n = 40;
        engine.enqueueUploads(0, kProfile, kBucket, items(n), {});
        QCOMPARE(engine.totalBytes(), qint64(n) * kContent.size());
        QCOMPARE(engine.doneBytes(), 0);
        QCOMPARE(engine.queuedCount(), n);
        QVERIFY(!engine.isIdle());
        int maxRunning = 0;
        int finished = 0;
        qint64 lastDone = 0;
        bool monotonic = true;
        connect(&engine, &TransferEngine::taskFinished, this,
                [&](const transfer::TransferSnapshot &t) {
                    ++finished;
                    QCOMPARE(t.state, core::TransferState::Done);
                    maxRunning = qMax(maxRunning, engine.runningCount());
                    monotonic = monotonic && engine.doneBytes() >= lastDone;
                    lastDone = engine.doneBytes();
                });
        QVERIFY(waitIdle(engine));
        QCOMPARE(finished, n);
        QVERIFY2(maxRunning <= 3, qPrintable(QString::number(maxRunning)));
        QVERIFY(monotonic);
        QCOMPARE(engine.doneBytes(), engine.totalBytes());
        QCOMPARE(engine.runningCount(), 0);
        QCOMPARE(engine.queuedCount(), 0);
        QCOMPARE(putOrder().size(), n);
    }

    void pauseAndResume_moveTasksOutOfAndBackIntoTheQueue()
    {
        TransferEngine engine(nullptr, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.maxTasks = 1;
        engine.setSettings(s);
        const QList<qint64> ids = engine.enqueueUploads(0, kProfile, kBucket, items(3), {});
        engine.pause(ids[0]);
        QCOMPARE(engine.queuedCount(), 2);
        QVERIFY(waitIdle(engine)); // k1, k2 done; k0 paused does not hold the queue
        QCOMPARE(putOrder(), (QStringList{QStringLiteral("k1"), QStringLiteral("k2")}));
        QCOMPARE(engine.doneBytes(), 2 * kContent.size());
        engine.resume(ids[0]);
        QCOMPARE(engine.queuedCount(), 1);
        QVERIFY(waitIdle(engine));
        QCOMPARE(putOrder().size(), 3);
        QCOMPARE(engine.doneBytes(), engine.totalBytes());
    }

    void outage_waitsAndGoesOn_thenGivesUpWhenItLasts()
    {
        TransferEngine engine(nullptr, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.maxTasks = 1;
        s.requestRetries.maxAttempts = 1; // every request once: the outage is the task's to ride
        s.outageRetryDelaysMs = {400, 400, 400}; // longer than the 200 ms update tick
        engine.setSettings(s);
        // Two 503s, then the server is back: the upload waits twice and goes on by itself.
        m_server->enqueue(FakeResponse::s3Error(503, "ServiceUnavailable"));
        m_server->enqueue(FakeResponse::s3Error(503, "ServiceUnavailable"));
        const QList<qint64> ids = engine.enqueueUploads(0, kProfile, kBucket, items(1), {});
        QSignalSpy updated(&engine, &TransferEngine::taskUpdated);
        QVERIFY(waitIdle(engine));
        QCOMPARE(engine.snapshots().first().state, core::TransferState::Done);
        QCOMPARE(putOrder().size(), 3);
        bool saidSo = false;
        for (const auto &u : updated)
            saidSo |= u.at(0).value<transfer::TransferSnapshot>().note.contains(
                QStringLiteral("Trying again"));
        QVERIFY(saidSo);

        // An outage longer than the waits: the task fails, naming the error; retry() goes on.
        for (int i = 0; i < 4; ++i)
            m_server->enqueue(FakeResponse::s3Error(503, "ServiceUnavailable"));
        const QList<qint64> second = engine.enqueueUploads(0, kProfile, kBucket, items(1), {});
        QSignalSpy finished(&engine, &TransferEngine::taskFinished);
        QVERIFY(finished.wait(10'000));
        const auto failed = finished.at(0).at(0).value<transfer::TransferSnapshot>();
        QCOMPARE(failed.state, core::TransferState::Failed);
        QVERIFY2(failed.error.contains(QStringLiteral("503")), qPrintable(failed.error));
        QCOMPARE(putOrder().size(), 3 + 4); // the first try and three after waiting
        engine.retry(second.first());
        QVERIFY(waitIdle(engine));
        QCOMPARE(engine.snapshots().last().state, core::TransferState::Done);
        Q_UNUSED(ids)
    }

    void queueOrder_survivesARestart()
    {
        const QString db = m_dir->filePath(QStringLiteral("journal.db"));
        QList<qint64> ids;
        {
            core::TransferJournal journal;
            QVERIFY(journal.open(db));
            TransferEngine engine(&journal, nullptr);
            addProfile(engine);
            ids = engine.enqueueUploads(engine.newBatch(QStringLiteral("b")), kProfile, kBucket,
                                        items(4), {});
            QCOMPARE(ids.size(), 4);
            QVERIFY(engine.moveToFront(ids[2]));
            QVERIFY(engine.moveBefore(ids[3], ids[0]));
            // The engine goes away before its event loop ran: nothing was sent.
        }
        QCOMPARE(m_server->requests().size(), 0);
        core::TransferJournal journal;
        QVERIFY(journal.open(db));
        TransferEngine engine(&journal, nullptr);
        addProfile(engine);
        TransferEngine::Settings s;
        s.maxTasks = 1;
        engine.setSettings(s);
        QCOMPARE(engine.restore(), 4);
        const QStringList expected{QStringLiteral("k2"), QStringLiteral("k3"), QStringLiteral("k0"),
                                   QStringLiteral("k1")};
        QVERIFY(waitIdle(engine));
        QCOMPARE(putOrder(), expected);
        // One commit per finished small file: the history says Done with the result.
        const auto rec = journal.transfer(ids[0]);
        QVERIFY(rec.has_value());
        QCOMPARE(rec->state, core::TransferState::Done);
        QCOMPARE(rec->bytesDone, kContent.size());
    }
};

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
