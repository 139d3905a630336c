#include "deviceauthflow.h"

#include "core/clock.h"
#include "smallhttpcall.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sucai::cloud {

namespace {

constexpr int kMaxNetworkBackoffMs = 60000;

QByteArray formValue(const QString &v)
{
    return v.toUtf8().toPercentEncoding();
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QJsonObject jsonObject(const QByteArray &json, bool *ok)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    *ok = pe.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

StorageError providerError(int status, const QJsonObject &o, const QString &fallback)
{
    const QByteArray code = o.value(u"error").toString().toUtf8();
    QString message = o.value(u"error_description").toString();
    if (message.isEmpty())
        message = fallback;
    return StorageError::service(status, code.isEmpty() ? QByteArray::number(status) : code,
                                 message);
}

} // namespace

// --- OidcApi ------------------------------------------------------------------------------

QUrl OidcApi::discoveryUrl(const QUrl &issuer)
{
    QUrl url = withoutTrailingSlash(issuer);
    url.setPath(url.path() + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

OidcEndpoints OidcApi::parseDiscovery(const QByteArray &json, const QUrl &issuer,
                                      StorageError *error)
{
    bool ok = false;
    const QJsonObject o = jsonObject(json, &ok);
    if (!ok) {
        *error = StorageError::make(StorageError::Kind::Protocol,
                                    tr("The sign-in provider's configuration is not JSON. Is the "
                                       "issuer URL right?"));
        return {};
    }
    OidcEndpoints e;
    e.issuer = QUrl(o.value(u"issuer").toString());
    e.deviceAuthorization = QUrl(o.value(u"device_authorization_endpoint").toString());
    e.token = QUrl(o.value(u"token_endpoint").toString());
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (withoutTrailingSlash(e.issuer) != withoutTrailingSlash(issuer)) {
        *error = StorageError::make(
            StorageError::Kind::Protocol,
            tr("The sign-in provider names itself %1, not %2: check the issuer URL.")
                .arg(e.issuer.toDisplayString(), issuer.toDisplayString()));
        return {};
    }
    const auto usable = [&issuer](const QUrl &u) {
        return u.isValid() && !u.host().isEmpty() &&
               (u.scheme() == u"https" || u.scheme() == issuer.scheme());
    };
    if (!usable(e.token)) {
        *error = StorageError::make(StorageError::Kind::Protocol,
                                    tr("The sign-in provider names no usable token endpoint."));
        return {};
    }
    if (!usable(e.deviceAuthorization)) {
        *error = StorageError::make(
            StorageError::Kind::Protocol,
            tr("This sign-in provider does not offer sign-in from another device (no "
               "device_authorization_endpoint). Ask its administrator to enable the OAuth "
               "device flow for this client."));
        e.deviceAuthorization = QUrl();
    }
    return e;
}

QByteArray OidcApi::deviceAuthorizationForm(const QString &clientId, const QString &scopes)
{
    QByteArray form = "client_id=" + formValue(clientId);
    if (!scopes.trimmed().isEmpty())
        form += "&scope=" + formValue(scopes.simplified());
    return form;
}

DeviceCode OidcApi::parseDeviceAuthorization(const QByteArray &json, int httpStatus,
                                             const QDateTime &now, StorageError *error)
{
    bool ok = false;
    const QJsonObject o = jsonObject(json, &ok);
    if (httpStatus < 200 || httpStatus >= 300) {
        *error =
            providerError(httpStatus, o, tr("The sign-in provider refused to start a sign-in."));
        if (error->code == "invalid_client" || error->code == "unauthorized_client")
            error->message = tr("The sign-in provider does not know this client ID or does not "
                                "allow it the device flow.");
        return {};
    }
    DeviceCode c;
    c.deviceCode = o.value(u"device_code").toString().toUtf8();
    c.userCode = o.value(u"user_code").toString();
    c.verificationUri = QUrl(o.value(u"verification_uri").toString());
    if (c.verificationUri.isEmpty()) // an older draft's spelling, still sent by some providers
        c.verificationUri = QUrl(o.value(u"verification_url").toString());
    c.verificationUriComplete = QUrl(o.value(u"verification_uri_complete").toString());
    const qint64 expiresIn = o.value(u"expires_in").toInteger(0);
    const qint64 interval = o.value(u"interval").toInteger(0);
    if (!ok || c.deviceCode.isEmpty() || c.userCode.isEmpty() || !c.qrUrl().isValid() ||
        c.qrUrl().isEmpty() || expiresIn <= 0) {
        *error = StorageError::make(StorageError::Kind::Protocol,
                                    tr("The sign-in provider's answer lacks the device code, "
                                       "user code, verification address or expiry."));
        return {};
    }
    c.expiresAt = now.addSecs(expiresIn);
    c.intervalSeconds = interval > 0 ? int(qMin<qint64>(interval, 600)) : 0;
    return c;
}

QByteArray OidcApi::deviceTokenForm(const QByteArray &deviceCode, const QString &clientId)
{
    return "grant_type=" + QByteArray(kDeviceGrant).toPercentEncoding() +
           "&device_code=" + deviceCode.toPercentEncoding() + "&client_id=" + formValue(clientId);
}

QByteArray OidcApi::refreshForm(const QByteArray &refreshToken, const QString &clientId)
{
    return "grant_type=refresh_token&refresh_token=" + refreshToken.toPercentEncoding() +
           "&client_id=" + formValue(clientId);
}

OidcApi::Answer OidcApi::parseTokenAnswer(const QByteArray &json, int httpStatus,
                                          const QDateTime &now, OidcTokens *tokens,
                                          StorageError *error)
{
    bool ok = false;
    const QJsonObject o = jsonObject(json, &ok);
    if (httpStatus >= 200 && httpStatus < 300) {
        OidcTokens t;
        t.idToken = o.value(u"id_token").toString().toUtf8();
        t.accessToken = o.value(u"access_token").toString().toUtf8();
        t.refreshToken = o.value(u"refresh_token").toString().toUtf8();
        const qint64 expiresIn = o.value(u"expires_in").toInteger(0);
        if (expiresIn > 0)
            t.expiresAt = now.addSecs(expiresIn);
        if (!ok || t.accessToken.isEmpty()) {
            *error = StorageError::make(StorageError::Kind::Protocol,
                                        tr("The sign-in provider's token answer is malformed."));
            return Answer::Failed;
        }
        const QJsonObject claims = jwtClaims(t.idToken);
        t.subject = claims.value(u"sub").toString();
        for (const char16_t *key : {u"preferred_username", u"email", u"name"}) {
            t.displayName = claims.value(QStringView(key)).toString();
            if (!t.displayName.isEmpty())
                break;
        }
        if (const qint64 exp = claims.value(u"exp").toInteger(0); exp > 0)
            t.idTokenExpiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
        *tokens = t;
        return Answer::Tokens;
    }
    const QString code = o.value(u"error").toString();
    if (code == u"authorization_pending")
        return Answer::AuthorizationPending;
    if (code == u"slow_down")
        return Answer::SlowDown;
    *error = providerError(httpStatus, o, tr("The sign-in provider refused the request."));
    if (code == u"access_denied")
        return Answer::AccessDenied;
    if (code == u"expired_token")
        return Answer::ExpiredToken;
    if (code == u"invalid_grant")
        return Answer::InvalidGrant;
    if (!ok && httpStatus >= 200)
        error->message =
            tr("The sign-in provider answered HTTP %1 without an OAuth error.").arg(httpStatus);
    return Answer::Failed;
}

QJsonObject OidcApi::jwtClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

// --- DeviceAuthFlow -----------------------------------------------------------------------

DeviceAuthFlow::DeviceAuthFlow(QNetworkAccessManager *network, QUrl issuer, QString clientId,
                               QString scopes, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_issuer(std::move(issuer))
    , m_clientId(std::move(clientId))
    , m_scopes(std::move(scopes))
    , m_clock(clock ? clock : &core::Clock::system())
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; RFC 8628 wants at least `interval` between polls.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_expiryTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceAuthFlow::poll);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::WaitingForUser)
            finish(State::Expired);
    });
}

