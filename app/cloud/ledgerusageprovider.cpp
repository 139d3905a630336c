#include "ledgerusageprovider.h"

#include "core/usageledger.h"
#include "storageclient.h"
#include "storagejobs.h"

namespace sucai::cloud {

using core::UsageItem;

// --- BucketSizeScan -------------------------------------------------------------------------
//
//   start ─► (no buckets given) ListBuckets ─► for each bucket: ListObjectsV2 page ─► sum
//                                                   ▲                          │ truncated
//                                                   └──────── next page ◄──────┘
//   last page of the last bucket ─► finished(ok); any error or cancel() ─► finished(error)

BucketSizeScan::BucketSizeScan(StorageClient *client, QStringList buckets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_buckets(std::move(buckets))
{}

BucketSizeScan::~BucketSizeScan()
{
    dropJob();
}

void BucketSizeScan::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished)
                return;
            if (m_buckets.isEmpty())
                listBuckets();
            else
                nextPage();
        },
        Qt::QueuedConnection);
}

void BucketSizeScan::cancel()
{
    finish(StorageError::make(StorageError::Kind::Cancelled, tr("Cancelled.")));
}

void BucketSizeScan::dropJob()
{
    if (m_job) {
        StorageJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void BucketSizeScan::finish(const StorageError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    dropJob();
    m_error = error;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_error);
}

void BucketSizeScan::listBuckets()
{
    if (!m_client) {
        finish(StorageError::make(StorageError::Kind::Cancelled,
                                  tr("The connection to this account was closed.")));
        return;
    }
    ListBucketsJob *job = m_client->listBuckets();
    m_job = job;
    connect(job, &StorageJob::finished, this, &BucketSizeScan::onBuckets);
    job->start();
}

void BucketSizeScan::onBuckets()
{
    auto *job = qobject_cast<ListBucketsJob *>(m_job.data());
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (!job->error().ok()) {
        finish(job->error());
        return;
    }
    for (const BucketInfo &b : job->buckets())
        m_buckets.append(b.name);
    if (m_buckets.isEmpty()) {
        finish({}); // nothing stored anywhere
        return;
    }
    nextPage();
}

void BucketSizeScan::nextPage()
{
    if (!m_client) {
        finish(StorageError::make(StorageError::Kind::Cancelled,
                                  tr("The connection to this account was closed.")));
        return;
    }
    ListObjectsParams params;
    params.maxKeys = 1000;
    params.continuationToken = m_token;
    ListObjectsJob *job = m_client->listObjects(m_buckets.at(m_bucketIndex), params);
    m_job = job;
    connect(job, &StorageJob::finished, this, &BucketSizeScan::onPage);
    job->start();
}

void BucketSizeScan::onPage()
{
    auto *job = qobject_cast<ListObjectsJob *>(m_job.data());
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (!job->error().ok()) {
        finish(job->error());
        return;
    }
    const ListObjectsPage &page = job->page();
    for (const ObjectInfo &o : page.objects)
        m_bytes += o.size;
    m_objects += page.objects.size();
    ++m_pages;
    Q_EMIT progressChanged(m_objects, m_bytes);
    if (page.isTruncated && !page.nextContinuationToken.isEmpty()) {
        if (page.nextContinuationToken == m_token) {
            finish(StorageError::make(StorageError::Kind::Protocol,
                                      tr("The server sent the same listing page twice.")));
            return;
        }
        m_token = page.nextContinuationToken;
    } else {
        m_token.clear();
        if (++m_bucketIndex >= m_buckets.size()) {
            finish({});
            return;
        }
    }
    nextPage();
}

// --- LedgerUsageProvider --------------------------------------------------------------------

LedgerUsageProvider::LedgerUsageProvider(core::UsageLedger *ledger, QString profile, QString bucket,
                                         StorageClient *client, QObject *parent)
    : UsageProvider(parent)
    , m_ledger(ledger)
    , m_profile(std::move(profile))
    , m_bucket(std::move(bucket))
    , m_client(client)
{}

LedgerUsageProvider::~LedgerUsageProvider()
{
    abortFetch();
}

QString LedgerUsageProvider::sourceName() const
{
    return tr("Measured by this app only");
}

QList<UsageItem> LedgerUsageProvider::supportedItems() const
{
    QList<UsageItem> items{UsageItem::Egress, UsageItem::ReadRequests, UsageItem::WriteRequests};
    if (m_client)
        items.prepend(UsageItem::Storage);
    return items;
}

void LedgerUsageProvider::startFetch(QDate firstDay, QDate lastDay)
{
    m_result = newResult();
    m_lastDay = lastDay;

    bool ok = false;
    const QList<core::UsageDay> days =
        m_ledger ? m_ledger->days(m_profile, m_bucket, firstDay, lastDay, &ok)
                 : QList<core::UsageDay>();
    if (!ok) {
        for (const UsageItem item :
             {UsageItem::Egress, UsageItem::ReadRequests, UsageItem::WriteRequests})
            m_result.setAvailability(item, UsageResult::Availability::Failed);
        m_result.error = StorageError::make(
            StorageError::Kind::LocalIo,
            m_ledger ? tr("Cannot read the usage ledger: %1").arg(m_ledger->lastError())
                     : tr("No usage ledger is open."));
    } else {
        for (const core::UsageDay &d : days) {
            m_result.input.set(UsageItem::Egress, d.day, d.bytesDown);
            m_result.input.set(UsageItem::ReadRequests, d.day, d.readRequests);
            m_result.input.set(UsageItem::WriteRequests, d.day, d.writeRequests);
        }
    }

    if (!m_client) {
        complete(m_result);
        return;
    }
    // A scan tells the size now: a size of this month only while it runs.
    if (lastDay != today()) {
        m_result.setAvailability(UsageItem::Storage, UsageResult::Availability::Unsupported);
        complete(m_result);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_scannedAt.isValid() && m_scannedAt.secsTo(now) <= qint64(m_scanMaxAgeMinutes) * 60) {
        m_result.input.set(UsageItem::Storage, lastDay, m_scannedBytes);
        complete(m_result);
        return;
    }
    auto *scan = new BucketSizeScan(
        m_client, m_bucket.isEmpty() ? QStringList() : QStringList{m_bucket}, this);
    m_scan = scan;
    connect(scan, &BucketSizeScan::progressChanged, this,
            &LedgerUsageProvider::scanProgressChanged);
    connect(scan, &BucketSizeScan::finished, this, &LedgerUsageProvider::onScanFinished);
    scan->start();
}

void LedgerUsageProvider::abortFetch()
{
    if (m_scan) {
        BucketSizeScan *scan = m_scan;
        m_scan = nullptr;
        scan->disconnect(this);
        scan->cancel();
        scan->deleteLater();
    }
}

void LedgerUsageProvider::onScanFinished()
{
    BucketSizeScan *scan = m_scan;
    if (!scan)
        return;
    m_scan = nullptr;
    scan->deleteLater();
    if (scan->error().ok()) {
        m_scannedBytes = scan->totalBytes();
        m_scannedAt = scan->finishedAt();
        m_result.input.set(UsageItem::Storage, m_lastDay, m_scannedBytes);
    } else {
        m_result.setAvailability(UsageItem::Storage, UsageResult::Availability::Failed);
        if (m_result.error.ok())
            m_result.error = scan->error();
    }
    complete(m_result);
}

} // namespace sucai::cloud
