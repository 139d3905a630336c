// The transfer engine when the real server misbehaves: radosgw stopped and started again in the
// middle of an upload and a download, and a bucket over its quota (403 QuotaExceeded).
//
// It stops the radosgw of the shared `rgw` fixture for a few seconds (tests/servers/rgw.sh
// stop-rgw / start-rgw; mon, osd and the data stay), so CTest runs it alone (RUN_SERIAL in
// tests/CMakeLists.txt), and a guard starts radosgw again whatever happens. The quota goes on
// buckets of the test's own and is lifted at the end.
#include "cloud/storagejobs.h"
#include "core/transferjournal.h"
#include "s3testenv.h"
#include "testenv.h"
#include "transfer/transferengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

using namespace sucai;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

using sucai::test::readFile;
using sucai::test::writeFile;

std::optional<transfer::TransferSnapshot> snapshotOf(const transfer::TransferEngine &engine,
                                                     qint64 id)
{
    for (const auto &s : engine.snapshots()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

// The snapshots taskFinished() reported, by task id (the last one wins).
QHash<qint64, transfer::TransferSnapshot> finishedById(const QSignalSpy &spy)
{
    QHash<qint64, transfer::TransferSnapshot> out;
    for (const auto &args : spy) {
        const auto s = args.at(0).value<transfer::TransferSnapshot>();
        out.insert(s.id, s);
    }
    return out;
}

// A slow link to the server: a TCP relay on 127.0.0.1 that passes the server's bytes on at
// `rate` bytes/s (0: as they come), and reads from the server only as fast as it passes them on,
// so the server is still sending while the client receives. When the server goes away, the
// client gets what was relayed already, then the connection closes; a connection the server
// refuses is reset. Requests go to the server unthrottled.
class SlowLink
{
    Q_DISABLE_COPY_MOVE(SlowLink)

public:
    SlowLink(quint16 serverPort, qint64 rate)
        : m_serverPort(serverPort)
        , m_rate(rate)
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, [this] { accept(); });
        m_listener.listen(QHostAddress::LocalHost);
        m_clock.start();
        m_tick.setInterval(10);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { pump(); });
        m_tick.start();
    }
    ~SlowLink()
    {
        // The sockets die with m_listener, their parent, after m_pipes: no more calls back.
        for (const auto &p : std::as_const(m_pipes)) {
            p->client->disconnect();
            p->server->disconnect();
        }
    }

    bool isListening() const { return m_listener.isListening(); }
    quint16 port() const { return m_listener.serverPort(); }
    qint64 bytesRelayed() const { return m_relayed; } // from the server to clients
    void setRate(qint64 rate)
    {
        m_rate = rate;
        pump();
    }

