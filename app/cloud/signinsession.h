#pragma once

#include "credentials.h"
#include "deviceauthflow.h"
#include "profile.h"
#include "storageerror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace sucai::core {
class Clock;
}

namespace sucai::cloud {

class CredentialStore;
class AssumeRoleWithWebIdentityJob;

// Keeps the temporary storage credentials of one QR sign-in profile fresh:
//   tokens from the device flow (adopt) or the keychain (restore)
//   → STS AssumeRoleWithWebIdentity → credentialsChanged()
//   → a refresh a few minutes before they expire (or at once on refreshNow(), e.g. after a
//     403 ExpiredToken): refresh-token grant at the provider, the rotated refresh token
//     written to the keychain BEFORE it is used, then STS again.
// When no refresh is possible (no refresh token, revoked grant, identity token expired) the
// session says so with needsSignIn(); transfers wait for the next sign-in instead of failing.
// Network trouble is retried with back-off while anything can still work.
class SignInSession final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        SignedOut,   // nothing to work with yet
        Refreshing,  // fetching tokens or credentials
        SignedIn,    // credentials() are valid
        NeedsSignIn, // only a new QR sign-in helps; reason()
    };
    Q_ENUM(Status)

    SignInSession(QNetworkAccessManager *network, Profile profile, CredentialStore *store,
                  const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~SignInSession() override;

    const Profile &profile() const { return m_profile; }
    Status status() const { return m_status; }
    QString reason() const { return m_reason; }
    const Credentials &credentials() const { return m_credentials; }
    QString userName() const { return m_userName; } // who signed in, for display

    // Refresh this long before the credentials expire (default 5 minutes; at most half the
    // session length).
    void setRefreshLeadSeconds(int s) { m_leadSeconds = s; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // A finished device flow: keep its refresh token, exchange its token at the STS.
    void adopt(const OidcEndpoints &endpoints, const OidcTokens &tokens);
    // At start: session credentials from the keychain while still valid, else a refresh with
    // the stored refresh token; needsSignIn() when there is neither.
    void restore();
    // The server said the credentials expired (or a refresh is wanted now).
    void refreshNow();
    // Forget everything (tokens in memory and in the keychain).
    void signOut();

    // When the next automatic refresh is due (invalid when none is planned).
    QDateTime nextRefreshAt() const { return m_nextRefreshAt; }
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    void statusChanged(sucai::cloud::SignInSession::Status status);
    void credentialsChanged(const sucai::cloud::Credentials &credentials);
    void needsSignIn(const QString &reason);
    // A refresh attempt failed but will be retried (network trouble, server error).
    void refreshFailed(const QString &message);

private:
    using Step = void (SignInSession::*)();

    void setStatus(Status s, const QString &reason = {});
    void requireSignIn(const QString &reason);
    void ensureEndpointsThen(Step next);
    void refreshWithToken();
    void onRefreshed(const OidcTokens &tokens);
    void exchange();
    void onExchanged(AssumeRoleWithWebIdentityJob *job);
    void scheduleRefresh();
    void retryLater(const StorageError &error, Step step);
    QByteArray webIdentityToken() const;
    bool identityTokenUsable() const;

    QNetworkAccessManager *m_network;
    Profile m_profile;
    QPointer<CredentialStore> m_store;
    const core::Clock *m_clock;
    int m_leadSeconds = 300;
    int m_timeoutMs = 30000;

    Status m_status = Status::SignedOut;
    QString m_reason;
    OidcEndpoints m_endpoints;
    OidcTokens m_tokens;
    QByteArray m_refreshToken;
    Credentials m_credentials;
    QString m_userName;
    bool m_busy = false;
    bool m_refreshAgain = false;
    int m_retryDelayMs = 0;
    Step m_retryStep = nullptr; // what to try again when m_timer fires; null: a refresh
    int m_refreshes = 0;
    QTimer m_timer;
    QDateTime m_nextRefreshAt;
};

} // namespace sucai::cloud
