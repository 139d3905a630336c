#include "rgwusageprovider.h"

#include "storageclient.h"
#include "storagejob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sucai::cloud {

using core::UsageItem;

namespace {

QByteArray isoDay(QDate d)
{
    return d.toString(Qt::ISODate).toLatin1();
}

HttpRequest adminRequest(const Endpoint &endpoint, const QByteArray &resource)
{
    HttpRequest r = endpoint.request("GET");
    if (r.path.endsWith('/'))
        r.path.chop(1);
    r.path += "/admin/" + resource;
    return r;
}

qint64 number(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

// One admin ops GET, with StorageJob's retries, skew correction and timeouts. Its answer is
// JSON, so an error body is not S3 XML: the code comes from the status.
class RgwAdminJob final : public StorageJob
{
public:
    RgwAdminJob(StorageClient *client, HttpRequest request)
        : StorageJob(client, QString())
        , m_request(std::move(request))
    {}

    const QByteArray &body() const { return m_body; }

protected:
    HttpRequest buildRequest(StorageError &) override { return m_request; }
    StorageError handleSuccess(QNetworkReply *, const QByteArray &body) override
    {
        m_body = body;
        return {};
    }
    QByteArray codeForEmptyError(int status) const override
    {
        switch (status) {
        case 403:
            return QByteArrayLiteral("AccessDenied");
        case 404:
            return QByteArrayLiteral("NoSuchBucket");
        case 405:
            return QByteArrayLiteral("MethodNotAllowed");
        default:
            return {};
        }
    }

private:
    HttpRequest m_request;
    QByteArray m_body;
};

} // namespace

// --- RgwUsageApi ----------------------------------------------------------------------------

bool RgwUsageApi::isWriteCategory(const QString &category)
{
    static const QStringList reads{
        QStringLiteral("get_obj"),
        QStringLiteral("list_bucket"),
        QStringLiteral("list_buckets"),
        QStringLiteral("stat_bucket"),
        QStringLiteral("stat_account"),
        QStringLiteral("list_multipart"),
        QStringLiteral("list_bucket_multiparts"),
        QStringLiteral("options_cors"),
        QStringLiteral("get_bucket_location"),
    };
    static const QStringList writes{
        QStringLiteral("put_obj"),         QStringLiteral("post_obj"),
        QStringLiteral("delete_obj"),      QStringLiteral("copy_obj"),
        QStringLiteral("create_bucket"),   QStringLiteral("delete_bucket"),
        QStringLiteral("init_multipart"),  QStringLiteral("complete_multipart"),
        QStringLiteral("abort_multipart"), QStringLiteral("multi_object_delete"),
        QStringLiteral("put_acls"),        QStringLiteral("set_bucket_versioning"),
    };
    if (reads.contains(category))
        return false;
    if (writes.contains(category))
        return true;
    static const char *const readPrefixes[] = {"get_", "list_", "stat_", "options"};
    for (const char *prefix : readPrefixes) {
        if (category.startsWith(QLatin1String(prefix)))
            return false;
    }
    return true;
}

HttpRequest RgwUsageApi::usageRequest(const Endpoint &endpoint, const QString &uid,
                                      const QString &bucket, QDate firstDay, QDate lastDay)
{
    HttpRequest r = adminRequest(endpoint, "usage");
    r.addQuery("uid", uid.toUtf8());
    if (!bucket.isEmpty())
        r.addQuery("bucket", bucket.toUtf8());
    // RGW reads "YYYY-MM-DD" as midnight UTC; the end is exclusive.
    r.addQuery("start", isoDay(firstDay));
    r.addQuery("end", isoDay(lastDay.addDays(1)));
    r.addQuery("show-entries", "true");
    r.addQuery("show-summary", "false");
    return r;
}

HttpRequest RgwUsageApi::bucketStatsRequest(const Endpoint &endpoint, const QString &uid,
                                            const QString &bucket)
{
    HttpRequest r = adminRequest(endpoint, "bucket");
    r.addQuery("stats", "true");
    if (!bucket.isEmpty())
        r.addQuery("bucket", bucket.toUtf8());
    else
        r.addQuery("uid", uid.toUtf8());
    return r;
}

bool RgwUsageApi::parseUsage(const QByteArray &body, const QString &bucket,
                             QMap<QDate, DayUsage> &days, StorageError &error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonValue entries = doc.object().value(QStringLiteral("entries"));
    if (pe.error != QJsonParseError::NoError || !entries.isArray()) {
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("The server's usage log answer cannot be read."));
        return false;
    }
    QMap<QDate, DayUsage> add;
    for (const QJsonValue &user : entries.toArray()) {
        for (const QJsonValue &b : user.toObject().value(QStringLiteral("buckets")).toArray()) {
            const QJsonObject entry = b.toObject();
            if (!bucket.isEmpty() && entry.value(QStringLiteral("bucket")).toString() != bucket)
                continue;
            QDate day;
            if (entry.value(QStringLiteral("epoch")).isDouble()) {
                day =
                    QDateTime::fromSecsSinceEpoch(number(entry, "epoch"), QTimeZone::utc()).date();
            } else {
                day = QDate::fromString(entry.value(QStringLiteral("time")).toString().left(10),
                                        Qt::ISODate);
            }
            if (!day.isValid())
                continue;
            DayUsage &d = add[day];
            for (const QJsonValue &c : entry.value(QStringLiteral("categories")).toArray()) {
                const QJsonObject cat = c.toObject();
                d.bytesSent += number(cat, "bytes_sent");
                d.bytesReceived += number(cat, "bytes_received");
                // Every request counts, failed ones too: providers bill what was sent.
                const qint64 ops = number(cat, "ops");
                if (isWriteCategory(cat.value(QStringLiteral("category")).toString()))
                    d.writeOps += ops;
                else
                    d.readOps += ops;
            }
        }
    }
    for (auto it = add.cbegin(); it != add.cend(); ++it) {
        DayUsage &d = days[it.key()];
        d.bytesSent += it->bytesSent;
        d.bytesReceived += it->bytesReceived;
        d.readOps += it->readOps;
        d.writeOps += it->writeOps;
    }
    return true;
}

