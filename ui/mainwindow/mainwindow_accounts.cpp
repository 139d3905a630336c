// MainWindow's side of the accounts: the side bar's profiles, switching between them, the
// profile editor, QR sign-in, AWS CLI import and the local demo.
#include "browser/browsercontroller.h"
#include "browser/thumbnailview.h"
#include "cloud/awsconfigimport.h"
#include "cloud/cdnclient.h"
#include "cloud/credentialstore.h"
#include "cloud/deviceauthflow.h"
#include "cloud/signinsession.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "settings/accounts.h"
#include "settings/profiledialog.h"
#include "sidebarroles.h"
#include "signin/signindialog.h"
#include "transfers/transferscontroller.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>

namespace sucai::ui {

void MainWindow::setAccounts(Accounts *accounts)
{
    m_accounts = accounts;
    // The browser's own client (no accounts) had an item of its own.
    delete m_profileItem;
    m_profileItem = nullptr;
    connect(accounts, &Accounts::accountsChanged, this, &MainWindow::rebuildAccounts);
    connect(accounts, &Accounts::accountChanged, this, &MainWindow::onAccountChanged);
    connect(accounts, &Accounts::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 30'000); });
    connect(accounts, &Accounts::needsSignIn, this, [this](const QString &id, const QString &why) {
        const Accounts::Account *a = m_accounts->account(id);
        if (a)
            statusBar()->showMessage(tr("%1: %2").arg(a->profile.name, why), 30'000);
    });
    connect(m_welcome, &WelcomePage::qrRequested, this, [this] { newProfile(true); });
    connect(m_welcome, &WelcomePage::keysRequested, this, [this] { newProfile(false); });
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importAwsProfiles);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openLocalDemo);
    rebuildAccounts();
    if (m_currentAccount.isEmpty() && !accounts->isEmpty())
        selectAccount(accounts->ids().constFirst());
}

QString MainWindow::accountOf(const QTreeWidgetItem *item) const
{
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kAccountRole).toString() : QString();
}

void MainWindow::rebuildAccounts()
{
    if (!m_accounts)
        return;
    const QStringList ids = m_accounts->ids();
    // Items of removed accounts go; the rest keep their buckets and expansion.
    for (auto it = m_accountItems.begin(); it != m_accountItems.end();) {
        if (!ids.contains(it.key())) {
            if (it.value() == m_profileItem)
                m_profileItem = nullptr;
            delete it.value();
            it = m_accountItems.erase(it);
        } else {
            ++it;
        }
    }
    const int offset = m_bookmarksItem ? 1 : 0;
    for (int i = 0; i < ids.size(); ++i) {
        QTreeWidgetItem *item = m_accountItems.value(ids[i]);
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, kAccountRole, ids[i]);
            m_accountItems.insert(ids[i], item);
            m_sidebar->insertTopLevelItem(offset + i, item);
        }
        updateAccountItem(ids[i]);
    }
    if (!m_currentAccount.isEmpty() && !ids.contains(m_currentAccount)) {
        m_currentAccount.clear();
        m_browser->setClient(nullptr, {});
        if (!ids.isEmpty())
            selectAccount(ids.constFirst());
    }
    m_welcome->setHasAccounts(!ids.isEmpty());
    m_welcome->refreshDemo();
}

void MainWindow::updateAccountItem(const QString &id)
{
    QTreeWidgetItem *item = m_accountItems.value(id);
    const Accounts::Account *a = m_accounts ? m_accounts->account(id) : nullptr;
    if (!item || !a)
        return;
    QString name = a->profile.name;
    if (a->session && a->state == Accounts::State::Ready && !a->session->userName().isEmpty())
        name = tr("%1 (%2)").arg(name, a->session->userName());
    item->setText(0, name);
    QStyle::StandardPixmap icon = QStyle::SP_DriveNetIcon;
    QString tip = a->profile.transient ? tr("From the environment; not saved.")
                  : a->profile.endpoint().isValid()
                      ? QString::fromLatin1(a->profile.endpoint().scheme() + "://" +
                                            a->profile.endpoint().hostAndPort())
                      : QString();
    switch (a->state) {
    case Accounts::State::NeedsSignIn:
    case Accounts::State::NeedsKey:
        icon = QStyle::SP_MessageBoxWarning;
        tip = a->message;
        break;
    case Accounts::State::Opening:
        icon = QStyle::SP_BrowserReload;
        break;
    default:
        break;
    }
    item->setIcon(0, style()->standardIcon(icon));
    item->setToolTip(0, tip);
    QFont f = item->font(0);
    f.setBold(id == m_currentAccount);
    item->setFont(0, f);
}

