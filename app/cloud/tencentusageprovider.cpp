#include "tencentusageprovider.h"

#include "core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

#include <cmath>

namespace sucai::cloud {

using core::UsageItem;
using Api = TencentUsageApi::Api;

namespace {

constexpr qint64 kMiB = qint64(1024) * 1024;

const QTimeZone &chinaZone()
{
    // A fixed offset, not "Asia/Shanghai": no tz database needed, and China has no DST.
    static const QTimeZone zone(8 * 3600);
    return zone;
}

qint64 scaled(double value, qint64 factor)
{
    if (!std::isfinite(value) || value < 0)
        return -1;
    return qint64(std::llround(value * double(factor)));
}

StorageError protocolError(const QString &message)
{
    return StorageError::make(StorageError::Kind::Protocol, message);
}

} // namespace

// --- TencentUsageApi ------------------------------------------------------------------------

const char *TencentUsageApi::host(Api api)
{
    return api == Api::Monitor ? "monitor.tencentcloudapi.com" : "cdn.tencentcloudapi.com";
}

const char *TencentUsageApi::service(Api api)
{
    return api == Api::Monitor ? "monitor" : "cdn";
}

const char *TencentUsageApi::version(Api api)
{
    return api == Api::Monitor ? "2018-07-24" : "2018-06-06";
}

const char *TencentUsageApi::action(Api api)
{
    return api == Api::Monitor ? "GetMonitorData" : "DescribeCdnData";
}

QByteArray TencentUsageApi::region(Api api)
{
    // COS reports all its monitoring data under Guangzhou, wherever the bucket is (436/31649).
    return api == Api::Monitor ? QByteArrayLiteral("ap-guangzhou") : QByteArray();
}

QString TencentUsageApi::permission(Api api)
{
    return api == Api::Monitor ? QStringLiteral("monitor:GetMonitorData")
                               : QStringLiteral("cdn:DescribeCdnData");
}

QList<TencentUsageApi::Metric> TencentUsageApi::cosMetrics()
{
    return {
        {QStringLiteral("StdStorage"), UsageItem::Storage, kMiB},
        {QStringLiteral("InternetTraffic"), UsageItem::Egress, 1},
        {QStringLiteral("CdnOriginTraffic"), UsageItem::CdnOrigin, 1},
        {QStringLiteral("StdReadRequests"), UsageItem::ReadRequests, 1},
        {QStringLiteral("StdWriteRequests"), UsageItem::WriteRequests, 1},
    };
}

QString TencentUsageApi::chinaIsoTime(const QDateTime &t)
{
    return t.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+08:00");
}

QString TencentUsageApi::chinaPlainTime(const QDateTime &t)
{
    return t.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDate TencentUsageApi::chinaDate(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, chinaZone()).date();
}

QDateTime TencentUsageApi::chinaDayStart(QDate day)
{
    return QDateTime(day, QTime(0, 0), chinaZone());
}

QDateTime TencentUsageApi::chinaDayEnd(QDate day)
{
    return QDateTime(day, QTime(23, 59, 59), chinaZone());
}

QByteArray TencentUsageApi::monitorRequest(const QString &metricName, const QString &appId,
                                           const QStringList &buckets, const QDateTime &start,
                                           const QDateTime &end, int periodSeconds)
{
    QJsonArray instances;
    for (const QString &bucket : buckets) {
        const QJsonArray dimensions{
            QJsonObject{{QStringLiteral("Name"), QStringLiteral("appid")},
                        {QStringLiteral("Value"), appId}},
            QJsonObject{{QStringLiteral("Name"), QStringLiteral("bucket")},
                        {QStringLiteral("Value"), bucket}},
        };
        instances.append(QJsonObject{{QStringLiteral("Dimensions"), dimensions}});
    }
    const QJsonObject body{
        {QStringLiteral("Namespace"), QStringLiteral("QCE/COS")},
        {QStringLiteral("MetricName"), metricName},
        {QStringLiteral("Period"), periodSeconds},
        {QStringLiteral("StartTime"), chinaIsoTime(start)},
        {QStringLiteral("EndTime"), chinaIsoTime(end)},
        {QStringLiteral("Instances"), instances},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray TencentUsageApi::cdnRequest(const QDateTime &start, const QDateTime &end,
                                       const QStringList &domains, const QString &area)
{
    QJsonObject body{
        {QStringLiteral("StartTime"), chinaPlainTime(start)},
        {QStringLiteral("EndTime"), chinaPlainTime(end)},
        {QStringLiteral("Metric"), QStringLiteral("flux")},
        {QStringLiteral("Interval"), QStringLiteral("day")},
    };
    if (!domains.isEmpty())
        body.insert(QStringLiteral("Domains"), QJsonArray::fromStringList(domains));
    if (!area.isEmpty())
        body.insert(QStringLiteral("Area"), area);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

StorageError TencentUsageApi::parseError(const QByteArray &body, Api api, int httpStatus)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject response = doc.object().value(QStringLiteral("Response")).toObject();
    if (parseError.error != QJsonParseError::NoError || response.isEmpty()) {
        if (httpStatus != 200 && httpStatus != 0)
            return StorageError::service(
                httpStatus, QByteArray(),
                tr("Tencent Cloud answered with HTTP status %1.").arg(httpStatus));
        return protocolError(tr("Tencent Cloud sent an answer Sucai cannot read."));
    }
    const QJsonObject err = response.value(QStringLiteral("Error")).toObject();
    if (err.isEmpty())
        return {};

    const QString code = err.value(QStringLiteral("Code")).toString();
    const QString serverMessage = err.value(QStringLiteral("Message")).toString();
    const QByteArray requestId = response.value(QStringLiteral("RequestId")).toString().toLatin1();

    QString text;
    if (code == QLatin1String("AuthFailure.UnauthorizedOperation") ||
        code.startsWith(QLatin1String("UnauthorizedOperation"))) {
        text = api == Api::Monitor
                   ? tr("This key may not read Cloud Monitor data. Grant its CAM user or role the "
                        "permission %1 (for example with the preset policy "
                        "QcloudMonitorReadOnlyAccess).")
                         .arg(permission(api))
                   : tr("This key may not read CDN statistics. Grant its CAM user or role the "
                        "permission %1 (for example with the preset policy "
                        "QcloudCDNReadOnlyAccess).")
                         .arg(permission(api));
    } else if (code == QLatin1String("AuthFailure.SecretIdNotFound") ||
               code == QLatin1String("AuthFailure.InvalidSecretId")) {
        text = tr("Tencent Cloud does not know this SecretId: check the key or create a new one.");
    } else if (code == QLatin1String("AuthFailure.SignatureFailure") ||
               code == QLatin1String("AuthFailure.InvalidAuthorization")) {
        text = tr("Tencent Cloud rejected the request signature: the SecretKey is probably wrong.");
    } else if (code == QLatin1String("AuthFailure.SignatureExpire")) {
        text = tr("This computer's clock differs too much from Tencent Cloud's: set the clock "
                  "right and try again.");
    } else if (code == QLatin1String("AuthFailure.TokenFailure")) {
        text = tr("The temporary credentials are no longer valid: sign in again.");
    } else if (code == QLatin1String("AuthFailure.MFAFailure")) {
        text = tr("This key needs multi-factor authentication, which Sucai cannot provide.");
    } else if (code.startsWith(QLatin1String("RequestLimitExceeded")) ||
               code.startsWith(QLatin1String("LimitExceeded"))) {
        text = tr("Too many requests to Tencent Cloud: try again in a minute.");
    } else if (code == QLatin1String("ResourceNotFound.CdnUserNotExists")) {
        text = tr("CDN is not activated for this account.");
    } else if (code.startsWith(QLatin1String("ResourceUnavailable")) ||
               code.startsWith(QLatin1String("FailedOperation"))) {
        text = tr("Tencent Cloud could not answer right now (%1): try again later.").arg(code);
    } else {
        text = tr("Tencent Cloud refused the request (%1).").arg(code);
    }
    // The server's own words help support; they name no secret.
    if (!serverMessage.isEmpty())
        text = tr("%1 Tencent Cloud says: %2", "explanation, then the server's message")
                   .arg(text, serverMessage);
    StorageError e =
        StorageError::service(httpStatus ? httpStatus : 200, code.toLatin1(), text, requestId);
    return e;
}

bool TencentUsageApi::parseMonitorData(const QByteArray &body, qint64 bytesPerUnit,
                                       QMap<QDate, qint64> &daily, StorageError &error)
{
    error = parseError(body, Api::Monitor);
    if (!error.ok())
        return false;
    const QJsonObject response =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("Response")).toObject();
    const QJsonValue points = response.value(QStringLiteral("DataPoints"));
    if (!points.isArray()) {
        error = protocolError(tr("Cloud Monitor sent no DataPoints."));
        return false;
    }
    QMap<QDate, qint64> add;
    for (const QJsonValue &point : points.toArray()) {
        const QJsonArray times = point.toObject().value(QStringLiteral("Timestamps")).toArray();
        const QJsonArray values = point.toObject().value(QStringLiteral("Values")).toArray();
        if (times.size() != values.size()) {
            error = protocolError(tr("Cloud Monitor sent %1 time stamps for %2 values.")
                                      .arg(times.size())
                                      .arg(values.size()));
            return false;
        }
        for (qsizetype i = 0; i < times.size(); ++i) {
            if (!times.at(i).isDouble() || !values.at(i).isDouble())
                continue; // a gap (null) in the series
            const qint64 amount = scaled(values.at(i).toDouble(), bytesPerUnit);
            if (amount < 0)
                continue;
            add[chinaDate(qint64(times.at(i).toDouble()))] += amount;
        }
    }
    for (auto it = add.cbegin(); it != add.cend(); ++it)
        daily[it.key()] += it.value();
    return true;
}

bool TencentUsageApi::parseCdnData(const QByteArray &body, QMap<QDate, qint64> &daily,
                                   StorageError &error)
{
    error = parseError(body, Api::Cdn);
    if (!error.ok())
        return false;
    const QJsonObject response =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("Response")).toObject();
    const QJsonValue data = response.value(QStringLiteral("Data"));
    if (!data.isArray()) {
        error = protocolError(tr("The CDN API sent no Data."));
        return false;
    }
    QMap<QDate, qint64> add;
    for (const QJsonValue &resource : data.toArray()) {
        const QJsonArray series = resource.toObject().value(QStringLiteral("CdnData")).toArray();
        for (const QJsonValue &s : series) {
            const QJsonObject o = s.toObject();
            if (o.value(QStringLiteral("Metric")).toString() != QLatin1String("flux"))
                continue;
            for (const QJsonValue &d : o.value(QStringLiteral("DetailData")).toArray()) {
                // "2018-09-03 00:00:00", China time: the date is all a daily series needs.
                const QString time = d.toObject().value(QStringLiteral("Time")).toString();
                const QDate day = QDate::fromString(time.left(10), Qt::ISODate);
                const qint64 amount =
                    scaled(d.toObject().value(QStringLiteral("Value")).toDouble(-1), 1);
                if (!day.isValid() || amount < 0)
                    continue;
                add[day] += amount;
            }
        }
    }
    for (auto it = add.cbegin(); it != add.cend(); ++it)
        daily[it.key()] += it.value();
    return true;
}

// --- TencentUsageProvider -------------------------------------------------------------------
//
//   startFetch ─► queue: 5 COS metrics × ⌈buckets/10⌉ GetMonitorData, then DescribeCdnData
//        │
//        ▼
//   sendNext ─► reply ─► parse into the result ─► sendNext ... ─► queue empty ─► complete
//                  │
//                  └─► error ─► the item Failed; an auth error skips the rest of that API

TencentUsageProvider::TencentUsageProvider(QNetworkAccessManager *network,
                                           TencentUsageSettings settings, QObject *parent)
    : UsageProvider(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_clock(&core::Clock::system())
{}

TencentUsageProvider::~TencentUsageProvider()
{
    abortFetch();
}

void TencentUsageProvider::setClock(const core::Clock *clock)
{
    m_clock = clock ? clock : &core::Clock::system();
}

QString TencentUsageProvider::sourceName() const
{
    return m_settings.cdn ? tr("Tencent Cloud Monitor and CDN") : tr("Tencent Cloud Monitor");
}

QList<UsageItem> TencentUsageProvider::supportedItems() const
{
    QList<UsageItem> items{UsageItem::Storage, UsageItem::Egress, UsageItem::CdnOrigin,
                           UsageItem::ReadRequests, UsageItem::WriteRequests};
    if (m_settings.cdn)
        items.append(UsageItem::Cdn);
    return items;
}

void TencentUsageProvider::startFetch(QDate firstDay, QDate lastDay)
{
    m_result = newResult();
    m_calls.clear();

    if (!m_credentials.isValid()) {
        m_result.availability.fill(UsageResult::Availability::Failed);
        for (size_t i = 0; i < m_result.availability.size(); ++i) {
            if (!supportedItems().contains(UsageItem(i)))
                m_result.availability[i] = UsageResult::Availability::Unsupported;
        }
        m_result.error = StorageError::make(StorageError::Kind::InvalidArgument,
                                            tr("No Tencent Cloud key for this profile."));
        complete(m_result);
        return;
    }

    const QDateTime start = TencentUsageApi::chinaDayStart(firstDay);
    // Not beyond now: the monitor has nothing there to give.
    const QDateTime end = qMin(TencentUsageApi::chinaDayEnd(lastDay), m_clock->nowUtc());

    if (m_settings.appId.isEmpty() || m_settings.buckets.isEmpty()) {
        const StorageError e = StorageError::make(
            StorageError::Kind::InvalidArgument,
            tr("Choose the APPID and the buckets whose usage Cloud Monitor should report."));
        for (const auto &metric : TencentUsageApi::cosMetrics())
            m_result.setAvailability(metric.item, UsageResult::Availability::Failed);
        m_result.error = e;
    } else {
        for (const auto &metric : TencentUsageApi::cosMetrics()) {
            for (qsizetype i = 0; i < m_settings.buckets.size();
                 i += TencentUsageApi::kMaxInstancesPerCall) {
                Call call;
                call.api = Api::Monitor;
                call.item = metric.item;
                call.bytesPerUnit = metric.bytesPerUnit;
                call.payload = TencentUsageApi::monitorRequest(
                    metric.name, m_settings.appId,
                    m_settings.buckets.mid(i, TencentUsageApi::kMaxInstancesPerCall), start, end);
                m_calls.append(call);
            }
        }
    }
    if (m_settings.cdn) {
        Call call;
        call.api = Api::Cdn;
        call.item = UsageItem::Cdn;
        call.payload =
            TencentUsageApi::cdnRequest(start, end, m_settings.cdnDomains, m_settings.cdnArea);
        m_calls.append(call);
    }
    sendNext();
}

void TencentUsageProvider::abortFetch()
{
    m_calls.clear();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void TencentUsageProvider::sendNext()
{
    if (m_calls.isEmpty()) {
        complete(m_result);
        return;
    }
    m_current = m_calls.takeFirst();

    Tc3Request req;
    req.service = TencentUsageApi::service(m_current.api);
    req.action = TencentUsageApi::action(m_current.api);
    req.version = TencentUsageApi::version(m_current.api);
    req.region = TencentUsageApi::region(m_current.api);
    req.timestamp = m_clock->nowUtc().toSecsSinceEpoch();
    req.payload = m_current.payload;

    QUrl url;
    if (m_baseUrl.isValid() && !m_baseUrl.isEmpty()) {
        url = m_baseUrl;
        url.setPath(QStringLiteral("/"));
        req.host = url.port() > 0 ? url.host().toLatin1() + ':' + QByteArray::number(url.port())
                                  : url.host().toLatin1();
    } else {
        req.host = TencentUsageApi::host(m_current.api);
        url.setScheme(QStringLiteral("https"));
        url.setHost(QString::fromLatin1(req.host));
        url.setPath(QStringLiteral("/"));
    }

    QNetworkRequest nr(url);
    for (const auto &[name, value] : m_signer.headers(req, m_credentials))
        nr.setRawHeader(name, value);
    // Small JSON answers: not worth Qt's transparent gzip, which hides the real length.
    nr.setRawHeader("Accept-Encoding", "identity");
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(m_timeoutMs);

    m_reply = m_network->post(nr, req.payload);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &TencentUsageProvider::onReplyFinished);
}

void TencentUsageProvider::fail(const Call &call, const StorageError &error)
{
    m_result.setAvailability(call.item, UsageResult::Availability::Failed);
    m_result.input.daily[size_t(call.item)].clear();
    if (m_result.error.ok())
        m_result.error = error;
    // A key that may not call this API will not be allowed on the next call either; a host
    // that cannot be reached will not be reached a moment later (and each try may cost the
    // whole timeout).
    const bool unreachable = error.kind == StorageError::Kind::Network ||
                             error.kind == StorageError::Kind::Timeout ||
                             error.kind == StorageError::Kind::Tls;
    const bool refused =
        error.kind == StorageError::Kind::Service &&
        (error.code.startsWith("AuthFailure") || error.code.startsWith("UnauthorizedOperation"));
    if (unreachable || refused) {
        for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
            if (m_calls.at(i).api == call.api) {
                m_result.setAvailability(m_calls.at(i).item, UsageResult::Availability::Failed);
                m_calls.removeAt(i);
            }
        }
    }
}

void TencentUsageProvider::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const Call call = m_current;

    if (status == 0) {
        const auto kind = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError
                              ? StorageError::Kind::Timeout
                              : StorageError::Kind::Network;
        fail(call,
             StorageError::make(kind, tr("Cannot reach Tencent Cloud (%1): %2")
                                          .arg(QString::fromLatin1(TencentUsageApi::host(call.api)),
                                               reply->errorString())));
    } else if (m_result.availabilityOf(call.item) != UsageResult::Availability::Failed) {
        StorageError error;
        QMap<QDate, qint64> &series = m_result.input.daily[size_t(call.item)];
        const bool ok =
            call.api == Api::Monitor
                ? TencentUsageApi::parseMonitorData(body, call.bytesPerUnit, series, error)
                : TencentUsageApi::parseCdnData(body, series, error);
        if (!ok) {
            if (error.kind == StorageError::Kind::Protocol && status != 200)
                error = TencentUsageApi::parseError(body, call.api, status);
            fail(call, error);
        }
    }
    sendNext();
}

} // namespace sucai::cloud
