#include "signinsession.h"

#include "core/clock.h"
#include "credentialstore.h"
#include "stsclient.h"

namespace sucai::cloud {

namespace {
constexpr int kFirstRetryMs = 5000;
constexpr int kMaxRetryMs = 5 * 60 * 1000;
// A token or key pair this close to its end is not worth using any more.
constexpr int kMinUsefulSeconds = 60;
} // namespace

SignInSession::SignInSession(QNetworkAccessManager *network, Profile profile,
                             CredentialStore *store, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_store(store)
    , m_clock(clock ? clock : &core::Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_retryStep) {
            refreshNow();
            return;
        }
        // Network trouble earlier: the step that failed, again (the same token is still good).
        const auto step = std::exchange(m_retryStep, nullptr);
        m_busy = true;
        setStatus(Status::Refreshing, m_reason);
        if (step == &SignInSession::exchange)
            exchange();
        else
            ensureEndpointsThen(step);
    });
}

SignInSession::~SignInSession() = default;

void SignInSession::setStatus(Status s, const QString &reason)
{
    m_reason = reason;
    if (m_status == s)
        return;
    m_status = s;
    Q_EMIT statusChanged(s);
}

void SignInSession::requireSignIn(const QString &reason)
{
    m_busy = false;
    m_retryStep = nullptr;
    m_timer.stop();
    m_nextRefreshAt = {};
    const bool stillValid = m_credentials.isValid() && m_credentials.expiresAt.isValid() &&
                            m_clock->nowUtc().secsTo(m_credentials.expiresAt) > 0;
    if (!stillValid)
        m_credentials = {};
    setStatus(Status::NeedsSignIn, reason);
    Q_EMIT needsSignIn(reason);
}

void SignInSession::adopt(const OidcEndpoints &endpoints, const OidcTokens &tokens)
{
    m_timer.stop();
    m_endpoints = endpoints;
    m_tokens = tokens;
    m_retryDelayMs = 0;
    if (!tokens.displayName.isEmpty() || !tokens.subject.isEmpty())
        m_userName = tokens.displayName.isEmpty() ? tokens.subject : tokens.displayName;
    m_busy = true;
    setStatus(Status::Refreshing);
    if (tokens.refreshToken.isEmpty()) {
        exchange();
        return;
    }
    m_refreshToken = tokens.refreshToken;
    if (!m_store) {
        exchange();
        return;
    }
    m_store->write(m_profile.id, CredentialStore::Secret::RefreshToken, m_refreshToken, this,
                   [this](bool, const QString &) { exchange(); });
}

void SignInSession::restore()
{
    if (m_busy)
        return;
    if (!m_store) {
        requireSignIn(tr("Sign in with the QR code to use this profile."));
        return;
    }
    m_busy = true;
    setStatus(Status::Refreshing);
    m_store->read(
        m_profile.id, CredentialStore::Secret::SessionCredentials, this,
        [this](std::optional<QByteArray> value, const QString &) {
            if (value) {
                const std::optional<Credentials> c = CredentialStore::credentialsFromJson(*value);
                if (c && c->isValid() && c->expiresAt.isValid() &&
                    m_clock->nowUtc().secsTo(c->expiresAt) > kMinUsefulSeconds)
                    m_credentials = *c;
            }
            m_store->read(m_profile.id, CredentialStore::Secret::RefreshToken, this,
                          [this](std::optional<QByteArray> token, const QString &error) {
                              if (token && !token->isEmpty())
                                  m_refreshToken = *token;
                              if (m_credentials.isValid()) {
                                  m_busy = false;
                                  setStatus(Status::SignedIn);
                                  Q_EMIT credentialsChanged(m_credentials);
                                  scheduleRefresh();
                              } else if (!m_refreshToken.isEmpty()) {
                                  ensureEndpointsThen(&SignInSession::refreshWithToken);
                              } else {
                                  requireSignIn(error.isEmpty()
                                                    ? tr("Sign in with the QR code to use this "
                                                         "profile.")
                                                    : error);
                              }
                          });
        });
}

