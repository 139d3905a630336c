#include "accounts.h"

#include "cloud/credentialstore.h"
#include "cloud/deviceauthflow.h"
#include "cloud/signinsession.h"
#include "cloud/storageclient.h"
#include "transfer/transferservice.h"

#include <QSettings>

namespace sucai::ui {

using cloud::CredentialStore;

Accounts::Accounts(QNetworkAccessManager *network, cloud::CredentialStore *store,
                   transfer::TransferService *transfers, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_transfers(transfers)
{
    if (m_store)
        connect(m_store, &CredentialStore::persistenceUnavailable, this, &Accounts::notice);
    if (m_transfers) {
        // The engine was refused for expired credentials: the profile's session refreshes.
        connect(m_transfers, &transfer::TransferService::credentialsExpired, this,
                [this](const QString &transferProfile) {
                    for (Account *a : std::as_const(m_accounts)) {
                        if (a->transferProfile == transferProfile && a->session)
                            a->session->refreshNow();
                    }
                });
    }
}

Accounts::~Accounts()
{
    qDeleteAll(m_accounts);
}

Accounts::Account *Accounts::find(const QString &id)
{
    return m_accounts.value(id);
}

const Accounts::Account *Accounts::account(const QString &id) const
{
    return m_accounts.value(id);
}

cloud::StorageClient *Accounts::client(const QString &id) const
{
    const Account *a = account(id);
    return a ? a->client.get() : nullptr;
}

Accounts::State Accounts::state(const QString &id) const
{
    const Account *a = account(id);
    return a ? a->state : State::Closed;
}

QString Accounts::transferProfile(const QString &id) const
{
    const Account *a = account(id);
    return a ? a->transferProfile : QString();
}

bool Accounts::keychainPersistent() const
{
    return m_store && m_store->persistent();
}

Accounts::Account &Accounts::create(const cloud::Profile &profile)
{
    auto *a = new Account;
    a->profile = profile;
    a->transferProfile = profile.id;
    a->client =
        std::make_unique<cloud::StorageClient>(m_network, profile.endpoint(), profile.signature);
    if (profile.signIn == cloud::SignInMethod::QrSignIn) {
        a->session = std::make_unique<cloud::SignInSession>(m_network, profile, m_store);
        const QString id = profile.id;
        connect(a->session.get(), &cloud::SignInSession::credentialsChanged, this,
                [this, id](const cloud::Credentials &c) {
                    if (Account *acc = find(id))
                        useCredentials(*acc, c);
                });
        connect(a->session.get(), &cloud::SignInSession::needsSignIn, this,
                [this, id](const QString &reason) {
                    Account *acc = find(id);
                    if (!acc)
                        return;
                    // Credentials with time left stay in use until then.
                    setState(*acc,
                             acc->session->credentials().isValid() ? State::Ready
                                                                   : State::NeedsSignIn,
                             reason);
                    Q_EMIT needsSignIn(id, reason);
                });
    }
    m_accounts.insert(profile.id, a);
    m_order << profile.id;
    return *a;
}

void Accounts::loadSaved()
{
    QSettings settings;
    for (const cloud::Profile &p : cloud::ProfileStore::load(settings)) {
        if (!m_accounts.contains(p.id))
            create(p);
    }
    Q_EMIT accountsChanged();
}

void Accounts::addTransient(const cloud::Profile &profile, const cloud::Credentials &credentials,
                            const QString &transferProfile)
{
    cloud::Profile p = profile;
    p.transient = true;
    if (p.id.isEmpty())
        p.id = cloud::Profile::newId();
    Account &a = create(p);
    if (!transferProfile.isEmpty())
        a.transferProfile = transferProfile;
    useCredentials(a, credentials);
    Q_EMIT accountsChanged();
}

void Accounts::setState(Account &a, State s, const QString &message)
{
    a.state = s;
    a.message = message;
    Q_EMIT accountChanged(a.profile.id);
}

void Accounts::useCredentials(Account &a, const cloud::Credentials &c)
{
    a.client->setCredentials(c);
    if (m_transfers && c.isValid()) {
        if (!a.inEngine) {
            a.inEngine = true;
            m_transfers->addProfile(a.transferProfile, a.profile.endpoint(), a.profile.signature,
                                    c);
            // This profile's unfinished transfers come back paused: "Resume All" goes on.
            m_transfers->restore(/*paused=*/true);
        } else {
            m_transfers->setCredentials(a.transferProfile, c);
        }
    }
    if (c.isValid())
        setState(a, State::Ready);
}

void Accounts::open(const QString &id)
{
    Account *a = find(id);
    if (!a || a->state == State::Ready || a->state == State::Opening || a->profile.transient)
        return;
    if (a->session) {
        setState(*a, State::Opening);
        a->session->restore();
        return;
    }
    if (!m_store) {
        setState(*a, State::NeedsKey, tr("Enter the secret key in the profile's settings."));
        return;
    }
    setState(*a, State::Opening);
    m_store->read(id, CredentialStore::Secret::SecretKey, this,
                  [this, id](std::optional<QByteArray> secret, const QString &error) {
                      Account *acc = find(id);
                      if (!acc)
                          return;
                      if (!secret || secret->isEmpty()) {
                          setState(*acc, State::NeedsKey,
                                   error.isEmpty()
                                       ? tr("The secret key is not in the keychain: enter it "
                                            "in the profile's settings.")
                                       : error);
                          return;
                      }
                      cloud::Credentials c;
                      c.accessKeyId = acc->profile.accessKeyId.trimmed().toUtf8();
                      c.secretAccessKey = *secret;
                      useCredentials(*acc, c);
                  });
}

void Accounts::save(const cloud::Profile &profile, const QByteArray &secretKey)
{
    cloud::Profile p = profile;
    if (p.id.isEmpty())
        p.id = cloud::Profile::newId();
    {
        QSettings settings;
        cloud::ProfileStore::save(settings, p);
    }
    const bool existed = m_accounts.contains(p.id);
    if (existed) {
        // Endpoint, keys or sign-in may have changed: a fresh client and session.
        Account *old = m_accounts.take(p.id);
        m_order.removeAll(p.id);
        const qsizetype at = m_order.size();
        delete old;
        create(p);
        m_order.move(m_order.size() - 1, at);
    } else {
        create(p);
    }
    const QString id = p.id;
    if (!secretKey.isEmpty() && m_store && p.signIn == cloud::SignInMethod::AccessKeys) {
        m_store->write(id, CredentialStore::Secret::SecretKey, secretKey, this,
                       [this, id](bool ok, const QString &error) {
                           if (!ok)
                               Q_EMIT notice(error);
                           open(id);
                       });
    } else if (p.signIn == cloud::SignInMethod::AccessKeys) {
        open(id);
    }
    Q_EMIT accountsChanged();
}

void Accounts::remove(const QString &id)
{
    Account *a = m_accounts.take(id);
    if (!a)
        return;
    m_order.removeAll(id);
    if (!a->profile.transient) {
        QSettings settings;
        cloud::ProfileStore::remove(settings, id);
        if (m_store)
            m_store->remove(id, nullptr, [](bool) {});
    }
    delete a;
    Q_EMIT accountsChanged();
}

cloud::DeviceAuthFlow *Accounts::newSignInFlow(const QString &id, QObject *owner) const
{
    const Account *a = account(id);
    if (!a)
        return nullptr;
    return new cloud::DeviceAuthFlow(m_network, QUrl(a->profile.issuer.trimmed()),
                                     a->profile.clientId.trimmed(), a->profile.scopes, nullptr,
                                     owner);
}

void Accounts::adopt(const QString &id, cloud::DeviceAuthFlow *flow)
{
    Account *a = find(id);
    if (!a || !a->session || !flow || flow->state() != cloud::DeviceAuthFlow::State::Approved)
        return;
    setState(*a, State::Opening);
    a->session->adopt(flow->endpoints(), flow->tokens());
}

void Accounts::signOut(const QString &id)
{
    Account *a = find(id);
    if (!a || !a->session)
        return;
    a->session->signOut();
    a->client->setCredentials({});
    setState(*a, State::NeedsSignIn, tr("Signed out."));
}

} // namespace sucai::ui
