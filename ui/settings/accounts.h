#pragma once

#include "cloud/credentials.h"
#include "cloud/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace sucai::cloud {
class CredentialStore;
class DeviceAuthFlow;
class SignInSession;
class StorageClient;
} // namespace sucai::cloud

namespace sucai::transfer {
class TransferService;
}

namespace sucai::ui {

// The accounts of the window: the saved profiles (QSettings, never secrets) and the transient
// Environment one, each with its own StorageClient and — for QR sign-in — SignInSession, so
// several can be open side by side without ever mixing credentials. Secrets come from and go
// to the keychain (CredentialStore); credentials reach the transfer engine under the profile's
// id, and a 403 ExpiredToken there asks the profile's session for new ones.
class Accounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Accounts)

public:
    enum class State {
        Closed,      // not opened yet
        Opening,     // reading the keychain / refreshing a sign-in
        Ready,       // credentials in place
        NeedsSignIn, // QR profile: scan again (message())
        NeedsKey,    // access-key profile without a secret in the keychain
    };
    Q_ENUM(State)

    struct Account
    {
        cloud::Profile profile;
        std::unique_ptr<cloud::StorageClient> client;
        std::unique_ptr<cloud::SignInSession> session; // QR sign-in only
        State state = State::Closed;
        QString message;
        QString transferProfile; // the engine's name for it
        bool inEngine = false;
    };

    Accounts(QNetworkAccessManager *network, cloud::CredentialStore *store,
             transfer::TransferService *transfers = nullptr, QObject *parent = nullptr);
    ~Accounts() override;

    // The saved profiles, in the user's order.
    void loadSaved();
    // A profile that is never saved (the Environment one), with its credentials.
    void addTransient(const cloud::Profile &profile, const cloud::Credentials &credentials,
                      const QString &transferProfile = {});

    QNetworkAccessManager *network() const { return m_network; }
    QStringList ids() const { return m_order; }
    bool isEmpty() const { return m_order.isEmpty(); }
    const Account *account(const QString &id) const;
    cloud::StorageClient *client(const QString &id) const;
    State state(const QString &id) const;
    QString transferProfile(const QString &id) const;

    // Adds or replaces a saved profile. A non-empty `secretKey` goes to the keychain (access
    // keys); the account is then (re)opened.
    void save(const cloud::Profile &profile, const QByteArray &secretKey = {});
    // Forgets the profile and its secrets.
    void remove(const QString &id);
    // Gets credentials: the secret key from the keychain, or the QR sign-in restored/refreshed.
    void open(const QString &id);
    // QR sign-in: a device flow for the profile (owned by the caller); when it is approved,
    // adopt() hands its tokens to the profile's session.
    cloud::DeviceAuthFlow *newSignInFlow(const QString &id, QObject *owner) const;
    void adopt(const QString &id, cloud::DeviceAuthFlow *flow);
    void signOut(const QString &id);
    bool keychainPersistent() const;

Q_SIGNALS:
    void accountsChanged();                 // added, removed, renamed
    void accountChanged(const QString &id); // state or message
    void needsSignIn(const QString &id, const QString &reason);
    void notice(const QString &text); // e.g. "no keychain: secrets last for this session"

private:
    Account &create(const cloud::Profile &profile);
    void setState(Account &a, State s, const QString &message = {});
    void useCredentials(Account &a, const cloud::Credentials &c);
    Account *find(const QString &id);

    QNetworkAccessManager *m_network;
    QPointer<cloud::CredentialStore> m_store;
    transfer::TransferService *m_transfers;
    QHash<QString, Account *> m_accounts;
    QStringList m_order;
};

} // namespace sucai::ui
