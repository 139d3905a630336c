#include "core/transferjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <limits>
#include <memory>

using namespace sucai::core;

namespace {

constexpr char kCrashChildEnv[] = "SUCAI_TST_JOURNAL_CRASH_CHILD";

TransferRecord upload(const QString &key, qint64 batchId = 0)
{
    TransferRecord r;
    r.batchId = batchId;
    r.direction = TransferDirection::Upload;
    r.profile = QStringLiteral("cos-main");
    r.bucket = QStringLiteral("photos-1250000000");
    r.key = key;
    r.localPath = QStringLiteral("/home/user/Pictures/") + key;
    r.size = 100LL * 1024 * 1024;
    r.localMtimeMs = 1'700'000'000'123;
    return r;
}

PartRecord part(int n)
{
    return PartRecord{.partNumber = n,
                      .size = 16LL * 1024 * 1024,
                      .etag = "\"etag-" + QByteArray::number(n) + '"',
                      .crc64 = 0xF000'0000'0000'0000ULL + quint64(n), // above INT64_MAX
                      .md5 = QByteArray(16, char(n)),
                      .crc32 = std::nullopt};
}

// Runs a statement on the file through a connection of the test's own (removed again before
// returning), to look at or tamper with the file behind the journal's back.
QVariant rawQuery(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("tst-raw");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                result = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The child half of crashRecovery_survivesSigkill: leaves a task Running with three parts,
// then dies the hard way, with no destructor, no close and no checkpoint.
[[noreturn]] void crashChild(const QString &path)
{
    TransferJournal j;
    if (!j.open(path))
        std::_Exit(2);
    TransferRecord r = upload(QStringLiteral("big.mov"));
    const qint64 id = j.addTransfer(r);
    if (id == 0 || !j.setState(id, TransferState::Running) ||
        !j.setMultipart(id, "upload-xyz", 16LL * 1024 * 1024) || !j.addPart(id, part(1)) ||
        !j.addPart(id, part(2)) || !j.addPart(id, part(3)) ||
        !j.setProgress(id, 48LL * 1024 * 1024))
        std::_Exit(3);
    std::raise(SIGKILL);
    std::_Exit(4);
}

} // namespace

class TestTransferJournal final : public QObject
{
    Q_OBJECT

private:
    QString dbPath(const QString &name = QStringLiteral("journal.sqlite")) const
    {
        return m_dir->filePath(name);
    }