DeviceAuthFlow::~DeviceAuthFlow() = default;

bool DeviceAuthFlow::isFinished() const
{
    return m_state == State::Approved || m_state == State::Denied || m_state == State::Expired ||
           m_state == State::Failed || m_state == State::Cancelled;
}

qint64 DeviceAuthFlow::secondsLeft() const
{
    if (m_state != State::WaitingForUser || !m_code.expiresAt.isValid())
        return 0;
    return qMax<qint64>(0, m_clock->nowUtc().secsTo(m_code.expiresAt));
}

void DeviceAuthFlow::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void DeviceAuthFlow::finish(State s, const StorageError &error)
{
    m_pollTimer.stop();
    m_expiryTimer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater(); // aborts a running request in its destructor
        m_call = nullptr;
    }
    m_error = error;
    if (s != State::Approved)
        m_tokens = {};
    setState(s);
    Q_EMIT finished();
}

void DeviceAuthFlow::start()
{
    if (m_state == State::Discovering || m_state == State::Requesting ||
        m_state == State::WaitingForUser)
        return;
    m_error = {};
    m_tokens = {};
    m_code = {};
    m_polls = 0;
    m_networkBackoffMs = 0;
    if (m_endpoints.isValid() && m_endpoints.deviceAuthorization.isValid()) {
        requestCode(); // discovered before: a "new code" needs no second discovery
        return;
    }
    setState(State::Discovering);
    m_call = new SmallHttpCall(m_network, this);
    connect(m_call, &SmallHttpCall::done, this, &DeviceAuthFlow::onDiscovery);
    m_call->get(OidcApi::discoveryUrl(m_issuer), m_timeoutMs);
}

