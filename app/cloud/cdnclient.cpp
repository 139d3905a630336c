#include "cdnclient.h"

#include "core/clock.h"
#include "profile.h"
#include "smallhttpcall.h"
#include "uriencode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>

// CdnCacheJob:
//
//   start ─► (checkQuota) DescribeXxxQuota ─► more URLs than Available? ─yes─► finished(refused)
//                │ call failed: go on without it          │ no
//                ▼                                        ▼
//            batch 1 ─► TaskId | error ─► batch 2 ─► ... ─► last batch ─► finished(result)
//                            │
//                            └─ error every later batch would meet too (permission, key, the
//                               day's limit, unreachable) ─► the rest failed, unsent ─► finished
//   cancel() anywhere ─► finished(Cancelled); the batches not yet answered stay unaccepted

namespace sucai::cloud {

namespace {

QJsonObject responseOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("Response")).toObject();
}

StorageError protocolError(const QString &message)
{
    return StorageError::make(StorageError::Kind::Protocol, message);
}

// Errors that every later batch would meet as well: sending them only burns time (and, for a
// host that does not answer, a whole timeout each).
bool stopsTheRest(const StorageError &e)
{
    switch (e.kind) {
    case StorageError::Kind::Network:
    case StorageError::Kind::Timeout:
    case StorageError::Kind::Tls:
    case StorageError::Kind::InvalidArgument:
        return true;
    case StorageError::Kind::Service:
        return e.code.startsWith("AuthFailure") || e.code.startsWith("UnauthorizedOperation") ||
               e.code.endsWith("ExceedDayLimit") || e.code == "ResourceNotFound.CdnUserNotExists";
    default:
        return false;
    }
}

} // namespace

// --- CdnApi ----------------------------------------------------------------------------------

const char *CdnApi::action(CdnOperation op)
{
    return op == CdnOperation::Purge ? "PurgeUrlsCache" : "PushUrlsCache";
}

const char *CdnApi::quotaAction(CdnOperation op)
{
    return op == CdnOperation::Purge ? "DescribePurgeQuota" : "DescribePushQuota";
}

QString CdnApi::permission(const char *action)
{
    return QStringLiteral("cdn:") + QString::fromLatin1(action);
}

int CdnApi::batchLimit(CdnOperation op)
{
    return op == CdnOperation::Purge ? kPurgeBatchLimit : kPushBatchLimit;
}

QList<QStringList> CdnApi::split(const QStringList &urls, int batchSize)
{
    const qsizetype size = qMax(1, batchSize);
    QList<QStringList> batches;
    batches.reserve((urls.size() + size - 1) / size);
    for (qsizetype i = 0; i < urls.size(); i += size)
        batches.append(urls.mid(i, size));
    return batches;
}