void MainWindow::selectAccount(const QString &id)
{
    if (!m_accounts || !m_accounts->account(id))
        return;
    const Accounts::Account *a = m_accounts->account(id);
    const QString previous = m_currentAccount;
    m_currentAccount = id;
    m_profileItem = m_accountItems.value(id);
    cloud::StorageClient *client = m_accounts->client(id);
    if (previous != id) {
        m_browser->setClient(client, a->profile.name);
        if (!a->profile.defaultBucket.isEmpty())
            m_browser->setKnownBuckets({a->profile.defaultBucket});
        m_grid->setClient(client);
        m_preview->setClient(client);
        if (m_transfers) {
            m_transfers->setProfile(m_accounts->transferProfile(id), client);
            const cloud::Profile profile = a->profile;
            m_transfers->setCdnResolver(
                [profile](const QString &bucket) { return cloud::CdnUrls::base(profile, bucket); });
        }
        if (!previous.isEmpty())
            updateAccountItem(previous);
    }
    updateAccountItem(id);
    updateDashboardSource();
    switch (a->state) {
    case Accounts::State::Ready:
        if (m_profileItem && m_profileItem->childCount() == 0)
            m_browser->refreshBuckets();
        if (!a->profile.defaultBucket.isEmpty() && m_browser->address().isEmpty())
            m_browser->open(a->profile.defaultBucket, {});
        break;
    case Accounts::State::Closed:
        m_accounts->open(id);
        break;
    case Accounts::State::NeedsSignIn:
        signIn(id);
        break;
    case Accounts::State::NeedsKey:
        editProfile(id);
        break;
    case Accounts::State::Opening:
        break;
    }
}

void MainWindow::onAccountChanged(const QString &id)
{
    updateAccountItem(id);
    if (id != m_currentAccount)
        return;
    updateDashboardSource(); // e.g. signed in: the usage can be read now
    const Accounts::Account *a = m_accounts->account(id);
    if (a && a->state == Accounts::State::Ready && m_profileItem &&
        m_profileItem->childCount() == 0) {
        m_browser->refreshBuckets();
        // A default bucket opens by itself when nothing else is shown.
        if (!a->profile.defaultBucket.isEmpty() && m_browser->address().isEmpty())
            m_browser->open(a->profile.defaultBucket, {});
    }
}

void MainWindow::showSidebarMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_sidebar->itemAt(pos);
    const QString id = item ? accountOf(item) : QString();
    const Accounts::Account *a = m_accounts && !id.isEmpty() ? m_accounts->account(id) : nullptr;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (a) {
        if (a->session) {
            menu->addAction(tr("Sign In with QR Code…"), this, [this, id] { signIn(id); });
            QAction *out =
                menu->addAction(tr("Sign Out"), this, [this, id] { m_accounts->signOut(id); });
            out->setEnabled(a->state == Accounts::State::Ready);
        }
        if (!a->profile.transient) {
            menu->addAction(tr("Edit Profile…"), this, [this, id] { editProfile(id); });
            menu->addAction(tr("Remove Profile…"), this, [this, id] { removeProfile(id); });
        }
        menu->addSeparator();
    }
    if (m_accounts) {
        menu->addAction(tr("New Profile…"), this, [this] { newProfile(false); });
        menu->addAction(tr("Sign In with QR Code…"), this, [this] { newProfile(true); })
            ->setVisible(!a || !a->session);
    }
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(m_sidebar->viewport()->mapToGlobal(pos));
}

void MainWindow::newProfile(bool qr)
{
    if (!m_accounts)
        return;
    cloud::Profile p;
    p.id = cloud::Profile::newId();
    p.signIn = qr ? cloud::SignInMethod::QrSignIn : cloud::SignInMethod::AccessKeys;
    p.provider = cloud::Endpoint::Provider::TencentCos;
    p.signature = cloud::SignatureKind::Cos;
    p.region = QStringLiteral("ap-guangzhou");
    auto *dialog = new ProfileDialog(m_accounts->network(), p, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const cloud::Profile saved = dialog->profile();
        m_accounts->save(saved, dialog->secretKey());
        selectAccount(saved.id);
    });
    dialog->open();
}

