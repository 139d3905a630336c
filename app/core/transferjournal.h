#pragma once

#include "transfertypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlQuery;

namespace sucai::core {

// Every upload and download on disk, so that after a pause, a lost network, `kill -9` or a
// reboot unfinished tasks come back and a multipart upload goes on without sending finished
// parts again. Also the transfer history (Done/Failed/Cancelled rows stay until
// clearHistory()) and the multipart uploads that must still be aborted on the server.
//
// One SQLite file (WAL, synchronous=NORMAL: a committed write survives a crash of the process;
// a power cut may lose the last few commits but never corrupts the file), opened through its
// own uniquely named QSqlDatabase connection, so several journals, threads or a UsageLedger on
// the same process never collide.
//
// Threads: like any QSqlDatabase connection, a journal is used and destroyed on the thread that
// called open(). It is not a QObject and has no signals; the engine that owns it tells the UI.
//
// Errors: every call that fails returns false / nullopt / an empty list (list readers also set
// *ok), and lastError() says why, for the user. Writes to an id that is not in the journal fail
// too, so a lost write is never silent. The journal records; it does not police state
// transitions (the engine does).
//
// Multipart upload ids are never leaked: an upload id leaves a transfer only when the transfer
// becomes Done (the upload was completed) or by moving to abandonedUploads() (remove(),
// Cancelled, clearMultipart(), a replacing setMultipart(), clearHistory() of a Failed task).
// The engine aborts those on the server and then calls forgetAbandonedUpload().
class TransferJournal final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::TransferJournal)
    Q_DISABLE_COPY_MOVE(TransferJournal)

