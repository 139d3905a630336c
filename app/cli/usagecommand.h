#pragma once

#include "cloud/usageprovider.h"
#include "core/freetier.h"
#include "core/pricetable.h"
#include "core/usagemodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sucai::core {
class UsageLedger;
}

namespace sucai::cloud {
class StorageClient;
class StorageJob;
} // namespace sucai::cloud

namespace sucai::cli {

// Where `sucai-cli usage` takes its numbers from.
enum class UsageSource {
    Auto,    // Tencent Cloud for a COS endpoint, else the ledger
    Tencent, // Cloud Monitor GetMonitorData + CDN DescribeCdnData (TC3-signed)
    Rgw,     // Ceph RGW admin ops: /admin/usage and /admin/bucket?stats
    Ledger,  // what sucai-cli itself moved (its usage ledger) + a bucket size scan
};

struct UsageOptions
{
    UsageSource source = UsageSource::Auto;
    QString bucket;         // empty: every bucket
    QDate month;            // the 1st; invalid: this month
    QString uid;            // RGW user; empty: the key's owner
    QString appId;          // Tencent APPID; empty: the endpoint's or the bucket names'
    core::CdnProfile cdn;   // for the CDN packages' free amount
    QString dataDir;        // freetier.json, prices.json and usage.db live here
    QString ledgerProfile;  // the ledger's profile key of these transfers
    QString tencentApiBase; // tests: Tencent API calls go here instead of *.tencentcloudapi.com
    bool json = false;
};

// `sucai-cli usage`: the quota dashboard's numbers on a terminal. The same free tier and price
// table as the dashboard (the shipped ones with the data folder's freetier.json override and
// prices.json), the same providers and the same arithmetic (core::UsageModel).
//
// --json prints one object (format 1; fields are only ever added):
//   format         1
//   month          "2026-11"; today "2026-11-14" (local day); complete: the month is over
//   daysInMonth    30
//   source         "tencent" | "rgw" | "ledger"; sourceName: translated ("Ceph RGW admin API")
//   bucket         the bucket asked about, or null for every bucket; uid: the RGW user (rgw only)
//   fetchedAt      UTC ISO time of the numbers
//   items          one per free-tier item, in the dashboard's order:
//     item           "storage", "egress", "cdnOrigin", "readRequests", "writeRequests", "cdn"
//     name           translated
//     status         "ok"; "unsupported" (the source cannot measure it); "failed" (see errors)
//     unit           "bytes" (GB = 1024^3 bytes) or "requests"
//     used           month to date (storage: the latest day's size); null unless ok
//     quota          free this month; 0 = none
//     percent        used of quota, in percent with two decimals; null without a quota
//     projected, projectedLow, projectedHigh   at the month's end (low..high: a band when
//                    data is thin); null unless ok, and null once the month is complete
//     costSoFar, costProjected   beyond the free tier, in the currency's main unit (yuan),
//                    two decimals; costProjected null once the month is complete
//     runsOutOn      the day the free amount is (or at this pace will be) used up, or null
//   total          { costSoFar, costProjected } (the items' rounded costs added up)
//   currency       "CNY"; examplePrices: the shipped example table; priceLabel: its label
//   firstToRunOut  { item, day } or null
//   errors         messages (the source's error, a broken freetier.json/prices.json); [] if none
class UsageCommand final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cli::UsageCommand)

public:
    UsageCommand(cloud::StorageClient *client, UsageOptions options, QObject *parent = nullptr);
    ~UsageCommand() override;

    // Checks what can be checked without the network: false for a usage error (printed; exit
    // status 2). Otherwise `done` is called once, later, with the exit status.
    bool start(std::function<void(int)> done);
    void cancel();

    static QString sourceId(UsageSource source);
    static std::optional<UsageSource> sourceFromId(const QString &id);
    // "2026-11" -> 1 November 2026; nullopt for anything else.
    static std::optional<QDate> parseMonth(const QString &text);
    // Whether the endpoint is Tencent COS (by provider or host).
    static bool isCosEndpoint(const cloud::StorageClient &client);

private:
    void resolveUid();
    void resolveTencentBuckets();
    void startTencent(const QString &appId, const QStringList &buckets);
    void startProvider(cloud::UsageProvider *provider);
    void onFinished(const cloud::UsageResult &result);
    void finish(int code);
    void failText(const QString &text);

    void printTable(const cloud::UsageResult &result, const core::MonthReport &report) const;
    QJsonObject toJson(const cloud::UsageResult &result, const core::MonthReport &report,
                       const QStringList &errors) const;

    QPointer<cloud::StorageClient> m_client;
    UsageOptions m_options;
    UsageSource m_source = UsageSource::Ledger;
    QDate m_today;
    QDate m_month;
    std::optional<core::FreeTier> m_tier;
    std::optional<core::PriceTable> m_prices;
    QStringList m_tableProblems;
    QString m_uid;
    std::unique_ptr<core::UsageLedger> m_ledger;
    QPointer<cloud::StorageJob> m_job;
    QPointer<cloud::UsageProvider> m_provider;
    std::function<void(int)> m_done;
    bool m_finished = false;
};

} // namespace sucai::cli
