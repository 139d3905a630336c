#include "freetier.h"

#include "jsonfile.h"

#include <QFileInfo>

namespace sucai::core {

namespace {

// Far above any real allowance, low enough that GB * 1024^3 fits in a qint64.
constexpr double kMaxGB = 1e9;
constexpr qint64 kMaxRequests = qint64(1'000'000'000'000'000);
constexpr qint64 kMaxMonths = 1200;

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// Reads the GB value at `k` (if present, or required when there is no base) into `bytes`.
bool readGB(const QJsonObject &o, const QString &k, const QString &path, bool required,
            qint64 *bytes, QString *problem)
{
    if (!o.contains(k)) {
        if (required && problem)
            *problem = JsonFile::missing(path);
        return !required;
    }
    const auto gb = JsonFile::number(o.value(k), path, kMaxGB, problem);
    if (!gb)
        return false;
    *bytes = qRound64(*gb * double(kBytesPerGB));
    return true;
}

bool readCount(const QJsonObject &o, const QString &k, const QString &path, bool required,
               qint64 max, qint64 *value, QString *problem)
{
    if (!o.contains(k)) {
        if (required && problem)
            *problem = JsonFile::missing(path);
        return !required;
    }
    const auto n = JsonFile::wholeNumber(o.value(k), path, max, problem);
    if (!n)
        return false;
    *value = *n;
    return true;
}

// A nested object ("cdnActivationPackage"): absent is fine with a base, otherwise required.
std::optional<QJsonObject> section(const QJsonObject &o, const QString &k, bool required,
                                   QString *problem)
{
    if (!o.contains(k)) {
        if (required) {
            if (problem)
                *problem = JsonFile::missing(k);
            return std::nullopt;
        }
        return QJsonObject();
    }
    if (!o.value(k).isObject()) {
        if (problem)
            *problem = FreeTier::tr("\"%1\" must be an object ({ ... })").arg(k);
        return std::nullopt;
    }
    return o.value(k).toObject();
}

} // namespace

QString FreeTier::resourcePath()
{
    return QStringLiteral(":/data/freetier.json");
}

std::optional<FreeTier> FreeTier::fromFile(const QString &path, const FreeTier *base,
                                           QString *error)
{
    const auto o = JsonFile::readObject(path, error);
    if (!o)
        return std::nullopt;
    return fromJson(*o, path, base, error);
}

std::optional<FreeTier> FreeTier::fromJson(const QJsonObject &o, const QString &source,
                                           const FreeTier *base, QString *error)
{
    FreeTier t = base ? *base : FreeTier();
    const bool required = base == nullptr;
    QString problem;
    const auto failed = [&]() -> std::optional<FreeTier> {
        if (error)
            *error = JsonFile::message(source, problem);
        return std::nullopt;
    };

    const QString kFormatKey = key("format");
    const QString kActivation = key("cdnActivationPackage");
    const QString kCustom = key("cdnCustomDomainPackage");
    if (!JsonFile::onlyKnownKeys(o,
                                 {kFormatKey, key("storageGB"), key("egressGB"), key("cdnOriginGB"),
                                  key("readRequests"), key("writeRequests"), kActivation, kCustom},
                                 QString(), &problem)) {
        return failed();
    }
    if (o.contains(kFormatKey) && o.value(kFormatKey).toDouble(-1) != kFormat) {
        problem = tr("format %1 is not supported (this version of Sucai reads format %2)")
                      .arg(o.value(kFormatKey).toVariant().toString())
                      .arg(kFormat);
        return failed();
    }

    if (!readGB(o, key("storageGB"), key("storageGB"), required, &t.storageBytes, &problem) ||
        !readGB(o, key("egressGB"), key("egressGB"), required, &t.egressBytes, &problem) ||
        !readGB(o, key("cdnOriginGB"), key("cdnOriginGB"), required, &t.cdnOriginBytes, &problem) ||
        !readCount(o, key("readRequests"), key("readRequests"), required, kMaxRequests,
                   &t.readRequests, &problem) ||
        !readCount(o, key("writeRequests"), key("writeRequests"), required, kMaxRequests,
                   &t.writeRequests, &problem)) {
        return failed();
    }

    const auto activation = section(o, kActivation, required, &problem);
    if (!activation)
        return failed();
    const QString actPrefix = kActivation + u'.';
    qint64 months = t.cdnActivationMonths;
    if (!JsonFile::onlyKnownKeys(*activation, {key("GB"), key("months")}, actPrefix, &problem) ||
        !readGB(*activation, key("GB"), actPrefix + key("GB"), required, &t.cdnActivationBytes,
                &problem) ||
        !readCount(*activation, key("months"), actPrefix + key("months"), required, kMaxMonths,
                   &months, &problem)) {
        return failed();
    }
    t.cdnActivationMonths = int(months);

    const auto custom = section(o, kCustom, required, &problem);
    if (!custom)
        return failed();
    const QString customPrefix = kCustom + u'.';
    if (!JsonFile::onlyKnownKeys(*custom, {key("GB")}, customPrefix, &problem) ||
        !readGB(*custom, key("GB"), customPrefix + key("GB"), required, &t.cdnCustomDomainBytes,
                &problem)) {
        return failed();
    }
    return t;
}

std::optional<FreeTier> FreeTier::load(const QString &overridePath, QString *error)
{
    if (error)
        error->clear();
    const auto shipped = fromFile(resourcePath(), nullptr, error);
    if (!shipped)
        return std::nullopt;
    if (overridePath.isEmpty() || !QFileInfo::exists(overridePath))
        return shipped;
    QString overrideError;
    const auto merged = fromFile(overridePath, &*shipped, &overrideError);
    if (!merged) {
        if (error)
            *error = tr("%1 The built-in free tier is used instead.").arg(overrideError);
        return shipped;
    }
    return merged;
}

qint64 FreeTier::quota(UsageItem item, const CdnProfile &cdn, QDate month) const
{
    switch (item) {
    case UsageItem::Storage:
        return storageBytes;
    case UsageItem::Egress:
        return egressBytes;
    case UsageItem::CdnOrigin:
        return cdnOriginBytes;
    case UsageItem::ReadRequests:
        return readRequests;
    case UsageItem::WriteRequests:
        return writeRequests;
    case UsageItem::Cdn:
        return cdnFree(cdn, month);
    }
    return 0;
}

CdnPackageWindow FreeTier::cdnPackage(const CdnProfile &cdn, QDate today, QDate month) const
{
    CdnPackageWindow w;
    if (!cdn.activation.isValid() || cdnActivationMonths <= 0 || cdnActivationBytes <= 0)
        return w;
    w.known = true;
    w.start = cdn.activation;
    w.expiresOn = cdn.activation.addMonths(cdnActivationMonths);
    w.lastDay = w.expiresOn.addDays(-1);
    if (today.isValid()) {
        w.daysLeft = int(qMax<qint64>(0, today.daysTo(w.expiresOn)));
        w.activeToday = w.covers(today);
    }
    if (month.isValid()) {
        const QDate first = firstOfMonth(month);
        const QDate last = first.addMonths(1).addDays(-1);
        w.activeInMonth = w.start <= last && w.expiresOn > first;
    }
    return w;
}

bool FreeTier::customDomainPackageIn(const CdnProfile &cdn, QDate month) const
{
    if (!cdn.customDomain || cdnCustomDomainBytes <= 0)
        return false;
    return !cdn.customDomainSince.isValid() || cdn.customDomainSince < firstOfMonth(month);
}

qint64 FreeTier::cdnFree(const CdnProfile &cdn, QDate month) const
{
    qint64 free = 0;
    if (cdnPackage(cdn, QDate(), month).activeInMonth)
        free += cdnActivationBytes;
    if (customDomainPackageIn(cdn, month))
        free += cdnCustomDomainBytes;
    return free;
}

} // namespace sucai::core
