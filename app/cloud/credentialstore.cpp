// CredentialStore: one queue of operations, run one at a time.
//
//   write/read/remove ──► m_queue ──(queued call)──► runNext ──► op
//                                                             │
//              persistent: QKeychain job ── finished ─────────┤
//              session-only: m_memory, at once ───────────────┤
//                                                             ▼
//                         operationFinished (posts runNext) then the caller's callback
//
//   persistent ──(write fails: no backend / D-Bus error)──► session-only (for good;
//                                                            persistenceUnavailable once)
//
// Serialising every operation (not only those on one key) keeps it simple and gives
// read-your-writes; keychain operations take milliseconds and happen a few times a session.
#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

#include <iterator>
#include <memory>

namespace sucai::cloud {

namespace {

const auto kDefaultService = QStringLiteral("Sucai");

constexpr CredentialStore::Secret kAllSecrets[] = {
    CredentialStore::Secret::SecretKey,
    CredentialStore::Secret::RefreshToken,
    CredentialStore::Secret::SessionCredentials,
};

// Failures that mean "there is no usable keychain here" rather than "this entry failed":
// no Secret Service or KWallet, no D-Bus session ("Cannot autolaunch D-Bus without X11
// $DISPLAY" comes as OtherError), or a platform without a backend.
bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(kDefaultService, parent)
{}

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::entryKey(const QString &profileId, Secret kind)
{
    switch (kind) {
    case Secret::SecretKey:
        return profileId + u"/secret-key";
    case Secret::RefreshToken:
        return profileId + u"/refresh-token";
    case Secret::SessionCredentials:
        return profileId + u"/session";
    }
    Q_UNREACHABLE();
    return {};
}

void CredentialStore::write(const QString &profileId, Secret kind, const QByteArray &value,
                            QObject *context, std::function<void(bool ok, QString error)> done)
{
    enqueue([this, key = entryKey(profileId, kind), value, guard = QPointer<QObject>(context),
             guarded = context != nullptr,
             done = std::move(done)] { doWrite(key, value, guard, guarded, done); });
}

void CredentialStore::read(const QString &profileId, Secret kind, QObject *context,
                           std::function<void(std::optional<QByteArray>, QString)> done)
{
    enqueue([this, key = entryKey(profileId, kind), guard = QPointer<QObject>(context),
             guarded = context != nullptr,
             done = std::move(done)] { doRead(key, guard, guarded, done); });
}

void CredentialStore::remove(const QString &profileId, QObject *context,
                             std::function<void(bool ok)> done)
{
    // One queued delete per kind; the queue runs them in order, so the last one reports.
    struct Removal
    {
        bool ok = true;
    };
    auto state = std::make_shared<Removal>();
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const auto last = std::size(kAllSecrets) - 1;
    for (std::size_t i = 0; i < std::size(kAllSecrets); ++i) {
        std::function<void(bool)> step = [state](bool ok) { state->ok = state->ok && ok; };
        if (i == last) {
            step = [state, guard, guarded, done](bool ok) {
                state->ok = state->ok && ok;
                if (done && (!guarded || guard))
                    done(state->ok);
            };
        }
        enqueue([this, key = entryKey(profileId, kAllSecrets[i]), step = std::move(step)] {
            doDelete(key, step);
        });
    }
}

void CredentialStore::enqueue(Operation op)
{
    m_queue.push_back(std::move(op));
    if (!m_running) {
        m_running = true;
        // Never run (and so never call back) inside the caller's call.
        QMetaObject::invokeMethod(this, &CredentialStore::runNext, Qt::QueuedConnection);
    }
}

void CredentialStore::runNext()
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    Operation op = std::move(m_queue.front());
    m_queue.pop_front();
    op();
}

void CredentialStore::operationFinished()
{
    // Posted, not called: the caller's callback runs next and may even destroy the store.
    QMetaObject::invokeMethod(this, &CredentialStore::runNext, Qt::QueuedConnection);
}

void CredentialStore::startJob(QKeychain::Job *job,
                               std::function<void(QKeychain::Job *)> onFinished)
{
    // Never a file in place of the keychain.
    job->setInsecureFallback(false);
    // The job deletes itself after `finished`. It has no parent: destroying the store while
    // a job runs must not delete the job under the backend's feet; the connection below just
    // goes away with the store.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, std::move(onFinished));
    job->start();
}

void CredentialStore::goSessionOnly(const QString &keychainError)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    Q_EMIT persistenceUnavailable(
        tr("The system keychain is not available (%1). You are signed in for this session "
           "only; nothing secret is saved.")
            .arg(keychainError));
}