    static void compareRecords(const TransferRecord &a, const TransferRecord &b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.batchId, b.batchId);
        QCOMPARE(a.direction, b.direction);
        QCOMPARE(a.state, b.state);
        QCOMPARE(a.profile, b.profile);
        QCOMPARE(a.bucket, b.bucket);
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.localPath, b.localPath);
        QCOMPARE(a.size, b.size);
        QCOMPARE(a.localMtimeMs, b.localMtimeMs);
        QCOMPARE(a.remoteEtag, b.remoteEtag);
        QCOMPARE(a.uploadId, b.uploadId);
        QCOMPARE(a.partSize, b.partSize);
        QCOMPARE(a.bytesDone, b.bytesDone);
        QCOMPARE(a.position, b.position);
        QCOMPARE(a.conflict, b.conflict);
        QCOMPARE(a.headers, b.headers);
        QCOMPARE(a.error, b.error);
        QCOMPARE(a.created, b.created);
        QCOMPARE(a.finished, b.finished);
        QCOMPARE(a.etag, b.etag);
        QCOMPARE(a.url, b.url);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        // Among others Qt's "connection ... is still in use, all queries will cease to work".
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTrip_keepsEveryField_data()
    {
        QTest::addColumn<TransferRecord>("record");
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'456, Qt::UTC);

        TransferRecord full = upload(QStringLiteral("相册/2024 夏天/海边 #1.jpg"));
        full.state = TransferState::Paused;
        full.remoteEtag = "\"remote\"";
        full.uploadId = "1700000000a8f3c2";
        full.partSize = 8LL * 1024 * 1024;
        full.bytesDone = 24LL * 1024 * 1024;
        full.conflict = ConflictPolicy::SkipIfIdentical;
        full.headers = R"({"Content-Type":"image/jpeg","Cache-Control":"max-age=60"})";
        full.error = QStringLiteral("连接被重置");
        full.created = created;
        full.etag = "\"abc\"";
        full.url = QStringLiteral("https://photos-1250000000.cos.ap-guangzhou.myqcloud.com/x");
        QTest::newRow("upload, every field set") << full;

        TransferRecord done;
        done.direction = TransferDirection::Download;
        done.state = TransferState::Done;
        done.profile = QStringLiteral("rgw");
        done.bucket = QStringLiteral("b");
        done.key = QStringLiteral("k");
        done.localPath = QStringLiteral("/tmp/k");
        done.created = created;
        done.finished = created.addSecs(90);
        QTest::newRow("finished download, optional fields empty") << done;

        TransferRecord unknownSize = upload(QStringLiteral("stream"));
        unknownSize.size = -1;
        unknownSize.created = created;
        unknownSize.conflict = ConflictPolicy::KeepBoth;
        QTest::newRow("unknown size") << unknownSize;
    }
    void roundTrip_keepsEveryField()
    {
        QFETCH(TransferRecord, record);
        TransferJournal j;
        QVERIFY2(j.open(dbPath()), qPrintable(j.lastError()));
        const qint64 batch = j.addBatch(QStringLiteral("夏天"));
        QVERIFY(batch > 0);
        record.batchId = batch;
        const qint64 id = j.addTransfer(record);
        QVERIFY2(id > 0, qPrintable(j.lastError()));
        QCOMPARE(record.id, id);
        QVERIFY(record.position > 0);

        const auto again = j.transfer(id);
        QVERIFY(again);
        compareRecords(*again, record);
        if (QTest::currentTestFailed())
            return;

        const auto b = j.batch(batch);
        QVERIFY(b);
        QCOMPARE(b->label, QStringLiteral("夏天"));
        QVERIFY(b->created.isValid());
    }