public:
    static constexpr int kSchemaVersion = 2;

    TransferJournal();
    ~TransferJournal(); // closes; must run on the thread that opened

    // Opens (creating the file and its folder if needed) and creates or migrates the schema.
    // Tasks left Running by a crash become Queued, so one journal file belongs to one running
    // Sucai (a second instance would requeue the first one's tasks). Fails with a message for a
    // file that is not a journal (garbage, someone else's database) or was written by a newer
    // Sucai; the caller may then moveAside() the file and open a fresh one. Opening again closes
    // the previous file first.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // How many tasks open() found Running and put back in the queue.
    int recoveredOnOpen() const { return m_recovered; }
    // The message of the most recent failure (not cleared by later successes).
    QString lastError() const { return m_lastError; }

    // PRAGMA quick_check: false, with the damage in lastError(), if pages inside the file are
    // broken. open() does not run it (about 0.2 s for a 30 MB journal); damage it would find
    // otherwise surfaces as failing calls ("database disk image is malformed").
    bool checkIntegrity();

    // Renames a damaged journal (and its -wal/-shm files) to `path.corrupt-<UTC time>` so that a
    // fresh one can be opened at `path`. No connection may be open on it.
    static bool moveAside(const QString &path, QString *movedTo = nullptr);

    // --- Batches and tasks -------------------------------------------------------------------
    qint64 addBatch(const QString &label); // 0 on failure
    std::optional<BatchRecord> batch(qint64 id);

    // Adds all records in one transaction (all or nothing), appended to the end of the queue in
    // list order. Fills in id, position and (if invalid) created; `finished` is cleared for
    // unfinished states and set to now for finished ones that lack it. Returns the ids, empty on
    // failure (and the records are left as they were). A non-zero batchId must name an existing
    // batch.
    QList<qint64> addTransfers(QList<TransferRecord> &records);
    qint64 addTransfer(TransferRecord &record); // 0 on failure

    // Done/Failed/Cancelled set `finished` to now, other states clear it. `error` replaces the
    // stored error (empty clears it). Done also drops the parts and the upload id (the upload
    // was completed); Cancelled moves a held upload id to abandonedUploads().
    bool setState(qint64 id, TransferState state, const QString &error = {});
    // The same, plus the progress and (when not empty) the result, in one statement and one
    // commit: what the engine writes when a task stops or ends.
    bool setState(qint64 id, TransferState state, const QString &error, qint64 bytesDone,
                  const QByteArray &etag = {}, const QString &url = {});
    // One UPDATE and commit, no fsync in WAL mode (about 0.1 ms), but the engine should still
    // throttle it (e.g. once a second per task, and at pause/stop); resume relies on the finished
    // parts, not on this number.
    bool setProgress(qint64 id, qint64 bytesDone);
    // Starts a multipart upload for the task. A different upload id it held before is
    // abandoned and its parts dropped.
    bool setMultipart(qint64 id, const QByteArray &uploadId, qint64 partSize);
    // Forgets the task's multipart upload (to start over: the file changed, or the server lost
    // the upload): drops its parts, resets bytesDone to 0, abandons the upload id.
    bool clearMultipart(qint64 id);
    bool addPart(qint64 id, const PartRecord &part);        // insert or replace by part number
    QList<PartRecord> parts(qint64 id, bool *ok = nullptr); // ordered by part number
    bool setRemoteEtag(qint64 id, const QByteArray &etag);
    bool setResult(qint64 id, const QByteArray &etag, const QString &url);
    bool setPosition(qint64 id, double position);
    // Renumbers the queue positions of unfinished tasks to 1, 2, 3... keeping their order; for
    // when repeated halving between neighbours has run out of precision.
    bool normalizePositions();
    // Deletes the task and its parts; a held upload id goes to abandonedUploads().
    bool remove(qint64 id);

    // --- Reading ---------------------------------------------------------------------------
    std::optional<TransferRecord> transfer(qint64 id);
    // Queued, Running, Paused and Failed tasks, in queue order.
    QList<TransferRecord> unfinished(bool *ok = nullptr);
    // Done, Failed and Cancelled tasks, the most recently finished first (a negative limit:
    // all). Pages of any size cost about the same: an index keeps them sorted.
    QList<TransferRecord> history(int limit, int offset = 0, bool *ok = nullptr);
    // Deletes history rows that finished before `before` (Failed ones included: they stop
    // being retryable), and batches left empty.
    bool clearHistory(const QDateTime &before);

    // --- Orphaned multipart uploads --------------------------------------------------------
    bool recordAbandonedUpload(const QString &profile, const QString &bucket, const QString &key,
                               const QByteArray &uploadId);
    QList<AbandonedUpload> abandonedUploads(bool *ok = nullptr); // oldest first
    // After the abort succeeded (or the server says the upload no longer exists).
    bool forgetAbandonedUpload(const QString &profile, const QString &bucket,
                               const QByteArray &uploadId);
    // Whether a task in the journal still holds this upload (a ListMultipartUploads entry the
    // engine must leave alone). An upload neither owned nor abandoned is not known to be
    // Sucai's, so it is not touched either. False on error too: that is the safe answer.
    bool ownsUpload(const QString &profile, const QString &bucket, const QByteArray &uploadId);

private:
    bool fail(const QString &message);
    bool failNotOpen();
    bool sqlFailed(const QString &detail);
    bool migrate(QString *why);
    // Prepares, binds `values` in order, executes; false (with lastError) on failure.
    bool exec(QSqlQuery &q, const char *statement, const QVariantList &values = {});
    bool exec(QSqlQuery &q, const QString &statement, const QVariantList &values = {});
    // A statement prepared once per connection (keyed by the literal's address): parsing costs
    // more than running the small statements the engine issues for every task.
    QSqlQuery *cached(const char *statement);
    // An UPDATE ending in "WHERE id = ?" (id is appended to values) that must hit a row.
    bool updateTransfer(qint64 id, const char *statement, QVariantList values);
    // Runs body in a transaction: committed if it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool()> &body);
    QList<TransferRecord> selectTransfers(const QString &statement, const QVariantList &values,
                                          bool *ok);
    bool abandonHeldUpload(qint64 id);
    bool dropParts(qint64 id);

    QSqlDatabase m_db;
    QHash<const char *, QSqlQuery> m_cache;
    QString m_connection;
    QString m_path;
    QString m_lastError;
    int m_recovered = 0;
};

} // namespace sucai::core
