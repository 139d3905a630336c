#include "usageformat.h"

#include "core/pricetable.h"

#include <QHash>

#include <cmath>

namespace sucai::ui {

namespace {

constexpr double kMillion = 1'000'000.0;
constexpr double kTenThousand = 10'000.0;

bool isWhole(double v, int decimals)
{
    return std::abs(v - std::round(v)) < 0.5 * std::pow(10.0, -decimals);
}

// Whether `value` reads well in the main unit (GB, M, 万) rather than as 0.00 of it.
bool inMainUnit(core::UsageItem item, qint64 value, bool tenThousands)
{
    if (value == 0)
        return true;
    if (core::UsageItems::isBytes(item))
        return double(value) >= 0.005 * double(core::kBytesPerGB);
    return tenThousands ? value >= 1'000 : value >= 10'000;
}

} // namespace

UsageFormat::UsageFormat(const QLocale &locale)
    : m_locale(locale)
{}

bool UsageFormat::tenThousands() const
{
    return m_locale.language() == QLocale::Chinese;
}

QString UsageFormat::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString UsageFormat::gigabytes(qint64 value, bool trim) const
{
    const double gb = double(value) / double(core::kBytesPerGB);
    return number(gb, trim && isWhole(gb, 2) ? 0 : 2);
}

QString UsageFormat::requests(qint64 value, bool trim) const
{
    const bool wan = tenThousands();
    const double v = double(value) / (wan ? kTenThousand : kMillion);
    const int decimals = wan ? 1 : 2;
    return number(v, trim && isWhole(v, decimals) ? 0 : decimals);
}

QString UsageFormat::withUnit(core::UsageItem item, const QString &number) const
{
    if (core::UsageItems::isBytes(item))
        return tr("%1 GB").arg(number);
    if (tenThousands())
        return tr("%1 × 10k", "requests in units of 10,000 (Chinese: 万次)").arg(number);
    return tr("%1 M", "requests in millions").arg(number);
}

QString UsageFormat::amount(core::UsageItem item, qint64 value) const
{
    if (!inMainUnit(item, value, tenThousands()))
        return exactShort(item, value);
    return withUnit(item, core::UsageItems::isBytes(item) ? gigabytes(value, false)
                                                          : requests(value, false));
}

QString UsageFormat::quota(core::UsageItem item, qint64 value) const
{
    if (!inMainUnit(item, value, tenThousands()))
        return exactShort(item, value);
    return withUnit(item, core::UsageItems::isBytes(item) ? gigabytes(value, true)
                                                          : requests(value, true));
}

QString UsageFormat::exactShort(core::UsageItem item, qint64 value) const
{
    if (core::UsageItems::isBytes(item))
        return m_locale.formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
    return tr("%1 requests").arg(m_locale.toString(value));
}

QString UsageFormat::usedOfQuota(core::UsageItem item, qint64 used, qint64 quota) const
{
    const bool wan = tenThousands();
    if (inMainUnit(item, used, wan) && inMainUnit(item, quota, wan)) {
        const bool bytes = core::UsageItems::isBytes(item);
        const QString u = bytes ? gigabytes(used, false) : requests(used, false);
        const QString q = bytes ? gigabytes(quota, true) : requests(quota, true);
        return withUnit(item, tr("%1 / %2", "used / free amount").arg(u, q));
    }
    return tr("%1 / %2", "used / free amount").arg(amount(item, used), this->quota(item, quota));
}

QString UsageFormat::range(core::UsageItem item, qint64 low, qint64 high) const
{
    const bool wan = tenThousands();
    if (inMainUnit(item, low, wan) && inMainUnit(item, high, wan)) {
        const bool bytes = core::UsageItems::isBytes(item);
        const QString l = bytes ? gigabytes(low, false) : requests(low, false);
        const QString h = bytes ? gigabytes(high, false) : requests(high, false);
        return withUnit(item, tr("%1–%2", "a range of amounts").arg(l, h));
    }
    return tr("%1 – %2", "a range of amounts with units")
        .arg(amount(item, low), amount(item, high));
}

QString UsageFormat::exact(core::UsageItem item, qint64 value) const
{
    if (core::UsageItems::isBytes(item))
        return tr("%1 bytes").arg(m_locale.toString(value));
    return tr("%1 requests").arg(m_locale.toString(value));
}

double UsageFormat::inDisplayUnit(core::UsageItem item, double value) const
{
    if (core::UsageItems::isBytes(item))
        return value / double(core::kBytesPerGB);
    return value / (tenThousands() ? kTenThousand : kMillion);
}

QString UsageFormat::displayUnit(core::UsageItem item) const
{
    if (core::UsageItems::isBytes(item))
        return tr("GB");
    if (tenThousands())
        return tr("× 10k requests", "axis unit, requests in units of 10,000 (Chinese: 万次)");
    return tr("M requests", "axis unit, requests in millions");
}

QString UsageFormat::percent(double fraction) const
{
    // Down, so that the number agrees with the bar's colour (79.6 % is not yet 80 %); the
    // tolerance keeps a fraction that is an integer but for rounding from reading 84 %.
    const qint64 p = qint64(std::floor(fraction * 100.0 + 1e-6));
    return tr("%1 %", "percentage").arg(m_locale.toString(p));
}

QString UsageFormat::money(qint64 minorUnits, const QString &currency) const
{
    const double value = double(minorUnits) / double(core::PriceTable::kMinorUnitsPerUnit);
    return m_locale.toCurrencyString(value, currencySymbol(currency, m_locale), 2);
}

QString UsageFormat::shortDate(QDate date) const
{
    return m_locale.toString(date, tr("d MMM", "short date: day and month (QLocale format)"));
}

QString UsageFormat::date(QDate date) const
{
    return m_locale.toString(date, tr("d MMM yyyy", "date with the year (QLocale format)"));
}

QString UsageFormat::monthTitle(QDate month) const
{
    return m_locale.toString(month, tr("MMMM yyyy", "month and year (QLocale format)"));
}

QString UsageFormat::currencySymbol(const QString &isoCode, const QLocale &locale)
{
    if (isoCode.isEmpty())
        return {};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // The symbol the currency's home country writes ("¥" for CNY, "$" for USD), found once per
    // code: the territory of a locale that uses it, then that territory's main locale (zh_CN
    // rather than the first match, yue_CN, whose "￥" is full width).
    static QHash<QString, QString> cache;
    const auto it = cache.constFind(isoCode);
    if (it != cache.constEnd())
        return it.value();
    QString symbol = isoCode + u' ';
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : all) {
        if (l.currencySymbol(QLocale::CurrencyIsoCode) != isoCode)
            continue;
        const QLocale home(QLocale::AnyLanguage, QLocale::AnyScript, l.territory());
        symbol = home.currencySymbol(QLocale::CurrencyIsoCode) == isoCode
                     ? home.currencySymbol(QLocale::CurrencySymbol)
                     : l.currencySymbol(QLocale::CurrencySymbol);
        break;
    }
    cache.insert(isoCode, symbol);
    return symbol;
}

