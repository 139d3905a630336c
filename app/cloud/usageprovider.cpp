#include "usageprovider.h"

namespace sucai::cloud {

bool UsageResult::hasAnyData() const
{
    for (size_t i = 0; i < availability.size(); ++i) {
        if (availability[i] == Availability::Available && !input.daily[i].isEmpty())
            return true;
    }
    return false;
}

UsageProvider::UsageProvider(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sucai::cloud::UsageResult>();
}

UsageProvider::~UsageProvider() = default;

void UsageProvider::refresh(QDate month, QDate today)
{
    if (m_running)
        cancel();
    m_month = QDate(month.year(), month.month(), 1);
    m_today = today;
    m_running = true;
    const quint64 generation = ++m_generation;
    // No synchronous work here: the fetch starts from the event loop. A cancel() or another
    // refresh() before then bumps the generation, and this start is dropped.
    QMetaObject::invokeMethod(
        this, [this, generation] { begin(generation); }, Qt::QueuedConnection);
}

void UsageProvider::begin(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    if (!m_month.isValid() || !m_today.isValid()) {
        UsageResult r = newResult();
        r.availability.fill(UsageResult::Availability::Failed);
        r.error = StorageError::make(StorageError::Kind::InvalidArgument,
                                     tr("No month to report usage for."));
        complete(r);
        return;
    }
    const QDate first = m_month;
    const QDate last = qMin(m_today, m_month.addMonths(1).addDays(-1));
    if (last < first) {
        complete(newResult()); // a month that has not begun: nothing to ask for
        return;
    }
    startFetch(first, last);
}

void UsageProvider::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    abortFetch();
    UsageResult r = newResult();
    r.availability.fill(UsageResult::Availability::Failed);
    r.error = StorageError::make(StorageError::Kind::Cancelled, tr("Cancelled."));
    complete(r);
}

UsageResult UsageProvider::newResult() const
{
    UsageResult r;
    r.input.month = m_month;
    r.input.today = m_today;
    r.source = sourceName();
    for (const core::UsageItem item : supportedItems())
        r.setAvailability(item, UsageResult::Availability::Available);
    return r;
}

void UsageProvider::complete(UsageResult result)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(result);
}

// --- UsageCache ------------------------------------------------------------------------------

QString UsageCache::key(const QString &profile, const QString &bucket, QDate month)
{
    // '\n' cannot occur in a profile or bucket name, so keys never collide.
    return profile + QLatin1Char('\n') + bucket + QLatin1Char('\n') +
           QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
}

void UsageCache::store(const QString &key, const UsageResult &result)
{
    if (result.error.kind == StorageError::Kind::Cancelled)
        return; // says nothing about the numbers
    if (result.ok() || result.hasAnyData() || !m_results.contains(key)) {
        m_results.insert(key, result);
    }
    if (result.ok())
        m_errors.remove(key);
    else
        m_errors.insert(key, result.error);
}

std::optional<UsageResult> UsageCache::value(const QString &key) const
{
    const auto it = m_results.constFind(key);
    if (it == m_results.cend())
        return std::nullopt;
    return *it;
}

StorageError UsageCache::lastError(const QString &key) const
{
    return m_errors.value(key);
}

bool UsageCache::isOlderThan(const QString &key, int minutes, const QDateTime &nowUtc) const
{
    const auto it = m_results.constFind(key);
    if (it == m_results.cend() || !it->fetchedAt.isValid())
        return true;
    return it->fetchedAt.secsTo(nowUtc) > qint64(minutes) * 60;
}

void UsageCache::remove(const QString &key)
{
    m_results.remove(key);
    m_errors.remove(key);
}

void UsageCache::clear()
{
    m_results.clear();
    m_errors.clear();
}

} // namespace sucai::cloud