void CredentialStore::doWrite(const QString &key, const QByteArray &value,
                              QPointer<QObject> context, bool guarded,
                              const std::function<void(bool, QString)> &done)
{
    auto reply = [context, guarded, done](bool ok, const QString &error) {
        if (done && (!guarded || context))
            done(ok, error);
    };
    if (!m_persistent) {
        m_memory.insert(key, value);
        operationFinished();
        reply(true, QString());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(value);
    startJob(job, [this, key, value, reply](QKeychain::Job *j) {
        const QKeychain::Error error = j->error();
        if (error == QKeychain::NoError) {
            operationFinished();
            reply(true, QString());
        } else if (keychainMissing(error)) {
            goSessionOnly(j->errorString());
            m_memory.insert(key, value);
            operationFinished();
            reply(true, QString());
        } else {
            operationFinished();
            reply(false,
                  tr("Could not save the secret in the system keychain: %1").arg(j->errorString()));
        }
    });
}

void CredentialStore::doRead(const QString &key, QPointer<QObject> context, bool guarded,
                             const std::function<void(std::optional<QByteArray>, QString)> &done)
{
    auto reply = [context, guarded, done](std::optional<QByteArray> value, const QString &error) {
        if (done && (!guarded || context))
            done(std::move(value), error);
    };
    if (!m_persistent) {
        const auto it = m_memory.constFind(key);
        operationFinished();
        reply(it == m_memory.cend() ? std::nullopt : std::optional<QByteArray>(*it), QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    startJob(job, [this, reply](QKeychain::Job *j) {
        const QKeychain::Error error = j->error();
        operationFinished();
        if (error == QKeychain::NoError) {
            reply(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(), QString());
        } else if (error == QKeychain::EntryNotFound) {
            reply(std::nullopt, QString());
        } else if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented) {
            // Certainly no keychain: nothing can have been saved, and later writes go to memory.
            goSessionOnly(j->errorString());
            reply(std::nullopt, QString());
        } else {
            // A D-Bus hiccup or a locked keychain the user would not open: the secret may well
            // be there, so say so rather than pretend it is missing.
            reply(
                std::nullopt,
                tr("Could not read the secret from the system keychain: %1").arg(j->errorString()));
        }
    });
}

void CredentialStore::doDelete(const QString &key, const std::function<void(bool)> &done)
{
    m_memory.remove(key);
    if (!m_persistent) {
        operationFinished();
        done(true);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    startJob(job, [this, done](QKeychain::Job *j) {
        const QKeychain::Error error = j->error();
        operationFinished();
        done(error == QKeychain::NoError || error == QKeychain::EntryNotFound ||
             error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented);
    });
}

QByteArray CredentialStore::credentialsToJson(const Credentials &credentials)
{
    // Latin-1 both ways keeps arbitrary bytes intact (keys and tokens are ASCII anyway).
    QJsonObject o{
        {QStringLiteral("accessKeyId"), QString::fromLatin1(credentials.accessKeyId)},
        {QStringLiteral("secretAccessKey"), QString::fromLatin1(credentials.secretAccessKey)},
    };
    if (!credentials.sessionToken.isEmpty())
        o.insert(QStringLiteral("sessionToken"), QString::fromLatin1(credentials.sessionToken));
    if (credentials.expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"),
                 credentials.expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> CredentialStore::credentialsFromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(u"accessKeyId");
    const QJsonValue secret = o.value(u"secretAccessKey");
    const QJsonValue token = o.value(u"sessionToken");
    const QJsonValue expires = o.value(u"expiresAt");
    if (!id.isString() || !secret.isString() || !(token.isUndefined() || token.isString()) ||
        !(expires.isUndefined() || expires.isString()))
        return std::nullopt;
    Credentials c;
    c.accessKeyId = id.toString().toLatin1();
    c.secretAccessKey = secret.toString().toLatin1();
    c.sessionToken = token.toString().toLatin1();
    if (expires.isString()) {
        c.expiresAt = QDateTime::fromString(expires.toString(), Qt::ISODateWithMs);
        if (!c.expiresAt.isValid())
            return std::nullopt;
    }
    return c;
}

} // namespace sucai::cloud
