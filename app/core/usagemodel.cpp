#include "usagemodel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sucai::core {

namespace {

// The month being reported and where today falls in it. Days are indexes, 0 = the 1st.
struct MonthFrame
{
    QDate first;
    int days = 0;
    bool projecting = false; // today is in the month: the rest of it is projected
    int todayIndex = -1;     // when projecting
    QDate dayAt(int i) const { return first.addDays(i); }
};

MonthFrame frameFor(QDate anyDay, QDate today)
{
    MonthFrame f;
    f.first = QDate(anyDay.year(), anyDay.month(), 1);
    f.days = f.first.daysInMonth();
    if (today.isValid() && today >= f.first && today < f.first.addMonths(1)) {
        f.projecting = true;
        f.todayIndex = today.day() - 1;
    }
    return f;
}

// A month's samples of one item, by day index.
struct Samples
{
    std::vector<double> value; // 0 where there is no sample
    std::vector<bool> has;
    int first = -1; // first and last day index with a sample; -1 if none
    int last = -1;
    int count = 0;
};

Samples samplesFor(const QMap<QDate, qint64> &days, const MonthFrame &frame)
{
    Samples s;
    s.value.assign(size_t(frame.days), 0.0);
    s.has.assign(size_t(frame.days), false);
    const QDate end = frame.first.addMonths(1);
    for (auto it = days.lowerBound(frame.first); it != days.end() && it.key() < end; ++it) {
        if (it.value() < 0)
            continue;
        const int i = int(frame.first.daysTo(it.key()));
        s.value[size_t(i)] = double(it.value());
        s.has[size_t(i)] = true;
        ++s.count;
        if (s.first < 0)
            s.first = i;
        s.last = i;
    }
    return s;
}

// A free amount and the days it may be used on.
struct Pool
{
    double left = 0;
    std::vector<bool> eligible;
};

struct Consumption
{
    double beyondFree = 0;
    std::optional<int> runOut; // first day with usage after which nothing free is left for it
};

// Spends the pools on a month of daily usage, in order, each day from the first pool that may
// be used on it.
Consumption consume(const std::vector<double> &usage, std::vector<Pool> pools)
{
    Consumption c;
    double total = 0;
    for (const Pool &p : pools)
        total += p.left;
    for (size_t i = 0; i < usage.size(); ++i) {
        double u = usage[i];
        double leftForDay = 0;
        for (Pool &p : pools) {
            if (!p.eligible[i])
                continue;
            const double take = std::min(u, p.left);
            p.left -= take;
            u -= take;
            leftForDay += p.left;
        }
        c.beyondFree += u;
        if (!c.runOut && total > 0 && usage[i] > 0 && leftForDay <= 0)
            c.runOut = int(i);
    }
    return c;
}

qint64 toAmount(double v)
{
    return v <= 0 ? 0 : qint64(std::llround(v));
}

double factorFor(int wholeDays)
{
    return wholeDays > 0 ? 0.5 / std::sqrt(double(wholeDays)) : 1.0;
}

// Traffic and requests: monthly sums, free amount from the first byte.
void computeFlow(ItemUsage &out, const Samples &s, const MonthFrame &frame,
                 const std::vector<Pool> &pools)
{
    double used = 0;
    for (double v : s.value)
        used += v;
    out.used = toAmount(used);

    std::vector<double> series = s.value; // actual, then projected
    if (!frame.projecting || s.last < 0) {
        out.daysOfData = s.last < 0 ? 0 : s.last - s.first + 1;
        out.projected = out.projectedLow = out.projectedHigh = out.used;
    } else {
        // Today is still running: its amount so far counts, but not as a whole day's.
        const bool partialToday = s.last == frame.todayIndex;
        const int lastWhole = partialToday ? s.last - 1 : s.last;
        const int wholeDays = lastWhole >= s.first ? lastWhole - s.first + 1 : 0;
        double wholeSum = 0;
        double minDay = 0;
        double maxDay = 0;
        for (int i = s.first; i <= lastWhole; ++i) {
            const double v = s.value[size_t(i)];
            wholeSum += v;
            minDay = i == s.first ? v : std::min(minDay, v);
            maxDay = i == s.first ? v : std::max(maxDay, v);
        }
        const double rate = wholeDays > 0 ? wholeSum / wholeDays : s.value[size_t(s.last)];
        if (wholeDays == 0)
            minDay = maxDay = rate;
        int remaining = frame.days - 1 - s.last;
        if (partialToday) {
            series[size_t(s.last)] = std::max(s.value[size_t(s.last)], rate);
            ++remaining;
        }
        for (int i = s.last + 1; i < frame.days; ++i)
            series[size_t(i)] = rate;
        double projected = 0;
        for (double v : series)
            projected += v;

        out.daysOfData = wholeDays;
        out.thinData = wholeDays < UsageModel::kThinDataDays;
        out.projected = toAmount(projected);
        if (out.thinData) {
            const double toCome = projected - used;
            const double f = factorFor(wholeDays);
            const double low = used + std::min(toCome * (1 - f), remaining * minDay);
            const double high = used + std::max(toCome * (1 + f), remaining * maxDay);
            out.projectedLow = std::clamp(toAmount(low), out.used, out.projected);
            out.projectedHigh = std::max(toAmount(high), out.projected);
        } else {
            out.projectedLow = out.projectedHigh = out.projected;
        }
    }

    const Consumption soFar = consume(s.value, pools);
    const Consumption whole = consume(series, pools);
    out.billableSoFar = soFar.beyondFree;
    out.billableProjected = whole.beyondFree;
    if (whole.runOut)
        out.runsOutOn = frame.dayAt(*whole.runOut);
}

// Storage: a size per day; each day's size beyond the allowance is billed for 1/30 month.
void computeStorage(ItemUsage &out, const Samples &s, const MonthFrame &frame, double free)
{
    // Gaps hold the size of the day before (before the first sample, the first's).
    std::vector<double> series(size_t(frame.days), 0.0);
    double carry = s.value[size_t(s.first)];
    for (int i = 0; i <= s.last; ++i) {
        if (s.has[size_t(i)])
            carry = s.value[size_t(i)];
        series[size_t(i)] = carry;
    }
    const double latest = s.value[size_t(s.last)];
    out.used = toAmount(latest);
    out.daysOfData = s.count;

    double slope = 0;
    if (frame.projecting && s.count >= 2) {
        double sx = 0, sy = 0;
        for (int i = s.first; i <= s.last; ++i) {
            if (s.has[size_t(i)]) {
                sx += i;
                sy += s.value[size_t(i)];
            }
        }
        const double mx = sx / s.count;
        const double my = sy / s.count;
        double sxy = 0, sxx = 0;
        for (int i = s.first; i <= s.last; ++i) {
            if (s.has[size_t(i)]) {
                sxy += (i - mx) * (s.value[size_t(i)] - my);
                sxx += (i - mx) * (i - mx);
            }
        }
        slope = sxx > 0 ? sxy / sxx : 0;
    }
    for (int i = s.last + 1; i < frame.days; ++i)
        series[size_t(i)] = std::max(0.0, latest + slope * (i - s.last));

    const double end = series[size_t(frame.days - 1)];
    out.projected = toAmount(end);
    out.projectedLow = out.projectedHigh = out.projected;
    if (frame.projecting) {
        out.thinData = s.count < UsageModel::kThinDataDays;
        if (out.thinData) {
            double minDay = latest;
            double maxDay = latest;
            for (int i = s.first; i <= s.last; ++i) {
                if (s.has[size_t(i)]) {
                    minDay = std::min(minDay, s.value[size_t(i)]);
                    maxDay = std::max(maxDay, s.value[size_t(i)]);
                }
            }
            const double f = factorFor(s.count);
            out.projectedLow = std::min(toAmount(std::min(end * (1 - f), minDay)), out.projected);
            out.projectedHigh = std::max(toAmount(std::max(end * (1 + f), maxDay)), out.projected);
        }
    }

    // "So far" is up to the latest sample, or the whole month once it is over.
    const int soFarEnd = frame.projecting ? s.last : frame.days - 1;
    double excessSoFar = 0;
    double excessWhole = 0;
    for (int i = 0; i < frame.days; ++i) {
        const double excess = std::max(0.0, series[size_t(i)] - free);
        excessWhole += excess;
        if (i <= soFarEnd)
            excessSoFar += excess;
        if (!out.runsOutOn && free > 0 && series[size_t(i)] > free)
            out.runsOutOn = frame.dayAt(i);
    }
    const double perGBMonth = double(kBytesPerGB) * UsageModel::kStorageDaysPerMonth;
    out.billableSoFar = excessSoFar / perGBMonth;
    out.billableProjected = excessWhole / perGBMonth;
}

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString formatAmount(UsageItem item, qint64 amount, const QLocale &locale)
{
    if (UsageItems::isBytes(item))
        return locale.formattedDataSize(amount, 1, QLocale::DataSizeTraditionalFormat);
    return locale.toString(amount);
}

} // namespace