bool RgwUsageApi::parseBucketStats(const QByteArray &body, QList<BucketStats> &stats,
                                   StorageError &error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("The server's bucket statistics cannot be read."));
        return false;
    }
    const QJsonArray buckets = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QList<BucketStats> out;
    for (const QJsonValue &v : buckets) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QStringLiteral("bucket"))) {
            error = StorageError::make(StorageError::Kind::Protocol,
                                       tr("The server's bucket statistics cannot be read."));
            return false;
        }
        BucketStats s;
        s.bucket = o.value(QStringLiteral("bucket")).toString();
        // An empty bucket has no "rgw.main" (or an empty "usage"): zero.
        const QJsonObject main = o.value(QStringLiteral("usage"))
                                     .toObject()
                                     .value(QStringLiteral("rgw.main"))
                                     .toObject();
        s.size = main.contains(QStringLiteral("size")) ? number(main, "size")
                                                       : number(main, "size_kb") * 1024;
        s.sizeActual = main.contains(QStringLiteral("size_actual"))
                           ? number(main, "size_actual")
                           : number(main, "size_kb_actual") * 1024;
        s.objects = number(main, "num_objects");
        out.append(s);
    }
    stats.append(out);
    return true;
}

StorageError RgwUsageApi::explain(StorageError error, const QString &uid, bool usage)
{
    if (error.code == "AccessDenied") {
        error.message =
            usage ? tr("The user %1 may not read the usage log: an administrator grants it with "
                       "radosgw-admin caps add --uid=%1 --caps=\"usage=read\".")
                        .arg(uid)
                  : tr("The user %1 may not read bucket statistics: an administrator grants it "
                       "with radosgw-admin caps add --uid=%1 --caps=\"buckets=read\".")
                        .arg(uid);
    } else if (error.httpStatus == 404 || error.httpStatus == 405) {
        if (error.code != "NoSuchBucket")
            error.message = tr("This server has no Ceph RGW admin API.");
    }
    return error;
}

// --- RgwUsageProvider -----------------------------------------------------------------------
//
//   startFetch ─► GET /admin/usage ─► days ─► current month? ─yes─► GET /admin/bucket?stats
//                                                  │ no                     │
//                                                  ▼                        ▼
//                                               complete ◄──────────── size on lastDay

