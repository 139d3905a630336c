#include "usageledger.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace sucai::core {

namespace {

std::atomic<quint64> s_connectionCounter{0};

QString sql(const char *text)
{
    return QString::fromLatin1(text);
}

// Days are stored as ISO text ("2024-05-31"): it sorts, compares in BETWEEN, and reads well in
// the sqlite3 shell.
QString isoDay(QDate d)
{
    return d.toString(Qt::ISODate);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

UsageDay &UsageDay::operator+=(const UsageDay &o)
{
    bytesUp += o.bytesUp;
    bytesDown += o.bytesDown;
    readRequests += o.readRequests;
    writeRequests += o.writeRequests;
    return *this;
}

UsageLedger::UsageLedger() = default;

UsageLedger::~UsageLedger()
{
    close();
}

bool UsageLedger::isOpen() const
{
    return m_db.isOpen();
}

bool UsageLedger::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

void UsageLedger::close()
{
    if (m_connection.isEmpty())
        return;
    if (isOpen() && !flush()) {
        qWarning("Usage ledger: %d day(s) of usage could not be saved: %s", int(m_pending.size()),
                 qUtf8Printable(m_lastError));
    }
    m_pending.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

bool UsageLedger::open(const QString &path, QString *error)
{
    close();
    const auto bail = [&](const QString &detail) {
        fail(tr("Cannot open the usage ledger %1: %2").arg(QDir::toNativeSeparators(path), detail));
        if (error)
            *error = m_lastError;
        close();
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return bail(
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));

    m_connection = QStringLiteral("sucai.ledger.%1").arg(++s_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return bail(tr("the SQLite driver for Qt is not installed"));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return bail(m_db.lastError().text());
    m_path = path;

    QSqlQuery q(m_db);
    if (!q.exec(sql("PRAGMA journal_mode=WAL")) || !q.next())
        return bail(tr("it is damaged or not a usage ledger (%1)").arg(q.lastError().text()));
    if (!q.exec(sql("PRAGMA synchronous=NORMAL")))
        return bail(q.lastError().text());
    if (!q.exec(sql("PRAGMA user_version")) || !q.next())
        return bail(tr("it is damaged or not a usage ledger (%1)").arg(q.lastError().text()));
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return bail(tr("it was written by a newer version of Sucai (format %1; this version "
                       "reads up to %2)")
                        .arg(version)
                        .arg(kSchemaVersion));
    if (version == 0) {
        if (!q.exec(sql("SELECT count(*) FROM sqlite_master")) || !q.next())
            return bail(q.lastError().text());
        if (q.value(0).toInt() != 0)
            return bail(tr("it is a database, but not a usage ledger"));
        // Format 1. Later formats: append steps here, as TransferJournal does.
        if (!m_db.transaction())
            return bail(m_db.lastError().text());
        const bool created = q.exec(sql("CREATE TABLE usage_days ("
                                        " profile TEXT NOT NULL,"
                                        " bucket TEXT NOT NULL,"
                                        " day TEXT NOT NULL,"
                                        " bytes_up INTEGER NOT NULL DEFAULT 0,"
                                        " bytes_down INTEGER NOT NULL DEFAULT 0,"
                                        " read_requests INTEGER NOT NULL DEFAULT 0,"
                                        " write_requests INTEGER NOT NULL DEFAULT 0,"
                                        " PRIMARY KEY (profile, bucket, day)) WITHOUT ROWID")) &&
                             q.exec(sql("CREATE INDEX usage_days_day ON usage_days(day)")) &&
                             q.exec(sql("PRAGMA user_version = 1"));
        if (!created || !m_db.commit()) {
            const QString why =
                q.lastError().isValid() ? q.lastError().text() : m_db.lastError().text();
            m_db.rollback();
            return bail(why);
        }
    }
    m_sinceFlush.start();
    return true;
}

bool UsageLedger::add(const QString &profile, const QString &bucket, QDate dayUtc, qint64 bytesUp,
                      qint64 bytesDown, qint64 readRequests, qint64 writeRequests)
{
    if (!isOpen())
        return fail(tr("The usage ledger is not open."));
    if (!dayUtc.isValid() || dayUtc.year() < 1 || dayUtc.year() > 9999) // ISO text: 4 digits
        return fail(tr("Usage needs a valid day."));
    if (bytesUp < 0 || bytesDown < 0 || readRequests < 0 || writeRequests < 0)
        return fail(tr("Usage amounts cannot be negative."));
    UsageDay &sum = m_pending[Key{.profile = profile, .bucket = bucket, .day = dayUtc}];
    sum.day = dayUtc;
    sum += UsageDay{.day = dayUtc,
                    .bytesUp = bytesUp,
                    .bytesDown = bytesDown,
                    .readRequests = readRequests,
                    .writeRequests = writeRequests};
    if (m_autoFlushMs >= 0 && m_sinceFlush.elapsed() >= m_autoFlushMs)
        flush(); // a failure keeps the sums pending (see lastError()); the amount is recorded
    return true;
}

bool UsageLedger::flush()
{
    if (!isOpen())
        return fail(tr("The usage ledger is not open."));
    m_sinceFlush.restart();
    if (m_pending.isEmpty())
        return true;
    const auto failed = [this](const QString &detail) {
        m_db.rollback();
        return fail(
            tr("Cannot save usage to %1: %2").arg(QDir::toNativeSeparators(m_path), detail));
    };
    if (!m_db.transaction())
        return fail(tr("Cannot save usage to %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text()));
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql("INSERT INTO usage_days (profile, bucket, day, bytes_up, bytes_down, "
                           "read_requests, write_requests) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (profile, bucket, day) DO UPDATE SET "
                           "bytes_up = bytes_up + excluded.bytes_up, "
                           "bytes_down = bytes_down + excluded.bytes_down, "
                           "read_requests = read_requests + excluded.read_requests, "
                           "write_requests = write_requests + excluded.write_requests")))
            return failed(q.lastError().text());
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            q.bindValue(0, text(it.key().profile));
            q.bindValue(1, text(it.key().bucket));
            q.bindValue(2, isoDay(it.key().day));
            q.bindValue(3, it->bytesUp);
            q.bindValue(4, it->bytesDown);
            q.bindValue(5, it->readRequests);
            q.bindValue(6, it->writeRequests);
            if (!q.exec())
                return failed(q.lastError().text());
        }
    }
    if (!m_db.commit())
        return failed(m_db.lastError().text());
    m_pending.clear(); // only now: a failed flush keeps every amount for the next try
    return true;
}

bool UsageLedger::matches(const Key &k, const QString &profile, const QString &bucket, QDate from,
                          QDate to)
{
    return (profile.isEmpty() || k.profile == profile) &&
           (bucket.isEmpty() || k.bucket == bucket) && (!from.isValid() || k.day >= from) &&
           (!to.isValid() || k.day <= to);
}

QList<UsageDay> UsageLedger::days(const QString &profile, const QString &bucket, QDate from,
                                  QDate to, bool *ok)
{
    const auto done = [&](bool success, QList<UsageDay> result) {
        if (ok)
            *ok = success;
        return result;
    };
    if (!isOpen())
        return done(fail(tr("The usage ledger is not open.")), {});

    QString statement = sql("SELECT day, sum(bytes_up), sum(bytes_down), sum(read_requests), "
                            "sum(write_requests) FROM usage_days WHERE day BETWEEN ? AND ?");
    QVariantList values{from.isValid() ? isoDay(from) : QStringLiteral("0000-00-00"),
                        to.isValid() ? isoDay(to) : QStringLiteral("9999-99-99")};
    if (!profile.isEmpty()) {
        statement += sql(" AND profile = ?");
        values.append(profile);
    }
    if (!bucket.isEmpty()) {
        statement += sql(" AND bucket = ?");
        values.append(bucket);
    }
    statement += sql(" GROUP BY day");

    QMap<QDate, UsageDay> byDay;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return done(fail(q.lastError().text()), {});
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return done(fail(tr("Cannot read the usage ledger: %1").arg(q.lastError().text())), {});
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        byDay.insert(day, UsageDay{.day = day,
                                   .bytesUp = q.value(1).toLongLong(),
                                   .bytesDown = q.value(2).toLongLong(),
                                   .readRequests = q.value(3).toLongLong(),
                                   .writeRequests = q.value(4).toLongLong()});
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (matches(it.key(), profile, bucket, from, to)) {
            UsageDay &d = byDay[it.key().day];
            d.day = it.key().day;
            d += *it;
        }
    }
    return done(true, byDay.values());
}

UsageDay UsageLedger::total(const QString &profile, const QString &bucket, QDate from, QDate to,
                            bool *ok)
{
    UsageDay sum;
    for (const UsageDay &d : days(profile, bucket, from, to, ok))
        sum += d;
    return sum;
}

QStringList UsageLedger::buckets(const QString &profile, bool *ok)
{
    const auto done = [&](bool success, QStringList result) {
        if (ok)
            *ok = success;
        return result;
    };
    if (!isOpen())
        return done(fail(tr("The usage ledger is not open.")), {});
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql("SELECT DISTINCT bucket FROM usage_days WHERE profile = ?")))
        return done(fail(q.lastError().text()), {});
    q.addBindValue(text(profile));
    if (!q.exec())
        return done(fail(tr("Cannot read the usage ledger: %1").arg(q.lastError().text())), {});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.key().profile == profile && !out.contains(it.key().bucket))
            out.append(it.key().bucket);
    }
    out.sort();
    return done(true, out);
}

} // namespace sucai::core