void MainWindow::editProfile(const QString &id)
{
    const Accounts::Account *a = m_accounts ? m_accounts->account(id) : nullptr;
    if (!a || a->profile.transient)
        return;
    const bool secretKnown = a->state != Accounts::State::NeedsKey &&
                             a->profile.signIn == cloud::SignInMethod::AccessKeys;
    auto *dialog = new ProfileDialog(m_accounts->network(), a->profile, secretKnown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const bool current = id == m_currentAccount;
        if (current) {
            // The account's client is replaced: nothing may keep the old one.
            m_currentAccount.clear();
            m_browser->setClient(nullptr, {});
        }
        m_accounts->save(dialog->profile(), dialog->secretKey());
        if (current)
            selectAccount(id);
    });
    dialog->open();
}

void MainWindow::removeProfile(const QString &id)
{
    const Accounts::Account *a = m_accounts ? m_accounts->account(id) : nullptr;
    if (!a)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1”? Its keys and sign-in are deleted "
                                   "from the keychain; nothing on the server changes.")
                                    .arg(a->profile.name),
                                QMessageBox::Cancel, this);
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        if (id == m_currentAccount) {
            m_currentAccount.clear();
            m_browser->setClient(nullptr, {});
        }
        m_accounts->remove(id);
    });
    box->open();
}

void MainWindow::signIn(const QString &id)
{
    const Accounts::Account *a = m_accounts ? m_accounts->account(id) : nullptr;
    if (!a || !a->session)
        return;
    auto *dialog = new SignInDialog(nullptr, a->profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    cloud::DeviceAuthFlow *flow = m_accounts->newSignInFlow(id, dialog);
    dialog->setFlow(flow);
    connect(dialog, &SignInDialog::approved, this,
            [this, id, flow] { m_accounts->adopt(id, flow); });
    connect(m_accounts, &Accounts::accountChanged, dialog,
            [this, dialog, id](const QString &which) {
                if (which != id || !dialog->waitingForKeys())
                    return;
                const Accounts::Account *acc = m_accounts->account(id);
                if (acc->state == Accounts::State::Ready)
                    dialog->finish(true);
                else if (acc->state == Accounts::State::NeedsSignIn)
                    dialog->finish(false, acc->message);
            });
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (id == m_currentAccount)
            m_browser->refreshBuckets();
        else
            selectAccount(id);
    });
    dialog->open();
    flow->start();
}

void MainWindow::importAwsProfiles()
{
    if (!m_accounts)
        return;
    const cloud::AwsImportResult r = cloud::AwsConfigImport::importProfiles();
    QStringList names;
    for (const cloud::ImportedProfile &ip : r.profiles) {
        cloud::Profile p = ip.profile;
        // Temporary keys from the files: kept for this session only (they expire anyway).
        if (!ip.sessionToken.isEmpty()) {
            cloud::Credentials c;
            c.accessKeyId = p.accessKeyId.toUtf8();
            c.secretAccessKey = ip.secretAccessKey;
            c.sessionToken = ip.sessionToken;
            p.transient = true;
            m_accounts->addTransient(p, c);
        } else {
            m_accounts->save(p, ip.secretAccessKey);
        }
        names << p.name;
    }
    QString text = names.isEmpty() ? tr("No profile with access keys was found in %1 or %2.")
                                         .arg(cloud::AwsConfigImport::defaultCredentialsPath(),
                                              cloud::AwsConfigImport::defaultConfigPath())
                                   : tr("Imported: %1. The secret keys are in the system keychain.")
                                         .arg(names.join(QStringLiteral(", ")));
    if (!r.skipped.isEmpty())
        text += QStringLiteral("\n\n") + tr("Skipped:") + QStringLiteral("\n• ") +
                r.skipped.join(QStringLiteral("\n• "));
    auto *box = new QMessageBox(names.isEmpty() ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Import AWS CLI Profiles"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    if (!names.isEmpty() && m_currentAccount.isEmpty())
        selectAccount(m_accounts->ids().constFirst());
}

void MainWindow::openLocalDemo()
{
    if (!m_accounts)
        return;
    cloud::Profile p;
    cloud::Credentials c;
    if (!WelcomePage::localDemo(&p, &c)) {
        m_welcome->refreshDemo();
        return;
    }
    for (const QString &id : m_accounts->ids()) {
        const Accounts::Account *a = m_accounts->account(id);
        if (a->profile.transient && a->profile.endpointUrl == p.endpointUrl) {
            selectAccount(id); // already there
            return;
        }
    }
    p.id = cloud::Profile::newId();
    m_accounts->addTransient(p, c);
    selectAccount(p.id);
    m_browser->open(p.defaultBucket, {});
}

} // namespace sucai::ui
