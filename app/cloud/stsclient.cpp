#include "stsclient.h"

#include "core/clock.h"
#include "smallhttpcall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QXmlStreamReader>

namespace sucai::cloud {

namespace {

QByteArray formValue(const QByteArray &v)
{
    // RFC 3986 unreserved characters stay; everything else (space included) is %XX. RGW does
    // not decode '+' as a space in form bodies (signin-oidc-sts.md).
    return v.toPercentEncoding();
}

QDateTime parseIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

StorageError protocolError(const QString &what)
{
    return StorageError::make(StorageError::Kind::Protocol, what);
}

} // namespace

QByteArray StsApi::sessionName(const QString &hint, qint64 unixSeconds)
{
    QByteArray name = "sucai-";
    for (const QChar c : hint) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'=' || u == u',' || u == u'.' ||
                        u == u'@' || u == u'-' || u == u'_';
        if (ok)
            name += char(u);
    }
    const QByteArray suffix = '-' + QByteArray::number(unixSeconds);
    return name.left(64 - suffix.size()) + suffix;
}

QByteArray StsApi::awsForm(const StsRequest &r)
{
    QByteArray body;
    const auto add = [&body](const char *key, const QByteArray &value) {
        if (!body.isEmpty())
            body += '&';
        body += key;
        body += '=';
        body += formValue(value);
    };
    add("Action", "AssumeRoleWithWebIdentity");
    add("Version", kAwsVersion);
    add("RoleArn", r.roleArn);
    add("RoleSessionName", r.roleSessionName);
    add("WebIdentityToken", r.webIdentityToken);
    add("DurationSeconds", QByteArray::number(r.durationSeconds));
    return body;
}

QByteArray StsApi::tencentPayload(const StsRequest &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("ProviderId"), QString::fromUtf8(r.providerId));
    o.insert(QStringLiteral("WebIdentityToken"), QString::fromUtf8(r.webIdentityToken));
    o.insert(QStringLiteral("RoleArn"), QString::fromUtf8(r.roleArn));
    o.insert(QStringLiteral("RoleSessionName"), QString::fromUtf8(r.roleSessionName));
    o.insert(QStringLiteral("DurationSeconds"), r.durationSeconds);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> StsApi::tencentHeaders(const StsRequest &r, qint64 unixSeconds)
{
    return {
        {"Content-Type", "application/json; charset=utf-8"},
        {"X-TC-Action", "AssumeRoleWithWebIdentity"},
        {"X-TC-Version", kTencentVersion},
        {"X-TC-Timestamp", QByteArray::number(unixSeconds)},
        {"X-TC-Region", r.region},
        // The documented way for this action: no signature (the token is the proof).
        {"Authorization", "SKIP"},
    };
}

Credentials StsApi::parseAws(const QByteArray &xml, int httpStatus, StorageError *error)
{
    Credentials c;
    QByteArray code;
    QString message;
    QXmlStreamReader r(xml);
    QString expiration;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        if (name == u"AccessKeyId")
            c.accessKeyId = r.readElementText().trimmed().toUtf8();
        else if (name == u"SecretAccessKey")
            c.secretAccessKey = r.readElementText().trimmed().toUtf8();
        else if (name == u"SessionToken")
            c.sessionToken = r.readElementText().trimmed().toUtf8();
        else if (name == u"Expiration")
            expiration = r.readElementText();
        else if (name == u"Code")
            code = r.readElementText().trimmed().toUtf8();
        else if (name == u"Message")
            message = r.readElementText().trimmed();
    }
    const bool malformed = r.hasError();
    if (httpStatus >= 200 && httpStatus < 300 && !malformed && c.isValid() &&
        !c.sessionToken.isEmpty()) {
        c.expiresAt = parseIsoUtc(expiration);
        if (c.expiresAt.isValid())
            return c;
    }
    if (httpStatus >= 300 || !code.isEmpty()) {
        if (code.isEmpty())
            code = QByteArray::number(httpStatus);
        if (message.isEmpty() && (code == "AccessDenied" || httpStatus == 403))
            message = tr("The STS refused the sign-in: the role does not trust this identity "
                         "provider or user, or the token was rejected.");
        *error = StorageError::service(httpStatus, code, message);
    } else {
        *error = protocolError(tr("The STS answer holds no complete temporary credentials."));
    }
    return {};
}

