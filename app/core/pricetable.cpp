#include "pricetable.h"

#include "jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace sucai::core {

namespace {

// A price per unit above this is a typo (a misplaced decimal point), not a price.
constexpr double kMaxPrice = 1e6;
constexpr double kMaxTierGB = 1e12;

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

bool isCurrencyCode(const QString &c)
{
    if (c.size() != 3)
        return false;
    for (const QChar ch : c) {
        if (ch < u'A' || ch > u'Z')
            return false;
    }
    return true;
}

} // namespace

QString PriceTable::exampleResourcePath()
{
    return QStringLiteral(":/data/prices.example.json");
}

std::optional<PriceTable> PriceTable::fromFile(const QString &path, QString *error)
{
    const auto o = JsonFile::readObject(path, error);
    if (!o)
        return std::nullopt;
    return fromJson(*o, path, error);
}

std::optional<PriceTable> PriceTable::fromJson(const QJsonObject &o, const QString &source,
                                               QString *error)
{
    PriceTable t;
    QString problem;
    const auto failed = [&]() -> std::optional<PriceTable> {
        if (error)
            *error = JsonFile::message(source, problem);
        return std::nullopt;
    };

    const QStringList known = {
        key("format"),         key("currency"),           key("label"),
        key("example"),        key("storagePerGBMonth"),  key("egressPerGB"),
        key("cdnOriginPerGB"), key("readPer10kRequests"), key("writePer10kRequests"),
        key("cdnTiers")};
    if (!JsonFile::onlyKnownKeys(o, known, QString(), &problem))
        return failed();
    for (const QString &k : known) {
        // "label" and "example" describe the table; a user's own may leave them out.
        if (k != key("label") && k != key("example") && !o.contains(k)) {
            problem = JsonFile::missing(k);
            return failed();
        }
    }
    if (o.value(key("format")).toDouble(-1) != kFormat) {
        problem = tr("format %1 is not supported (this version of Sucai reads format %2)")
                      .arg(o.value(key("format")).toVariant().toString())
                      .arg(kFormat);
        return failed();
    }
    if (!o.value(key("currency")).isString()) {
        problem = tr("\"currency\" must be a three-letter code such as CNY or USD");
        return failed();
    }
    t.currency = o.value(key("currency")).toString();
    if (o.contains(key("label")) && !o.value(key("label")).isString()) {
        problem = tr("\"label\" must be text");
        return failed();
    }
    t.label = o.value(key("label")).toString();
    if (o.contains(key("example")) && !o.value(key("example")).isBool()) {
        problem = tr("\"example\" must be true or false");
        return failed();
    }
    t.example = o.value(key("example")).toBool(false);

    const struct
    {
        const char *name;
        double *target;
    } prices[] = {{"storagePerGBMonth", &t.storagePerGBMonth},
                  {"egressPerGB", &t.egressPerGB},
                  {"cdnOriginPerGB", &t.cdnOriginPerGB},
                  {"readPer10kRequests", &t.readPer10kRequests},
                  {"writePer10kRequests", &t.writePer10kRequests}};
    for (const auto &p : prices) {
        const auto v = JsonFile::number(o.value(key(p.name)), key(p.name), kMaxPrice, &problem);
        if (!v)
            return failed();
        *p.target = *v;
    }

    if (!o.value(key("cdnTiers")).isArray()) {
        problem = tr("\"cdnTiers\" must be a list of tiers ([ { ... }, ... ])");
        return failed();
    }
    const QJsonArray tiers = o.value(key("cdnTiers")).toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString prefix = QStringLiteral("cdnTiers[%1].").arg(i);
        if (!tiers.at(i).isObject()) {
            problem = tr("\"cdnTiers[%1]\" must be an object ({ ... })").arg(i);
            return failed();
        }
        const QJsonObject to = tiers.at(i).toObject();
        if (!JsonFile::onlyKnownKeys(to, {key("upToGB"), key("perGB")}, prefix, &problem))
            return failed();
        CdnPriceTier tier;
        if (!to.contains(key("perGB"))) {
            problem = JsonFile::missing(prefix + key("perGB"));
            return failed();
        }
        const auto perGB =
            JsonFile::number(to.value(key("perGB")), prefix + key("perGB"), kMaxPrice, &problem);
        if (!perGB)
            return failed();
        tier.perGB = *perGB;
        if (to.contains(key("upToGB"))) {
            const auto upTo = JsonFile::number(to.value(key("upToGB")), prefix + key("upToGB"),
                                               kMaxTierGB, &problem);
            if (!upTo)
                return failed();
            tier.upToGB = *upTo;
        }
        t.cdnTiers.append(tier);
    }
    if (const auto invalid = t.validate()) {
        problem = *invalid;
        return failed();
    }
    return t;
}

