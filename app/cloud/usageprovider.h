#pragma once

#include "core/usageitem.h"
#include "core/usagemodel.h"
#include "storageerror.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace sucai::cloud {

// What one refresh of a usage provider brought back.
struct UsageResult
{
    // Whether the provider could tell an item's numbers this time.
    enum class Availability {
        Unsupported, // the source knows nothing of it (the local ledger and CDN traffic)
        Available,   // input.daily holds what the source reported (maybe no days yet)
        Failed,      // the source could have told, but asking failed (see error)
    };

    core::UsageInput input; // month, today and the daily samples
    QString source;         // translated: "Tencent Cloud Monitor", "Ceph RGW admin API", ...
    QDateTime fetchedAt;    // UTC, when the numbers arrived
    std::array<Availability, core::kUsageItemCount> availability{};
    // The first failure: the whole refresh (nothing available) or some items (those Failed).
    // Never carries a secret.
    StorageError error;

    bool ok() const { return error.ok(); }
    Availability availabilityOf(core::UsageItem item) const { return availability[size_t(item)]; }
    bool isAvailable(core::UsageItem item) const
    {
        return availabilityOf(item) == Availability::Available;
    }
    // Some numbers to show, even if part of the refresh failed.
    bool hasAnyData() const;
    void setAvailability(core::UsageItem item, Availability a) { availability[size_t(item)] = a; }
};

// A source of month-to-date usage for the quota dashboard: Tencent Cloud Monitor + CDN, Ceph
// RGW's admin API, or the app's own ledger. Chosen per profile.
//
// Works like a job (DESIGN.md "Async and network"): refresh() returns at once and does no
// synchronous work; finished() is emitted exactly once per refresh(); cancel() ends the running
// refresh at once with a Cancelled error. A refresh() while one runs cancels that one first.
class UsageProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageProvider)

public:
    ~UsageProvider() override;

    // Daily samples of `month` (any day of it), up to and including `today`.
    void refresh(QDate month, QDate today);
    void cancel();
    bool isRunning() const { return m_running; }

    // Translated name of the source, for "last updated ... from <source>".
    virtual QString sourceName() const = 0;
    // The items this source can measure at all.
    virtual QList<core::UsageItem> supportedItems() const = 0;

Q_SIGNALS:
    void finished(const sucai::cloud::UsageResult &result);

protected:
    explicit UsageProvider(QObject *parent = nullptr);

    // Runs from the event loop after refresh(). Ends, now or later, with complete() — unless
    // abortFetch() came first.
    virtual void startFetch(QDate firstDay, QDate lastDay) = 0;
    // Stop every request at once; complete() must not be called afterwards for this fetch.
    virtual void abortFetch() = 0;

    // A result for the running refresh, with input.month/today, source and availability of
    // supportedItems() already filled in (as Available).
    UsageResult newResult() const;
    // Ends the running refresh; stamps fetchedAt. Ignored when no refresh runs.
    void complete(UsageResult result);

    // The month and `today` of the running refresh; firstDay..lastDay is what to ask for.
    QDate month() const { return m_month; }
    QDate today() const { return m_today; }

private:
    void begin(quint64 generation);

    QDate m_month;
    QDate m_today;
    quint64 m_generation = 0;
    bool m_running = false;
};

// The last result per key (profile, bucket, month), with its time, so that the dashboard shows
// numbers at once and asks again only when they are older than the refresh interval. A failed
// refresh does not replace good numbers: it is kept beside them (lastError()).
class UsageCache final
{
public:
    static QString key(const QString &profile, const QString &bucket, QDate month);

    void store(const QString &key, const UsageResult &result);
    std::optional<UsageResult> value(const QString &key) const;
    StorageError lastError(const QString &key) const;
    // No result, or one fetched more than `minutes` before `nowUtc`.
    bool isOlderThan(const QString &key, int minutes, const QDateTime &nowUtc) const;
    void remove(const QString &key);
    void clear();

private:
    QHash<QString, UsageResult> m_results;
    QHash<QString, StorageError> m_errors;
};

} // namespace sucai::cloud

Q_DECLARE_METATYPE(sucai::cloud::UsageResult)