void DeviceAuthFlow::cancel()
{
    if (isFinished() || m_state == State::Idle)
        return;
    finish(State::Cancelled,
           StorageError::make(StorageError::Kind::Cancelled, StorageError::tr("Cancelled.")));
}

void DeviceAuthFlow::onDiscovery()
{
    SmallHttpCall *call = std::exchange(m_call, nullptr);
    call->deleteLater();
    if (!call->transport().ok()) {
        finish(State::Failed, call->transport());
        return;
    }
    if (call->status() != 200) {
        finish(State::Failed,
               StorageError::service(call->status(), QByteArray::number(call->status()),
                                     tr("The sign-in provider has no OpenID configuration at "
                                        "this issuer URL.")));
        return;
    }
    StorageError e;
    m_endpoints = OidcApi::parseDiscovery(call->body(), m_issuer, &e);
    if (!e.ok()) {
        m_endpoints = {};
        finish(State::Failed, e);
        return;
    }
    requestCode();
}

void DeviceAuthFlow::requestCode()
{
    setState(State::Requesting);
    m_call = new SmallHttpCall(m_network, this);
    connect(m_call, &SmallHttpCall::done, this, &DeviceAuthFlow::onCode);
    m_call->postForm(m_endpoints.deviceAuthorization,
                     OidcApi::deviceAuthorizationForm(m_clientId, m_scopes), m_timeoutMs);
}

void DeviceAuthFlow::onCode()
{
    SmallHttpCall *call = std::exchange(m_call, nullptr);
    call->deleteLater();
    if (!call->transport().ok()) {
        finish(State::Failed, call->transport());
        return;
    }
    StorageError e;
    m_code = OidcApi::parseDeviceAuthorization(call->body(), call->status(), m_clock->nowUtc(), &e);
    if (!e.ok()) {
        finish(State::Failed, e);
        return;
    }
    if (m_code.intervalSeconds <= 0)
        m_code.intervalSeconds = m_defaultInterval;
    m_interval = m_code.intervalSeconds;
    setState(State::WaitingForUser);
    Q_EMIT codeReady(m_code);
    m_expiryTimer.start(int(qMin<qint64>(m_clock->nowUtc().msecsTo(m_code.expiresAt),
                                         std::numeric_limits<int>::max())));
    schedulePoll(m_interval * 1000);
}

void DeviceAuthFlow::schedulePoll(int ms)
{
    m_pollTimer.start(ms);
}

