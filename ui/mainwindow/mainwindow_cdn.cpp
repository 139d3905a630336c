// MainWindow's CDN actions: CDN URLs (copy, QR) and cache purge / prefetch of the selected
// files, for accounts with a CDN domain (or Tencent COS's default CDN domain).
#include "browser/browsercontroller.h"
#include "cloud/cdnclient.h"
#include "cloud/prefixlisting.h"
#include "cloud/storageclient.h"
#include "mainwindow.h"
#include "models/bucketmodel.h"
#include "settings/accounts.h"
#include "widgets/qrcodedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace sucai::ui {

QUrl MainWindow::cdnBase() const
{
    const Accounts::Account *a =
        m_accounts && !m_currentAccount.isEmpty() ? m_accounts->account(m_currentAccount) : nullptr;
    const QString bucket = m_browser->model()->bucket();
    if (!a || bucket.isEmpty())
        return {};
    return cloud::CdnUrls::base(a->profile, bucket);
}

QStringList MainWindow::selectedCdnUrls() const
{
    const QUrl base = cdnBase();
    QStringList urls;
    if (base.isEmpty())
        return urls;
    for (const QString &key : selectedKeys()) {
        if (!key.endsWith(u'/'))
            urls << cloud::CdnUrls::objectUrl(base, key);
    }
    return urls;
}

void MainWindow::addCdnActions(QMenu *menu)
{
    const QStringList urls = selectedCdnUrls();
    if (cdnBase().isEmpty() || selectedKeys().isEmpty())
        return;
    auto *cdn = menu->addMenu(tr("CD&N"));
    cdn->setObjectName(QStringLiteral("cdnMenu"));
    cdn->addAction(tr("Copy CDN URL", nullptr, int(urls.size())), this, [this] {
        const QStringList list = selectedCdnUrls();
        QApplication::clipboard()->setText(list.join(u'\n'));
        statusBar()->showMessage(tr("%n CDN URL(s) copied.", nullptr, int(list.size())), 8'000);
    });
    QAction *qr = cdn->addAction(tr("Show CDN URL as QR Code"), this, [this] {
        const QStringList list = selectedCdnUrls();
        if (list.size() != 1)
            return;
        auto *dialog =
            new QrCodeDialog(list.first().mid(list.first().lastIndexOf(u'/') + 1), list.first(),
                             tr("Scan it with a phone's camera: the file through the "
                                "CDN."),
                             this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    qr->setEnabled(urls.size() == 1);
    cdn->actions().constFirst()->setEnabled(!urls.isEmpty()); // folders have no URL of their own
    const Accounts::Account *a = m_accounts->account(m_currentAccount);
    // Purge and prefetch are Tencent Cloud CDN APIs, signed with the account's keys.
    if (a && a->profile.provider == cloud::Endpoint::Provider::TencentCos) {
        cdn->addSeparator();
        cdn->addAction(tr("Purge CDN Cache"), this, [this] { runCdn(true); });
        cdn->addAction(tr("Prefetch to CDN"), this, [this] { runCdn(false); });
    }
}

void MainWindow::runCdn(bool purge)
{
    QStringList folders;
    for (const QString &key : selectedKeys()) {
        if (key.endsWith(u'/'))
            folders << key;
    }
    const QString account = m_currentAccount;
    const QStringList files = selectedCdnUrls();
    if (folders.isEmpty()) {
        runCdnFor(account, files, purge);
        return;
    }
    // Folders: every object below them, listed first.
    const QUrl base = cdnBase();
    auto *listing = new cloud::PrefixListing(m_accounts->client(account),
                                             m_browser->model()->bucket(), folders, this);
    statusBar()->showMessage(tr("Listing the folders' files for the CDN…"));
    connect(listing, &cloud::PrefixListing::finished, this,
            [this, listing, base, files, account, purge] {
                listing->deleteLater();
                if (!listing->error().ok()) {
                    notify(purge ? tr("CDN purge failed") : tr("CDN prefetch failed"),
                           listing->error().toUserText(), true);
                    return;
                }
                QStringList urls = files;
                for (const QString &key : listing->keys()) {
                    if (!key.endsWith(u'/'))
                        urls << cloud::CdnUrls::objectUrl(base, key);
                }
                urls.removeDuplicates();
                runCdnFor(account, urls, purge);
            });
    listing->start();
}

void MainWindow::runCdnFor(const QString &accountId, const QStringList &urls, bool purge)
{
    const Accounts::Account *a = m_accounts ? m_accounts->account(accountId) : nullptr;
    if (!a)
        return;
    if (urls.isEmpty()) {
        statusBar()->showMessage(tr("No files to send to the CDN: the folders are empty."), 8'000);
        return;
    }
    const cloud::CdnClient cdn(m_accounts->network(), a->client->credentials());
    cloud::CdnCacheJob *job = purge ? cdn.purge(urls, {}, this) : cdn.push(urls, {}, this);
    statusBar()->showMessage(
        purge ? tr("Purging %n URL(s) from the CDN cache…", nullptr, int(urls.size()))
              : tr("Prefetching %n URL(s) to the CDN…", nullptr, int(urls.size())));
    connect(job, &cloud::CdnCacheJob::finished, this,
            [this, job, purge](const cloud::CdnJobResult &r) {
                job->deleteLater();
                if (r.ok()) {
                    notify(purge ? tr("CDN purge requested") : tr("CDN prefetch requested"),
                           tr("%n URL(s) accepted; the CDN finishes within minutes (task %1).",
                              nullptr, r.acceptedUrls())
                               .arg(r.taskIds().join(QStringLiteral(", "))));
                } else {
                    notify(purge ? tr("CDN purge failed") : tr("CDN prefetch failed"),
                           r.error.toUserText(), true);
                }
            });
    job->start();
}

void MainWindow::offerPurge(const QString &transferProfile, const QString &bucket,
                            const QStringList &keys)
{
    if (!m_accounts || keys.isEmpty())
        return;
    QString accountId;
    for (const QString &id : m_accounts->ids()) {
        if (m_accounts->transferProfile(id) == transferProfile)
            accountId = id;
    }
    const Accounts::Account *a = m_accounts->account(accountId);
    // Purging is a Tencent Cloud CDN API; other stores' CDNs are not ours to call.
    if (!a || a->profile.provider != cloud::Endpoint::Provider::TencentCos)
        return;
    const QUrl base = cloud::CdnUrls::base(a->profile, bucket);
    if (base.isEmpty())
        return;
    QStringList urls;
    for (const QString &key : keys)
        urls << cloud::CdnUrls::objectUrl(base, key);
    const QString autoKey = QStringLiteral("cdn/autoPurge/") + accountId;
    if (QSettings().value(autoKey, false).toBool()) {
        runCdnFor(accountId, urls, true);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Purge the CDN Cache?"),
        tr("%n uploaded file(s) replaced files the CDN may still serve from its cache for a while.",
           nullptr, int(urls.size())),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("purgeOffer"));
    box->setInformativeText(tr("Purge them from the CDN now, so that everyone gets the new "
                               "version?"));
    box->setDetailedText(urls.join(u'\n'));
    QPushButton *purge = box->addButton(tr("Purge"), QMessageBox::AcceptRole);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    auto *always = new QCheckBox(tr("Always purge after replacing files in this account"), box);
    box->setCheckBox(always);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, purge, always, accountId, urls, autoKey](QAbstractButton *b) {
                if (b != purge)
                    return;
                if (always->isChecked())
                    QSettings().setValue(autoKey, true);
                runCdnFor(accountId, urls, true);
            });
    box->open(); // non-modal: nothing waits for the answer
}

} // namespace sucai::ui
