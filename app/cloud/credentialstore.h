#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace sucai::cloud {

// The secrets of the profiles, in the system keychain (Secret Service / KWallet, macOS
// Keychain, Windows Credential Manager) through QtKeychain. One entry per profile and kind,
// key "<profileId>/<kind>" under the service name ("Sucai").
//
// Everything is asynchronous and in order: operations run one at a time in the order they
// were asked for, so two quick writes of a rotated refresh token end with the newer one, and a
// read after a write sees it. Callbacks run on the store's thread, never synchronously
// inside the call, and not at all once their context object is destroyed.
//
// When there is no keychain (no D-Bus session, no Secret Service running) the store goes
// session-only for the rest of the process: secrets are kept in this object's memory,
// writes report success, persistent() turns false and persistenceUnavailable() is emitted
// once. Nothing ever falls back to a file: QtKeychain's insecure fallback stays off.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Secret {
        SecretKey,          // the secret access key of a long-lived key pair
        RefreshToken,       // the OpenID Connect refresh token of QR sign-in
        SessionCredentials, // temporary STS credentials (see credentialsToJson)
    };
    Q_ENUM(Secret)

    explicit CredentialStore(QObject *parent = nullptr);
    // Tests use their own service name so they never touch the user's entries.
    explicit CredentialStore(const QString &serviceName, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString serviceName() const { return m_service; }

    // False once the keychain turned out to be unavailable: secrets then live only as long as
    // this process.
    bool persistent() const { return m_persistent; }

    // `context` guards the callback: it is not called if `context` is destroyed first (a null
    // context means the callback is always called). Destroying the store drops the callbacks
    // of operations still pending. Error texts are translated and never contain the secret.
    void write(const QString &profileId, Secret kind, const QByteArray &value, QObject *context,
               std::function<void(bool ok, QString error)> done);
    // A missing entry is std::nullopt with an empty error; a keychain failure gives
    // std::nullopt and a translated error text.
    void read(const QString &profileId, Secret kind, QObject *context,
              std::function<void(std::optional<QByteArray> value, QString error)> done);
    // Removes every kind of secret of the profile; entries that do not exist count as
    // removed. ok is false if any of them could not be deleted.
    void remove(const QString &profileId, QObject *context, std::function<void(bool ok)> done);

    // The keychain entry name: "<profileId>/secret-key", "/refresh-token", "/session".
    static QString entryKey(const QString &profileId, Secret kind);

    // Credentials (including session token and expiry) as compact JSON for
    // Secret::SessionCredentials, and back; nullopt for bytes that are not such JSON.
    static QByteArray credentialsToJson(const Credentials &credentials);
    static std::optional<Credentials> credentialsFromJson(const QByteArray &json);

Q_SIGNALS:
    // Emitted once, when the store goes session-only. `reason` is translated and says what
    // failed and what it means for the user ("signed in for this session only").
    void persistenceUnavailable(const QString &reason);

private:
    using Operation = std::function<void()>;

    void enqueue(Operation op);
    void runNext();
    void operationFinished();
    void startJob(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onFinished);
    void goSessionOnly(const QString &keychainError);

    void doWrite(const QString &key, const QByteArray &value, QPointer<QObject> context,
                 bool guarded, const std::function<void(bool, QString)> &done);
    void doRead(const QString &key, QPointer<QObject> context, bool guarded,
                const std::function<void(std::optional<QByteArray>, QString)> &done);
    void doDelete(const QString &key, const std::function<void(bool)> &done);

    QString m_service;
    bool m_persistent = true;
    bool m_running = false;
    std::deque<Operation> m_queue;
    QHash<QString, QByteArray> m_memory; // session-only secrets
};

} // namespace sucai::cloud
