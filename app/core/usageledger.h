#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sucai::core {

// What Sucai itself moved and asked for, per profile, bucket and UTC day.
struct UsageDay
{
    QDate day; // UTC; invalid in a total()
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    qint64 readRequests = 0;  // GET, HEAD, List*
    qint64 writeRequests = 0; // PUT, POST, DELETE, multipart calls

    UsageDay &operator+=(const UsageDay &o);
    friend bool operator==(const UsageDay &, const UsageDay &) = default;
};

// A ledger of bytes up/down and requests per bucket per UTC day, for the dashboard (and for
// servers that report no usage of their own).
//
// Its own SQLite file (WAL), e.g. usage.sqlite beside the journal, not the journal's: it has its
// own format version (PRAGMA user_version), a damaged journal moved aside does not take months
// of usage with it, and its writes never wait on the journal's lock.
//
// add() is meant to be called for every request: it only adds to an in-memory sum. The sums go
// to disk in one transaction on flush(), on the first add() once autoFlushInterval (default
// 10 s) has passed since the last write, and in close()/the destructor; so a crash loses at most
// that interval. Readers (days(), total(), buckets()) see flushed and pending amounts alike.
//
// Threads and errors as for TransferJournal: used and destroyed on the thread that called
// open(); failures return false / empty (and set *ok) with lastError(). Amounts that could not be
// written stay pending and are tried again on the next flush.
class UsageLedger final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::UsageLedger)
    Q_DISABLE_COPY_MOVE(UsageLedger)

public:
    static constexpr int kSchemaVersion = 1;

    UsageLedger();
    ~UsageLedger(); // flushes and closes; must run on the thread that opened

    bool open(const QString &path, QString *error = nullptr);
    void close(); // flushes first
    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    // Adds to the day's sums. False (and nothing recorded) for an invalid day (or one outside
    // the years 1-9999), negative amounts or a closed ledger. A failed automatic flush does not
    // make it return false: the amount is kept pending (see hasPending(), lastError()).
    bool add(const QString &profile, const QString &bucket, QDate dayUtc, qint64 bytesUp,
             qint64 bytesDown, qint64 readRequests, qint64 writeRequests);
    bool flush();
    bool hasPending() const { return !m_pending.isEmpty(); }
    // 0 = write on every add(); negative = only on flush() and in the destructor.
    void setAutoFlushInterval(qint64 ms) { m_autoFlushMs = ms; }

    // Days in [from, to] (inclusive; an invalid date leaves that end open) that have any usage,
    // oldest first. An empty bucket means all buckets of the profile; an empty profile, all
    // profiles (summed per day).
    QList<UsageDay> days(const QString &profile, const QString &bucket, QDate from, QDate to,
                         bool *ok = nullptr);
    // The sum over [from, to]; day is left invalid.
    UsageDay total(const QString &profile, const QString &bucket, QDate from, QDate to,
                   bool *ok = nullptr);
    // Buckets of a profile that have usage recorded, sorted.
    QStringList buckets(const QString &profile, bool *ok = nullptr);

private:
    struct Key
    {
        QString profile;
        QString bucket;
        QDate day;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.profile, k.bucket, k.day);
        }
    };

    bool fail(const QString &message);
    static bool matches(const Key &k, const QString &profile, const QString &bucket, QDate from,
                        QDate to);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_lastError;
    QHash<Key, UsageDay> m_pending;
    QElapsedTimer m_sinceFlush;
    qint64 m_autoFlushMs = 10'000;
};

} // namespace sucai::core