QByteArray CdnApi::request(const QStringList &urls, const QString &area,
                           std::optional<bool> urlEncode)
{
    QJsonObject body{{QStringLiteral("Urls"), QJsonArray::fromStringList(urls)}};
    if (!area.isEmpty())
        body.insert(QStringLiteral("Area"), area);
    if (urlEncode)
        body.insert(QStringLiteral("UrlEncode"), *urlEncode);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

StorageError CdnApi::parseError(const QByteArray &body, const char *action, int httpStatus)
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
    const QByteArray act(action);
    const bool push = act.contains("Push");

    QString text;
    if (code == QLatin1String("AuthFailure.UnauthorizedOperation") ||
        code.startsWith(QLatin1String("UnauthorizedOperation"))) {
        text = code == QLatin1String("UnauthorizedOperation.CdnHostUnauthorized")
                   ? tr("This key may not manage the CDN domain of these URLs.")
                   : tr("This key may not call %1. Grant its CAM user or role the permission %2 "
                        "(for example with the preset policy QcloudCDNFullAccess).")
                         .arg(QString::fromLatin1(action), permission(action));
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
    } else if (code.endsWith(QLatin1String("ExceedDayLimit"))) {
        text = push ? tr("Today's prefetch quota is used up: try again tomorrow.")
                    : tr("Today's purge quota is used up: try again tomorrow.");
    } else if (code.endsWith(QLatin1String("ExceedBatchLimit"))) {
        text = tr("Too many URLs in one request for this account's limit.");
    } else if (code == QLatin1String("ResourceNotFound.CdnHostNotExists")) {
        text = tr("A URL's domain is not a CDN domain of this account.");
    } else if (code == QLatin1String("ResourceNotFound.CdnUserNotExists")) {
        text = tr("CDN is not activated for this account.");
    } else if (code == QLatin1String("ResourceUnavailable.CdnHostIsNotOnline")) {
        text = tr("A URL's CDN domain is switched off.");
    } else if (code.startsWith(QLatin1String("RequestLimitExceeded"))) {
        text = tr("Too many requests to Tencent Cloud: try again in a minute.");
    } else if (code.startsWith(QLatin1String("InvalidParameter"))) {
        text = tr("Tencent Cloud refused a URL of this request (%1).").arg(code);
    } else if (code.startsWith(QLatin1String("ResourceUnavailable")) ||
               code.startsWith(QLatin1String("FailedOperation")) ||
               code.startsWith(QLatin1String("InternalError"))) {
        text = tr("Tencent Cloud could not answer right now (%1): try again later.").arg(code);
    } else {
        text = tr("Tencent Cloud refused the request (%1).").arg(code);
    }
    if (!serverMessage.isEmpty())
        text = tr("%1 Tencent Cloud says: %2", "explanation, then the server's message")
                   .arg(text, serverMessage);
    return StorageError::service(httpStatus ? httpStatus : 200, code.toLatin1(), text, requestId);
}

bool CdnApi::parseTask(const QByteArray &body, CdnOperation op, QString &taskId,
                       QByteArray &requestId, StorageError &error)
{
    error = parseError(body, action(op));
    const QJsonObject response = responseOf(body);
    requestId = response.value(QStringLiteral("RequestId")).toString().toLatin1();
    if (!error.ok())
        return false;
    const QJsonValue id = response.value(QStringLiteral("TaskId"));
    if (!id.isString() || id.toString().isEmpty()) {
        error = protocolError(tr("Tencent CDN accepted the request but sent no TaskId."));
        error.requestId = requestId;
        return false;
    }
    taskId = id.toString();
    return true;
}

bool CdnApi::parseQuota(const QByteArray &body, CdnOperation op, QList<CdnQuota> &quotas,
                        StorageError &error)
{
    error = parseError(body, quotaAction(op));
    if (!error.ok())
        return false;
    const QString field =
        op == CdnOperation::Purge ? QStringLiteral("UrlPurge") : QStringLiteral("UrlPush");
    const QJsonValue lines = responseOf(body).value(field);
    if (!lines.isArray()) {
        error = protocolError(tr("Tencent CDN sent no %1 quota.").arg(field));
        return false;
    }
    quotas.clear();
    for (const QJsonValue &v : lines.toArray()) {
        const QJsonObject o = v.toObject();
        CdnQuota q;
        q.area = o.value(QStringLiteral("Area")).toString();
        q.batch = o.value(QStringLiteral("Batch")).toInteger(-1);
        q.total = o.value(QStringLiteral("Total")).toInteger(-1);
        q.available = o.value(QStringLiteral("Available")).toInteger(-1);
        if (q.batch < 0 || q.total < 0 || q.available < 0) {
            error = protocolError(tr("Tencent CDN sent a quota Sucai cannot read."));
            return false;
        }
        quotas.append(q);
    }
    return true;
}

std::optional<CdnQuota> CdnApi::quotaFor(const QList<CdnQuota> &quotas, const QString &area)
{
    const auto find = [&](const QString &a) -> std::optional<CdnQuota> {
        for (const CdnQuota &q : quotas) {
            if (q.area == a)
                return q;
        }
        return std::nullopt;
    };
    if (area == QLatin1String("global")) {
        const auto mainland = find(QStringLiteral("mainland"));
        const auto overseas = find(QStringLiteral("overseas"));
        if (mainland && overseas) {
            CdnQuota q = mainland->available <= overseas->available ? *mainland : *overseas;
            q.area = area;
            q.batch = qMin(mainland->batch, overseas->batch);
            return q;
        }
        return mainland ? mainland : overseas;
    }
    return find(area.isEmpty() ? QStringLiteral("mainland") : area);
}

