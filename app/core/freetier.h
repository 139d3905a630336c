#pragma once

#include "usageitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sucai::core {

// What a profile's CDN account says about its free packages.
struct CdnProfile
{
    QDate activation;          // CDN activation day: starts the new-user package; invalid = none
    bool customDomain = false; // a custom (ICP-registered) acceleration domain is attached
    QDate customDomainSince;   // when it was attached, if known (invalid = long enough ago)
};

// The new-user CDN package: so many GB each month for the first N months after activation.
//
// Day granularity is conservative: activation at 17:13 on 10 March with 6 months runs until
// 17:13 on 10 September, so 10 September (`expiresOn`) is not counted as covered, and the last
// covered day is 9 September. Months are calendar months (QDate::addMonths): an activation on
// 31 August expires on 28 February (29 in a leap year).
struct CdnPackageWindow
{
    bool known = false;         // an activation date was given and the tier has such a package
    QDate start;                // the activation day
    QDate expiresOn;            // start + N months: the first day not covered
    QDate lastDay;              // expiresOn - 1: the last day covered
    int daysLeft = 0;           // from today until expiresOn (today counts); 0 once expired
    bool activeToday = false;   // today is covered
    bool activeInMonth = false; // at least one day of the month asked about is covered

    bool covers(QDate day) const { return known && day >= start && day < expiresOn; }
};

// The free tier as data: resources/freetier.json, compiled in as ":/data/freetier.json",
// with a user's override file merged over it key by key.
//
// Units: bytes and requests. The JSON gives sizes in GB of 1024^3 bytes (kBytesPerGB; Tencent
// Cloud bills storage and traffic in binary units, see usageitem.h).
//
// Format (keys starting with "_" are comments; unknown keys are errors, so typos show):
//   { "format": 1,
//     "storageGB": 50, "egressGB": 10, "cdnOriginGB": 10,
//     "readRequests": 1000000, "writeRequests": 1000000,
//     "cdnActivationPackage": { "GB": 50, "months": 6 },
//     "cdnCustomDomainPackage": { "GB": 10 } }
// An override holds only the keys it changes, e.g. { "egressGB": 20 } or
// { "cdnActivationPackage": { "months": 12 } }.
struct FreeTier
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::FreeTier)

public:
    static constexpr int kFormat = 1;

    qint64 storageBytes = 0; // standard storage, per day (a capacity allowance), see UsageModel
    qint64 egressBytes = 0;  // per month
    qint64 cdnOriginBytes = 0;
    qint64 readRequests = 0;
    qint64 writeRequests = 0;
    qint64 cdnActivationBytes = 0; // per month while the new-user package runs
    int cdnActivationMonths = 0;
    qint64 cdnCustomDomainBytes = 0; // per month, granted on the 1st, once a domain is attached

    static QString resourcePath(); // ":/data/freetier.json"

    // The shipped tier with the file at `overridePath` merged over it. No file there (or an
    // empty path) means no override. A broken override (unreadable, not JSON, wrong types,
    // unknown keys) is ignored as a whole: the shipped tier is returned and *error says why,
    // so the dashboard keeps working and can show the message. nullopt only when the shipped
    // resource itself cannot be loaded (then *error says so too).
    static std::optional<FreeTier> load(const QString &overridePath, QString *error);

    // Reads one file. Without `base` every key must be present; with one, the file's keys
    // replace base's and the rest is kept. Errors name `path` and the key.
    static std::optional<FreeTier> fromFile(const QString &path, const FreeTier *base,
                                            QString *error);
    static std::optional<FreeTier> fromJson(const QJsonObject &o, const QString &source,
                                            const FreeTier *base, QString *error);

    // Free amount for the whole month of the fixed COS items (bytes or requests); for Cdn the
    // packages that apply in `month` (see cdnFree()). `month` is any day of the month.
    qint64 quota(UsageItem item, const CdnProfile &cdn, QDate month) const;

    CdnPackageWindow cdnPackage(const CdnProfile &cdn, QDate today, QDate month) const;
    // The 10 GB custom-domain package is granted on the 1st of each month after the domain was
    // attached: a domain attached on 15 March brings it from 1 April (from 1 March if its date
    // is unknown). Attached on the 1st itself counts from the next 1st: the grant may have run
    // before the domain was attached.
    bool customDomainPackageIn(const CdnProfile &cdn, QDate month) const;
    // Both CDN packages that apply in `month` (the new-user one if it covers any day of it).
    qint64 cdnFree(const CdnProfile &cdn, QDate month) const;

    friend bool operator==(const FreeTier &, const FreeTier &) = default;
};

} // namespace sucai::core
