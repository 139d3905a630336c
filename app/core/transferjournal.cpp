#include "transferjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cmath>
#include <functional>
#include <span>

namespace sucai::core {

namespace {

// Schema history: kMigrations[n] takes a journal from user_version n to n + 1. Append, never
// edit a step that has shipped.
constexpr const char *kSchemaV1[] = {
    "CREATE TABLE batches ("
    " id INTEGER PRIMARY KEY,"
    " label TEXT NOT NULL DEFAULT '',"
    " created INTEGER NOT NULL)",

    "CREATE TABLE transfers ("
    " id INTEGER PRIMARY KEY,"
    " batch_id INTEGER REFERENCES batches(id) ON DELETE SET NULL,"
    " direction INTEGER NOT NULL,"
    " state INTEGER NOT NULL,"
    " profile TEXT NOT NULL,"
    " bucket TEXT NOT NULL,"
    " object_key TEXT NOT NULL,"
    " local_path TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " local_mtime_ms INTEGER NOT NULL,"
    " remote_etag BLOB,"
    " upload_id BLOB," // NULL when there is no multipart upload
    " part_size INTEGER NOT NULL,"
    " bytes_done INTEGER NOT NULL,"
    " position REAL NOT NULL,"
    " conflict INTEGER NOT NULL,"
    " headers BLOB,"
    " error TEXT NOT NULL DEFAULT '',"
    " created INTEGER NOT NULL," // ms since the epoch, UTC
    " finished INTEGER,"
    " etag BLOB,"
    " url TEXT NOT NULL DEFAULT '')",

    "CREATE INDEX transfers_queue ON transfers(state, position)",
    // History pages walk this backwards instead of sorting every finished row.
    "CREATE INDEX transfers_history ON transfers(finished, id) WHERE finished IS NOT NULL",
    "CREATE INDEX transfers_batch ON transfers(batch_id) WHERE batch_id IS NOT NULL",
    "CREATE INDEX transfers_upload ON transfers(bucket, upload_id) WHERE upload_id IS NOT NULL",

    "CREATE TABLE parts ("
    " transfer_id INTEGER NOT NULL REFERENCES transfers(id) ON DELETE CASCADE,"
    " part_number INTEGER NOT NULL,"
    " size INTEGER NOT NULL,"
    " etag BLOB,"
    " crc64 INTEGER NOT NULL," // the unsigned value's bits
    " md5 BLOB,"
    " PRIMARY KEY (transfer_id, part_number)) WITHOUT ROWID",

    "CREATE TABLE abandoned_uploads ("
    " profile TEXT NOT NULL,"
    " bucket TEXT NOT NULL,"
    " object_key TEXT NOT NULL,"
    " upload_id BLOB NOT NULL,"
    " recorded INTEGER NOT NULL,"
    " PRIMARY KEY (profile, bucket, upload_id))",
};
// v2: the CRC32 of parts of uploads created with x-amz-checksum-algorithm CRC32 (NULL: none).
constexpr const char *kSchemaV2[] = {
    "ALTER TABLE parts ADD COLUMN crc32 INTEGER",
};
constexpr std::span<const char *const> kMigrations[] = {kSchemaV1, kSchemaV2};
static_assert(std::size(kMigrations) == TransferJournal::kSchemaVersion);

// The columns readTransfer() expects, in its order.
const QLatin1String kTransferColumns(
    "id, batch_id, direction, state, profile, bucket, object_key, local_path, size, "
    "local_mtime_ms, remote_etag, upload_id, part_size, bytes_done, position, conflict, headers, "
    "error, created, finished, etag, url");

// Unfinished = the queue; history = finished. Failed is both: it can be retried.
const QLatin1String kUnfinishedStates("state IN (0, 1, 2, 3)");
// History rows always have `finished` set; saying so lets SQLite walk transfers_history instead
// of sorting (the `+` keeps it from preferring transfers_queue for the state test).
const QLatin1String kHistoryRows("finished IS NOT NULL AND +state IN (3, 4, 5)");

std::atomic<quint64> s_connectionCounter{0};

QString sql(const char *text)
{
    return QString::fromLatin1(text);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTimeFrom(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant blobOrNull(const QByteArray &b)
{
    return b.isEmpty() ? QVariant() : QVariant(b);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

bool isTerminal(TransferState s)
{
    return s == TransferState::Done || s == TransferState::Failed || s == TransferState::Cancelled;
}

TransferRecord readTransfer(const QSqlQuery &q)
{
    TransferRecord r;
    r.id = q.value(0).toLongLong();
    r.batchId = q.value(1).toLongLong();
    r.direction = static_cast<TransferDirection>(q.value(2).toInt());
    r.state = static_cast<TransferState>(q.value(3).toInt());
    r.profile = q.value(4).toString();
    r.bucket = q.value(5).toString();
    r.key = q.value(6).toString();
    r.localPath = q.value(7).toString();
    r.size = q.value(8).toLongLong();
    r.localMtimeMs = q.value(9).toLongLong();
    r.remoteEtag = q.value(10).toByteArray();
    r.uploadId = q.value(11).toByteArray();
    r.partSize = q.value(12).toLongLong();
    r.bytesDone = q.value(13).toLongLong();
    r.position = q.value(14).toDouble();
    r.conflict = static_cast<ConflictPolicy>(q.value(15).toInt());
    r.headers = q.value(16).toByteArray();
    r.error = q.value(17).toString();
    r.created = dateTimeFrom(q.value(18));
    r.finished = dateTimeFrom(q.value(19));
    r.etag = q.value(20).toByteArray();
    r.url = q.value(21).toString();
    return r;
}

// Rolls back unless committed, so that an early `return false` never leaves half a change.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction())
    {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_db.commit())
            return false; // still active: the destructor rolls back
        m_active = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

} // namespace

TransferJournal::TransferJournal() = default;

TransferJournal::~TransferJournal()
{
    close();
}

bool TransferJournal::isOpen() const
{
    return m_db.isOpen();
}

void TransferJournal::close()
{
    if (m_connection.isEmpty())
        return;
    // Every other QSqlQuery lives inside one member function, so after this the connection has
    // no users left and removeDatabase() does not warn.
    m_cache.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

bool TransferJournal::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool TransferJournal::failNotOpen()
{
    return fail(tr("The transfer journal is not open."));
}

bool TransferJournal::sqlFailed(const QString &detail)
{
    return fail(
        tr("The transfer journal %1 failed: %2").arg(QDir::toNativeSeparators(m_path), detail));
}

bool TransferJournal::exec(QSqlQuery &q, const char *statement, const QVariantList &values)
{
    return exec(q, sql(statement), values);
}

bool TransferJournal::exec(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return sqlFailed(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailed(q.lastError().text());
    return true;
}

QSqlQuery *TransferJournal::cached(const char *statement)
{
    auto it = m_cache.find(statement);
    if (it == m_cache.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql(statement))) {
            sqlFailed(q.lastError().text());
            return nullptr;
        }
        it = m_cache.insert(statement, std::move(q));
    }
    return &*it;
}

bool TransferJournal::updateTransfer(qint64 id, const char *statement, QVariantList values)
{
    if (!isOpen())
        return failNotOpen();
    QSqlQuery *q = cached(statement);
    if (!q)
        return false;
    values.append(id);
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    if (!q->exec())
        return sqlFailed(q->lastError().text());
    const int rows = q->numRowsAffected();
    q->finish(); // resets the statement, keeps it prepared
    if (rows == 0)
        return fail(tr("There is no transfer %1 in the journal.").arg(id));
    return true;
}

bool TransferJournal::inTransaction(const std::function<bool()> &body)
{
    if (!isOpen())
        return failNotOpen();
    Transaction t(m_db);
    if (!t.isActive())
        return sqlFailed(m_db.lastError().text());
    if (!body())
        return false; // rolled back by t
    if (!t.commit())
        return sqlFailed(m_db.lastError().text());
    return true;
}

bool TransferJournal::open(const QString &path, QString *error)
{
    close();
    m_recovered = 0;
    const auto bail = [&](const QString &detail) {
        fail(tr("Cannot open the transfer journal %1: %2")
                 .arg(QDir::toNativeSeparators(path), detail));
        if (error)
            *error = m_lastError;
        close();
        return false;
    };

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return bail(
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));

    m_connection = QStringLiteral("sucai.journal.%1").arg(++s_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return bail(tr("the SQLite driver for Qt is not installed"));
    m_db.setDatabaseName(path);
    // Another connection (a UsageLedger, a second journal object) may briefly hold the write
    // lock: wait for it instead of failing.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return bail(m_db.lastError().text());
    m_path = path;

    QSqlQuery q(m_db);
    // The first statement that reads the file is where garbage shows ("file is not a
    // database").
    if (!q.exec(sql("PRAGMA journal_mode=WAL")) || !q.next())
        return bail(tr("it is damaged or not a journal (%1)").arg(q.lastError().text()));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return bail(tr("cannot switch it to write-ahead logging"));
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA journal_size_limit=4194304"}) {
        if (!q.exec(sql(pragma)))
            return bail(q.lastError().text());
    }
    QString why;
    if (!migrate(&why))
        return bail(why);
    // A task still Running was cut off by a crash or a kill: back to the queue, keeping its
    // progress, upload id and parts.
    if (!q.exec(sql("UPDATE transfers SET state = 0 WHERE state = 1")))
        return bail(q.lastError().text());
    m_recovered = q.numRowsAffected();
    return true;
}

bool TransferJournal::migrate(QString *why)
{
    QSqlQuery q(m_db);
    const auto damaged = [&] {
        *why = tr("it is damaged or not a journal (%1)").arg(q.lastError().text());
        return false;
    };
    if (!q.exec(sql("PRAGMA user_version")) || !q.next())
        return damaged();
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        *why = tr("it was written by a newer version of Sucai (format %1; this version reads up "
                  "to %2)")
                   .arg(version)
                   .arg(kSchemaVersion);
        return false;
    }
    if (version == 0) {
        // Tables but no version: some other database, not an old journal.
        if (!q.exec(sql("SELECT count(*) FROM sqlite_master")) || !q.next())
            return damaged();
        if (q.value(0).toInt() != 0) {
            *why = tr("it is a database, but not a transfer journal");
            return false;
        }
    }
    q.finish();
    for (int step = version; step < kSchemaVersion; ++step) {
        Transaction t(m_db);
        bool ok = t.isActive();
        for (const char *statement : kMigrations[step])
            ok = ok && q.exec(sql(statement));
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        if (!ok || !t.commit()) {
            *why =
                tr("cannot update its format: %1")
                    .arg(q.lastError().isValid() ? q.lastError().text() : m_db.lastError().text());
            return false;
        }
    }
    return true;
}

bool TransferJournal::checkIntegrity()
{
    if (!isOpen())
        return failNotOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!exec(q, "PRAGMA quick_check(5)"))
        return false;
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    const QString detail = problems.join(u"; ").replace(u'\n', QStringLiteral("; "));
    return fail(
        tr("The transfer journal %1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), detail));
}

bool TransferJournal::moveAside(const QString &path, QString *movedTo)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString base = path + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return false;
    // The write-ahead log belongs to the old file: left behind, SQLite could replay it into the
    // fresh journal. So it moves along, or at least goes away.
    for (const auto &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix) &&
            !QFile::remove(path + suffix))
            return false;
    }
    if (movedTo)
        *movedTo = target;
    return true;
}