// --- CdnUrls ---------------------------------------------------------------------------------

QString CdnUrls::debugDomain(const QString &bucket, const QString &appId)
{
    QString name = bucket.trimmed();
    const QString id = appId.trimmed();
    if (name.isEmpty())
        return {};
    if (!id.isEmpty()) {
        if (!name.endsWith(u'-' + id))
            name += u'-' + id;
    } else {
        static const QRegularExpression carriesAppId(QStringLiteral("-[0-9]+$"));
        if (!carriesAppId.match(name).hasMatch())
            return {};
    }
    return name + QStringLiteral(".file.myqcloud.com");
}

QUrl CdnUrls::base(const Profile &profile, const QString &bucket)
{
    const QUrl custom = profile.cdnBase();
    if (!custom.isEmpty())
        return custom;
    if (profile.provider != Endpoint::Provider::TencentCos)
        return {};
    const QString domain =
        debugDomain(bucket.isEmpty() ? profile.defaultBucket : bucket, profile.appId);
    if (domain.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(domain);
    return url;
}

QString CdnUrls::objectUrl(const QUrl &base, const QString &key)
{
    if (base.isEmpty() || !base.isValid())
        return {};
    QString prefix = base.toString(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    return prefix + u'/' + QString::fromLatin1(uriEncode(key.toUtf8(), true));
}

QStringList CdnUrls::objectUrls(const Profile &profile, const QString &bucket,
                                const QStringList &keys)
{
    const QUrl b = base(profile, bucket);
    QStringList urls;
    if (b.isEmpty())
        return urls;
    urls.reserve(keys.size());
    for (const QString &key : keys)
        urls.append(objectUrl(b, key));
    return urls;
}

// --- CdnJobResult ----------------------------------------------------------------------------

QStringList CdnJobResult::taskIds() const
{
    QStringList ids;
    for (const CdnBatchResult &b : batches) {
        if (b.ok())
            ids.append(b.taskId);
    }
    return ids;
}

int CdnJobResult::acceptedUrls() const
{
    int n = 0;
    for (const CdnBatchResult &b : batches) {
        if (b.ok())
            n += int(b.urls.size());
    }
    return n;
}

// --- CdnCacheJob -----------------------------------------------------------------------------

CdnCacheJob::CdnCacheJob(QNetworkAccessManager *network, CdnOperation op, const QStringList &urls,
                         CdnJobOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_clock(&core::Clock::system())
{
    qRegisterMetaType<sucai::cloud::CdnQuota>();
    qRegisterMetaType<sucai::cloud::CdnBatchResult>();
    qRegisterMetaType<sucai::cloud::CdnJobResult>();
    // The same URL twice would cost two of the day's quota for nothing.
    QSet<QString> seen;
    for (const QString &url : urls) {
        const QString u = url.trimmed();
        if (!u.isEmpty() && !seen.contains(u)) {
            seen.insert(u);
            m_urls.append(u);
        }
    }
    m_result.operation = op;
    m_result.urlCount = int(m_urls.size());
}

CdnCacheJob::~CdnCacheJob()
{
    dropReply();
}

void CdnCacheJob::setClock(const core::Clock *clock)
{
    m_clock = clock ? clock : &core::Clock::system();
}

void CdnCacheJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this, [this, generation] { begin(generation); }, Qt::QueuedConnection);
}

void CdnCacheJob::begin(quint64 generation)
{
    if (generation != m_generation || m_finished)
        return;
    if (m_urls.isEmpty()) {
        finish();
        return;
    }
    for (const QString &url : std::as_const(m_urls)) {
        // Strict unless Tencent is to encode the URLs itself (UrlEncode: raw Chinese allowed).
        const QUrl u(url,
                     m_options.urlEncode.value_or(false) ? QUrl::TolerantMode : QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (!u.isValid() || u.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            m_result.error = StorageError::make(
                StorageError::Kind::InvalidArgument,
                tr("Not a CDN URL (it must start with https:// or http://): %1").arg(url));
            finish();
            return;
        }
    }
    if (!m_credentials.isValid()) {
        m_result.error = StorageError::make(StorageError::Kind::InvalidArgument,
                                            tr("No Tencent Cloud key for this profile."));
        finish();
        return;
    }
    if (m_options.checkQuota) {
        sendQuota();
    } else {
        planBatches(CdnApi::batchLimit(m_result.operation));
        sendBatch();
    }
}

void CdnCacheJob::sendQuota()
{
    m_step = Step::Quota;
    post(CdnApi::quotaAction(m_result.operation), CdnApi::quotaRequest());
}

void CdnCacheJob::planBatches(int batchSize)
{
    m_result.batches.clear();
    const QList<QStringList> parts = CdnApi::split(m_urls, batchSize);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        CdnBatchResult b;
        b.index = int(i);
        b.urls = parts.at(i);
        m_result.batches.append(b);
    }
    m_next = 0;
}

void CdnCacheJob::sendBatch()
{
    if (m_next >= m_result.batches.size()) {
        finish();
        return;
    }
    m_step = Step::Batch;
    CdnBatchResult &b = m_result.batches[m_next];
    b.sent = true;
    post(CdnApi::action(m_result.operation),
         CdnApi::request(b.urls, m_options.area, m_options.urlEncode));
}

void CdnCacheJob::post(const char *action, const QByteArray &payload)
{
    Tc3Request req;
    req.service = CdnApi::service();
    req.action = action;
    req.version = CdnApi::version();
    req.timestamp = m_clock->nowUtc().toSecsSinceEpoch();
    req.payload = payload;

    QUrl url;
    if (m_baseUrl.isValid() && !m_baseUrl.isEmpty()) {
        url = m_baseUrl;
        url.setPath(QStringLiteral("/"));
        req.host = url.port() > 0 ? url.host().toLatin1() + ':' + QByteArray::number(url.port())
                                  : url.host().toLatin1();
    } else {
        req.host = CdnApi::host();
        url.setScheme(QStringLiteral("https"));
        url.setHost(QString::fromLatin1(req.host));
        url.setPath(QStringLiteral("/"));
    }

    QNetworkRequest nr(url);
    for (const auto &[name, value] : m_signer.headers(req, m_credentials))
        nr.setRawHeader(name, value);
    prepareSmallRequest(nr, m_timeoutMs);

    m_reply = m_network->post(nr, req.payload);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &CdnCacheJob::onReplyFinished);
}

void CdnCacheJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    StorageError transport = transportError(reply);
    if (!transport.ok()) {
        transport.message = tr("Cannot reach Tencent Cloud (%1): %2")
                                .arg(QString::fromLatin1(CdnApi::host()), reply->errorString());
    }
    if (m_step == Step::Quota)
        onQuotaAnswer(status, body, transport);
    else
        onBatchAnswer(status, body, transport);
}

void CdnCacheJob::onQuotaAnswer(int status, const QByteArray &body, const StorageError &transport)
{
    int batchSize = CdnApi::batchLimit(m_result.operation);
    QList<CdnQuota> quotas;
    StorageError error = transport;
    if (error.ok() && !CdnApi::parseQuota(body, m_result.operation, quotas, error) &&
        error.kind == StorageError::Kind::Protocol && status != 200)
        error = CdnApi::parseError(body, CdnApi::quotaAction(m_result.operation), status);

    if (error.ok()) {
        if (const auto quota = CdnApi::quotaFor(quotas, m_options.area)) {
            m_result.quota = quota;
            const quint64 generation = m_generation;
            Q_EMIT quotaChecked(*quota);
            if (generation != m_generation || m_finished)
                return; // cancelled by a receiver
            if (m_result.urlCount > quota->available) {
                const QLocale locale;
                const QString where =
                    quota->area == QLatin1String("overseas") ? tr("outside the Chinese mainland")
                    : quota->area == QLatin1String("global") ? tr("worldwide")
                                                             : tr("in the Chinese mainland");
                const QString text =
                    m_result.operation == CdnOperation::Purge
                        ? tr("%Ln URL(s) to purge, but only %1 of today's %2 URL purges %3 are "
                             "left. Choose fewer objects or try again tomorrow.",
                             nullptr, m_result.urlCount)
                        : tr("%Ln URL(s) to prefetch, but only %1 of today's %2 URL prefetches "
                             "%3 are left. Choose fewer objects or try again tomorrow.",
                             nullptr, m_result.urlCount);
                m_result.quotaRefused = true;
                m_result.error = StorageError::make(StorageError::Kind::InvalidArgument,
                                                    text.arg(locale.toString(quota->available),
                                                             locale.toString(quota->total), where));
                finish();
                return;
            }
            if (quota->batch > 0)
                batchSize = int(qMin<qint64>(batchSize, quota->batch));
        } else {
            m_result.quotaError = protocolError(
                tr("Tencent CDN named no quota for this area: sent without checking it."));
        }
    } else {
        // The quota is a courtesy check (and needs its own CAM permission): without it the
        // calls themselves still say when the day's limit is reached.
        m_result.quotaError = error;
    }
    planBatches(batchSize);
    sendBatch();
}