MonthReport UsageModel::compute(const UsageInput &input, const FreeTier &tier,
                                const PriceTable &prices)
{
    const MonthFrame frame =
        frameFor(input.month.isValid() ? input.month : input.today, input.today);
    MonthReport r;
    r.month = frame.first;
    r.today = input.today;
    r.daysInMonth = frame.days;
    r.complete = input.today.isValid() && input.today >= frame.first.addMonths(1);
    r.currency = prices.currency;
    r.examplePrices = prices.example;
    r.cdnPackage = tier.cdnPackage(input.cdn, input.today, frame.first);

    for (UsageItem item : UsageItems::all()) {
        ItemUsage &out = r.items[size_t(item)];
        out.item = item;
        out.quota = tier.quota(item, input.cdn, frame.first);
        const Samples s = samplesFor(input.series(item), frame);
        if (s.count == 0)
            continue;
        out.hasData = true;
        out.lastDataDay = frame.dayAt(s.last);

        if (item == UsageItem::Storage) {
            computeStorage(out, s, frame, double(out.quota));
        } else {
            std::vector<Pool> pools;
            if (item == UsageItem::Cdn) {
                // The new-user package only on the days it covers, then the custom-domain one.
                Pool activation{0, std::vector<bool>(size_t(frame.days), false)};
                if (r.cdnPackage.activeInMonth) {
                    activation.left = double(tier.cdnActivationBytes);
                    for (int i = 0; i < frame.days; ++i)
                        activation.eligible[size_t(i)] = r.cdnPackage.covers(frame.dayAt(i));
                }
                pools.push_back(std::move(activation));
                const bool custom = tier.customDomainPackageIn(input.cdn, frame.first);
                pools.push_back(Pool{custom ? double(tier.cdnCustomDomainBytes) : 0.0,
                                     std::vector<bool>(size_t(frame.days), true)});
            } else {
                pools.push_back(
                    Pool{double(out.quota), std::vector<bool>(size_t(frame.days), true)});
            }
            computeFlow(out, s, frame, pools);
            if (UsageItems::isBytes(item)) {
                out.billableSoFar /= double(kBytesPerGB);
                out.billableProjected /= double(kBytesPerGB);
            }
        }
        out.costSoFar = prices.cost(item, out.billableSoFar);
        out.costProjected = prices.cost(item, out.billableProjected);
        r.costSoFar += out.costSoFar;
        r.costProjected += out.costProjected;
        if (out.runsOutOn && (!r.firstToRunOut || *out.runsOutOn < r.firstRunOutDay)) {
            r.firstToRunOut = item;
            r.firstRunOutDay = *out.runsOutOn;
        }
    }
    return r;
}