qint64 TransferJournal::addBatch(const QString &label)
{
    if (!isOpen())
        return failNotOpen();
    QSqlQuery q(m_db);
    if (!exec(q, "INSERT INTO batches (label, created) VALUES (?, ?)",
              {text(label), QDateTime::currentMSecsSinceEpoch()}))
        return 0;
    return q.lastInsertId().toLongLong();
}

std::optional<BatchRecord> TransferJournal::batch(qint64 id)
{
    if (!isOpen()) {
        failNotOpen();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    if (!exec(q, "SELECT id, label, created FROM batches WHERE id = ?", {id}))
        return std::nullopt;
    if (!q.next()) {
        fail(tr("There is no batch %1 in the transfer journal.").arg(id));
        return std::nullopt;
    }
    return BatchRecord{.id = q.value(0).toLongLong(),
                       .label = q.value(1).toString(),
                       .created = dateTimeFrom(q.value(2))};
}

QList<qint64> TransferJournal::addTransfers(QList<TransferRecord> &records)
{
    if (records.isEmpty())
        return {};
    QList<qint64> ids;
    QList<TransferRecord> filled = records; // written back only when everything committed
    const bool ok = inTransaction([&] {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT coalesce(max(position), 0) FROM transfers") || !q.next())
            return sqlFailed(q.lastError().text());
        double position = std::floor(q.value(0).toDouble());
        q.finish();
        // One prepared statement for the whole list: at 10,000 rows, preparing each would be
        // most of the cost.
        if (!q.prepare(
                sql("INSERT INTO transfers (batch_id, direction, state, profile, bucket, "
                    "object_key, local_path, size, local_mtime_ms, remote_etag, upload_id, "
                    "part_size, bytes_done, position, conflict, headers, error, created, "
                    "finished, etag, url) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlFailed(q.lastError().text());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ids.reserve(filled.size());
        for (TransferRecord &r : filled) {
            position += 1;
            r.position = position;
            if (!r.created.isValid())
                r.created = now;
            if (!isTerminal(r.state))
                r.finished = QDateTime(); // history is exactly the rows with a finish time
            else if (!r.finished.isValid())
                r.finished = now;
            q.bindValue(0, r.batchId > 0 ? QVariant(r.batchId) : QVariant());
            q.bindValue(1, int(r.direction));
            q.bindValue(2, int(r.state));
            q.bindValue(3, text(r.profile));
            q.bindValue(4, text(r.bucket));
            q.bindValue(5, text(r.key));
            q.bindValue(6, text(r.localPath));
            q.bindValue(7, r.size);
            q.bindValue(8, r.localMtimeMs);
            q.bindValue(9, blobOrNull(r.remoteEtag));
            q.bindValue(10, blobOrNull(r.uploadId));
            q.bindValue(11, r.partSize);
            q.bindValue(12, r.bytesDone);
            q.bindValue(13, r.position);
            q.bindValue(14, int(r.conflict));
            q.bindValue(15, blobOrNull(r.headers));
            q.bindValue(16, text(r.error));
            q.bindValue(17, msOrNull(r.created));
            q.bindValue(18, msOrNull(r.finished));
            q.bindValue(19, blobOrNull(r.etag));
            q.bindValue(20, text(r.url));
            if (!q.exec())
                return sqlFailed(q.lastError().text());
            r.id = q.lastInsertId().toLongLong();
            ids.append(r.id);
        }
        return true;
    });
    if (!ok)
        return {};
    records = std::move(filled);
    return ids;
}

qint64 TransferJournal::addTransfer(TransferRecord &record)
{
    QList<TransferRecord> one{record};
    const QList<qint64> ids = addTransfers(one);
    if (ids.isEmpty())
        return 0;
    record = one.constFirst();
    return ids.constFirst();
}

bool TransferJournal::abandonHeldUpload(qint64 id)
{
    QSqlQuery *q = cached("INSERT OR IGNORE INTO abandoned_uploads "
                          "(profile, bucket, object_key, upload_id, recorded) "
                          "SELECT profile, bucket, object_key, upload_id, ? FROM transfers "
                          "WHERE id = ? AND upload_id IS NOT NULL");
    if (!q)
        return false;
    q->bindValue(0, QDateTime::currentMSecsSinceEpoch());
    q->bindValue(1, id);
    const bool ok = q->exec() || sqlFailed(q->lastError().text());
    q->finish();
    return ok;
}

bool TransferJournal::dropParts(qint64 id)
{
    QSqlQuery *q = cached("DELETE FROM parts WHERE transfer_id = ?");
    if (!q)
        return false;
    q->bindValue(0, id);
    const bool ok = q->exec() || sqlFailed(q->lastError().text());
    q->finish();
    return ok;
}

bool TransferJournal::setState(qint64 id, TransferState state, const QString &error)
{
    const QVariant finished =
        isTerminal(state) ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant();
    if (state != TransferState::Done && state != TransferState::Cancelled)
        return updateTransfer(id,
                              "UPDATE transfers SET state = ?, error = ?, finished = ? "
                              "WHERE id = ?",
                              {int(state), text(error), finished});
    // Done: the upload was completed. Cancelled: nobody will resume it, so it goes to
    // abandoned_uploads to be aborted. Either way the parts are of no further use.
    return inTransaction([&] {
        return (state != TransferState::Cancelled || abandonHeldUpload(id)) && dropParts(id) &&
               updateTransfer(id,
                              "UPDATE transfers SET state = ?, error = ?, finished = ?, "
                              "upload_id = NULL WHERE id = ?",
                              {int(state), text(error), finished});
    });
}

bool TransferJournal::setState(qint64 id, TransferState state, const QString &error,
                               qint64 bytesDone, const QByteArray &etag, const QString &url)
{
    const QVariant finished =
        isTerminal(state) ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant();
    const QVariant etagValue = etag.isEmpty() ? QVariant() : blobOrNull(etag);
    const QVariant urlValue = url.isEmpty() ? QVariant() : QVariant(url);
    const auto update = [&] {
        return updateTransfer(id,
                              "UPDATE transfers SET state = ?, error = ?, finished = ?, "
                              "bytes_done = ?, etag = coalesce(?, etag), url = coalesce(?, url), "
                              "upload_id = CASE WHEN ? THEN NULL ELSE upload_id END WHERE id = ?",
                              {int(state), text(error), finished, bytesDone, etagValue, urlValue,
                               state == TransferState::Done || state == TransferState::Cancelled});
    };
    if (state != TransferState::Done && state != TransferState::Cancelled)
        return update();
    return inTransaction([&] {
        return (state != TransferState::Cancelled || abandonHeldUpload(id)) && dropParts(id) &&
               update();
    });
}

bool TransferJournal::setProgress(qint64 id, qint64 bytesDone)
{
    return updateTransfer(id, "UPDATE transfers SET bytes_done = ? WHERE id = ?", {bytesDone});
}

bool TransferJournal::setMultipart(qint64 id, const QByteArray &uploadId, qint64 partSize)
{
    if (uploadId.isEmpty())
        return fail(tr("An empty multipart upload id cannot be recorded."));
    return inTransaction([&] {
        // Replacing a different upload: the old one must still be aborted on the server.
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT upload_id FROM transfers WHERE id = ?", {id}))
            return false;
        if (!q.next())
            return fail(tr("There is no transfer %1 in the journal.").arg(id));
        const QByteArray held = q.value(0).toByteArray();
        if (!held.isEmpty() && held != uploadId && !(abandonHeldUpload(id) && dropParts(id)))
            return false;
        return updateTransfer(id, "UPDATE transfers SET upload_id = ?, part_size = ? WHERE id = ?",
                              {uploadId, partSize});
    });
}

bool TransferJournal::clearMultipart(qint64 id)
{
    return inTransaction([&] {
        return abandonHeldUpload(id) && dropParts(id) &&
               updateTransfer(id,
                              "UPDATE transfers SET upload_id = NULL, part_size = 0, "
                              "bytes_done = 0 WHERE id = ?",
                              {});
    });
}

bool TransferJournal::addPart(qint64 id, const PartRecord &part)
{
    if (!isOpen())
        return failNotOpen();
    if (part.partNumber < 1)
        return fail(tr("Part number %1 is not valid.").arg(part.partNumber));
    QSqlQuery q(m_db);
    // The foreign key refuses a part for a transfer that does not exist.
    return exec(
        q,
        "INSERT INTO parts (transfer_id, part_number, size, etag, crc64, md5, crc32) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (transfer_id, part_number) DO UPDATE "
        "SET size = excluded.size, etag = excluded.etag, crc64 = excluded.crc64, "
        "md5 = excluded.md5, crc32 = excluded.crc32",
        {id, part.partNumber, part.size, blobOrNull(part.etag), static_cast<qint64>(part.crc64),
         blobOrNull(part.md5),
         part.crc32 ? QVariant(qint64(*part.crc32)) : QVariant(QMetaType::fromType<qint64>())});
}

QList<PartRecord> TransferJournal::parts(qint64 id, bool *ok)
{
    QList<PartRecord> out;
    const auto done = [&](bool success) {
        if (ok)
            *ok = success;
        return success ? out : QList<PartRecord>();
    };
    if (!isOpen())
        return done(failNotOpen());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!exec(q,
              "SELECT part_number, size, etag, crc64, md5, crc32 FROM parts WHERE transfer_id = ? "
              "ORDER BY part_number",
              {id}))
        return done(false);
    while (q.next()) {
        out.append(PartRecord{
            .partNumber = q.value(0).toInt(),
            .size = q.value(1).toLongLong(),
            .etag = q.value(2).toByteArray(),
            .crc64 = static_cast<quint64>(q.value(3).toLongLong()),
            .md5 = q.value(4).toByteArray(),
            .crc32 = q.isNull(5) ? std::nullopt
                                 : std::optional<quint32>(quint32(q.value(5).toLongLong()))});
    }
    return done(true);
}

bool TransferJournal::setRemoteEtag(qint64 id, const QByteArray &etag)
{
    return updateTransfer(id, "UPDATE transfers SET remote_etag = ? WHERE id = ?",
                          {blobOrNull(etag)});
}

bool TransferJournal::setResult(qint64 id, const QByteArray &etag, const QString &url)
{
    return updateTransfer(id, "UPDATE transfers SET etag = ?, url = ? WHERE id = ?",
                          {blobOrNull(etag), text(url)});
}

bool TransferJournal::setPosition(qint64 id, double position)
{
    if (!std::isfinite(position))
        return fail(tr("A queue position must be a finite number."));
    return updateTransfer(id, "UPDATE transfers SET position = ? WHERE id = ?", {position});
}

bool TransferJournal::normalizePositions()
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!exec(q, QStringLiteral("SELECT id FROM transfers WHERE %1 "
                                    "ORDER BY position, id")
                         .arg(kUnfinishedStates)))
            return false;
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        if (!q.prepare(sql("UPDATE transfers SET position = ? WHERE id = ?")))
            return sqlFailed(q.lastError().text());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            q.bindValue(0, double(i + 1));
            q.bindValue(1, ids.at(i));
            if (!q.exec())
                return sqlFailed(q.lastError().text());
        }
        return true;
    });
}