void SignInSession::refreshNow()
{
    if (m_busy)
        return; // the refresh under way answers this too
    m_timer.stop();
    m_retryStep = nullptr;
    if (!m_refreshToken.isEmpty()) {
        m_busy = true;
        setStatus(Status::Refreshing, m_reason);
        ensureEndpointsThen(&SignInSession::refreshWithToken);
    } else if (identityTokenUsable()) {
        m_busy = true;
        setStatus(Status::Refreshing, m_reason);
        exchange();
    } else {
        requireSignIn(tr("The sign-in has run out. Sign in again with the QR code."));
    }
}

void SignInSession::signOut()
{
    m_timer.stop();
    m_retryStep = nullptr;
    m_nextRefreshAt = {};
    m_busy = false;
    m_tokens = {};
    m_refreshToken.clear();
    m_credentials = {};
    m_userName.clear();
    if (m_store)
        m_store->remove(m_profile.id, this, [](bool) {});
    setStatus(Status::SignedOut);
    Q_EMIT credentialsChanged(m_credentials);
}

void SignInSession::ensureEndpointsThen(Step next)
{
    if (m_endpoints.isValid()) {
        (this->*next)();
        return;
    }
    auto *job = new OidcDiscoveryJob(m_network, QUrl(m_profile.issuer.trimmed()), this);
    connect(job, &OidcDiscoveryJob::finished, this, [this, job, next] {
        job->deleteLater();
        if (!job->error().ok()) {
            if (job->error().kind == StorageError::Kind::Network ||
                job->error().kind == StorageError::Kind::Timeout || job->error().httpStatus >= 500)
                retryLater(job->error(), next);
            else
                requireSignIn(job->error().toUserText());
            return;
        }
        m_endpoints = job->endpoints();
        (this->*next)();
    });
    job->start(m_timeoutMs);
}

void SignInSession::refreshWithToken()
{
    auto *job = new OidcRefreshJob(m_network, m_endpoints, m_profile.clientId.trimmed(),
                                   m_refreshToken, m_clock, this);
    connect(job, &OidcRefreshJob::finished, this, [this, job] {
        job->deleteLater();
        switch (job->answer()) {
        case OidcApi::Answer::Tokens:
            onRefreshed(job->tokens());
            return;
        case OidcApi::Answer::InvalidGrant:
        case OidcApi::Answer::AccessDenied:
        case OidcApi::Answer::ExpiredToken:
            // Revoked, expired, or rotated away: never retry with this token again.
            m_refreshToken.clear();
            if (m_store)
                m_store->write(m_profile.id, CredentialStore::Secret::RefreshToken, {}, this,
                               [](bool, const QString &) {});
            requireSignIn(tr("The sign-in has ended at the provider. Sign in again with the "
                             "QR code."));
            return;
        default:
            break;
        }
        const StorageError &e = job->error();
        if (e.kind == StorageError::Kind::Service && e.httpStatus >= 400 && e.httpStatus < 500)
            requireSignIn(e.toUserText());
        else
            retryLater(e, &SignInSession::refreshWithToken);
    });
    job->start(m_timeoutMs);
}

void SignInSession::onRefreshed(const OidcTokens &tokens)
{
    m_tokens = tokens;
    if (!tokens.displayName.isEmpty())
        m_userName = tokens.displayName;
    if (tokens.refreshToken.isEmpty() || tokens.refreshToken == m_refreshToken || !m_store) {
        if (!tokens.refreshToken.isEmpty())
            m_refreshToken = tokens.refreshToken;
        exchange();
        return;
    }
    // Rotation: the old token is dead now. Keep the new one before anything else happens.
    m_refreshToken = tokens.refreshToken;
    m_store->write(m_profile.id, CredentialStore::Secret::RefreshToken, m_refreshToken, this,
                   [this](bool, const QString &) { exchange(); });
}

QByteArray SignInSession::webIdentityToken() const
{
    return m_profile.useAccessToken || m_tokens.idToken.isEmpty() ? m_tokens.accessToken
                                                                  : m_tokens.idToken;
}