std::optional<QString> PriceTable::validate() const
{
    if (!isCurrencyCode(currency))
        return tr("\"currency\" must be a three-letter code such as CNY or USD");
    for (const double p : {storagePerGBMonth, egressPerGB, cdnOriginPerGB, readPer10kRequests,
                           writePer10kRequests}) {
        if (!std::isfinite(p) || p < 0 || p > kMaxPrice)
            return tr("every price must be a number from 0 to %1").arg(kMaxPrice, 0, 'g', 15);
    }
    if (cdnTiers.isEmpty())
        return tr("\"cdnTiers\" must have at least one tier");
    double previous = 0;
    for (qsizetype i = 0; i < cdnTiers.size(); ++i) {
        const CdnPriceTier &tier = cdnTiers.at(i);
        if (!std::isfinite(tier.perGB) || tier.perGB < 0 || tier.perGB > kMaxPrice)
            return tr("\"cdnTiers[%1].perGB\" must be a number from 0 to %2")
                .arg(i)
                .arg(kMaxPrice, 0, 'g', 15);
        if (!tier.upToGB) {
            if (i != cdnTiers.size() - 1)
                return tr("only the last of \"cdnTiers\" may leave out \"upToGB\" (tier %1 "
                          "does)")
                    .arg(i);
            continue;
        }
        if (!std::isfinite(*tier.upToGB) || *tier.upToGB <= previous)
            return tr("\"cdnTiers[%1].upToGB\" must be larger than the tier before's (%2)")
                .arg(i)
                .arg(previous, 0, 'g', 15);
        previous = *tier.upToGB;
    }
    return std::nullopt;
}

std::optional<PriceTable> PriceTable::load(const QString &userPath, QString *error)
{
    if (error)
        error->clear();
    if (!userPath.isEmpty() && QFileInfo::exists(userPath)) {
        QString userError;
        if (auto user = fromFile(userPath, &userError))
            return user;
        if (error)
            *error = tr("%1 The example prices are used instead.").arg(userError);
    }
    QString exampleError;
    auto example = fromFile(exampleResourcePath(), &exampleError);
    if (!example && error) {
        if (!error->isEmpty())
            *error += u' ';
        *error += exampleError;
    }
    return example;
}

QJsonObject PriceTable::toJson() const
{
    QJsonArray tiers;
    for (const CdnPriceTier &tier : cdnTiers) {
        QJsonObject to;
        if (tier.upToGB)
            to.insert(key("upToGB"), *tier.upToGB);
        to.insert(key("perGB"), tier.perGB);
        tiers.append(to);
    }
    QJsonObject o;
    o.insert(key("_comment"),
             QStringLiteral("Prices per unit in the currency's main unit. GB = 1024^3 bytes; "
                            "storage per GB-month; requests per 10,000; CDN tiers count the "
                            "month's GB beyond the free packages."));
    o.insert(key("format"), kFormat);
    o.insert(key("currency"), currency);
    o.insert(key("label"), label);
    o.insert(key("example"), example);
    o.insert(key("storagePerGBMonth"), storagePerGBMonth);
    o.insert(key("egressPerGB"), egressPerGB);
    o.insert(key("cdnOriginPerGB"), cdnOriginPerGB);
    o.insert(key("readPer10kRequests"), readPer10kRequests);
    o.insert(key("writePer10kRequests"), writePer10kRequests);
    o.insert(key("cdnTiers"), tiers);
    return o;
}

bool PriceTable::save(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = JsonFile::message(path, tr("cannot be saved (%1)").arg(why));
        return false;
    };
    if (const auto invalid = validate())
        return fail(*invalid);
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(f.errorString());
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (f.write(data) != data.size())
        return fail(f.errorString());
    if (!f.commit())
        return fail(f.errorString());
    return true;
}

double PriceTable::amount(UsageItem item, double quantity) const
{
    if (!(quantity > 0))
        return 0;
    switch (item) {
    case UsageItem::Storage:
        return quantity * storagePerGBMonth;
    case UsageItem::Egress:
        return quantity * egressPerGB;
    case UsageItem::CdnOrigin:
        return quantity * cdnOriginPerGB;
    case UsageItem::ReadRequests:
        return quantity / 10'000 * readPer10kRequests;
    case UsageItem::WriteRequests:
        return quantity / 10'000 * writePer10kRequests;
    case UsageItem::Cdn:
        break;
    }
    double total = 0;
    double from = 0; // GB already priced
    for (const CdnPriceTier &tier : cdnTiers) {
        const double to = tier.upToGB ? qMin(*tier.upToGB, quantity) : quantity;
        if (to > from)
            total += (to - from) * tier.perGB;
        from = qMax(from, to);
        if (from >= quantity)
            return total;
    }
    if (!cdnTiers.isEmpty())
        total += (quantity - from) * cdnTiers.constLast().perGB;
    return total;
}

qint64 PriceTable::toMinorUnits(double amount)
{
    if (!std::isfinite(amount))
        return 0;
    // 1.005 yuan is 100.49999... fen in binary floating point: snap to a millionth of a minor
    // unit first, so that amounts that are exact in decimal round as people expect.
    const double minor = std::round(amount * kMinorUnitsPerUnit * 1e6) / 1e6;
    return std::llround(minor);
}

} // namespace sucai::core