    void addTransfers_fillsCreatedAndFinished()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        QList<TransferRecord> records{upload(QStringLiteral("a")), upload(QStringLiteral("b"))};
        records[1].state = TransferState::Cancelled;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QCOMPARE(j.addTransfers(records).size(), 2);
        QVERIFY(records[0].created >= before);
        QVERIFY(!records[0].finished.isValid());
        QVERIFY(records[1].finished >= before);
    }

    void parts_upsertByNumber_keepUnsignedCrc()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        TransferRecord r = upload(QStringLiteral("p"));
        const qint64 id = j.addTransfer(r);
        QVERIFY(j.setMultipart(id, "up-1", 16LL * 1024 * 1024));
        QVERIFY(j.addPart(id, part(2)));
        PartRecord first = part(1);
        first.crc32 = std::numeric_limits<quint32>::max();
        QVERIFY(j.addPart(id, first));
        PartRecord replaced = part(2);
        replaced.etag = "\"second try\"";
        replaced.crc64 = std::numeric_limits<quint64>::max();
        replaced.crc32 = 0;
        QVERIFY(j.addPart(id, replaced));

        bool ok = false;
        const QList<PartRecord> got = j.parts(id, &ok);
        QVERIFY(ok);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].partNumber, 1);
        QCOMPARE(got[0].crc64, part(1).crc64);
        QCOMPARE(got[0].md5, part(1).md5);
        QCOMPARE(got[0].size, part(1).size);
        QCOMPARE(got[1].etag, QByteArray("\"second try\""));
        QCOMPARE(got[1].crc64, std::numeric_limits<quint64>::max());
        QCOMPARE(got[0].crc32, std::optional<quint32>(std::numeric_limits<quint32>::max()));
        QCOMPARE(got[1].crc32, std::optional<quint32>(0));
        QVERIFY(!j.addPart(id, part(0)));
    }

    // A journal written by the first format (no CRC32 column) is updated in place: its tasks
    // and parts stay, and the parts read back without a CRC32.
    void formatV1_isMigratedKeepingParts()
    {
        qint64 id = 0;
        {
            TransferJournal j;
            QVERIFY(j.open(dbPath()));
            TransferRecord r = upload(QStringLiteral("old"));
            id = j.addTransfer(r);
            QVERIFY(j.setMultipart(id, "upload-v1", 16LL * 1024 * 1024));
            QVERIFY(j.addPart(id, part(1)));
            QVERIFY(j.addPart(id, part(2)));
        }
        rawQuery(dbPath(), QStringLiteral("ALTER TABLE parts DROP COLUMN crc32"));
        rawQuery(dbPath(), QStringLiteral("PRAGMA user_version = 1"));
        QVERIFY(!rawQuery(dbPath(), QStringLiteral("SELECT crc32 FROM parts")).isValid());

        TransferJournal j;
        QVERIFY2(j.open(dbPath()), qPrintable(j.lastError()));
        QCOMPARE(rawQuery(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
        const QList<PartRecord> parts = j.parts(id);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[1].etag, part(2).etag);
        QCOMPARE(parts[1].crc64, part(2).crc64);
        QVERIFY(!parts[0].crc32.has_value());
        QCOMPARE(j.unfinished().size(), 1);
        QCOMPARE(j.unfinished().first().uploadId, QByteArray("upload-v1"));
    }

    void crashRecovery_runningBecomesQueuedWithParts()
    {
        qint64 running = 0;
        qint64 paused = 0;
        {
            auto j = std::make_unique<TransferJournal>();
            QVERIFY(j->open(dbPath()));
            QList<TransferRecord> records{upload(QStringLiteral("r")), upload(QStringLiteral("p"))};
            QCOMPARE(j->addTransfers(records).size(), 2);
            running = records[0].id;
            paused = records[1].id;
            QVERIFY(j->setState(running, TransferState::Running));
            QVERIFY(j->setMultipart(running, "upload-1", 16LL * 1024 * 1024));
            for (int n = 1; n <= 3; ++n)
                QVERIFY(j->addPart(running, part(n)));
            QVERIFY(j->setProgress(running, 48LL * 1024 * 1024));
            QVERIFY(j->setState(paused, TransferState::Paused));
            j.reset(); // no close(): whatever the destructor does must be enough
        }
        TransferJournal j;
        QVERIFY2(j.open(dbPath()), qPrintable(j.lastError()));
        QCOMPARE(j.recoveredOnOpen(), 1);
        const auto r = j.transfer(running);
        QVERIFY(r);
        QCOMPARE(r->state, TransferState::Queued);
        QCOMPARE(r->uploadId, QByteArray("upload-1"));
        QCOMPARE(r->partSize, 16LL * 1024 * 1024);
        QCOMPARE(r->bytesDone, 48LL * 1024 * 1024);
        const QList<PartRecord> parts = j.parts(running);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[2].etag, part(3).etag);
        QCOMPARE(parts[2].crc64, part(3).crc64);
        QCOMPARE(j.transfer(paused)->state, TransferState::Paused);
    }

    void crashRecovery_survivesSigkill()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kCrashChildEnv), dbPath());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);         // killed, not exited
        QVERIFY(QFile::exists(dbPath() + QStringLiteral("-wal"))); // never checkpointed

        TransferJournal j;
        QVERIFY2(j.open(dbPath()), qPrintable(j.lastError()));
        QCOMPARE(j.recoveredOnOpen(), 1);
        const QList<TransferRecord> queue = j.unfinished();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0].key, QStringLiteral("big.mov"));
        QCOMPARE(queue[0].state, TransferState::Queued);
        QCOMPARE(queue[0].uploadId, QByteArray("upload-xyz"));
        QCOMPARE(queue[0].bytesDone, 48LL * 1024 * 1024);
        QCOMPARE(j.parts(queue[0].id).size(), 3);
    }

    void positions_appendInOrder_andReorder()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        QList<TransferRecord> first{upload(QStringLiteral("a")), upload(QStringLiteral("b")),
                                    upload(QStringLiteral("c"))};
        QList<TransferRecord> second{upload(QStringLiteral("d"))};
        QCOMPARE(j.addTransfers(first).size(), 3);
        QCOMPARE(j.addTransfers(second).size(), 1);
        QVERIFY(first[0].position < first[1].position);
        QVERIFY(first[2].position < second[0].position);

        const auto keys = [&j] {
            QStringList out;
            for (const TransferRecord &r : j.unfinished())
                out << r.key;
            return out.join(u',');
        };
        QCOMPARE(keys(), QStringLiteral("a,b,c,d"));
        // d between a and b
        QVERIFY(j.setPosition(second[0].id, (first[0].position + first[1].position) / 2));
        QCOMPARE(keys(), QStringLiteral("a,d,b,c"));
        // c to the front
        QVERIFY(j.setPosition(first[2].id, first[0].position - 1));
        QCOMPARE(keys(), QStringLiteral("c,a,d,b"));
        QVERIFY(!j.setPosition(first[0].id, std::numeric_limits<double>::quiet_NaN()));

        QVERIFY(j.normalizePositions());
        QCOMPARE(keys(), QStringLiteral("c,a,d,b"));
        QCOMPARE(j.unfinished().constFirst().position, 1.0);
        QCOMPARE(j.unfinished().constLast().position, 4.0);

        QVERIFY(j.setState(first[0].id, TransferState::Done));
        QVERIFY(j.setState(first[1].id, TransferState::Cancelled));
        QVERIFY(j.setState(second[0].id, TransferState::Failed, QStringLiteral("timeout")));
        QCOMPARE(keys(), QStringLiteral("c,d")); // Failed stays in the queue, to be retried

        QList<TransferRecord> later{upload(QStringLiteral("e"))};
        QCOMPARE(j.addTransfers(later).size(), 1);
        QCOMPARE(keys(), QStringLiteral("c,d,e"));
    }

    void history_newestFirst_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("keys");
        QTest::newRow("all") << 100 << 0 << QStringLiteral("e,d,c,b,a");
        QTest::newRow("first page") << 2 << 0 << QStringLiteral("e,d");
        QTest::newRow("second page") << 2 << 2 << QStringLiteral("c,b");
        QTest::newRow("past the end") << 2 << 5 << QString();
    }
    void history_newestFirst()
    {
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(QString, keys);
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        // Finished out of id order, to show that the order is by finish time.
        const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        const struct
        {
            const char *key;
            TransferState state;
            int minutes;
        } rows[] = {{"c", TransferState::Done, 3},        {"a", TransferState::Failed, 1},
                    {"queued", TransferState::Queued, 0}, {"e", TransferState::Cancelled, 5},
                    {"b", TransferState::Done, 2},        {"d", TransferState::Done, 4}};
        QList<TransferRecord> records;
        for (const auto &row : rows) {
            TransferRecord r = upload(QString::fromLatin1(row.key));
            r.state = row.state;
            if (row.minutes)
                r.finished = base.addSecs(60 * row.minutes);
            records << r;
        }
        QCOMPARE(j.addTransfers(records).size(), qsizetype(std::size(rows)));

        bool ok = false;
        QStringList got;
        for (const TransferRecord &r : j.history(limit, offset, &ok))
            got << r.key;
        QVERIFY(ok);
        QCOMPARE(got.join(u','), keys);
    }

    void clearHistory_removesOnlyOlder_andAbandonsFailedUploads()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 oldBatch = j.addBatch(QStringLiteral("old"));
        QList<TransferRecord> records{upload(QStringLiteral("old-done"), oldBatch),
                                      upload(QStringLiteral("old-failed"), oldBatch),
                                      upload(QStringLiteral("new-done")),
                                      upload(QStringLiteral("queued"))};
        records[0].state = TransferState::Done;
        records[0].finished = now.addDays(-40);
        records[1].state = TransferState::Failed;
        records[1].finished = now.addDays(-40);
        records[1].uploadId = "failed-upload";
        records[2].state = TransferState::Done;
        records[2].finished = now.addDays(-1);
        QCOMPARE(j.addTransfers(records).size(), 4);

        QVERIFY2(j.clearHistory(now.addDays(-30)), qPrintable(j.lastError()));
        QStringList history;
        for (const TransferRecord &r : j.history(10))
            history << r.key;
        QCOMPARE(history, QStringList{QStringLiteral("new-done")});
        QCOMPARE(j.unfinished().size(), 1);
        QVERIFY(!j.batch(oldBatch)); // emptied, so gone
        const QList<AbandonedUpload> abandoned = j.abandonedUploads();
        QCOMPARE(abandoned.size(), 1);
        QCOMPARE(abandoned[0].uploadId, QByteArray("failed-upload"));
        QCOMPARE(abandoned[0].key, QStringLiteral("old-failed"));
    }

    void abandonedUploads_whenUploadIsLetGo_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("abandoned");
        QTest::addColumn<bool>("stillOwned");
        QTest::newRow("remove") << QStringLiteral("remove") << true << false;
        QTest::newRow("cancel") << QStringLiteral("cancel") << true << false;
        QTest::newRow("clear multipart") << QStringLiteral("clear") << true << false;
        QTest::newRow("replaced by a new upload") << QStringLiteral("replace") << true << false;
        QTest::newRow("same upload set again") << QStringLiteral("same") << false << true;
        QTest::newRow("completed") << QStringLiteral("done") << false << false;
        QTest::newRow("paused") << QStringLiteral("pause") << false << true;
    }
    void abandonedUploads_whenUploadIsLetGo()
    {
        QFETCH(QString, how);
        QFETCH(bool, abandoned);
        QFETCH(bool, stillOwned);
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        TransferRecord r = upload(QStringLiteral("big.iso"));
        const qint64 id = j.addTransfer(r);
        QVERIFY(j.setMultipart(id, "old-upload", 8LL * 1024 * 1024));
        QVERIFY(j.addPart(id, part(1)));
        QVERIFY(j.ownsUpload(r.profile, r.bucket, "old-upload"));
        QVERIFY(!j.ownsUpload(QStringLiteral("other"), r.bucket, "old-upload"));
        QVERIFY(!j.ownsUpload(r.profile, r.bucket, "someone-elses"));

        if (how == u"remove")
            QVERIFY(j.remove(id));
        else if (how == u"cancel")
            QVERIFY(j.setState(id, TransferState::Cancelled));
        else if (how == u"clear")
            QVERIFY(j.clearMultipart(id));
        else if (how == u"replace")
            QVERIFY(j.setMultipart(id, "new-upload", 8LL * 1024 * 1024));
        else if (how == u"same")
            QVERIFY(j.setMultipart(id, "old-upload", 8LL * 1024 * 1024));
        else if (how == u"done")
            QVERIFY(j.setState(id, TransferState::Done));
        else if (how == u"pause")
            QVERIFY(j.setState(id, TransferState::Paused));

        QCOMPARE(j.ownsUpload(r.profile, r.bucket, "old-upload"), stillOwned);
        QCOMPARE(j.parts(id).size(), stillOwned ? 1 : 0);
        const QList<AbandonedUpload> list = j.abandonedUploads();
        QCOMPARE(list.size(), abandoned ? 1 : 0);
        if (!abandoned)
            return;
        QCOMPARE(list[0].profile, r.profile);
        QCOMPARE(list[0].bucket, r.bucket);
        QCOMPARE(list[0].key, r.key);
        QCOMPARE(list[0].uploadId, QByteArray("old-upload"));
        QVERIFY(list[0].recorded.isValid());

        // Recorded twice (two sweeps) is still one; forgotten after the abort.
        QVERIFY(j.recordAbandonedUpload(r.profile, r.bucket, r.key, "old-upload"));
        QCOMPARE(j.abandonedUploads().size(), 1);
        QVERIFY(j.forgetAbandonedUpload(r.profile, r.bucket, "old-upload"));
        QVERIFY(j.abandonedUploads().isEmpty());
    }

    void clearMultipart_startsOver()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        TransferRecord r = upload(QStringLiteral("x"));
        const qint64 id = j.addTransfer(r);
        QVERIFY(j.setMultipart(id, "u", 5LL * 1024 * 1024));
        QVERIFY(j.addPart(id, part(1)));
        QVERIFY(j.setProgress(id, 5LL * 1024 * 1024));
        QVERIFY(j.clearMultipart(id));
        const auto after = j.transfer(id);
        QVERIFY(after);
        QVERIFY(after->uploadId.isEmpty());
        QCOMPARE(after->partSize, 0);
        QCOMPARE(after->bytesDone, 0);
    }

    void stateChanges_setAndClearFinishedAndError()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        TransferRecord r = upload(QStringLiteral("x"));
        const qint64 id = j.addTransfer(r);
        QVERIFY(j.setState(id, TransferState::Failed, QStringLiteral("Access denied")));
        auto t = j.transfer(id);
        QCOMPARE(t->error, QStringLiteral("Access denied"));
        QVERIFY(t->finished.isValid());
        QVERIFY(j.setState(id, TransferState::Queued)); // retry
        t = j.transfer(id);
        QVERIFY(t->error.isEmpty());
        QVERIFY(!t->finished.isValid());
        QVERIFY(j.setRemoteEtag(id, "\"r\""));
        QVERIFY(j.setResult(id, "\"e\"", QStringLiteral("https://example.com/x")));
        t = j.transfer(id);
        QCOMPARE(t->remoteEtag, QByteArray("\"r\""));
        QCOMPARE(t->etag, QByteArray("\"e\""));
        QCOMPARE(t->url, QStringLiteral("https://example.com/x"));
    }

    void writesToAMissingTransfer_fail()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        const qint64 missing = 4242;
        QVERIFY(!j.setState(missing, TransferState::Done));
        QVERIFY(j.lastError().contains(QStringLiteral("4242")));
        QVERIFY(!j.setState(missing, TransferState::Cancelled));
        QVERIFY(!j.setProgress(missing, 1));
        QVERIFY(!j.setMultipart(missing, "u", 1));
        QVERIFY(!j.clearMultipart(missing));
        QVERIFY(!j.addPart(missing, part(1))); // foreign key
        QVERIFY(!j.setRemoteEtag(missing, "e"));
        QVERIFY(!j.setResult(missing, "e", QString()));
        QVERIFY(!j.setPosition(missing, 1));
        QVERIFY(!j.remove(missing));
        QVERIFY(!j.transfer(missing));
        QVERIFY(!j.batch(missing));
    }

    void addTransfers_isAllOrNothing()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        QList<TransferRecord> records{upload(QStringLiteral("ok")),
                                      upload(QStringLiteral("bad"), 777)}; // no such batch
        QVERIFY(j.addTransfers(records).isEmpty());
        QVERIFY(!j.lastError().isEmpty());
        QCOMPARE(records[0].id, 0); // untouched
        bool ok = false;
        QVERIFY(j.unfinished(&ok).isEmpty());
        QVERIFY(ok);
    }

    void addTransfers_tenThousandInOneTransaction()
    {
        TransferJournal j;
        QVERIFY(j.open(dbPath()));
        const qint64 batch = j.addBatch(QStringLiteral("folder"));
        QList<TransferRecord> records;
        records.reserve(10'000);
        for (int i = 0; i < 10'000; ++i)
            records << upload(QStringLiteral("folder/file-%1.jpg").arg(i), batch);

        QElapsedTimer timer;
        timer.start();
        const QList<qint64> ids = j.addTransfers(records);
        const qint64 insertMs = timer.elapsed();
        QCOMPARE(ids.size(), 10'000);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 10'000);

        timer.restart();
        const QList<TransferRecord> queue = j.unfinished();
        const qint64 readMs = timer.elapsed();
        QCOMPARE(queue.size(), 10'000);
        QCOMPARE(queue.constFirst().key, QStringLiteral("folder/file-0.jpg"));
        QCOMPARE(queue.constLast().key, QStringLiteral("folder/file-9999.jpg"));

        timer.restart();
        for (int i = 0; i < 1000; ++i)
            QVERIFY(j.setProgress(ids.at(i), i));
        const qint64 progressMs = timer.elapsed();

        QList<TransferRecord> finished;
        finished.reserve(10'000);
        for (int i = 0; i < 10'000; ++i) {
            finished << upload(QStringLiteral("done/file-%1.jpg").arg(i), batch);
            finished.last().state = TransferState::Done;
        }
        QCOMPARE(j.addTransfers(finished).size(), 10'000);
        timer.restart();
        const QList<TransferRecord> page = j.history(100);
        const qint64 historyMs = timer.elapsed();
        QCOMPARE(page.size(), 100);
        QCOMPARE(page.constFirst().key, QStringLiteral("done/file-9999.jpg"));

        timer.restart();
        j.close();
        QVERIFY(j.open(dbPath()));
        const qint64 reopenMs = timer.elapsed();
        qInfo("10,000 transfers: insert %lld ms, read queue %lld ms, 1,000 setProgress %lld ms; "
              "history(100) of 10,000 %lld ms; close+reopen %lld ms",
              insertMs, readMs, progressMs, historyMs, reopenMs);
    }

    void twoJournals_inOneProcess_keepApart()
    {
        auto a = std::make_unique<TransferJournal>();
        TransferJournal b;
        QVERIFY(a->open(dbPath(QStringLiteral("a.sqlite"))));
        QVERIFY(b.open(dbPath(QStringLiteral("b.sqlite"))));
        TransferRecord ra = upload(QStringLiteral("only-in-a"));
        TransferRecord rb1 = upload(QStringLiteral("only-in-b-1"));
        TransferRecord rb2 = upload(QStringLiteral("only-in-b-2"));
        QVERIFY(a->addTransfer(ra));
        QVERIFY(b.addTransfer(rb1));
        QVERIFY(b.addTransfer(rb2));
        QCOMPARE(a->unfinished().size(), 1);
        QCOMPARE(b.unfinished().size(), 2);
        a.reset();
        QCOMPARE(b.unfinished().size(), 2); // b's connection survives a's removal
        QCOMPARE(b.unfinished().constFirst().key, QStringLiteral("only-in-b-1"));
    }

    void openedInAnotherThread_worksBesideThisOne()
    {
        TransferJournal here;
        QVERIFY(here.open(dbPath()));
        QString error;
        int added = 0;
        QThread *worker = QThread::create([&] {
            // Same file, its own connection, opened, used and destroyed on the worker.
            TransferJournal there;
            if (!there.open(dbPath(), &error))
                return;
            QList<TransferRecord> records;
            for (int i = 0; i < 100; ++i)
                records << upload(QStringLiteral("from-thread-%1").arg(i));
            added = int(there.addTransfers(records).size());
            if (added == 0)
                error = there.lastError();
        });
        worker->start();
        QVERIFY(worker->wait(30'000));
        delete worker;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(added, 100);
        QCOMPARE(here.unfinished().size(), 100); // committed there, visible here
    }

    void damagedFile_openFails_moveAsideMakesRoom_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage bytes") << QStringLiteral("garbage");
        QTest::newRow("another application's database") << QStringLiteral("foreign");
        QTest::newRow("written by a newer version") << QStringLiteral("newer");
    }
    void damagedFile_openFails_moveAsideMakesRoom()
    {
        QFETCH(QString, kind);
        const QString path = dbPath();
        if (kind == u"garbage") {
            QByteArray junk(64 * 1024, Qt::Uninitialized);
            QRandomGenerator rng(42);
            rng.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
        } else if (kind == u"foreign") {
            rawQuery(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
        } else {
            {
                TransferJournal j;
                QVERIFY(j.open(path));
            }
            rawQuery(path, QStringLiteral("PRAGMA user_version = 99"));
        }

        TransferJournal j;
        QString error;
        QVERIFY(!j.open(path, &error));
        QVERIFY(!j.isOpen());
        QCOMPARE(error, j.lastError());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        qInfo("%s", qPrintable(error));
        QVERIFY(j.unfinished().isEmpty()); // fails cleanly, no crash
        QVERIFY(!j.setProgress(1, 1));

        // A log left next to the damaged file must not be replayed into the fresh one.
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(4096, 'w'));
        wal.close();

        QString movedTo;
        QVERIFY(TransferJournal::moveAside(path, &movedTo));
        QVERIFY(movedTo.startsWith(path + QStringLiteral(".corrupt-")));
        QVERIFY(QFile::exists(movedTo));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(movedTo + QStringLiteral("-wal")));

        QVERIFY2(j.open(path), qPrintable(j.lastError()));
        TransferRecord r = upload(QStringLiteral("fresh"));
        QVERIFY(j.addTransfer(r));
        QCOMPARE(j.unfinished().size(), 1);
    }

    void checkIntegrity_findsBrokenPages()
    {
        const QString path = dbPath();
        {
            TransferJournal j;
            QVERIFY(j.open(path));
            QList<TransferRecord> records;
            for (int i = 0; i < 2000; ++i)
                records << upload(QStringLiteral("file-%1").arg(i));
            QCOMPARE(j.addTransfers(records).size(), 2000);
            QVERIFY2(j.checkIntegrity(), qPrintable(j.lastError()));
        } // checkpointed into the main file on close
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 1024);
        f.seek(size / 2); // keep the header and schema, break the middle
        f.write(QByteArray(16 * 1024, '\xA5'));
        f.close();

        TransferJournal j;
        QVERIFY2(j.open(path), qPrintable(j.lastError())); // header and schema are intact
        QVERIFY(!j.checkIntegrity());
        QVERIFY2(j.lastError().contains(QDir::toNativeSeparators(path)), qPrintable(j.lastError()));
        qInfo("%s", qPrintable(j.lastError()));
    }

    void moveAside_missingFile_fails()
    {
        QVERIFY(!TransferJournal::moveAside(dbPath(QStringLiteral("nothing-here"))));
    }

    void walMode_isOn()
    {
        {
            TransferJournal j;
            QVERIFY(j.open(dbPath()));
            TransferRecord r = upload(QStringLiteral("x"));
            QVERIFY(j.addTransfer(r));
            // Seen from a second connection while the journal is open.
            QCOMPARE(rawQuery(dbPath(), QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QCOMPARE(rawQuery(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(),
                     TransferJournal::kSchemaVersion);
        }
    }

    void notOpen_everythingFailsWithAMessage()
    {
        TransferJournal j;
        QVERIFY(!j.isOpen());
        TransferRecord r = upload(QStringLiteral("x"));
        QCOMPARE(j.addTransfer(r), 0);
        QVERIFY(!j.lastError().isEmpty());
        QCOMPARE(j.addBatch(QStringLiteral("b")), 0);
        QVERIFY(!j.setState(1, TransferState::Done));
        bool ok = true;
        QVERIFY(j.unfinished(&ok).isEmpty());
        QVERIFY(!ok);
        ok = true;
        QVERIFY(j.history(10, 0, &ok).isEmpty());
        QVERIFY(!ok);
        ok = true;
        QVERIFY(j.abandonedUploads(&ok).isEmpty());
        QVERIFY(!ok);
        QVERIFY(!j.ownsUpload(QString(), QString(), "u"));
        j.close(); // harmless
    }

    void openFolderThatDoesNotExist_isCreated()
    {
        TransferJournal j;
        const QString path = m_dir->filePath(QStringLiteral("a/b/c/journal.sqlite"));
        QVERIFY2(j.open(path), qPrintable(j.lastError()));
        QCOMPARE(j.path(), path);
        QVERIFY(QFile::exists(path));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kCrashChildEnv))
        crashChild(qEnvironmentVariable(kCrashChildEnv));
    TestTransferJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transferjournal.moc"
