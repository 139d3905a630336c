#pragma once

#include "storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace sucai::core {
class Clock;
}

namespace sucai::cloud {

class SmallHttpCall;

// What an OpenID Connect provider's discovery document tells a device-flow client.
struct OidcEndpoints
{
    QUrl issuer;
    QUrl deviceAuthorization; // RFC 8628 §4: device_authorization_endpoint
    QUrl token;
    bool isValid() const { return token.isValid() && !token.isEmpty(); }
};

// A token answer (RFC 6749 §5.1, OIDC Core §3.1.3.3). Secrets: never logged.
struct OidcTokens
{
    QByteArray idToken;
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the provider granted none
    QDateTime expiresAt;     // of the access token; invalid when not given
    // From the ID token's payload (not verified here: the STS verifies the signature).
    QString subject;
    QString displayName; // preferred_username, email or name; may be empty
    QDateTime idTokenExpiresAt;
};

// The device authorization answer (RFC 8628 §3.2).
struct DeviceCode
{
    QByteArray deviceCode;        // secret between us and the provider
    QString userCode;             // shown to the user for comparison (§5.4)
    QUrl verificationUri;         // to type in
    QUrl verificationUriComplete; // with the code; what the QR carries when present
    QDateTime expiresAt;
    int intervalSeconds = 5;

    QUrl qrUrl() const
    {
        return verificationUriComplete.isValid() && !verificationUriComplete.isEmpty()
                   ? verificationUriComplete
                   : verificationUri;
    }
};

// The request bodies and answer parsers of the OpenID Connect calls, as pure functions.
class OidcApi final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::OidcApi)

public:
    static constexpr const char *kDeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";

    // "<issuer>/.well-known/openid-configuration" (issuer with or without a trailing '/').
    static QUrl discoveryUrl(const QUrl &issuer);
    static OidcEndpoints parseDiscovery(const QByteArray &json, const QUrl &issuer,
                                        StorageError *error);
    static QByteArray deviceAuthorizationForm(const QString &clientId, const QString &scopes);
    static DeviceCode parseDeviceAuthorization(const QByteArray &json, int httpStatus,
                                               const QDateTime &now, StorageError *error);
    static QByteArray deviceTokenForm(const QByteArray &deviceCode, const QString &clientId);
    static QByteArray refreshForm(const QByteArray &refreshToken, const QString &clientId);

    // How a token endpoint answered a poll or a refresh.
    enum class Answer {
        Tokens,
        AuthorizationPending,
        SlowDown,
        AccessDenied,
        ExpiredToken,
        InvalidGrant, // refresh token revoked/rotated away, or device code unknown
        Failed,       // anything else (error set)
    };
    static Answer parseTokenAnswer(const QByteArray &json, int httpStatus, const QDateTime &now,
                                   OidcTokens *tokens, StorageError *error);

    // The payload of a JWT, without verifying it; empty when it is not a JWT.
    static QJsonObject jwtClaims(const QByteArray &jwt);
};

// RFC 8628 device authorization grant against one OpenID Connect provider: discovery, device
// authorization request, then polling the token endpoint until the user approves, denies, or
// the code expires. Honours `interval` (default 5 s), `slow_down` (+5 s from then on),
// `authorization_pending`, `access_denied`, `expired_token`; network errors back off
// (doubling, up to a minute) while the code is still valid. cancel() stops at once.
class DeviceAuthFlow final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Discovering,    // reading the provider's configuration
        Requesting,     // asking for a device code
        WaitingForUser, // the code is shown; polling
        Approved,       // tokens() holds the answer
        Denied,         // the user refused on the other device
        Expired,        // the code ran out: ask for a new one
        Failed,         // error() says why
        Cancelled,
    };
    Q_ENUM(State)

    DeviceAuthFlow(QNetworkAccessManager *network, QUrl issuer, QString clientId, QString scopes,
                   const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~DeviceAuthFlow() override;

    // Polling interval when the provider names none (RFC 8628: 5 s). Tests lower it.
    void setDefaultIntervalSeconds(int s) { m_defaultInterval = qMax(1, s); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start(); // also "new code" after Expired/Denied/Failed
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const;
    const DeviceCode &code() const { return m_code; }
    const OidcEndpoints &endpoints() const { return m_endpoints; }
    const OidcTokens &tokens() const { return m_tokens; }
    const StorageError &error() const { return m_error; }
    int currentIntervalSeconds() const { return m_interval; }
    int pollCount() const { return m_polls; }
    // Seconds until the code expires (0 when none is shown).
    qint64 secondsLeft() const;

Q_SIGNALS:
    void stateChanged(sucai::cloud::DeviceAuthFlow::State state);
    void codeReady(const sucai::cloud::DeviceCode &code);
    void finished(); // Approved, Denied, Expired, Failed or Cancelled

private:
    void setState(State s);
    void finish(State s, const StorageError &error = {});
    void onDiscovery();
    void requestCode();
    void onCode();
    void schedulePoll(int ms);
    void poll();
    void onPoll();

    QNetworkAccessManager *m_network;
    QUrl m_issuer;
    QString m_clientId;
    QString m_scopes;
    const core::Clock *m_clock;
    int m_defaultInterval = 5;
    int m_timeoutMs = 30000;

    State m_state = State::Idle;
    SmallHttpCall *m_call = nullptr;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    OidcEndpoints m_endpoints;
    DeviceCode m_code;
    OidcTokens m_tokens;
    StorageError m_error;
    int m_interval = 5;
    int m_networkBackoffMs = 0;
    int m_polls = 0;
};

// Discovery alone (for refreshing in a later session).
class OidcDiscoveryJob final : public QObject
{
    Q_OBJECT

public:
    OidcDiscoveryJob(QNetworkAccessManager *network, QUrl issuer, QObject *parent = nullptr);
    void start(int timeoutMs = 30000);
    const OidcEndpoints &endpoints() const { return m_endpoints; }
    const StorageError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    SmallHttpCall *m_call;
    QUrl m_issuer;
    OidcEndpoints m_endpoints;
    StorageError m_error;
};

// grant_type=refresh_token. Rotating providers invalidate the old refresh token once this
// succeeds: the caller must store tokens().refreshToken before using the new tokens.
class OidcRefreshJob final : public QObject
{
    Q_OBJECT

public:
    OidcRefreshJob(QNetworkAccessManager *network, OidcEndpoints endpoints, QString clientId,
                   QByteArray refreshToken, const core::Clock *clock = nullptr,
                   QObject *parent = nullptr);
    void start(int timeoutMs = 30000);
    OidcApi::Answer answer() const { return m_answer; }
    const OidcTokens &tokens() const { return m_tokens; }
    const StorageError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    SmallHttpCall *m_call;
    OidcEndpoints m_endpoints;
    QString m_clientId;
    QByteArray m_refreshToken;
    const core::Clock *m_clock;
    OidcApi::Answer m_answer = OidcApi::Answer::Failed;
    OidcTokens m_tokens;
    StorageError m_error;
};

} // namespace sucai::cloud

Q_DECLARE_METATYPE(sucai::cloud::DeviceCode)