bool TransferJournal::remove(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        if (!abandonHeldUpload(id) || !exec(q, "DELETE FROM transfers WHERE id = ?", {id}))
            return false;
        if (q.numRowsAffected() == 0)
            return fail(tr("There is no transfer %1 in the journal.").arg(id));
        return true;
    });
}

std::optional<TransferRecord> TransferJournal::transfer(qint64 id)
{
    if (!isOpen()) {
        failNotOpen();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT %1 FROM transfers WHERE id = ?").arg(kTransferColumns),
              {id}))
        return std::nullopt;
    if (!q.next()) {
        fail(tr("There is no transfer %1 in the journal.").arg(id));
        return std::nullopt;
    }
    return readTransfer(q);
}

QList<TransferRecord> TransferJournal::unfinished(bool *ok)
{
    return selectTransfers(QStringLiteral("SELECT %1 FROM transfers WHERE %2 "
                                          "ORDER BY position, id")
                               .arg(kTransferColumns, kUnfinishedStates),
                           {}, ok);
}

QList<TransferRecord> TransferJournal::history(int limit, int offset, bool *ok)
{
    return selectTransfers(QStringLiteral("SELECT %1 FROM transfers WHERE %2 "
                                          "ORDER BY finished DESC, id DESC LIMIT ? OFFSET ?")
                               .arg(kTransferColumns, kHistoryRows),
                           {limit, std::max(offset, 0)}, ok);
}

