#pragma once

#include "browser/batchcopy.h"

#include <QMainWindow>
#include <QUrl>

class QAbstractItemView;
class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QTimer;
class QProgressBar;
class QSystemTrayIcon;
namespace sucai::core {
class UsageLedger;
}
class QToolButton;

namespace sucai::ui {

class Accounts;
class DashboardController;
class DashboardWidget;
class BrowserController;
class WelcomePage;
class ThumbnailView;
class PreviewPane;
class TransferPanel;
class TransfersController;

// The window people live in. A passive view: it lays out the feature views and the actions;
// the logic lives in controllers (BrowserController) handed in by the composition root.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `transfers` may be null (no transfer engine: browsing only).
    explicit MainWindow(BrowserController *browser, TransfersController *transfers = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The accounts shown in the side bar (several side by side); the browser, previews and
    // transfers follow the one chosen. Without it the window shows the browser's one client.
    void setAccounts(Accounts *accounts);
    // Opens the QR sign-in dialog for a profile (also from the welcome page and side bar).
    void signIn(const QString &accountId);
    WelcomePage *welcomePage() const { return m_welcome; }
    QString currentAccount() const { return m_currentAccount; }
    void selectAccount(const QString &id);
    // Where the transfer engine counts this app's traffic (read-only here): the dashboard's
    // source for S3-compatible accounts.
    void setUsageLedger(core::UsageLedger *ledger) { m_ledger = ledger; }
    // The usage and billing window (View ▸ Usage Dashboard) for the account in use.
    void showDashboard();
    DashboardWidget *dashboard() const { return m_dashboard; }
    DashboardController *dashboardController() const { return m_dashboardCtl; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void restoreWindowState();
    void onBucketsChanged(const QStringList &buckets);
    void onLocationChanged(const QString &address);
    void onSidebarActivated(QTreeWidgetItem *item);
    void updateNavigation();
    void createTransferArea();
    // The folder a drop at `pos` (viewport coordinates of the table) goes to: the folder row
    // under the cursor, else the folder shown.
    QString dropPrefix(const QPoint &pos) const;
    void uploadTo(const QStringList &paths, const QString &bucket, const QString &prefix);
    void chooseUploadFiles(bool folder);
    void chooseDownload();
    void askConflict(qint64 id, const QString &text);
    void showTableMenu(const QPoint &pos);
    void createObjectActions();
    void newFolder();
    void renameSelection();
    void deleteSelection();
    void copyUrl(qint64 presignSeconds); // 0: the plain URL
    void showQrCode(qint64 presignSeconds);
    void copySelection(bool cut);
    void paste();
    void editProperties();
    QAbstractItemView *currentView() const;
    void setIconMode(bool icons);
    void addToViews(QAction *action);
    QString bookmarksKey() const;
    QStringList bookmarks() const;
    void toggleBookmark();
    void showBookmarks();
    void runBatch(const BatchCopy::Request &request);
    void updateSelectionStatus();
    QWidget *createFilterBar();
    void createPreviewArea();
    void updatePreview();
    void closeFilterBar();
    QStringList selectedKeys(QList<qint64> *sizes = nullptr) const;
    // Accounts (mainwindow_accounts.cpp)
    void rebuildAccounts();
    void updateAccountItem(const QString &id);
    void onAccountChanged(const QString &id);
    void showSidebarMenu(const QPoint &pos);
    void newProfile(bool qr);
    void editProfile(const QString &id);
    void removeProfile(const QString &id);
    void importAwsProfiles();
    void openLocalDemo();
    QString accountOf(const QTreeWidgetItem *item) const;
    // Tray icon, notifications, dashboard (mainwindow_usage.cpp)
    void createTray();
    void notify(const QString &title, const QString &text, bool warning = false);
    void updateTrayStatus();
    void updateDashboardSource();
    void ensureDashboard(); // the window (hidden) and its controller, once
    // CDN (mainwindow_cdn.cpp)
    QUrl cdnBase() const;
    QStringList selectedCdnUrls() const;
    void addCdnActions(QMenu *menu);
    void runCdn(bool purge);
    void runCdnFor(const QString &accountId, const QStringList &urls, bool purge);
    // After uploads replaced objects of a Tencent CDN account: offer to purge (or purge, if
    // the user said "always").
    void offerPurge(const QString &transferProfile, const QString &bucket, const QStringList &keys);

    BrowserController *m_browser;
    TransfersController *m_transfers;
    QDockWidget *m_transferDock = nullptr;
    TransferPanel *m_transferPanel = nullptr;
    QLabel *m_transferStatus = nullptr;
    QAction *m_uploadFiles = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_download = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_copyUrl = nullptr;
    QMenu *m_copyPresigned = nullptr;
    QMenu *m_showQr = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_properties = nullptr;
    QProgressBar *m_batchProgress = nullptr;
    QToolButton *m_batchCancel = nullptr;
    BatchCopy *m_batch = nullptr;
    QLabel *m_selection = nullptr;
    QTreeWidget *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidgetItem *m_profileItem = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    Accounts *m_accounts = nullptr;
    QString m_currentAccount;
    QHash<QString, QTreeWidgetItem *> m_accountItems;
    core::UsageLedger *m_ledger = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QWidget *m_dashboardWindow = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    DashboardController *m_dashboardCtl = nullptr;
    QString m_dashboardScope;
    QTableView *m_table = nullptr;
    ThumbnailView *m_grid = nullptr;
    QStackedWidget *m_views = nullptr;
    QAction *m_detailsMode = nullptr;
    QAction *m_bookmark = nullptr;
    QTreeWidgetItem *m_bookmarksItem = nullptr;
    QAction *m_iconsMode = nullptr;
    QWidget *m_filterBar = nullptr;
    PreviewPane *m_preview = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QTimer *m_previewTimer = nullptr;
    QString m_previewKey;
    QLineEdit *m_filter = nullptr;
    QAction *m_find = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_up = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace sucai::ui
