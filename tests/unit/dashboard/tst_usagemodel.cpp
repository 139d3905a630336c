// The dashboard's arithmetic: month boundaries, storage billed per day, projection and its band,
// cost beyond the free tier (CDN tiers and packages), run-out dates, alerts that fire once, CSV.
#include "core/usagemodel.h"

#include <QTest>

#include <cmath>

using sucai::core::AlertSettings;
using sucai::core::FreeTier;
using sucai::core::ItemUsage;
using sucai::core::kBytesPerGB;
using sucai::core::MonthReport;
using sucai::core::PriceTable;
using sucai::core::UsageAlert;
using sucai::core::UsageInput;
using sucai::core::UsageItem;
using sucai::core::UsageModel;

namespace {

constexpr qint64 GB = kBytesPerGB;
constexpr qint64 MB = 1024 * 1024;

// The seed's free tier, spelled out so that these tests do not depend on the resource file.
FreeTier seedTier()
{
    FreeTier t;
    t.storageBytes = 50 * GB;
    t.egressBytes = 10 * GB;
    t.cdnOriginBytes = 10 * GB;
    t.readRequests = 1'000'000;
    t.writeRequests = 1'000'000;
    t.cdnActivationBytes = 50 * GB;
    t.cdnActivationMonths = 6;
    t.cdnCustomDomainBytes = 10 * GB;
    return t;
}

// Round prices, so that expected bills are easy to check by hand.
PriceTable prices()
{
    PriceTable p;
    p.currency = QStringLiteral("CNY");
    p.storagePerGBMonth = 1.0;
    p.egressPerGB = 1.0;
    p.cdnOriginPerGB = 0.5;
    p.readPer10kRequests = 0.01;
    p.writePer10kRequests = 0.1;
    p.cdnTiers = {{100.0, 0.2}, {std::nullopt, 0.1}};
    return p;
}

void fill(UsageInput &in, UsageItem item, QDate from, QDate to, qint64 perDay)
{
    for (QDate d = from; d <= to; d = d.addDays(1))
        in.set(item, d, perDay);
}

UsageInput inputFor(QDate month, QDate today)
{
    UsageInput in;
    in.month = month;
    in.today = today;
    return in;
}

MonthReport compute(const UsageInput &in)
{
    return UsageModel::compute(in, seedTier(), prices());
}

QStringList keys(const QList<UsageAlert> &alerts)
{
    QStringList k;
    for (const UsageAlert &a : alerts)
        k.append(a.key);
    return k;
}

bool near(qint64 actual, double expected)
{
    return std::abs(double(actual) - expected) <= 2.0;
}

} // namespace

class TestUsageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void month_boundaries_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<int>("days");
        QTest::newRow("February") << QDate(2026, 2, 1) << 28;
        QTest::newRow("February, leap year") << QDate(2028, 2, 1) << 29;
        QTest::newRow("February 2100, no leap year") << QDate(2100, 2, 1) << 28;
        QTest::newRow("January") << QDate(2026, 1, 1) << 31;
        QTest::newRow("April") << QDate(2026, 4, 1) << 30;
        QTest::newRow("December, into the next year") << QDate(2026, 12, 1) << 31;
    }

    void month_boundaries()
    {
        QFETCH(QDate, month);
        QFETCH(int, days);
        // The month is over; samples on the days either side of it must not count.
        UsageInput in = inputFor(month.addDays(days / 2), month.addMonths(1));
        fill(in, UsageItem::Egress, month.addDays(-1), month.addMonths(1), 1 * GB);
        fill(in, UsageItem::ReadRequests, month.addDays(-3), month.addMonths(1).addDays(3), 100);
        const MonthReport r = compute(in);
        QCOMPARE(r.month, month);
        QCOMPARE(r.daysInMonth, days);
        QVERIFY(r.complete);
        const ItemUsage &egress = r.item(UsageItem::Egress);
        QCOMPARE(egress.used, days * GB);
        QCOMPARE(egress.projected, egress.used); // nothing left to project
        QCOMPARE(egress.lastDataDay, month.addMonths(1).addDays(-1));
        QCOMPARE(r.item(UsageItem::ReadRequests).used, qint64(days) * 100);
        // Beyond the free 10 GB, at 1.00 a GB.
        QCOMPARE(egress.costSoFar, qint64(days - 10) * 100);
        // 10 GB are used up on the 10th.
        QCOMPARE(egress.runsOutOn, std::optional<QDate>(month.addDays(9)));
        // One CSV row per day.
        const QByteArray csv = UsageModel::toCsv(in);
        QCOMPARE(csv.count("\r\n"), qsizetype(days + 1));
        const QByteArray lastRow = month.addMonths(1).addDays(-1).toString(Qt::ISODate).toLatin1() +
                                   QByteArray(",,1073741824,,100,,\r\n");
        QVERIFY2(csv.endsWith(lastRow), csv.right(80).constData());
    }

    void projection_linearOnWholeDays_todayIsPartial()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        fill(in, UsageItem::Egress, QDate(2026, 11, 1), QDate(2026, 11, 9), 1 * GB);
        in.set(UsageItem::Egress, QDate(2026, 11, 10), GB / 4); // today, so far
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QCOMPARE(u.used, 9 * GB + GB / 4);
        QCOMPARE(u.daysOfData, 9);
        QVERIFY(!u.thinData);
        // 9 whole days at 1 GB; today at least a whole day's worth; 20 more days.
        QCOMPARE(u.projected, 30 * GB);
        QCOMPARE(u.projectedLow, u.projected);
        QCOMPARE(u.projectedHigh, u.projected);
        QCOMPARE(u.lastDataDay, QDate(2026, 11, 10));
    }

    void projection_data_lagsBehindToday()
    {
        UsageInput in = inputFor(QDate(2026, 12, 1), QDate(2026, 12, 11));
        fill(in, UsageItem::CdnOrigin, QDate(2026, 12, 1), QDate(2026, 12, 8), 1 * GB);
        const ItemUsage u = compute(in).item(UsageItem::CdnOrigin);
        QCOMPARE(u.used, 8 * GB);
        QCOMPARE(u.daysOfData, 8);
        QCOMPARE(u.projected, 31 * GB); // December has 31 days
    }

    void projection_startsAtTheFirstSample()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 20));
        fill(in, UsageItem::Egress, QDate(2026, 11, 15), QDate(2026, 11, 19), 2 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QCOMPARE(u.daysOfData, 5);
        QCOMPARE(u.projected, 10 * GB + 11 * 2 * GB);
    }

    void projection_thinData_isABand()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 4));
        fill(in, UsageItem::Egress, QDate(2026, 11, 1), QDate(2026, 11, 3), 1 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QVERIFY(u.thinData);
        QCOMPARE(u.daysOfData, 3);
        QCOMPARE(u.projected, 30 * GB);
        const double f = 0.5 / std::sqrt(3.0);
        QVERIFY2(near(u.projectedLow, 3.0 * GB + 27.0 * GB * (1 - f)),
                 qPrintable(QString::number(u.projectedLow)));
        QVERIFY2(near(u.projectedHigh, 3.0 * GB + 27.0 * GB * (1 + f)),
                 qPrintable(QString::number(u.projectedHigh)));
    }

    void projection_thinData_bandCoversTheSmallestAndLargestDay()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 3));
        in.set(UsageItem::Egress, QDate(2026, 11, 1), 1 * GB);
        in.set(UsageItem::Egress, QDate(2026, 11, 2), 3 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QCOMPARE(u.projected, 4 * GB + 28 * 2 * GB);
        QCOMPARE(u.projectedLow, 4 * GB + 28 * 1 * GB);  // every day like the smallest
        QCOMPARE(u.projectedHigh, 4 * GB + 28 * 3 * GB); // every day like the largest
    }

    void projection_onlyTodaysPartialDay()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 1));
        in.set(UsageItem::Egress, QDate(2026, 11, 1), GB / 2);
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QCOMPARE(u.daysOfData, 0);
        QVERIFY(u.thinData);
        QCOMPARE(u.projected, 15 * GB);
        QCOMPARE(u.projectedLow, u.used);
        QVERIFY(near(u.projectedHigh, 0.5 * GB + 29.0 * GB));
    }

    void projection_sevenWholeDays_isNoLongerThin()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 8));
        fill(in, UsageItem::Egress, QDate(2026, 11, 1), QDate(2026, 11, 6), 1 * GB);
        QVERIFY(compute(in).item(UsageItem::Egress).thinData); // 6 days
        in.set(UsageItem::Egress, QDate(2026, 11, 7), 5 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QVERIFY(!u.thinData);
        QCOMPARE(u.projectedLow, u.projected);
        QCOMPARE(u.projectedHigh, u.projected);
        QVERIFY(near(u.projected, 11.0 * GB + 23.0 * 11.0 * GB / 7.0));
    }

    void storage_isBilledPerDay_notOnTheCurrentSize()
    {
        // November is over: 40 GB for 20 days, then 80 GB for the last 10.
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 12, 1));
        fill(in, UsageItem::Storage, QDate(2026, 11, 1), QDate(2026, 11, 20), 40 * GB);
        fill(in, UsageItem::Storage, QDate(2026, 11, 21), QDate(2026, 11, 30), 80 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Storage);
        QCOMPARE(u.used, 80 * GB); // the latest day's size
        // 10 days of 30 GB beyond the free 50, each 1/30 month: 10 GB-month (the current size
        // for the whole month would be 30).
        QCOMPARE(u.billableSoFar, 10.0);
        QCOMPARE(u.costSoFar, qint64(1000));
        QCOMPARE(u.costProjected, qint64(1000));
        QCOMPARE(u.runsOutOn, std::optional<QDate>(QDate(2026, 11, 21)));
    }

    void storage_aLongMonthHasMoreDays()
    {
        // Tencent divides by 30 whatever the month: 31 days of 10 GB beyond are 31/30 GB-month.
        UsageInput in = inputFor(QDate(2026, 1, 1), QDate(2026, 2, 1));
        fill(in, UsageItem::Storage, QDate(2026, 1, 1), QDate(2026, 1, 31), 60 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Storage);
        QVERIFY(qFuzzyCompare(u.billableSoFar, 31.0 / 3.0));
        QCOMPARE(u.costSoFar, qint64(1033));
    }

    void storage_gapsHoldTheDayBefore()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 12, 1));
        in.set(UsageItem::Storage, QDate(2026, 11, 1), 60 * GB);
        in.set(UsageItem::Storage, QDate(2026, 11, 16), 40 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Storage);
        QCOMPARE(u.billableSoFar, 5.0); // days 1-15 at 60 GB: 15 * 10 / 30
        QCOMPARE(u.used, 40 * GB);

        // One sample only (a bucket scan): the whole month holds it.
        UsageInput scan = inputFor(QDate(2026, 11, 1), QDate(2026, 12, 1));
        scan.set(UsageItem::Storage, QDate(2026, 11, 11), 60 * GB);
        QCOMPARE(compute(scan).item(UsageItem::Storage).billableSoFar, 10.0);
    }

    void storage_projectionFollowsTheTrend()
    {
        // Growing by 1 GB a day: 41 GB on the 1st ... 50 GB on the 10th (today).
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        for (int d = 1; d <= 10; ++d)
            in.set(UsageItem::Storage, QDate(2026, 11, d), (40 + d) * GB);
        const ItemUsage u = compute(in).item(UsageItem::Storage);
        QCOMPARE(u.used, 50 * GB);
        QCOMPARE(u.daysOfData, 10);
        QVERIFY(!u.thinData);
        QVERIFY(near(u.projected, 70.0 * GB)); // 20 more days
        QCOMPARE(u.billableSoFar, 0.0);
        QCOMPARE(u.costSoFar, qint64(0));
        // Days 11-30 are 1..20 GB beyond: 210 GB-days = 7 GB-month.
        QVERIFY(qAbs(u.billableProjected - 7.0) < 1e-6);
        QCOMPARE(u.costProjected, qint64(700));
        QCOMPARE(u.runsOutOn, std::optional<QDate>(QDate(2026, 11, 11)));
    }

    void storage_thinData_isABand()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 2));
        fill(in, UsageItem::Storage, QDate(2026, 11, 1), QDate(2026, 11, 2), 40 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Storage);
        QVERIFY(u.thinData);
        QCOMPARE(u.projected, 40 * GB);
        const double f = 0.5 / std::sqrt(2.0);
        QVERIFY(near(u.projectedLow, 40.0 * GB * (1 - f)));
        QVERIFY(near(u.projectedHigh, 40.0 * GB * (1 + f)));
        QVERIFY(!u.runsOutOn.has_value());
    }

    void cost_beyondTheFreeTier_withCdnTiers()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 12, 1));
        in.cdn.customDomain = true; // 10 GB of CDN a month, no new-user package
        fill(in, UsageItem::Storage, QDate(2026, 11, 1), QDate(2026, 11, 30), 40 * GB);
        in.set(UsageItem::Egress, QDate(2026, 11, 5), 12 * GB);
        fill(in, UsageItem::CdnOrigin, QDate(2026, 11, 1), QDate(2026, 11, 10), 1 * GB);
        fill(in, UsageItem::ReadRequests, QDate(2026, 11, 1), QDate(2026, 11, 25), 50'000);
        fill(in, UsageItem::WriteRequests, QDate(2026, 11, 1), QDate(2026, 11, 20), 50'000);
        fill(in, UsageItem::Cdn, QDate(2026, 11, 1), QDate(2026, 11, 30), 7 * GB);
        const MonthReport r = compute(in);

        QCOMPARE(r.item(UsageItem::Storage).costSoFar, qint64(0));
        QCOMPARE(r.item(UsageItem::Egress).billableSoFar, 2.0);
        QCOMPARE(r.item(UsageItem::Egress).costSoFar, qint64(200));
        QCOMPARE(r.item(UsageItem::Egress).runsOutOn, std::optional<QDate>(QDate(2026, 11, 5)));
        // Exactly the free amount: nothing billed, but used up on the day it was reached.
        QCOMPARE(r.item(UsageItem::CdnOrigin).costSoFar, qint64(0));
        QCOMPARE(r.item(UsageItem::CdnOrigin).runsOutOn, std::optional<QDate>(QDate(2026, 11, 10)));
        QCOMPARE(r.item(UsageItem::ReadRequests).billableSoFar, 250'000.0);
        QCOMPARE(r.item(UsageItem::ReadRequests).costSoFar, qint64(25));
        QCOMPARE(r.item(UsageItem::WriteRequests).costSoFar, qint64(0));
        QCOMPARE(r.item(UsageItem::WriteRequests).runsOutOn,
                 std::optional<QDate>(QDate(2026, 11, 20)));
        // CDN: 210 GB - 10 free = 200 GB: 100 at 0.20, 100 at 0.10.
        const ItemUsage &cdn = r.item(UsageItem::Cdn);
        QCOMPARE(cdn.quota, 10 * GB);
        QCOMPARE(cdn.billableSoFar, 200.0);
        QCOMPARE(cdn.costSoFar, qint64(3000));
        QCOMPARE(cdn.runsOutOn, std::optional<QDate>(QDate(2026, 11, 2)));

        QCOMPARE(r.costSoFar, qint64(200 + 25 + 3000));
        QCOMPARE(r.costProjected, r.costSoFar); // the month is over
        QCOMPARE(r.currency, QStringLiteral("CNY"));
        QCOMPARE(r.firstToRunOut, std::optional<UsageItem>(UsageItem::Cdn));
        QCOMPARE(r.firstRunOutDay, QDate(2026, 11, 2));
    }

    void cost_projected_ofTheCurrentMonth()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 11));
        fill(in, UsageItem::Egress, QDate(2026, 11, 1), QDate(2026, 11, 10), 1 * GB);
        const ItemUsage u = compute(in).item(UsageItem::Egress);
        QCOMPARE(u.costSoFar, qint64(0)); // 10 GB so far: all free
        QCOMPARE(u.billableProjected, 20.0);
        QCOMPARE(u.costProjected, qint64(2000));
    }

    void cdnPackage_coversOnlyItsOwnDays_data()
    {
        QTest::addColumn<bool>("customDomain");
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<double>("billable");
        QTest::addColumn<QDate>("runsOut");
        // February 2027, the month the package of 31 August 2026 ends (it covers 1-27 Feb):
        // 3 GB a day, 81 GB on covered days and 3 GB on the 28th.
        QTest::newRow("package only") << false << 50 * GB << 81.0 - 50 + 3 << QDate(2027, 2, 17);
        QTest::newRow("package and custom domain")
            << true << 60 * GB << 81.0 - 60 + 3 << QDate(2027, 2, 20);
    }

    void cdnPackage_coversOnlyItsOwnDays()
    {
        QFETCH(bool, customDomain);
        QFETCH(qint64, quota);
        QFETCH(double, billable);
        QFETCH(QDate, runsOut);
        UsageInput in = inputFor(QDate(2027, 2, 1), QDate(2027, 3, 1));
        in.cdn.activation = QDate(2026, 8, 31);
        in.cdn.customDomain = customDomain;
        fill(in, UsageItem::Cdn, QDate(2027, 2, 1), QDate(2027, 2, 28), 3 * GB);
        const MonthReport r = compute(in);
        QCOMPARE(r.cdnPackage.expiresOn, QDate(2027, 2, 28));
        QVERIFY(r.cdnPackage.activeInMonth);
        const ItemUsage &cdn = r.item(UsageItem::Cdn);
        QCOMPARE(cdn.quota, quota);
        QCOMPARE(cdn.billableSoFar, billable);
        QCOMPARE(cdn.costSoFar, PriceTable::toMinorUnits(billable * 0.2));
        QCOMPARE(cdn.runsOutOn, std::optional<QDate>(runsOut));
    }

    void cdnPackage_unusedPartEndsWithIt()
    {
        // Activated 10 March: September's 1st-9th are covered, the rest is not.
        UsageInput in = inputFor(QDate(2026, 9, 1), QDate(2026, 10, 1));
        in.cdn.activation = QDate(2026, 3, 10);
        fill(in, UsageItem::Cdn, QDate(2026, 9, 1), QDate(2026, 9, 30), 1 * GB);
        const ItemUsage cdn = compute(in).item(UsageItem::Cdn);
        QCOMPARE(cdn.quota, 50 * GB);
        QCOMPARE(cdn.billableSoFar, 21.0);
        QCOMPARE(cdn.runsOutOn, std::optional<QDate>(QDate(2026, 9, 10)));
    }

    void cdnPackage_afterItsEnd_nothingIsFree()
    {
        UsageInput in = inputFor(QDate(2027, 3, 1), QDate(2027, 4, 1));
        in.cdn.activation = QDate(2026, 8, 31);
        fill(in, UsageItem::Cdn, QDate(2027, 3, 1), QDate(2027, 3, 31), 3 * GB);
        const MonthReport r = compute(in);
        QVERIFY(!r.cdnPackage.activeInMonth);
        const ItemUsage &cdn = r.item(UsageItem::Cdn);
        QCOMPARE(cdn.quota, qint64(0));
        QCOMPARE(cdn.billableSoFar, 93.0);
        QCOMPARE(cdn.costSoFar, qint64(1860));
        QVERIFY(!cdn.runsOutOn.has_value()); // there was nothing to run out of
    }

    void firstToRunOut_isTheEarliestProjectedDay()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        fill(in, UsageItem::Egress, QDate(2026, 11, 1), QDate(2026, 11, 9), 800 * MB);
        fill(in, UsageItem::ReadRequests, QDate(2026, 11, 1), QDate(2026, 11, 9), 50'000);
        fill(in, UsageItem::WriteRequests, QDate(2026, 11, 1), QDate(2026, 11, 9), 10);
        const MonthReport r = compute(in);
        // 10 GB = 10240 MB at 800 MB a day: the 13th.
        QCOMPARE(r.item(UsageItem::Egress).runsOutOn, std::optional<QDate>(QDate(2026, 11, 13)));
        QCOMPARE(r.item(UsageItem::ReadRequests).runsOutOn,
                 std::optional<QDate>(QDate(2026, 11, 20)));
        QVERIFY(!r.item(UsageItem::WriteRequests).runsOutOn.has_value());
        QCOMPARE(r.firstToRunOut, std::optional<UsageItem>(UsageItem::Egress));
        QCOMPARE(r.firstRunOutDay, QDate(2026, 11, 13));
    }

    void noData_isNoData()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        in.set(UsageItem::Egress, QDate(2026, 10, 31), 100 * GB); // another month
        in.set(UsageItem::ReadRequests, QDate(2026, 11, 3), -5);  // nonsense
        const MonthReport r = compute(in);
        for (const ItemUsage &u : r.items) {
            QVERIFY(!u.hasData);
            QCOMPARE(u.used, qint64(0));
            QCOMPARE(u.projected, qint64(0));
            QCOMPARE(u.costProjected, qint64(0));
            QVERIFY(!u.runsOutOn.has_value());
        }
        QCOMPARE(r.item(UsageItem::Egress).quota, 10 * GB);
        QVERIFY(!r.firstToRunOut.has_value());
        QCOMPARE(r.costProjected, qint64(0));
    }

    void thresholds_fireOnce_andAgainNextMonth()
    {
        const AlertSettings settings;
        QSet<QString> fired;
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        in.set(UsageItem::Egress, QDate(2026, 11, 9), 8 * GB + 512 * MB); // 85 %
        auto alerts = UsageModel::newAlerts(compute(in), settings, fired);
        QCOMPARE(keys(alerts), QStringList{QStringLiteral("egress:80:2026-11")});
        QCOMPARE(alerts.first().kind, UsageAlert::Kind::Threshold);
        QCOMPARE(alerts.first().item, UsageItem::Egress);
        QCOMPARE(alerts.first().percent, 80);
        QCOMPARE(alerts.first().quota, 10 * GB);
        for (const UsageAlert &a : alerts)
            fired.insert(a.key);

        // The next refresh, same numbers: nothing new.
        QVERIFY(UsageModel::newAlerts(compute(in), settings, fired).isEmpty());

        // Over 100 %: only that one is new.
        in.set(UsageItem::Egress, QDate(2026, 11, 10), 2 * GB);
        alerts = UsageModel::newAlerts(compute(in), settings, fired);
        QCOMPARE(keys(alerts), QStringList{QStringLiteral("egress:100:2026-11")});
        for (const UsageAlert &a : alerts)
            fired.insert(a.key);
        QVERIFY(UsageModel::newAlerts(compute(in), settings, fired).isEmpty());

        // December: 80 % again is news.
        UsageInput dec = inputFor(QDate(2026, 12, 1), QDate(2026, 12, 3));
        dec.set(UsageItem::Egress, QDate(2026, 12, 2), 8 * GB + 200 * MB);
        QCOMPARE(keys(UsageModel::newAlerts(compute(dec), settings, fired)),
                 QStringList{QStringLiteral("egress:80:2026-12")});
    }

    void thresholds_exactlyAtTheLine_data()
    {
        QTest::addColumn<qint64>("used");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("just below 80 %") << 8 * GB - 1 << QStringList();
        QTest::newRow("exactly 80 %") << 8 * GB << QStringList{QStringLiteral("egress:80:2026-11")};
        QTest::newRow("both at once") << 12 * GB
                                      << QStringList{QStringLiteral("egress:80:2026-11"),
                                                     QStringLiteral("egress:100:2026-11")};
    }

    void thresholds_exactlyAtTheLine()
    {
        QFETCH(qint64, used);
        QFETCH(QStringList, expected);
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        in.set(UsageItem::Egress, QDate(2026, 11, 9), used);
        QCOMPARE(keys(UsageModel::newAlerts(compute(in), AlertSettings(), {})), expected);
    }

    void thresholds_perItemSettings()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        in.set(UsageItem::Egress, QDate(2026, 11, 9), 8 * GB + 512 * MB);
        in.set(UsageItem::WriteRequests, QDate(2026, 11, 9), 900'000);
        AlertSettings settings;
        settings.itemPercents.insert(UsageItem::Egress, {90, 50});
        settings.itemPercents.insert(UsageItem::WriteRequests, {});
        QCOMPARE(keys(UsageModel::newAlerts(compute(in), settings, {})),
                 QStringList{QStringLiteral("egress:50:2026-11")});
    }

    void thresholds_storageUsesTheLatestSize_andStaleMonthsStaySilent()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        in.set(UsageItem::Storage, QDate(2026, 11, 1), 45 * GB); // 90 %, then deleted
        in.set(UsageItem::Storage, QDate(2026, 11, 9), 30 * GB); // 60 %
        fill(in, UsageItem::Cdn, QDate(2026, 11, 1), QDate(2026, 11, 9), 10 * GB); // no package
        QVERIFY(UsageModel::newAlerts(compute(in), AlertSettings(), {}).isEmpty());

        in.set(UsageItem::Storage, QDate(2026, 11, 9), 45 * GB);
        QCOMPARE(keys(UsageModel::newAlerts(compute(in), AlertSettings(), {})),
                 QStringList{QStringLiteral("storage:80:2026-11")});
        // The same month seen on 1 December: too late to warn.
        in.today = QDate(2026, 12, 1);
        QVERIFY(UsageModel::newAlerts(compute(in), AlertSettings(), {}).isEmpty());
    }

    void cdnExpiryAlert_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("alreadyFired");
        QTest::addColumn<int>("daysLeft"); // -1: no alert
        // The package of 31 August 2026 expires on 28 February 2027.
        QTest::newRow("15 days left") << QDate(2027, 2, 13) << 14 << false << -1;
        QTest::newRow("14 days left") << QDate(2027, 2, 14) << 14 << false << 14;
        QTest::newRow("last day") << QDate(2027, 2, 27) << 14 << false << 1;
        QTest::newRow("shown before") << QDate(2027, 2, 20) << 14 << true << -1;
        QTest::newRow("expired") << QDate(2027, 2, 28) << 14 << false << -1;
        QTest::newRow("30 days before") << QDate(2027, 1, 29) << 30 << false << 30;
        QTest::newRow("turned off") << QDate(2027, 2, 20) << -1 << false << -1;
    }

    void cdnExpiryAlert()
    {
        QFETCH(QDate, today);
        QFETCH(int, days);
        QFETCH(bool, alreadyFired);
        QFETCH(int, daysLeft);
        UsageInput in = inputFor(today, today);
        in.cdn.activation = QDate(2026, 8, 31);
        AlertSettings settings;
        settings.cdnExpiryDays = days;
        QSet<QString> fired;
        if (alreadyFired)
            fired.insert(QStringLiteral("cdnPackageExpiry:2027-02-28"));
        const auto alerts = UsageModel::newAlerts(compute(in), settings, fired);
        if (daysLeft < 0) {
            QVERIFY(alerts.isEmpty());
            return;
        }
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, UsageAlert::Kind::CdnPackageExpiring);
        QCOMPARE(alerts.first().key, QStringLiteral("cdnPackageExpiry:2027-02-28"));
        QCOMPARE(alerts.first().expiresOn, QDate(2027, 2, 28));
        QCOMPARE(alerts.first().daysLeft, daysLeft);
    }

    void alertText_namesTheItemAndTheNumbers()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        UsageAlert a;
        a.item = UsageItem::Egress;
        a.percent = 80;
        a.used = 8 * GB + 512 * MB;
        a.quota = 10 * GB;
        const QString text = UsageModel::alertText(a, en);
        QVERIFY2(text.contains(QStringLiteral("Internet egress")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("80")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("10.0 GB")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("8.5 GB")), qPrintable(text));

        a.item = UsageItem::ReadRequests;
        a.percent = 100;
        a.used = 1'200'000;
        a.quota = 1'000'000;
        const QString reads = UsageModel::alertText(a, en);
        QVERIFY2(reads.contains(QStringLiteral("1,000,000")), qPrintable(reads));
        QVERIFY2(reads.contains(QStringLiteral("used up")), qPrintable(reads));

        UsageAlert expiry;
        expiry.kind = UsageAlert::Kind::CdnPackageExpiring;
        expiry.expiresOn = QDate(2027, 2, 28);
        expiry.daysLeft = 14;
        const QString e = UsageModel::alertText(expiry, en);
        QVERIFY2(e.contains(QStringLiteral("14")) && e.contains(QStringLiteral("2027")),
                 qPrintable(e));
    }

    void csvField_quotesPerRfc4180_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("2026-11-01") << QStringLiteral("2026-11-01");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed")
            << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::newRow("carriage return") << QStringLiteral("cr\r") << QStringLiteral("\"cr\r\"");
        QTest::newRow("Chinese") << QStringLiteral("读请求") << QStringLiteral("读请求");
    }

    void csvField_quotesPerRfc4180()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(UsageModel::csvField(field), expected);
    }

    void csv_oneRowPerDay()
    {
        UsageInput in = inputFor(QDate(2028, 2, 1), QDate(2028, 3, 5));
        in.set(UsageItem::Storage, QDate(2028, 2, 1), 1 * GB);
        in.set(UsageItem::WriteRequests, QDate(2028, 2, 15), 7);
        in.set(UsageItem::Egress, QDate(2028, 2, 29), 5);
        const QByteArray csv = UsageModel::toCsv(in);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 1 + 29 + 1); // header, the leap February, "" after the last CRLF
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
        QCOMPARE(lines.constLast(), QByteArray());
        // The storage header holds a comma, so it is quoted.
        QCOMPARE(lines.at(0), QByteArray("Date,\"Standard storage (bytes, daily average)\","
                                         "Internet egress (bytes),CDN origin-pull (bytes),"
                                         "Read requests,Write requests,CDN traffic (bytes)\r"));
        QCOMPARE(lines.at(1), QByteArray("2028-02-01,1073741824,,,,,\r"));
        QCOMPARE(lines.at(15), QByteArray("2028-02-15,,,,,7,\r"));
        QCOMPARE(lines.at(29), QByteArray("2028-02-29,,5,,,,\r"));

        QVERIFY(UsageModel::toCsv(in, true).startsWith("\xEF\xBB\xBF"
                                                       "Date,"));
    }

    void csv_currentMonth_endsToday_futureMonthIsEmpty()
    {
        UsageInput in = inputFor(QDate(2026, 11, 1), QDate(2026, 11, 10));
        fill(in, UsageItem::Egress, QDate(2026, 11, 1), QDate(2026, 11, 10), 1);
        QByteArray csv = UsageModel::toCsv(in);
        QCOMPARE(csv.count("\r\n"), qsizetype(1 + 10));
        QVERIFY(csv.endsWith("2026-11-10,,1,,,,\r\n"));

        in.month = QDate(2026, 12, 1);
        csv = UsageModel::toCsv(in);
        QCOMPARE(csv.count("\r\n"), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestUsageModel)
#include "tst_usagemodel.moc"