QList<UsageAlert> UsageModel::newAlerts(const MonthReport &report, const AlertSettings &settings,
                                        const QSet<QString> &fired)
{
    QList<UsageAlert> alerts;
    const bool current = report.today.isValid() && report.today >= report.month &&
                         report.today < report.month.addMonths(1);
    if (current) {
        for (const ItemUsage &u : report.items) {
            if (!u.hasData || u.quota <= 0)
                continue;
            QList<int> percents = settings.percentsFor(u.item);
            std::sort(percents.begin(), percents.end());
            for (int p : percents) {
                // long double: exact for any byte count below 2^64 / 100.
                if (p <= 0 ||
                    static_cast<long double>(u.used) * 100 < static_cast<long double>(u.quota) * p)
                    continue;
                UsageAlert a;
                a.kind = UsageAlert::Kind::Threshold;
                a.key = UsageItems::id(u.item) + u':' + QString::number(p) + u':' +
                        monthKey(report.month);
                if (fired.contains(a.key))
                    continue;
                a.item = u.item;
                a.percent = p;
                a.month = report.month;
                a.used = u.used;
                a.quota = u.quota;
                alerts.append(a);
            }
        }
    }
    const CdnPackageWindow &w = report.cdnPackage;
    if (settings.cdnExpiryDays >= 0 && w.activeToday && w.daysLeft <= settings.cdnExpiryDays) {
        UsageAlert a;
        a.kind = UsageAlert::Kind::CdnPackageExpiring;
        a.key = QStringLiteral("cdnPackageExpiry:") + w.expiresOn.toString(Qt::ISODate);
        a.item = UsageItem::Cdn;
        a.expiresOn = w.expiresOn;
        a.daysLeft = w.daysLeft;
        if (!fired.contains(a.key))
            alerts.append(a);
    }
    return alerts;
}

