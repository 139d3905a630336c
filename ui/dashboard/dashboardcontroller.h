#pragma once

#include "cloud/usageprovider.h"
#include "core/freetier.h"
#include "core/pricetable.h"
#include "core/usagemodel.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QFileDialog;
class QTimer;

namespace sucai::core {
class Clock;
}

namespace sucai::ui {

class DashboardWidget;

// Whose numbers the dashboard shows.
struct DashboardScope
{
    // Keys the usage cache and the fired alerts in the settings: the profile's id
    // (cloud::Profile::id; its name will do when there is none). Never shown.
    QString profileKey;
    QString profileName; // shown: "Tencent GZ"
    QString bucket;      // shown; empty: every bucket of the profile
    // The profile's CDN packages (activation day, custom domain): the provider does not know
    // them, the free tier depends on them.
    core::CdnProfile cdn;
};

// The logic behind a DashboardWidget (DESIGN.md: a passive view + a controller that owns the
// actions): refreshes through a cloud::UsageProvider on the Refresh button and every N minutes
// in the background (never blocking: providers are jobs), shows the last numbers of a scope at
// once from a cloud::UsageCache, computes with core::UsageModel, raises each alert once
// (notify() for the tray, the widget's banner until acknowledged), exports the month's CSV,
// and shows every problem in place (setError).
//
// Alerts are remembered in QSettings per profile and month (dashboard/alerts/<profile>/<yyyy-MM>
// /fired and /acknowledged), so a restart neither notifies again nor forgets an alert that was
// never acknowledged (it is back in the banner, silently). Per profile, not per bucket: the free
// tier is the account's. The previous month's keys are read too, so the CDN package's expiry
// warning, whose key has no month, does not come again on the 1st.
class DashboardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardController)

public:
    static constexpr int kDefaultIntervalMinutes = 30;

    // `view` is not owned and should outlive the controller (it is watched: a destroyed view
    // is simply no longer fed).
    explicit DashboardController(DashboardWidget *view, QObject *parent = nullptr);
    ~DashboardController() override;

    // --- Data files ---------------------------------------------------------------------------
    // The app's data folder: $SUCAI_DATA_DIR, else QStandardPaths::AppDataLocation (as
    // app/application.cpp and the CLI use it).
    static QString defaultDataDir();
    // The user's free-tier override and price table there: "freetier.json", "prices.json".
    static QString freeTierPath(const QString &dataDir);
    static QString pricesPath(const QString &dataDir);
    // Loads the free tier (FreeTier::load: shipped + the override) and the prices
    // (PriceTable::load: the user's table, else the shipped example) from `dataDir`. A broken
    // file is reported in place and the shipped data is used. Recomputes what is shown.
    // Without this call (or the setters), the default data folder's files are loaded the first
    // time there are numbers to show.
    void loadTables(const QString &dataDir = defaultDataDir());
    void setFreeTier(const core::FreeTier &tier);
    void setPriceTable(const core::PriceTable &prices);
    void setAlertSettings(const core::AlertSettings &settings);
    const std::optional<core::FreeTier> &freeTier() const { return m_tier; }
    const std::optional<core::PriceTable> &priceTable() const { return m_prices; }
    const core::AlertSettings &alertSettings() const { return m_alertSettings; }

    // --- Source -------------------------------------------------------------------------------
    // Switch to another profile or bucket. Takes ownership of `provider` (it becomes the
    // controller's child); the previous one is cancelled and deleted. The view is cleared, the
    // cached numbers of `scope` are shown at once, and a refresh starts if they are older than
    // the refresh interval (or missing). A null provider shows only what the cache holds for
    // `scope` and stops the background refresh.
    void setProvider(std::unique_ptr<cloud::UsageProvider> provider, const DashboardScope &scope);
    cloud::UsageProvider *provider() const { return m_provider; }
    const DashboardScope &scope() const { return m_scope; }

    // Background refresh period (default kDefaultIntervalMinutes). Restarts the timer.
    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const { return m_interval; }
    // "Today" and the cache's age; the system clock by default. Also given to the view. Not
    // owned.
    void setClock(const core::Clock *clock);

    // Ask the provider now (no-op without one; a running refresh is left to finish).
    void refresh();
    bool isRefreshing() const;

    // The cache of every scope seen this session.
    const cloud::UsageCache &cache() const { return m_cache; }

    // --- CSV ----------------------------------------------------------------------------------
    // Opens a save dialog with QFileDialog::open() (window-modal, never exec(): nothing
    // blocks); the file it accepts goes to exportCsvTo(). What the view's "Export CSV…" button
    // does. A second call raises the open dialog.
    void exportCsv();
    // Writes the shown month's daily samples (UsageModel::toCsv with a UTF-8 BOM, for Excel)
    // atomically to `path` (QSaveFile). False, with the reason shown in place, on failure.
    bool exportCsvTo(const QString &path);
    QFileDialog *csvDialog() const; // the open export dialog, if any

Q_SIGNALS:
    // A threshold was crossed (or the CDN package is about to end) for the first time: the
    // main window shows it through QSystemTrayIcon::showMessage(). One signal per refresh,
    // with every new alert in it. (Named by what the receiver does, as the window asks for.)
    void notify(const QString &title, const QString &message);
    // A refresh ended (successfully or not) and the view shows its outcome.
    void refreshed();
    void csvExported(const QString &path);

private:
    void onProviderFinished(const cloud::UsageResult &result);
    void onAlertsAcknowledged(const QStringList &keys);
    void onTimer();
    // Compute and show what the cache holds for the current scope and month.
    void showCached(QDate month);
    void showErrors();
    void loadTablesQuietly(const QString &dataDir);
    void recompute();
    void raiseAlerts(const core::MonthReport &report);

    QDate today() const;
    QString cacheKey() const;
    QString settingsGroup(QDate month) const;
    // One month's keys, and those of the month and the one before it.
    QSet<QString> monthKeys(const QString &kind, QDate month) const;
    QSet<QString> recentKeys(const QString &kind, QDate month) const;
    void storeKeys(const QString &kind, QDate month, const QSet<QString> &keys);

    QPointer<DashboardWidget> m_view;
    cloud::UsageProvider *m_provider = nullptr;
    DashboardScope m_scope;
    cloud::UsageCache m_cache;
    std::optional<core::FreeTier> m_tier;
    std::optional<core::PriceTable> m_prices;
    core::AlertSettings m_alertSettings;
    bool m_tablesTried = false;
    QString m_tablesError;
    QString m_fetchError;
    QString m_exportError;
    const core::Clock *m_clock;
    QTimer *m_timer;
    std::chrono::milliseconds m_interval{std::chrono::minutes(kDefaultIntervalMinutes)};
    // What is shown, for the CSV and for re-checking alerts when settings change.
    std::optional<core::UsageInput> m_shownInput;
    std::optional<core::MonthReport> m_shownReport;
    QPointer<QFileDialog> m_csvDialog;
};

} // namespace sucai::ui