Credentials StsApi::parseTencent(const QByteArray &json, int httpStatus, StorageError *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject response = doc.object().value(u"Response").toObject();
    if (pe.error != QJsonParseError::NoError || response.isEmpty()) {
        *error = httpStatus >= 300
                     ? StorageError::service(httpStatus, QByteArray::number(httpStatus))
                     : protocolError(tr("The STS answer is not the expected JSON."));
        return {};
    }
    const QJsonObject err = response.value(u"Error").toObject();
    if (!err.isEmpty()) {
        *error = StorageError::service(httpStatus, err.value(u"Code").toString().toUtf8(),
                                       err.value(u"Message").toString(),
                                       response.value(u"RequestId").toString().toUtf8());
        return {};
    }
    const QJsonObject creds = response.value(u"Credentials").toObject();
    Credentials c;
    c.accessKeyId = creds.value(u"TmpSecretId").toString().toUtf8();
    c.secretAccessKey = creds.value(u"TmpSecretKey").toString().toUtf8();
    c.sessionToken = creds.value(u"Token").toString().toUtf8();
    const qint64 expired = response.value(u"ExpiredTime").toInteger(0);
    c.expiresAt = expired > 0 ? QDateTime::fromSecsSinceEpoch(expired, Qt::UTC)
                              : parseIsoUtc(response.value(u"Expiration").toString());
    if (!c.isValid() || c.sessionToken.isEmpty() || !c.expiresAt.isValid()) {
        *error = protocolError(tr("The STS answer holds no complete temporary credentials."));
        return {};
    }
    return c;
}

AssumeRoleWithWebIdentityJob::AssumeRoleWithWebIdentityJob(QNetworkAccessManager *network,
                                                           StsRequest request,
                                                           const core::Clock *clock,
                                                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_clock(clock ? clock : &core::Clock::system())
{}

AssumeRoleWithWebIdentityJob::~AssumeRoleWithWebIdentityJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AssumeRoleWithWebIdentityJob::start()
{
    QNetworkRequest nr;
    QByteArray body;
    if (m_request.dialect == StsRequest::Dialect::Tencent) {
        QUrl url = m_request.endpoint;
        if (url.isEmpty())
            url = QUrl(QStringLiteral("https://") + QLatin1StringView(StsApi::kTencentHost) + u'/');
        nr.setUrl(url);
        const qint64 now = m_clock->nowUtc().toSecsSinceEpoch();
        for (const auto &[name, value] : StsApi::tencentHeaders(m_request, now))
            nr.setRawHeader(name, value);
        body = StsApi::tencentPayload(m_request);
    } else {
        QUrl url = m_request.endpoint;
        if (url.path().isEmpty())
            url.setPath(QStringLiteral("/"));
        nr.setUrl(url);
        nr.setRawHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        body = StsApi::awsForm(m_request);
    }
    prepareSmallRequest(nr, m_timeoutMs);
    m_reply = m_network->post(nr, body);
    connect(m_reply, &QNetworkReply::finished, this, &AssumeRoleWithWebIdentityJob::onFinished);
}

void AssumeRoleWithWebIdentityJob::abort()
{
    if (m_done)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_error = StorageError::make(StorageError::Kind::Cancelled, tr("Cancelled."));
    m_done = true;
    Q_EMIT finished();
}

void AssumeRoleWithWebIdentityJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    m_error = transportError(reply);
    if (m_error.ok()) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(1024 * 1024);
        m_credentials = m_request.dialect == StsRequest::Dialect::Tencent
                            ? StsApi::parseTencent(body, status, &m_error)
                            : StsApi::parseAws(body, status, &m_error);
    }
    m_done = true;
    Q_EMIT finished();
}

} // namespace sucai::cloud
