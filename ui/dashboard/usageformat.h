#pragma once

#include "core/usageitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace sucai::ui {

// How the dashboard writes its numbers, for people, in one locale:
// - bytes in GB of 1024^3 bytes (core::kBytesPerGB) with two decimals ("8.50 GB"); tiny
//   amounts in the unit that shows them ("3.2 MB");
// - requests in millions in most languages ("1.23 M"), in 万 (ten thousands) where the locale's
//   language is Chinese ("123.4 万次"). The arithmetic follows the locale; the words ("M",
//   "万次") follow the translation, so an English UI on a Chinese locale still reads sensibly.
// - money from minor units (fen) with the currency's symbol where the locale knows it.
class UsageFormat final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::ui::UsageFormat)

public:
    explicit UsageFormat(const QLocale &locale = QLocale());

    const QLocale &locale() const { return m_locale; }
    // Requests are counted in 万 (10,000) rather than millions.
    bool tenThousands() const;

    // One amount: "8.50 GB", "1.23 M", "123.4 万次".
    QString amount(core::UsageItem item, qint64 value) const;
    // A free amount, without needless decimals: "10 GB", "1 M", "100 万次".
    QString quota(core::UsageItem item, qint64 value) const;
    // Used of the free amount with the unit once: "8.50 / 10 GB", "105.0 / 100 万次".
    QString usedOfQuota(core::UsageItem item, qint64 used, qint64 quota) const;
    // A span with the unit once: "11.20–15.30 GB".
    QString range(core::UsageItem item, qint64 low, qint64 high) const;
    // Every digit: "9,126,805,504 bytes", "1,050,000 requests".
    QString exact(core::UsageItem item, qint64 value) const;

    // The value in the unit amount() shows (GB, M or 万) and that unit's short name, for axes.
    double inDisplayUnit(core::UsageItem item, double value) const;
    QString displayUnit(core::UsageItem item) const;
    // A number in the display unit with `decimals`, grouped as the locale does.
    QString number(double value, int decimals) const;

    // "85 %" (Chinese: "85%"). Rounded down, so that 99.7 % never reads as 100 %.
    QString percent(double fraction) const;
    // "¥12.34" from 1234 minor units of "CNY".
    QString money(qint64 minorUnits, const QString &currency) const;
    // "26 Nov", "11月26日".
    QString shortDate(QDate date) const;
    // "3 Mar 2027", "2027年3月3日".
    QString date(QDate date) const;
    // "November 2026", "2026年11月".
    QString monthTitle(QDate month) const;

    static QString currencySymbol(const QString &isoCode, const QLocale &locale);

private:
    QString withUnit(core::UsageItem item, const QString &number) const;
    QString requests(qint64 value, bool trim) const;
    QString gigabytes(qint64 value, bool trim) const;
    // Below the main unit: "3.2 MB", "123 requests".
    QString exactShort(core::UsageItem item, qint64 value) const;

    QLocale m_locale;
};

// The dashboard's colours, derived from the palette so that they read well on light and dark
// themes alike.
namespace usagecolors {

enum class Level {
    Normal,  // below the warning threshold
    Warning, // at or above it (default 80 %)
    Over,    // the free amount is used up: more is billed
};

bool isDark(const QPalette &palette);
// `a` blended toward `b` by `t` (0: a, 1: b).
QColor mix(const QColor &a, const QColor &b, double t);
// Text that is present but not the point: captions, axis labels.
QColor muted(const QPalette &palette);
// The background of the dashboard's cards (and so of the bars and the chart on them).
QColor surface(const QPalette &palette);
// The empty part of a bar, grid lines.
QColor track(const QPalette &palette);
QColor level(Level level, const QPalette &palette);
// A calm background tint for a banner or message of that level.
QColor tint(Level level, const QPalette &palette);
// One colour per item for the chart, distinct from one another.
QColor item(core::UsageItem item, const QPalette &palette);

} // namespace usagecolors

} // namespace sucai::ui