QString UsageModel::alertText(const UsageAlert &alert, const QLocale &locale)
{
    if (alert.kind == UsageAlert::Kind::CdnPackageExpiring) {
        return tr("The new-user CDN traffic package expires on %1, in %n day(s). CDN traffic "
                  "after that is billed beyond the monthly free amount.",
                  nullptr, alert.daysLeft)
            .arg(locale.toString(alert.expiresOn, QLocale::LongFormat));
    }
    const QString name = UsageItems::name(alert.item);
    const QString quota = formatAmount(alert.item, alert.quota, locale);
    const QString used = formatAmount(alert.item, alert.used, locale);
    if (alert.percent >= 100) {
        return tr("%1: this month's free %2 is used up (%3 used). More is billed.")
            .arg(name, quota, used);
    }
    return tr("%1 has reached %2 % of the free %3 this month (%4).")
        .arg(name, locale.toString(alert.percent), quota, used);
}

QString UsageModel::csvField(const QString &field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r');
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray UsageModel::toCsv(const UsageInput &input, bool utf8Bom)
{
    const MonthFrame frame =
        frameFor(input.month.isValid() ? input.month : input.today, input.today);
    const QStringList header = {
        tr("Date"),
        tr("Standard storage (bytes, daily average)"),
        tr("Internet egress (bytes)"),
        tr("CDN origin-pull (bytes)"),
        tr("Read requests"),
        tr("Write requests"),
        tr("CDN traffic (bytes)"),
    };
    const auto row = [](const QStringList &fields) -> QString {
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += u',';
            line += csvField(fields.at(i));
        }
        return line + QStringLiteral("\r\n");
    };

    QString csv = row(header);
    int lastDay = frame.days - 1; // a month that is over
    if (frame.projecting)
        lastDay = frame.todayIndex;
    else if (!input.today.isValid() || input.today < frame.first)
        lastDay = -1; // a month still to come has no days yet
    for (int i = 0; i <= lastDay; ++i) {
        const QDate day = frame.dayAt(i);
        QStringList fields{day.toString(Qt::ISODate)};
        for (UsageItem item : UsageItems::all()) {
            const QMap<QDate, qint64> &series = input.series(item);
            const auto it = series.constFind(day);
            fields.append(it != series.constEnd() && it.value() >= 0 ? QString::number(it.value())
                                                                     : QString());
        }
        csv += row(fields);
    }
    QByteArray out = utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + csv.toUtf8();
}

} // namespace sucai::core