private:
    struct Pipe
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr; // a child of `client`
        QByteArray toServer;          // what the client sent before the server answered the call
        double tokens = 0;
        bool serverGone = false;
        bool closed = false;
    };
    using PipePtr = std::shared_ptr<Pipe>;

    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto pipe = std::make_shared<Pipe>();
            pipe->client = client;
            pipe->server = new QTcpSocket(client);
            pipe->server->setReadBufferSize(64 * 1024); // back-pressure on the server
            m_pipes.append(pipe);
            QObject::connect(client, &QTcpSocket::readyRead, client, [pipe] { forward(pipe); });
            QObject::connect(pipe->server, &QTcpSocket::connected, client,
                             [pipe] { forward(pipe); });
            QObject::connect(pipe->server, &QTcpSocket::readyRead, client, [this] { pump(); });
            QObject::connect(pipe->server, &QTcpSocket::disconnected, client, [this, pipe] {
                pipe->serverGone = true;
                pump();
            });
            QObject::connect(pipe->server, &QTcpSocket::errorOccurred, client, [this, pipe] {
                pipe->serverGone = true;
                pump();
            });
            QObject::connect(client, &QTcpSocket::disconnected, client,
                             [this, pipe] { close(pipe); });
            pipe->server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        }
    }

    static void forward(const PipePtr &pipe)
    {
        if (pipe->closed)
            return;
        pipe->toServer += pipe->client->readAll();
        if (pipe->server->state() == QAbstractSocket::ConnectedState && !pipe->toServer.isEmpty())
            pipe->server->write(std::exchange(pipe->toServer, {}));
    }

    void pump()
    {
        const qint64 now = m_clock.elapsed();
        const double seconds = double(now - m_lastPumpMs) / 1000.0;
        m_lastPumpMs = now;
        const auto pipes = m_pipes;
        for (const PipePtr &p : pipes) {
            if (p->closed)
                continue;
            qint64 n = p->server->bytesAvailable();
            if (m_rate > 0) {
                // A bucket of at most 100 ms worth of bytes.
                p->tokens = qMin(p->tokens + double(m_rate) * seconds, double(m_rate) / 10);
                n = qMin(n, qint64(p->tokens));
            }
            if (n > 0 && p->client->bytesToWrite() < 1024 * 1024) {
                const QByteArray data = p->server->read(n);
                p->client->write(data);
                p->tokens -= double(data.size());
                m_relayed += data.size();
            }
            if (p->serverGone && p->server->bytesAvailable() == 0) {
                if (p->server->error() == QAbstractSocket::ConnectionRefusedError)
                    p->client->abort(); // as the server did: reset
                else
                    p->client->disconnectFromHost(); // after what is still to be written
                close(p);
            }
        }
    }

    void close(const PipePtr &pipe)
    {
        if (pipe->closed)
            return;
        pipe->closed = true;
        m_pipes.removeOne(pipe);
        pipe->client->disconnect(); // no more calls back, also while the deletion is pending
        pipe->server->disconnect();
        pipe->server->abort();
        pipe->client->deleteLater(); // takes the server socket with it
    }

    QTcpServer m_listener;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastPumpMs = 0;
    quint16 m_serverPort;
    qint64 m_rate;
    qint64 m_relayed = 0;
    QList<PipePtr> m_pipes;
};
} // namespace

