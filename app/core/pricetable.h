#pragma once

#include "usageitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sucai::core {

// One step of the CDN traffic price: GB beyond the free packages, counted from the month's
// first billable GB, up to `upToGB` (cumulative) cost `perGB` each. The last step may leave
// `upToGB` out (no limit); if every step has one, GB beyond the last limit cost the last price.
struct CdnPriceTier
{
    std::optional<double> upToGB;
    double perGB = 0;
    friend bool operator==(const CdnPriceTier &, const CdnPriceTier &) = default;
};

// Prices as data, never in code: resources/prices.example.json (":/data/prices.example.json",
// clearly labelled example prices in CNY) or the user's own file, edited in settings.
//
// Money: prices are decimal numbers of the currency unit (yuan) per billing unit, as in a price
// list; an amount is computed in double and rounded once, half away from zero, to qint64 minor
// units (1/100 of the unit: fen, cents) by toMinorUnits(). UsageModel rounds each item's cost
// and adds the rounded items, so a bill's lines always add up to its total.
// Units: GB = 1024^3 bytes (kBytesPerGB); storage per GB-month; requests per 10,000.
//
// Format (keys starting with "_" are comments; every other key is required and checked):
//   { "format": 1, "currency": "CNY", "example": true, "label": "Example prices ...",
//     "storagePerGBMonth": 0.118, "egressPerGB": 0.5, "cdnOriginPerGB": 0.15,
//     "readPer10kRequests": 0.01, "writePer10kRequests": 0.01,
//     "cdnTiers": [ { "upToGB": 2048, "perGB": 0.21 }, ..., { "perGB": 0.12 } ] }
// A user's file replaces the example as a whole rather than being merged over it: a table
// that mixed example prices into real ones would show invented numbers as the user's own.
class PriceTable
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::PriceTable)

public:
    static constexpr int kFormat = 1;
    static constexpr int kMinorUnitsPerUnit = 100;

    QString currency;     // ISO 4217, e.g. "CNY"
    QString label;        // shown beside the bill, e.g. "Example prices, not a quote"
    bool example = false; // the shipped example: the UI says so next to every amount
    double storagePerGBMonth = 0;
    double egressPerGB = 0;
    double cdnOriginPerGB = 0;
    double readPer10kRequests = 0;
    double writePer10kRequests = 0;
    QList<CdnPriceTier> cdnTiers;

    static QString exampleResourcePath(); // ":/data/prices.example.json"

    // The user's table at `userPath` if there is a file there, else the shipped example. A
    // broken user file is reported in *error and the example is returned instead (so a bill
    // can still be estimated, labelled as an example). nullopt only when the example resource
    // itself cannot be read.
    static std::optional<PriceTable> load(const QString &userPath, QString *error);
    static std::optional<PriceTable> fromFile(const QString &path, QString *error);
    static std::optional<PriceTable> fromJson(const QJsonObject &o, const QString &source,
                                              QString *error);

    QJsonObject toJson() const;
    // Writes atomically (QSaveFile; the folder is created): the file is either the old one or
    // the complete new one. Refuses a table that validate() rejects.
    bool save(const QString &path, QString *error) const;
    // nullopt when usable, else a translated problem ("\"cdnTiers\" ...").
    std::optional<QString> validate() const;

    // Cost of `quantity` billing units beyond the free tier: GB for traffic, GB-month for
    // storage, requests for requests (priced per 10,000). Unrounded, in currency units.
    double amount(UsageItem item, double quantity) const;
    // The same in minor units, rounded.
    qint64 cost(UsageItem item, double quantity) const
    {
        return toMinorUnits(amount(item, quantity));
    }
    static qint64 toMinorUnits(double amount);

    friend bool operator==(const PriceTable &, const PriceTable &) = default;
};

} // namespace sucai::core
