#pragma once

#include "storageerror.h"
#include "usageprovider.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sucai::core {
class UsageLedger;
}

namespace sucai::cloud {

class StorageClient;
class StorageJob;

// The bytes stored in some buckets, summed from a paged ListObjectsV2 (1000 keys a page, one
// page at a time). For servers that report no usage of their own. A job (DESIGN.md): start()
// returns at once, cancel() stops at once, finished() once.
class BucketSizeScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketSizeScan)

public:
    // `buckets` empty: every bucket the key can list (ListBuckets first).
    BucketSizeScan(StorageClient *client, QStringList buckets, QObject *parent = nullptr);
    ~BucketSizeScan() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

    qint64 totalBytes() const { return m_bytes; }
    qint64 objectCount() const { return m_objects; }
    int pages() const { return m_pages; }
    QDateTime finishedAt() const { return m_finishedAt; } // UTC
    const StorageError &error() const { return m_error; }

Q_SIGNALS:
    void progressChanged(qint64 objects, qint64 bytes);
    void finished(const sucai::cloud::StorageError &error);

private:
    void listBuckets();
    void nextPage();
    void onPage();
    void onBuckets();
    void finish(const StorageError &error);
    void dropJob();

    QPointer<StorageClient> m_client;
    QStringList m_buckets;
    qsizetype m_bucketIndex = 0;
    QByteArray m_token;
    QPointer<StorageJob> m_job;
    qint64 m_bytes = 0;
    qint64 m_objects = 0;
    int m_pages = 0;
    bool m_started = false;
    bool m_finished = false;
    QDateTime m_finishedAt;
    StorageError m_error;
};

// Usage as this app measured it (core::UsageLedger: what Sucai itself moved and asked for,
// per UTC day), for any S3 endpoint: egress = bytes downloaded, read and write requests; and,
// with a storage client, today's size from a BucketSizeScan, cached for scanMaxAgeMinutes so
// that a refresh every few minutes does not list a big bucket every time. Knows nothing of
// other clients' traffic nor of CDN: labelled "Measured by this app only".
class LedgerUsageProvider final : public UsageProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerUsageProvider)

public:
    // `bucket` empty: all buckets of the profile. `client` may be null: then no storage.
    LedgerUsageProvider(core::UsageLedger *ledger, QString profile, QString bucket,
                        StorageClient *client = nullptr, QObject *parent = nullptr);
    ~LedgerUsageProvider() override;

    void setScanMaxAgeMinutes(int minutes) { m_scanMaxAgeMinutes = minutes; }
    // The last finished scan: bytes and when (invalid time: none yet).
    qint64 scannedBytes() const { return m_scannedBytes; }
    QDateTime scannedAt() const { return m_scannedAt; }
    // Forget the cached size (after an upload or delete the user wants to see at once).
    void invalidateScan() { m_scannedAt = {}; }

    QString sourceName() const override;
    QList<core::UsageItem> supportedItems() const override;

Q_SIGNALS:
    void scanProgressChanged(qint64 objects, qint64 bytes);

protected:
    void startFetch(QDate firstDay, QDate lastDay) override;
    void abortFetch() override;

private:
    void onScanFinished();

    core::UsageLedger *m_ledger;
    QString m_profile;
    QString m_bucket;
    QPointer<StorageClient> m_client;
    int m_scanMaxAgeMinutes = 60;
    qint64 m_scannedBytes = 0;
    QDateTime m_scannedAt;
    QPointer<BucketSizeScan> m_scan;
    QDate m_lastDay;
    UsageResult m_result;
};

} // namespace sucai::cloud
