#pragma once

#include "cloud/usageprovider.h"
#include "core/usagemodel.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sucai::core {
class Clock;
}

namespace sucai::ui {

class DailyChart;
class UsageBar;

// Where the dashboard's numbers come from, for its header and for the items a source cannot
// measure. DashboardSource::fromResult() fills it from a provider's result.
struct DashboardSource
{
    using Availability = cloud::UsageResult::Availability;

    QString profile;     // "Tencent GZ"
    QString bucket;      // "my-assets-1250000000"; empty: every bucket of the profile
    QString sourceName;  // UsageResult::source: "Tencent Cloud Monitor", "Ceph RGW admin API", ...
    QDateTime fetchedAt; // UsageResult::fetchedAt (UTC); invalid: unknown
    std::array<Availability, core::kUsageItemCount> availability = allAvailable();
    QString priceLabel; // PriceTable::label, shown with the bill

    Availability availabilityOf(core::UsageItem item) const { return availability[size_t(item)]; }

    static DashboardSource fromResult(const cloud::UsageResult &result, const QString &profile,
                                      const QString &bucket, const QString &priceLabel = {});
    static std::array<Availability, core::kUsageItemCount> allAvailable();
};

// The quota and billing dashboard of one profile (and bucket): a passive view.
//
//   my-assets-1250000000 · Tencent GZ                           [Refresh] [Export CSV…]
//   November 2026 · Source: Tencent Cloud Monitor · Updated 14:02 (2 min ago)
//   ┌ alert banner (until dismissed) ─────────────────────────────────────── [Dismiss] ┐
//   ┌ error, in place (e.g. which CAM permission is missing) ──────────────────────────┐
//   ┌ Free tier this month ────────────────┐ ┌ Estimated bill beyond the free tier ────┐
//   │ one UsageBar per item                │ │ per item: so far, by the month's end    │
//   │                                      │ ├ First to run out / CDN new-user package ┤
//   └──────────────────────────────────────┘ └─────────────────────────────────────────┘
//   ┌ Daily usage                                         [Traffic, stacked ▾] ┐
//   │ DailyChart                                                               │
//
// It shows what core::UsageModel computed (MonthReport) and the samples it was computed from
// (UsageInput); it does no arithmetic of its own, asks nothing and stores nothing: the owner
// refreshes on refreshRequested(), writes the CSV on exportCsvRequested()
// (UsageModel::toCsv(input())), and remembers acknowledged alerts on alertsAcknowledged().
class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // The numbers to show: the report UsageModel::compute() made from `input` (the provider's
    // UsageResult::input), and where they come from. Replaces what was shown; keeps an error.
    void setUsage(const core::MonthReport &report, const core::UsageInput &input,
                  const DashboardSource &source);
    // Forget the numbers (another profile or bucket), showing `profile`/`bucket` in the header.
    void clearUsage(const QString &profile = {}, const QString &bucket = {});
    // A refresh failed: `message` is shown in place, above the numbers (which stay). Empty
    // hides it. For a provider error, StorageError::toUserText() (it names a missing CAM
    // permission, for instance).
    void setError(const QString &message);
    // A refresh runs: the Refresh button is disabled and says so.
    void setBusy(bool busy);
    // Thresholds per item: a bar turns to the warning colour at the item's lowest threshold
    // below 100 % (default 80 %).
    void setAlertSettings(const core::AlertSettings &settings);
    // Alerts to show in the banner until the user dismisses it (UsageModel::newAlerts()).
    // Alerts already shown (same key) are not added twice.
    void addAlerts(const QList<core::UsageAlert> &alerts);
    void clearAlerts();
    // For "updated 2 min ago"; the system clock by default. Not owned.
    void setClock(const core::Clock *clock);

    bool hasUsage() const { return m_hasUsage; }
    const core::MonthReport &report() const { return m_report; }
    const core::UsageInput &input() const { return m_input; }
    const DashboardSource &source() const { return m_source; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    QStringList pendingAlertKeys() const;
    QString alertText() const;

    UsageBar *bar(core::UsageItem item) const { return m_bars[size_t(item)]; }
    DailyChart *chart() const { return m_chart; }

    QSize sizeHint() const override { return {1000, 700}; }

Q_SIGNALS:
    void refreshRequested();
    void exportCsvRequested();
    // The user dismissed the banner; these alerts are acknowledged.
    void alertsAcknowledged(const QStringList &keys);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColors();
    void updateHeader();
    void updateSubtitle();
    void updateBars();
    void updateBill();
    void updateOutlook();
    void updateChartChoices();
    void updateBanner();
    void onChartChoice();
    void dismissAlerts();

    const core::Clock *m_clock;
    core::MonthReport m_report;
    core::UsageInput m_input;
    DashboardSource m_source;
    bool m_hasUsage = false;
    bool m_busy = false;
    core::AlertSettings m_alertSettings;
    QList<core::UsageAlert> m_alerts;

    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_dismiss;
    QWidget *m_errorArea;
    QLabel *m_errorTitle;
    QLabel *m_errorText;
    QLabel *m_barsTitle;
    std::array<UsageBar *, core::kUsageItemCount> m_bars{};
    QLabel *m_billTitle;
    QLabel *m_billSoFarHeader;
    QLabel *m_billEndHeader;
    std::array<QLabel *, core::kUsageItemCount> m_billNames{};
    std::array<QLabel *, core::kUsageItemCount> m_billSoFar{};
    std::array<QLabel *, core::kUsageItemCount> m_billEnd{};
    QLabel *m_billTotalName;
    QLabel *m_billTotalSoFar;
    QLabel *m_billTotalEnd;
    QLabel *m_billNote;
    QLabel *m_runOutTitle;
    QLabel *m_runOutText;
    QLabel *m_cdnTitle;
    QLabel *m_cdnDays;
    QLabel *m_cdnText;
    QLabel *m_chartTitle;
    QComboBox *m_chartChoice;
    DailyChart *m_chart;
    QTimer *m_tick;
};

} // namespace sucai::ui