QList<TransferRecord> TransferJournal::selectTransfers(const QString &statement,
                                                       const QVariantList &values, bool *ok)
{
    QList<TransferRecord> out;
    bool success = isOpen() || failNotOpen();
    if (success) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        success = exec(q, statement, values);
        while (success && q.next())
            out.append(readTransfer(q));
    }
    if (ok)
        *ok = success;
    return success ? out : QList<TransferRecord>();
}

bool TransferJournal::clearHistory(const QDateTime &before)
{
    if (!before.isValid())
        return fail(tr("Clearing the transfer history needs a valid date."));
    const qint64 ms = before.toMSecsSinceEpoch();
    return inTransaction([&] {
        QSqlQuery q(m_db);
        // A Failed upload may still hold its multipart upload: abandon it before the row goes.
        return exec(
                   q,
                   QStringLiteral("INSERT OR IGNORE INTO abandoned_uploads "
                                  "(profile, bucket, object_key, upload_id, recorded) "
                                  "SELECT profile, bucket, object_key, upload_id, ? FROM transfers "
                                  "WHERE %1 AND finished < ? AND upload_id IS NOT NULL")
                       .arg(kHistoryRows),
                   {QDateTime::currentMSecsSinceEpoch(), ms}) &&
               exec(q,
                    QStringLiteral("DELETE FROM transfers WHERE %1 AND finished < ?")
                        .arg(kHistoryRows),
                    {ms}) &&
               exec(q, "DELETE FROM batches WHERE id NOT IN "
                       "(SELECT batch_id FROM transfers WHERE batch_id IS NOT NULL)");
    });
}