bool SignInSession::identityTokenUsable() const
{
    if (webIdentityToken().isEmpty())
        return false;
    const QDateTime until = m_profile.useAccessToken || m_tokens.idToken.isEmpty()
                                ? m_tokens.expiresAt
                                : m_tokens.idTokenExpiresAt;
    // A token of unknown lifetime is not relied on again: it may be long dead.
    return until.isValid() && m_clock->nowUtc().secsTo(until) > kMinUsefulSeconds;
}

void SignInSession::exchange()
{
    StsRequest r;
    r.dialect = m_profile.stsKind == StsKind::Tencent ? StsRequest::Dialect::Tencent
                                                      : StsRequest::Dialect::AwsCompatible;
    if (r.dialect == StsRequest::Dialect::AwsCompatible)
        r.endpoint = m_profile.stsUrl();
    else if (!m_profile.stsEndpoint.trimmed().isEmpty())
        r.endpoint = QUrl(m_profile.stsEndpoint.trimmed());
    r.region = (m_profile.stsRegion.isEmpty() ? m_profile.region : m_profile.stsRegion).toUtf8();
    r.providerId = m_profile.providerId.trimmed().toUtf8();
    r.roleArn = m_profile.roleArn.trimmed().toUtf8();
    r.roleSessionName = StsApi::sessionName(m_userName.isEmpty() ? m_tokens.subject : m_userName,
                                            m_clock->nowUtc().toSecsSinceEpoch());
    r.webIdentityToken = webIdentityToken();
    r.durationSeconds = m_profile.sessionSeconds;
    auto *job = new AssumeRoleWithWebIdentityJob(m_network, r, m_clock, this);
    job->setTimeoutMs(m_timeoutMs);
    connect(job, &AssumeRoleWithWebIdentityJob::finished, this, [this, job] { onExchanged(job); });
    job->start();
}

void SignInSession::onExchanged(AssumeRoleWithWebIdentityJob *job)
{
    job->deleteLater();
    const StorageError &e = job->error();
    if (!e.ok()) {
        const bool transient = e.kind == StorageError::Kind::Network ||
                               e.kind == StorageError::Kind::Timeout || e.httpStatus >= 500;
        if (transient)
            retryLater(e, &SignInSession::exchange);
        else
            requireSignIn(tr("The storage service refused the sign-in: %1").arg(e.toUserText()));
        return;
    }
    m_busy = false;
    m_retryDelayMs = 0;
    ++m_refreshes;
    m_credentials = job->credentials();
    if (m_store)
        m_store->write(m_profile.id, CredentialStore::Secret::SessionCredentials,
                       CredentialStore::credentialsToJson(m_credentials), this,
                       [](bool, const QString &) {});
    setStatus(Status::SignedIn);
    Q_EMIT credentialsChanged(m_credentials);
    scheduleRefresh();
}

void SignInSession::scheduleRefresh()
{
    if (!m_credentials.expiresAt.isValid())
        return;
    const qint64 left = m_clock->nowUtc().secsTo(m_credentials.expiresAt);
    const qint64 lead = qMin<qint64>(m_leadSeconds, qMax<qint64>(0, left / 2));
    const qint64 inSeconds = qMax<qint64>(0, left - lead);
    m_nextRefreshAt = m_clock->nowUtc().addSecs(inSeconds);
    m_timer.start(int(qMin<qint64>(inSeconds * 1000, std::numeric_limits<int>::max())));
}

void SignInSession::retryLater(const StorageError &error, Step step)
{
    m_busy = false;
    m_retryStep = step;
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : qMin(kMaxRetryMs, m_retryDelayMs * 2);
    m_nextRefreshAt = m_clock->nowUtc().addMSecs(m_retryDelayMs);
    m_timer.start(m_retryDelayMs);
    const bool usable = m_credentials.isValid() && m_credentials.expiresAt.isValid() &&
                        m_clock->nowUtc().secsTo(m_credentials.expiresAt) > 0;
    setStatus(usable ? Status::SignedIn : Status::Refreshing, error.toUserText());
    Q_EMIT refreshFailed(error.toUserText());
}

} // namespace sucai::cloud