void DeviceAuthFlow::poll()
{
    if (m_state != State::WaitingForUser || m_call)
        return;
    ++m_polls;
    m_call = new SmallHttpCall(m_network, this);
    connect(m_call, &SmallHttpCall::done, this, &DeviceAuthFlow::onPoll);
    m_call->postForm(m_endpoints.token, OidcApi::deviceTokenForm(m_code.deviceCode, m_clientId),
                     m_timeoutMs);
}

void DeviceAuthFlow::onPoll()
{
    SmallHttpCall *call = std::exchange(m_call, nullptr);
    call->deleteLater();
    if (m_state != State::WaitingForUser)
        return;
    if (!call->transport().ok()) {
        // RFC 8628 §3.5: back off on connection trouble; the code may still be approved.
        m_networkBackoffMs = m_networkBackoffMs == 0
                                 ? m_interval * 1000 * 2
                                 : qMin(kMaxNetworkBackoffMs, m_networkBackoffMs * 2);
        schedulePoll(qMax(m_networkBackoffMs, m_interval * 1000));
        return;
    }
    m_networkBackoffMs = 0;
    StorageError e;
    OidcTokens tokens;
    switch (
        OidcApi::parseTokenAnswer(call->body(), call->status(), m_clock->nowUtc(), &tokens, &e)) {
    case OidcApi::Answer::Tokens:
        m_tokens = tokens;
        finish(State::Approved);
        return;
    case OidcApi::Answer::AuthorizationPending:
        schedulePoll(m_interval * 1000);
        return;
    case OidcApi::Answer::SlowDown:
        m_interval += 5; // §3.5: for this and all later requests
        schedulePoll(m_interval * 1000);
        return;
    case OidcApi::Answer::AccessDenied:
        finish(State::Denied, e);
        return;
    case OidcApi::Answer::ExpiredToken:
        finish(State::Expired, e);
        return;
    case OidcApi::Answer::InvalidGrant:
    case OidcApi::Answer::Failed:
        finish(State::Failed, e);
        return;
    }
}

// --- OidcDiscoveryJob / OidcRefreshJob ----------------------------------------------------

OidcDiscoveryJob::OidcDiscoveryJob(QNetworkAccessManager *network, QUrl issuer, QObject *parent)
    : QObject(parent)
    , m_call(new SmallHttpCall(network, this))
    , m_issuer(std::move(issuer))
{
    connect(m_call, &SmallHttpCall::done, this, [this] {
        if (!m_call->transport().ok()) {
            m_error = m_call->transport();
        } else if (m_call->status() != 200) {
            m_error = StorageError::service(m_call->status(), QByteArray::number(m_call->status()),
                                            OidcApi::tr("The sign-in provider has no OpenID "
                                                        "configuration at this issuer URL."));
        } else {
            m_endpoints = OidcApi::parseDiscovery(m_call->body(), m_issuer, &m_error);
        }
        Q_EMIT finished();
    });
}

void OidcDiscoveryJob::start(int timeoutMs)
{
    m_call->get(OidcApi::discoveryUrl(m_issuer), timeoutMs);
}

OidcRefreshJob::OidcRefreshJob(QNetworkAccessManager *network, OidcEndpoints endpoints,
                               QString clientId, QByteArray refreshToken, const core::Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_call(new SmallHttpCall(network, this))
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_refreshToken(std::move(refreshToken))
    , m_clock(clock ? clock : &core::Clock::system())
{
    connect(m_call, &SmallHttpCall::done, this, [this] {
        if (!m_call->transport().ok()) {
            m_error = m_call->transport();
            m_answer = OidcApi::Answer::Failed;
        } else {
            m_answer = OidcApi::parseTokenAnswer(m_call->body(), m_call->status(),
                                                 m_clock->nowUtc(), &m_tokens, &m_error);
        }
        Q_EMIT finished();
    });
}

void OidcRefreshJob::start(int timeoutMs)
{
    m_call->postForm(m_endpoints.token, OidcApi::refreshForm(m_refreshToken, m_clientId),
                     timeoutMs);
}

} // namespace sucai::cloud
