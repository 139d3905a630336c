#pragma once

#include "freetier.h"
#include "pricetable.h"
#include "usageitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace sucai::core {

// What a usage provider measured in one month, per item and day.
struct UsageInput
{
    QDate month; // any day of the month to report on
    QDate today; // splits the month into past, today (still running) and the projected rest
    CdnProfile cdn;
    // Per item, day -> amount: bytes (storage: that day's average size, as Tencent's 288
    // five-minute samples give it) or requests. Days outside the month and negative amounts
    // are ignored. An item with no days has no data (the local ledger knows no CDN traffic).
    std::array<QMap<QDate, qint64>, kUsageItemCount> daily;

    void set(UsageItem item, QDate day, qint64 amount) { daily[size_t(item)].insert(day, amount); }
    const QMap<QDate, qint64> &series(UsageItem item) const { return daily[size_t(item)]; }
};

// One item of the month. Amounts are in the item's unit: bytes, or requests.
struct ItemUsage
{
    UsageItem item = UsageItem::Storage;
    bool hasData = false;
    QDate lastDataDay;
    int daysOfData = 0;    // days the projection rests on (whole days; today's partial one not)
    bool thinData = false; // fewer than kThinDataDays: show projectedLow..projectedHigh as a band

    // Month to date. Storage: the latest day's size (its allowance is per day); everything
    // else: the sum of the month's days so far.
    qint64 used = 0;
    qint64 quota = 0; // free this month (CDN: the packages that apply); 0 = none
    // At the month's end. Storage: the size on the last day; everything else: the month's sum.
    // Low and high equal it unless thinData.
    qint64 projected = 0;
    qint64 projectedLow = 0;
    qint64 projectedHigh = 0;

    // Beyond the free tier, in billing units: GB (traffic), GB-month (storage), requests.
    double billableSoFar = 0;
    double billableProjected = 0;
    qint64 costSoFar = 0; // minor currency units (fen), see PriceTable
    qint64 costProjected = 0;

    // The day the free amount is (or, projected, will be) used up; none if not this month.
    std::optional<QDate> runsOutOn;

    double usedFraction() const { return quota > 0 ? double(used) / double(quota) : 0.0; }
    double projectedFraction() const { return quota > 0 ? double(projected) / double(quota) : 0.0; }
};

struct MonthReport
{
    QDate month; // the 1st
    QDate today;
    int daysInMonth = 0;
    bool complete = false; // today is after the month: nothing is projected
    std::array<ItemUsage, kUsageItemCount> items;
    qint64 costSoFar = 0; // sum of the items' rounded costs, minor units
    qint64 costProjected = 0;
    QString currency;
    bool examplePrices = false;
    std::optional<UsageItem> firstToRunOut; // earliest runsOutOn (ties: display order)
    QDate firstRunOutDay;
    CdnPackageWindow cdnPackage;

    const ItemUsage &item(UsageItem i) const { return items[size_t(i)]; }
};

// Alert thresholds as the settings hold them.
struct AlertSettings
{
    QList<int> defaultPercents{80, 100};
    // Per item, replacing the defaults; an empty list turns that item's alerts off.
    QMap<UsageItem, QList<int>> itemPercents;
    int cdnExpiryDays = 14; // warn this many days before the CDN package expires; < 0: never

    QList<int> percentsFor(UsageItem item) const
    {
        return itemPercents.value(item, defaultPercents);
    }
};

struct UsageAlert
{
    enum class Kind {
        Threshold,          // item reached `percent` of its free amount in `month`
        CdnPackageExpiring, // the new-user CDN package expires on `expiresOn`
    };
    Kind kind = Kind::Threshold;
    // Remember it once shown ("egress:80:2026-11", "cdnPackageExpiry:2027-03-02"): an alert
    // whose key is in the fired set is not raised again.
    QString key;
    UsageItem item = UsageItem::Storage;
    int percent = 0;
    QDate month;
    qint64 used = 0;
    qint64 quota = 0;
    QDate expiresOn;
    int daysLeft = 0;
};

// The quota dashboard's arithmetic: pure functions of the samples, the free tier, the prices
// and the date. No network, no clock, no settings.
//
// How Tencent Cloud bills (COS docs 436/32534, 436/40099) and how it is modelled:
// - Storage: "storage usage fees = monthly unit price / 30 * daily storage usage * number of
//   days", a day's usage being the average of its 288 five-minute samples. So the bill follows
//   each day's average, not the size at any moment, and the free 50 GB is a capacity allowance
//   deducted from every day: a day counts max(0, size - 50 GB) / 30 GB-month. A day without a
//   sample is taken to hold what the day before held (before the first sample: the first).
// - Traffic and requests: monthly sums; the free amount is deducted from the first bytes.
// - CDN: usage on days the new-user package covers is deducted from it first, then from the
//   custom-domain package; other days only from the latter. A month the new-user package only
//   partly covers gets its full monthly amount, for its covered days. The price tiers apply to
//   the month's GB beyond the packages.
// - Projection: linear on the days so far. Traffic/requests: the mean of the whole days since
//   the first sample (today's partial day is used, but not as a whole day) for every remaining
//   day. Storage: the latest size, continued with the least-squares slope of the daily sizes.
//   With fewer than kThinDataDays whole days the projection is a band: the part still to come
//   is widened by +-50 % / sqrt(days) (100 % with none) and by the smallest and largest day.
class UsageModel
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::UsageModel)

public:
    static constexpr int kThinDataDays = 7;
    static constexpr int kStorageDaysPerMonth = 30; // Tencent's divisor, whatever the month

    static MonthReport compute(const UsageInput &input, const FreeTier &tier,
                               const PriceTable &prices);

    // Crossings not yet in `fired`, oldest threshold first. Thresholds are only raised while
    // today is in the report's month (a stale month raises nothing) and only for items with
    // data and a free amount; the key carries the month, so each fires again next month. The
    // caller shows them and adds their keys to `fired` (kept in settings). The CDN package
    // alert comes while it is active and at most `cdnExpiryDays` days are left.
    static QList<UsageAlert> newAlerts(const MonthReport &report, const AlertSettings &settings,
                                       const QSet<QString> &fired);
    // A sentence for a notification, numbers in `locale` (GB of 1024^3 bytes).
    static QString alertText(const UsageAlert &alert, const QLocale &locale = QLocale());

    // The month's daily samples as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or
    // line break quoted, quotes doubled), UTF-8: a header row (translated), then one row per day
    // from the 1st to today (the whole month once it is over): the ISO date and each item's raw
    // amount, empty where there is no sample. `utf8Bom` for spreadsheets that need it to read
    // UTF-8 (Excel).
    static QByteArray toCsv(const UsageInput &input, bool utf8Bom = false);
    static QString csvField(const QString &field);
};

} // namespace sucai::core