bool TransferJournal::recordAbandonedUpload(const QString &profile, const QString &bucket,
                                            const QString &key, const QByteArray &uploadId)
{
    if (!isOpen())
        return failNotOpen();
    if (uploadId.isEmpty())
        return fail(tr("An empty multipart upload id cannot be recorded."));
    QSqlQuery q(m_db);
    return exec(
        q,
        "INSERT OR IGNORE INTO abandoned_uploads "
        "(profile, bucket, object_key, upload_id, recorded) VALUES (?, ?, ?, ?, ?)",
        {text(profile), text(bucket), text(key), uploadId, QDateTime::currentMSecsSinceEpoch()});
}

QList<AbandonedUpload> TransferJournal::abandonedUploads(bool *ok)
{
    QList<AbandonedUpload> out;
    bool success = isOpen() || failNotOpen();
    if (success) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        success = exec(q, "SELECT profile, bucket, object_key, upload_id, recorded "
                          "FROM abandoned_uploads ORDER BY recorded, rowid");
        while (success && q.next()) {
            out.append(AbandonedUpload{.profile = q.value(0).toString(),
                                       .bucket = q.value(1).toString(),
                                       .key = q.value(2).toString(),
                                       .uploadId = q.value(3).toByteArray(),
                                       .recorded = dateTimeFrom(q.value(4))});
        }
    }
    if (ok)
        *ok = success;
    return success ? out : QList<AbandonedUpload>();
}

bool TransferJournal::forgetAbandonedUpload(const QString &profile, const QString &bucket,
                                            const QByteArray &uploadId)
{
    if (!isOpen())
        return failNotOpen();
    QSqlQuery q(m_db);
    // Forgetting one that is already gone is fine: two sweeps may race to the same abort.
    return exec(q,
                "DELETE FROM abandoned_uploads WHERE profile = ? AND bucket = ? AND upload_id = ?",
                {text(profile), text(bucket), uploadId});
}

bool TransferJournal::ownsUpload(const QString &profile, const QString &bucket,
                                 const QByteArray &uploadId)
{
    if (!isOpen())
        return failNotOpen();
    if (uploadId.isEmpty())
        return false;
    QSqlQuery q(m_db);
    return exec(q,
                "SELECT 1 FROM transfers WHERE bucket = ? AND upload_id = ? AND profile = ? "
                "LIMIT 1",
                {text(bucket), uploadId, text(profile)}) &&
           q.next();
}

} // namespace sucai::core