class TestTransferFaults final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QHash<QString, QString> m_env;
    QString m_stateDir;
    QString m_bucket;
    QTemporaryDir m_tmp;

    // tests/servers/rgw.sh COMMAND STATEDIR ARGS... for the fixture's cluster. Blocking: the
    // engine sees what changed once the event loop runs again (and QSignalSpy::wait would return
    // at once in a guard that runs after a failed check).
    int rgw(const QString &command, const QStringList &args = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(SUCAI_SOURCE_DIR "/tests/servers/rgw.sh"),
                QStringList{command, m_stateDir} + args);
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    struct Engine
    {
        core::TransferJournal journal;
        std::unique_ptr<transfer::TransferEngine> engine;
    };

    // An engine with a journal of its own and the test user's profile "rgw".
    std::unique_ptr<Engine> makeEngine(const QString &name,
                                       const transfer::TransferEngine::Settings &s)
    {
        auto e = std::make_unique<Engine>();
        if (!e->journal.open(m_tmp.filePath(name + QStringLiteral(".db"))))
            return nullptr;
        e->engine = std::make_unique<transfer::TransferEngine>(&e->journal, nullptr);
        e->engine->addProfile(QStringLiteral("rgw"), m_client->endpoint(),
                              cloud::SignatureKind::SigV4, m_client->credentials());
        e->engine->setSettings(s);
        return e;
    }

    QByteArray serverContent(const QString &bucket, const QString &key)
    {
        const QString out = m_tmp.filePath(QStringLiteral("server-copy.bin"));
        QFile::remove(out);
        auto *get = m_client->getObject(bucket, key, out);
        const bool ok = test::runJob(get).ok();
        get->deleteLater();
        return ok ? readFile(out) : QByteArray();
    }

    // Multipart uploads in progress for `key`, or -1 when the listing fails.
    qsizetype multipartUploads(const QString &bucket, const QString &key)
    {
        auto *list = m_client->listMultipartUploads(bucket, key);
        const bool ok = test::runJob(list).ok();
        list->deleteLater();
        return ok ? list->uploads().size() : -1;
    }

    QByteArray headCode(const QString &bucket, const QString &key)
    {
        auto *head = m_client->headObject(bucket, key);
        const QByteArray code = test::runJob(head).code;
        head->deleteLater();
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = test::readServerEnv(QStringLiteral("rgw"));
        m_stateDir = m_env.value(QStringLiteral("SUCAI_RGW_STATEDIR"));
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client && !m_stateDir.isEmpty(),
                 "RGW env file missing: run through ctest (fixture rgw)");
        QVERIFY(m_tmp.isValid());
        m_bucket = test::uniqueBucketName(QStringLiteral("faults"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
    }

    void cleanupTestCase()
    {
        // Whatever happened above, the other tests find radosgw up ("already running" if so).
        if (!m_stateDir.isEmpty())
            QCOMPARE(rgw(QStringLiteral("start-rgw")), 0);
    }

    // radosgw goes away while a multipart upload and a download run, and comes back on the same
    // port. Each request is tried 5 times within about 3 s (RetryPolicy); after that the task
    // waits (Settings::outageRetryDelaysMs) and goes on by itself once the server is back: the
    // upload in the multipart upload it began, the download from its partial file, and the
    // results are byte-identical. No manual retry.
    void radosgwRestartedMidTransfer_bothGoOnByThemselvesIdentically()
    {
        const QByteArray upData = test::randomBytes(40 * kMiB, 21);
        const QString src = m_tmp.filePath(QStringLiteral("restart-up.bin"));
        QVERIFY(writeFile(src, upData));
        const QString upKey = QStringLiteral("restart/up.bin");

        const QByteArray downData = test::randomBytes(64 * kMiB, 22);
        const QString downKey = QStringLiteral("restart/down.bin");
        auto *put = m_client->putObjectData(m_bucket, downKey, downData);
        QVERIFY(test::runJob(put).ok());
        put->deleteLater();
        const QString dir = m_tmp.filePath(QStringLiteral("restart-dl"));
        QVERIFY(QDir().mkpath(dir));
        const QString target = dir + QStringLiteral("/down.bin");
        const QString partial = cloud::GetObjectJob::partialPath(target);

        transfer::TransferEngine::Settings s;
        s.maxTasks = 2;
        s.maxPartsPerFile = 2;
        s.multipartThreshold = 8 * kMiB;
        s.partSize = 5 * kMiB; // 8 parts
        auto e = makeEngine(QStringLiteral("restart"), s);
        QVERIFY(e);
        transfer::TransferEngine &engine = *e->engine;
        // Slow enough to be caught in the middle (8 s for the upload, 32 s for the download;
        // both are stopped after about 2 s). The upload through the engine's limit, the
        // download through a slow link, because the engine's download limit paces only what is
        // written to disk: Qt reads the response off the socket at network speed, so the server
        // would have sent all of it long before it stops.
        engine.setUploadRate(5 * kMiB);
        const QUrl server(m_env.value(QStringLiteral("SUCAI_S3_ENDPOINT")));
        SlowLink link(quint16(server.port()), 2 * kMiB);
        QVERIFY(link.isListening());
        QUrl viaLink = server;
        viaLink.setPort(link.port());
        engine.addProfile(QStringLiteral("slow"),
                          cloud::Endpoint::s3(viaLink, m_client->endpoint().region(),
                                              cloud::Endpoint::Addressing::PathStyle),
                          cloud::SignatureKind::SigV4, m_client->credentials());

        QSignalSpy finished(&engine, &transfer::TransferEngine::taskFinished);
        const qint64 batch = engine.newBatch(QStringLiteral("restart"));
        const qint64 upId =
            engine.enqueueUpload(batch, QStringLiteral("rgw"), src, m_bucket, upKey, {});
        const qint64 downId =
            engine.enqueueDownload(batch, QStringLiteral("slow"), m_bucket, downKey, target);
        QVERIFY(upId != 0 && downId != 0);

        // In the middle: two parts on the server, 3 MiB in the partial file.
        const auto partsDone = [&] {
            return snapshotOf(engine, upId).value_or(transfer::TransferSnapshot{}).partsDone;
        };
        QTRY_VERIFY_WITH_TIMEOUT(partsDone() >= 2 && QFileInfo(partial).size() >= 3 * kMiB, 60'000);
        QVERIFY2(finished.isEmpty(), "a transfer ended before radosgw was stopped");

        bool rgwDown = true;
        const auto restart = qScopeGuard([&] {
            if (rgwDown)
                rgw(QStringLiteral("start-rgw"));
        });
        QCOMPARE(rgw(QStringLiteral("stop-rgw")), 0);
        const qint64 partialAtStop = QFileInfo(partial).size();
        // The limits served to catch the transfers in the middle: what the server sent before
        // it stopped comes in at once.
        engine.setUploadRate(0);
        link.setRate(0);

        // While the server is away the tasks wait instead of failing, and say so.
        QTRY_VERIFY_WITH_TIMEOUT(snapshotOf(engine, upId)
                                         .value_or(transfer::TransferSnapshot{})
                                         .note.contains(QStringLiteral("Trying again")) &&
                                     snapshotOf(engine, downId)
                                         .value_or(transfer::TransferSnapshot{})
                                         .note.contains(QStringLiteral("Trying again")),
                                 30'000);
        const auto waiting = snapshotOf(engine, downId).value_or(transfer::TransferSnapshot{});
        QVERIFY2(waiting.note.contains(QStringLiteral("Cannot reach the server")),
                 qPrintable(waiting.note));
        QTest::qWait(3000); // an outage of several seconds
        QVERIFY2(finished.isEmpty(), "a transfer gave up during a short outage");
        QVERIFY(partsDone() >= 2);
        // Never a half file under the final name; the partial file is kept to resume from.
        QVERIFY(!QFileInfo::exists(target));
        const qint64 partialSize = QFileInfo(partial).size();
        qInfo("partial file: %lld bytes when radosgw stopped, %lld while it was away",
              partialAtStop, partialSize);
        QVERIFY(partialSize >= partialAtStop && partialSize < downData.size());
        const qint64 relayedBefore = link.bytesRelayed();

        QCOMPARE(rgw(QStringLiteral("start-rgw")), 0);
        rgwDown = false;
        // The multipart upload the engine began is still there to go on with.
        QCOMPARE(multipartUploads(m_bucket, upKey), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120'000);
        const auto ended = finishedById(finished);
        for (const qint64 id : {upId, downId}) {
            const auto snap = ended.value(id);
            QVERIFY2(snap.state == core::TransferState::Done, qPrintable(snap.error));
        }
        QCOMPARE(e->journal.unfinished().size(), 0);

        QVERIFY(readFile(target) == downData);
        // It went on from the partial file: the server sent the rest (and a few headers) only.
        const qint64 resent = link.bytesRelayed() - relayedBefore;
        QVERIFY2(resent >= downData.size() - partialSize &&
                     resent < downData.size() - partialSize + 64 * 1024,
                 qPrintable(QString::number(resent)));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("down.bin")}); // no *.sucai-part left
        QVERIFY(serverContent(m_bucket, upKey) == upData);
        QCOMPARE(multipartUploads(m_bucket, upKey), 0);
    }

    void overQuota_failsSayingSo_andAnUploadWithinQuotaWorks_data()
    {
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("multipartThreshold");
        QTest::addColumn<int>("partsHeld");
        // RGW refuses a PUT (or part) that would take the bucket beyond its quota.
        QTest::newRow("single PUT") << 1 * kMiB << 2 * kMiB << 64 * kMiB << 0;
        // Parts count as they arrive: part 1 (5 MiB) fits in 8 MiB, part 2 does not.
        QTest::newRow("multipart") << 8 * kMiB << 12 * kMiB << 8 * kMiB << 1;
    }

    void overQuota_failsSayingSo_andAnUploadWithinQuotaWorks()
    {
        QFETCH(qint64, quota);
        QFETCH(qint64, size);
        QFETCH(qint64, multipartThreshold);
        QFETCH(int, partsHeld);
        // A bucket of its own, so the quota touches no other test.
        const QString bucket = test::uniqueBucketName(QStringLiteral("quota"));
        auto *mb = m_client->createBucket(bucket);
        const auto mbError = test::runJob(mb);
        QVERIFY2(mbError.ok(), qPrintable(mbError.toUserText()));
        mb->deleteLater();
        const QString scope[] = {QStringLiteral("--bucket=") + bucket,
                                 QStringLiteral("--quota-scope=bucket")};
        const auto noQuota = qScopeGuard([&] {
            rgw(QStringLiteral("admin"),
                {QStringLiteral("quota"), QStringLiteral("disable"), scope[0], scope[1]});
        });
        QCOMPARE(
            rgw(QStringLiteral("admin"), {QStringLiteral("quota"), QStringLiteral("set"), scope[0],
                                          scope[1], QStringLiteral("--max-size=%1").arg(quota)}),
            0);
        QCOMPARE(rgw(QStringLiteral("admin"),
                     {QStringLiteral("quota"), QStringLiteral("enable"), scope[0], scope[1]}),
                 0);

        transfer::TransferEngine::Settings s;
        s.multipartThreshold = multipartThreshold;
        s.partSize = 5 * kMiB;
        s.maxPartsPerFile = 1; // parts one after the other: which one hits the quota is known
        auto e = makeEngine(QStringLiteral("quota-%1").arg(quota), s);
        QVERIFY(e);
        transfer::TransferEngine &engine = *e->engine;
        QSignalSpy finished(&engine, &transfer::TransferEngine::taskFinished);

        const QString big = m_tmp.filePath(QStringLiteral("quota-big.bin"));
        const QByteArray bigData = test::randomBytes(size, 31);
        QVERIFY(writeFile(big, bigData));
        const QString bigKey = QStringLiteral("quota/big.bin");
        const qint64 bigId =
            engine.enqueueUpload(0, QStringLiteral("rgw"), big, bucket, bigKey, {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const auto failed = finished.takeFirst().at(0).value<transfer::TransferSnapshot>();
        QCOMPARE(failed.id, bigId);
        QCOMPARE(failed.state, core::TransferState::Failed);
        qInfo("%s", qPrintable(failed.error));
        // StorageError::toUserText: "bucket/key: The storage quota is exceeded: delete objects or
        // raise the quota, then retry. (QuotaExceeded, HTTP 403; request id …)".
        QVERIFY2(failed.error.contains(QStringLiteral("The storage quota is exceeded")),
                 qPrintable(failed.error));
        QVERIFY2(failed.error.contains(QStringLiteral("QuotaExceeded, HTTP 403")),
                 qPrintable(failed.error));
        QCOMPARE(headCode(bucket, bigKey), QByteArray("NoSuchKey")); // nothing half-done landed
        QCOMPARE(failed.partsDone, partsHeld);
        QCOMPARE(multipartUploads(bucket, bigKey), partsHeld > 0 ? 1 : 0);

        // Within the quota (also beside the parts a failed multipart upload still holds).
        const QByteArray smallData = test::randomBytes(512 * 1024, 32);
        const QString small = m_tmp.filePath(QStringLiteral("quota-small.bin"));
        QVERIFY(writeFile(small, smallData));
        const qint64 smallId = engine.enqueueUpload(0, QStringLiteral("rgw"), small, bucket,
                                                    QStringLiteral("quota/small.bin"), {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const auto done = finished.takeFirst().at(0).value<transfer::TransferSnapshot>();
        QCOMPARE(done.id, smallId);
        QVERIFY2(done.state == core::TransferState::Done, qPrintable(done.error));
        QVERIFY(serverContent(bucket, QStringLiteral("quota/small.bin")) == smallData);

        // Once the quota is lifted, retry() finishes the upload (with the parts it holds).
        QCOMPARE(rgw(QStringLiteral("admin"),
                     {QStringLiteral("quota"), QStringLiteral("disable"), scope[0], scope[1]}),
                 0);
        engine.retry(bigId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const auto retried = finished.takeFirst().at(0).value<transfer::TransferSnapshot>();
        QVERIFY2(retried.state == core::TransferState::Done, qPrintable(retried.error));
        QVERIFY(serverContent(bucket, bigKey) == bigData);
        QCOMPARE(multipartUploads(bucket, bigKey), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransferFaults)
#include "tst_transferfaults.moc"