RgwUsageProvider::RgwUsageProvider(StorageClient *client, QString uid, QString bucket,
                                   QObject *parent)
    : UsageProvider(parent)
    , m_client(client)
    , m_uid(std::move(uid))
    , m_bucket(std::move(bucket))
{}

RgwUsageProvider::~RgwUsageProvider()
{
    abortFetch();
}

QString RgwUsageProvider::sourceName() const
{
    return tr("Ceph RGW admin API");
}

QList<UsageItem> RgwUsageProvider::supportedItems() const
{
    return {UsageItem::Storage, UsageItem::Egress, UsageItem::ReadRequests,
            UsageItem::WriteRequests};
}

void RgwUsageProvider::startFetch(QDate firstDay, QDate lastDay)
{
    m_result = newResult();
    m_lastDay = lastDay;
    if (!m_client) {
        m_result.availability.fill(UsageResult::Availability::Unsupported);
        for (const UsageItem item : supportedItems())
            m_result.setAvailability(item, UsageResult::Availability::Failed);
        m_result.error = StorageError::make(StorageError::Kind::Cancelled,
                                            tr("The connection to this account was closed."));
        complete(m_result);
        return;
    }
    auto *job = new RgwAdminJob(m_client, RgwUsageApi::usageRequest(m_client->endpoint(), m_uid,
                                                                    m_bucket, firstDay, lastDay));
    m_job = job;
    connect(job, &StorageJob::finished, this, &RgwUsageProvider::onUsageFinished);
    job->start();
}

void RgwUsageProvider::abortFetch()
{
    if (m_job) {
        StorageJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void RgwUsageProvider::onUsageFinished()
{
    auto *job = static_cast<RgwAdminJob *>(m_job.data());
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();

    StorageError error = job->error();
    QMap<QDate, RgwUsageApi::DayUsage> days;
    if (error.ok())
        RgwUsageApi::parseUsage(job->body(), m_bucket, days, error);
    if (!error.ok()) {
        for (const UsageItem item :
             {UsageItem::Egress, UsageItem::ReadRequests, UsageItem::WriteRequests})
            m_result.setAvailability(item, UsageResult::Availability::Failed);
        m_result.error = RgwUsageApi::explain(error, m_uid, true);
    } else {
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            m_result.input.set(UsageItem::Egress, it.key(), it->bytesSent);
            m_result.input.set(UsageItem::ReadRequests, it.key(), it->readOps);
            m_result.input.set(UsageItem::WriteRequests, it.key(), it->writeOps);
        }
    }
    startStats();
}

void RgwUsageProvider::startStats()
{
    // The stats tell the size now: that is a size of this month only while it runs.
    if (m_lastDay != today() || !m_client) {
        m_result.setAvailability(UsageItem::Storage, UsageResult::Availability::Unsupported);
        complete(m_result);
        return;
    }
    auto *job = new RgwAdminJob(
        m_client, RgwUsageApi::bucketStatsRequest(m_client->endpoint(), m_uid, m_bucket));
    m_job = job;
    connect(job, &StorageJob::finished, this, &RgwUsageProvider::onStatsFinished);
    job->start();
}

void RgwUsageProvider::onStatsFinished()
{
    auto *job = static_cast<RgwAdminJob *>(m_job.data());
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();

    StorageError error = job->error();
    QList<RgwUsageApi::BucketStats> stats;
    if (error.ok())
        RgwUsageApi::parseBucketStats(job->body(), stats, error);
    if (!error.ok()) {
        m_result.setAvailability(UsageItem::Storage, UsageResult::Availability::Failed);
        if (m_result.error.ok())
            m_result.error = RgwUsageApi::explain(error, m_uid, false);
    } else {
        // Billing counts the objects' bytes, not the 4 KiB units they occupy: "size".
        qint64 total = 0;
        for (const auto &s : std::as_const(stats))
            total += s.size;
        m_result.input.set(UsageItem::Storage, m_lastDay, total);
    }
    complete(m_result);
}

} // namespace sucai::cloud
