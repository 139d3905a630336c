#pragma once

#include "endpoint.h"
#include "httprequest.h"
#include "usageprovider.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPointer>

namespace sucai::cloud {

class StorageClient;
class StorageJob;

// Ceph RGW's admin ops API as the dashboard reads it, as pure functions. Answers captured from
// RGW 16.2 are in tests/data/rgw/.
//
// - GET /admin/usage?uid=..&bucket=..&start=..&end=..&show-entries=true&show-summary=false
//   (caps usage=read): per user, bucket and hour, per operation category ("get_obj",
//   "put_obj", "list_bucket", ...) bytes_sent, bytes_received, ops, successful_ops.
// - GET /admin/bucket?stats=true&bucket=.. (one object) or &uid=.. (an array; caps
//   buckets=read): usage["rgw.main"] with size (the objects' bytes), size_actual (rounded up
//   to 4 KiB allocation units), size_kb*, num_objects.
//
// Days are UTC days (the log's hours are UTC), as in the app's own ledger.
class RgwUsageApi final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::RgwUsageApi)

public:
    struct DayUsage
    {
        qint64 bytesSent = 0; // to clients: egress
        qint64 bytesReceived = 0;
        qint64 readOps = 0;
        qint64 writeOps = 0;
        friend bool operator==(const DayUsage &, const DayUsage &) = default;
    };

    struct BucketStats
    {
        QString bucket;
        qint64 size = 0;       // sum of the objects' sizes
        qint64 sizeActual = 0; // what they occupy, rounded to allocation units
        qint64 objects = 0;
    };

    // Whether an operation category counts as a write request, the way COS bills them:
    // PUT, POST and DELETE are writes (put_obj, post_obj, delete_obj, copy_obj, create_bucket,
    // init_multipart, complete_multipart, abort_multipart, multi_object_delete, put_acls, ...);
    // GET, HEAD, OPTIONS are reads (get_obj — HEAD counts as get_obj too —, list_bucket,
    // list_buckets, stat_bucket, get_acls, list_multipart, options_cors, ...). Unknown
    // categories by their verb prefix: get_/list_/stat_/options → read, anything else → write.
    static bool isWriteCategory(const QString &category);

    static HttpRequest usageRequest(const Endpoint &endpoint, const QString &uid,
                                    const QString &bucket, QDate firstDay, QDate lastDay);
    static HttpRequest bucketStatsRequest(const Endpoint &endpoint, const QString &uid,
                                          const QString &bucket);

    // Adds the entries of a /admin/usage answer to `days`, per UTC day. With `bucket` set only
    // that bucket's entries count (RGW filters already; this guards against servers that
    // ignore the parameter). False (with `error`) for anything but a usage document.
    static bool parseUsage(const QByteArray &body, const QString &bucket,
                           QMap<QDate, DayUsage> &days, StorageError &error);
    // One bucket (an object) or all of a user's (an array).
    static bool parseBucketStats(const QByteArray &body, QList<BucketStats> &stats,
                                 StorageError &error);

    // Adds what to do to an admin API error: AccessDenied means the user lacks a cap.
    static StorageError explain(StorageError error, const QString &uid, bool usage);
};

// Usage from a Ceph RGW: egress and requests from the usage log, the current size from the
// bucket stats (put on the last day asked for; only while the month is the current one).
// Needs a user with caps usage=read and buckets=read, and rgw_enable_usage_log on the server.
class RgwUsageProvider final : public UsageProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RgwUsageProvider)

public:
    // `bucket` empty: all of the user's buckets.
    RgwUsageProvider(StorageClient *client, QString uid, QString bucket = {},
                     QObject *parent = nullptr);
    ~RgwUsageProvider() override;

    QString sourceName() const override;
    QList<core::UsageItem> supportedItems() const override;

protected:
    void startFetch(QDate firstDay, QDate lastDay) override;
    void abortFetch() override;

private:
    void onUsageFinished();
    void onStatsFinished();
    void startStats();

    QPointer<StorageClient> m_client;
    QString m_uid;
    QString m_bucket;
    QDate m_lastDay;
    QPointer<StorageJob> m_job;
    UsageResult m_result;
};

} // namespace sucai::cloud