namespace usagecolors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

QColor muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4);
}

QColor surface(const QPalette &palette)
{
    // Light themes: white cards on the grey window; dark themes: cards a little lighter than
    // the window (Base is often darker there, which reads as a hole rather than a card).
    return isDark(palette)
               ? mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.06)
               : palette.color(QPalette::Base);
}

QColor track(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText),
               isDark(palette) ? 0.16 : 0.10);
}

QColor level(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Normal:
        return dark ? QColor(0x4c, 0x9b, 0xf0) : QColor(0x1f, 0x6f, 0xd1);
    case Level::Warning:
        return dark ? QColor(0xf2, 0xb5, 0x3f) : QColor(0xc7, 0x7c, 0x02);
    case Level::Over:
        return dark ? QColor(0xff, 0x6b, 0x64) : QColor(0xcf, 0x2e, 0x2e);
    }
    return palette.color(QPalette::Highlight);
}

QColor tint(Level l, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), level(l, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor item(core::UsageItem item, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (item) {
    case core::UsageItem::Storage:
        return dark ? QColor(0x6a, 0xa7, 0xff) : QColor(0x2f, 0x6f, 0xc9);
    case core::UsageItem::Egress:
        return dark ? QColor(0xff, 0xa1, 0x5c) : QColor(0xe0, 0x7b, 0x28);
    case core::UsageItem::CdnOrigin:
        return dark ? QColor(0x4f, 0xd1, 0xc1) : QColor(0x1f, 0x9a, 0x8a);
    case core::UsageItem::ReadRequests:
        return dark ? QColor(0xa9, 0x8b, 0xff) : QColor(0x74, 0x55, 0xd0);
    case core::UsageItem::WriteRequests:
        return dark ? QColor(0xf0, 0x7a, 0xb8) : QColor(0xc2, 0x48, 0x8a);
    case core::UsageItem::Cdn:
        return dark ? QColor(0x7f, 0xd4, 0x6a) : QColor(0x3f, 0x91, 0x2c);
    }
    return palette.color(QPalette::Highlight);
}

} // namespace usagecolors

} // namespace sucai::ui