void CdnCacheJob::onBatchAnswer(int status, const QByteArray &body, const StorageError &transport)
{
    CdnBatchResult &b = m_result.batches[m_next];
    StorageError error = transport;
    if (error.ok() && !CdnApi::parseTask(body, m_result.operation, b.taskId, b.requestId, error) &&
        error.kind == StorageError::Kind::Protocol && status != 200)
        error = CdnApi::parseError(body, CdnApi::action(m_result.operation), status);
    b.error = error;
    if (!error.ok() && m_result.error.ok())
        m_result.error = error;
    m_urlsDone += int(b.urls.size());
    ++m_next;

    const quint64 generation = m_generation;
    const CdnBatchResult done = b; // a receiver may cancel(), which touches the list
    Q_EMIT batchFinished(done);
    if (generation != m_generation || m_finished)
        return;
    if (!error.ok() && stopsTheRest(error))
        skipRest(error);
    Q_EMIT progressChanged(m_urlsDone, m_result.urlCount);
    if (generation != m_generation || m_finished)
        return;
    sendBatch();
}

void CdnCacheJob::skipRest(const StorageError &error)
{
    for (qsizetype i = m_next; i < m_result.batches.size(); ++i) {
        m_result.batches[i].error = error;
        m_urlsDone += int(m_result.batches.at(i).urls.size());
    }
    m_next = int(m_result.batches.size());
}

void CdnCacheJob::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    dropReply();
    const StorageError cancelled =
        StorageError::make(StorageError::Kind::Cancelled, tr("Cancelled."));
    for (qsizetype i = m_next; i < m_result.batches.size(); ++i)
        m_result.batches[i].error = cancelled;
    m_result.error = cancelled;
    finish();
}

void CdnCacheJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_generation;
    Q_EMIT finished(m_result);
}

void CdnCacheJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

// --- CdnClient -------------------------------------------------------------------------------

CdnClient::CdnClient(QNetworkAccessManager *network, Credentials creds)
    : m_network(network)
    , m_credentials(std::move(creds))
{}

CdnCacheJob *CdnClient::purge(const QStringList &urls, const CdnJobOptions &options,
                              QObject *parent) const
{
    return make(CdnOperation::Purge, urls, options, parent);
}

CdnCacheJob *CdnClient::push(const QStringList &urls, const CdnJobOptions &options,
                             QObject *parent) const
{
    return make(CdnOperation::Push, urls, options, parent);
}

CdnCacheJob *CdnClient::make(CdnOperation op, const QStringList &urls, const CdnJobOptions &options,
                             QObject *parent) const
{
    auto *job = new CdnCacheJob(m_network, op, urls, options, parent);
    job->setCredentials(m_credentials);
    if (m_baseUrl.isValid() && !m_baseUrl.isEmpty())
        job->setBaseUrl(m_baseUrl);
    job->setClock(m_clock);
    job->setTransferTimeoutMs(m_timeoutMs);
    return job;
}

} // namespace sucai::cloud
