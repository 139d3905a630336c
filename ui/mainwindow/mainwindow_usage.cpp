// MainWindow's tray icon, desktop notifications and the usage dashboard window.
#include "browser/browsercontroller.h"
#include "cloud/ledgerusageprovider.h"
#include "cloud/storageclient.h"
#include "cloud/tencentusageprovider.h"
#include "dashboard/alertsettingsdialog.h"
#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardwidget.h"
#include "mainwindow.h"
#include "models/bucketmodel.h"
#include "models/transfermodel.h"
#include "settings/accounts.h"
#include "transfers/transferscontroller.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace sucai::ui {

void MainWindow::createTray()
{
    const QIcon icon(QStringLiteral(":/icons/io.github.sucai.Sucai.svg"));
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(icon);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // notifications then go to the status bar
    m_tray = new QSystemTrayIcon(icon, this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Sucai"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Usage Dashboard"), this, &MainWindow::showDashboard);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &QWidget::close);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
    updateTrayStatus();
}

void MainWindow::notify(const QString &title, const QString &text, bool warning)
{
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(
            title, text, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10'000);
    }
    // Also in the window, where a person looks anyway.
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 15'000);
}

void MainWindow::updateTrayStatus()
{
    if (!m_tray || !m_transfers)
        return;
    const models::TransferModel *m = m_transfers->model();
    QString tip = tr("Sucai");
    if (m->activeCount() > 0) {
        tip += u'\n' + tr("%n transfer(s) running, %1/s", nullptr, m->activeCount())
                           .arg(QLocale().formattedDataSize(qint64(m->totalSpeed())));
        if (m->etaSeconds() > 0)
            tip += u'\n' +
                   tr("About %1 left").arg(models::TransferModel::formatDuration(m->etaSeconds()));
    }
    if (m->failedCount() > 0)
        tip += u'\n' + tr("%n transfer(s) failed", nullptr, m->failedCount());
    m_tray->setToolTip(tip);
}

void MainWindow::showDashboard()
{
    ensureDashboard();
    m_dashboardWindow->show();
    m_dashboardWindow->raise();
    m_dashboardWindow->activateWindow();
    updateDashboardSource(); // visible now: follows the bucket in view
}

void MainWindow::ensureDashboard()
{
    if (!m_dashboardWindow) {
        m_dashboardWindow = new QWidget(this, Qt::Window);
        m_dashboardWindow->setObjectName(QStringLiteral("dashboardWindow"));
        m_dashboardWindow->setWindowTitle(tr("Usage and Costs — Sucai"));
        m_dashboard = new DashboardWidget(m_dashboardWindow);
        auto *alerts = new QPushButton(tr("Alert Thresholds…"), m_dashboardWindow);
        alerts->setObjectName(QStringLiteral("alertThresholds"));
        auto *bottom = new QHBoxLayout;
        bottom->setContentsMargins(16, 0, 16, 10);
        bottom->addStretch(1);
        bottom->addWidget(alerts);
        auto *layout = new QVBoxLayout(m_dashboardWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_dashboard, 1);
        layout->addLayout(bottom);
        m_dashboardWindow->resize(1040, 720);
        m_dashboardWindow->installEventFilter(this);
        m_dashboardCtl = new DashboardController(m_dashboard, this);
        m_dashboardCtl->setAlertSettings(AlertSettingsDialog::load(QSettings()));
        connect(alerts, &QPushButton::clicked, this, [this] {
            auto *dialog =
                new AlertSettingsDialog(AlertSettingsDialog::load(QSettings()), m_dashboardWindow);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                const core::AlertSettings s = dialog->settings();
                QSettings settings;
                AlertSettingsDialog::save(settings, s);
                m_dashboardCtl->setAlertSettings(s); // may raise an alert at once
            });
            dialog->open();
        });
        connect(m_dashboardCtl, &DashboardController::notify, this,
                [this](const QString &title, const QString &text) { notify(title, text, true); });
    }
}

void MainWindow::updateDashboardSource()
{
    const Accounts::Account *a =
        m_accounts && !m_currentAccount.isEmpty() ? m_accounts->account(m_currentAccount) : nullptr;
    const bool visible = m_dashboardWindow && m_dashboardWindow->isVisible();
    const bool tencent = a && a->profile.provider == cloud::Endpoint::Provider::TencentCos;
    // Tencent's own numbers are cheap to ask for: they are watched in the background (every
    // 30 minutes) so that alerts come even with the dashboard closed. Other stores are
    // measured with bucket listings: only while the dashboard is open.
    if (tencent && a->state == Accounts::State::Ready)
        ensureDashboard();
    if (!m_dashboardCtl)
        return;
    if (!a || (!visible && !tencent)) {
        m_dashboardScope.clear();
        m_dashboardCtl->setProvider(nullptr, {});
        return;
    }
    // Per bucket when one is open (and the dashboard shows), else the account's default
    // bucket, else all.
    QString bucket = visible ? m_browser->model()->bucket() : QString();
    if (bucket.isEmpty())
        bucket = a->profile.defaultBucket;
    const QString scopeKey = a->profile.id + u'/' + bucket;
    if (scopeKey == m_dashboardScope)
        return;
    m_dashboardScope = scopeKey;

    DashboardScope scope;
    scope.profileKey = a->profile.id;
    scope.profileName = a->profile.name;
    scope.bucket = bucket;
    scope.cdn.customDomain = !a->profile.cdnDomain.isEmpty();
    std::unique_ptr<cloud::UsageProvider> provider;
    if (a->profile.provider == cloud::Endpoint::Provider::TencentCos) {
        // Tencent's own numbers: Cloud Monitor per bucket, CDN traffic of the account.
        cloud::TencentUsageSettings settings;
        settings.appId = a->profile.appId;
        if (!bucket.isEmpty())
            settings.buckets << a->profile.endpoint().qualifiedBucket(bucket);
        auto tencent =
            std::make_unique<cloud::TencentUsageProvider>(m_accounts->network(), settings);
        tencent->setCredentials(a->client->credentials());
        provider = std::move(tencent);
    } else {
        // Any other S3 store: what this app measured, plus a bucket size scan.
        provider = std::make_unique<cloud::LedgerUsageProvider>(
            m_ledger, m_accounts->transferProfile(a->profile.id), bucket, a->client.get());
    }
    m_dashboardCtl->setProvider(std::move(provider), scope);
}

} // namespace sucai::ui
