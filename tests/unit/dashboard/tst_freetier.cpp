// The free tier as data: the shipped resource, the user's override merged over it, errors that
// name the file and the problem, and the 6-month CDN package window.
#include "core/freetier.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sucai::core::CdnPackageWindow;
using sucai::core::CdnProfile;
using sucai::core::FreeTier;
using sucai::core::kBytesPerGB;
using sucai::core::UsageItem;
using sucai::test::writeFile;

namespace {
FreeTier shipped()
{
    QString error;
    const auto t = FreeTier::fromFile(FreeTier::resourcePath(), nullptr, &error);
    if (!t)
        qFatal("shipped free tier: %s", qPrintable(error));
    return *t;
}
} // namespace

class TestFreeTier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resource_isCompiledIntoCore()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/data/freetier.json")));
        QVERIFY(QFile::exists(QStringLiteral(":/data/prices.example.json")));
    }

    void resource_holdsTheSeedsFreeTier()
    {
        QString error;
        const auto t = FreeTier::fromFile(QStringLiteral(":/data/freetier.json"), nullptr, &error);
        QVERIFY2(t.has_value(), qPrintable(error));
        // GB as Tencent Cloud bills it: 1024^3 bytes.
        QCOMPARE(kBytesPerGB, qint64(1073741824));
        QCOMPARE(t->storageBytes, 50 * kBytesPerGB);
        QCOMPARE(t->egressBytes, 10 * kBytesPerGB);
        QCOMPARE(t->cdnOriginBytes, 10 * kBytesPerGB);
        QCOMPARE(t->readRequests, qint64(1'000'000));
        QCOMPARE(t->writeRequests, qint64(1'000'000));
        QCOMPARE(t->cdnActivationBytes, 50 * kBytesPerGB);
        QCOMPARE(t->cdnActivationMonths, 6);
        QCOMPARE(t->cdnCustomDomainBytes, 10 * kBytesPerGB);
    }

    void load_withoutOverrideFile_isTheShippedTier()
    {
        QTemporaryDir dir;
        for (const QString &path : {QString(), dir.filePath(QStringLiteral("freetier.json"))}) {
            QString error = QStringLiteral("stale");
            const auto t = FreeTier::load(path, &error);
            QVERIFY(t.has_value());
            QCOMPARE(*t, shipped());
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void load_overrideIsMergedKeyByKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("freetier.json"));
        QVERIFY(writeFile(path, R"({ "_comment": "mine", "egressGB": 20.5,
                                     "writeRequests": 2000000,
                                     "cdnActivationPackage": { "months": 12 } })"));
        QString error;
        const auto t = FreeTier::load(path, &error);
        QVERIFY(t.has_value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        FreeTier expected = shipped();
        expected.egressBytes = qint64(20.5 * double(kBytesPerGB));
        expected.writeRequests = 2'000'000;
        expected.cdnActivationMonths = 12; // and its GB stay the shipped 50
        QCOMPARE(*t, expected);
        QCOMPARE(t->cdnActivationBytes, 50 * kBytesPerGB);
    }

    void load_brokenOverride_isReportedAndIgnored_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // a fragment the message must contain
        QTest::newRow("not JSON, with its line")
            << QByteArray("{\n  \"egressGB\": 20,\n  oops\n}") << QStringLiteral("line 3");
        QTest::newRow("trailing comma")
            << QByteArray("{ \"egressGB\": 20, }") << QStringLiteral("not valid JSON");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("a list, not an object")
            << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("text for a number")
            << QByteArray(R"({ "egressGB": "10" })") << QStringLiteral("\"egressGB\"");
        QTest::newRow("negative") << QByteArray(R"({ "storageGB": -1 })")
                                  << QStringLiteral("\"storageGB\"");
        QTest::newRow("fraction of a request")
            << QByteArray(R"({ "readRequests": 1.5 })") << QStringLiteral("whole number");
        QTest::newRow("typo in a key")
            << QByteArray(R"({ "egresGB": 20 })") << QStringLiteral("\"egresGB\"");
        QTest::newRow("typo in a nested key")
            << QByteArray(R"({ "cdnActivationPackage": { "month": 12 } })")
            << QStringLiteral("\"cdnActivationPackage.month\"");
        QTest::newRow("package not an object") << QByteArray(R"({ "cdnCustomDomainPackage": 10 })")
                                               << QStringLiteral("\"cdnCustomDomainPackage\"");
        QTest::newRow("months not whole")
            << QByteArray(R"({ "cdnActivationPackage": { "months": 6.5 } })")
            << QStringLiteral("\"cdnActivationPackage.months\"");
        QTest::newRow("future format")
            << QByteArray(R"({ "format": 2, "egressGB": 20 })") << QStringLiteral("format 2");
    }

    void load_brokenOverride_isReportedAndIgnored()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my-tier.json"));
        QVERIFY(writeFile(path, json));
        QString error;
        const auto t = FreeTier::load(path, &error);
        QVERIFY(t.has_value());
        QCOMPARE(*t, shipped()); // nothing of the broken file is half-applied
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void load_unreadableOverride_isReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("freetier.json"));
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be
        QString error;
        const auto t = FreeTier::load(path, &error);
        QVERIFY(t.has_value());
        QCOMPARE(*t, shipped());
        QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
    }

    void fromJson_withoutBase_needsEveryKey()
    {
        QString error;
        const auto t = FreeTier::fromJson(
            QJsonObject{{QStringLiteral("storageGB"), 50}, {QStringLiteral("egressGB"), 10}},
            QStringLiteral("partial.json"), nullptr, &error);
        QVERIFY(!t.has_value());
        QVERIFY2(error.startsWith(QStringLiteral("partial.json: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("\"cdnOriginGB\" is missing")), qPrintable(error));
    }

    void quota_perItem()
    {
        const FreeTier t = shipped();
        const QDate month(2026, 11, 1);
        QCOMPARE(t.quota(UsageItem::Storage, {}, month), 50 * kBytesPerGB);
        QCOMPARE(t.quota(UsageItem::Egress, {}, month), 10 * kBytesPerGB);
        QCOMPARE(t.quota(UsageItem::CdnOrigin, {}, month), 10 * kBytesPerGB);
        QCOMPARE(t.quota(UsageItem::ReadRequests, {}, month), qint64(1'000'000));
        QCOMPARE(t.quota(UsageItem::WriteRequests, {}, month), qint64(1'000'000));
        QCOMPARE(t.quota(UsageItem::Cdn, {}, month), qint64(0)); // no CDN, no package
    }

    void cdnPackage_window_data()
    {
        QTest::addColumn<QDate>("activation");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QDate>("expiresOn");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("activeToday");
        QTest::addColumn<bool>("activeInMonth");
        // Tencent's own example: activated on 10 March, valid for 6 months.
        QTest::newRow("activation day")
            << QDate(2026, 3, 10) << QDate(2026, 3, 10) << QDate(2026, 3, 1) << QDate(2026, 9, 10)
            << 184 << true << true;
        QTest::newRow("month before activation")
            << QDate(2026, 3, 10) << QDate(2026, 2, 20) << QDate(2026, 2, 1) << QDate(2026, 9, 10)
            << 202 << false << false;
        QTest::newRow("last covered day")
            << QDate(2026, 3, 10) << QDate(2026, 9, 9) << QDate(2026, 9, 1) << QDate(2026, 9, 10)
            << 1 << true << true;
        QTest::newRow("expiry day") << QDate(2026, 3, 10) << QDate(2026, 9, 10) << QDate(2026, 9, 1)
                                    << QDate(2026, 9, 10) << 0 << false << true;
        QTest::newRow("month after it ended")
            << QDate(2026, 3, 10) << QDate(2026, 10, 1) << QDate(2026, 10, 1) << QDate(2026, 9, 10)
            << 0 << false << false;
        // Activated on the 31st: six months later February has no 31st.
        QTest::newRow("31st, ends in February")
            << QDate(2026, 8, 31) << QDate(2027, 2, 27) << QDate(2027, 2, 1) << QDate(2027, 2, 28)
            << 1 << true << true;
        QTest::newRow("31st, March after")
            << QDate(2026, 8, 31) << QDate(2027, 3, 1) << QDate(2027, 3, 1) << QDate(2027, 2, 28)
            << 0 << false << false;
        QTest::newRow("31st, leap February")
            << QDate(2027, 8, 31) << QDate(2028, 2, 28) << QDate(2028, 2, 1) << QDate(2028, 2, 29)
            << 1 << true << true;
        QTest::newRow("activated on the 1st, ends on the 1st")
            << QDate(2026, 1, 1) << QDate(2026, 7, 1) << QDate(2026, 7, 1) << QDate(2026, 7, 1) << 0
            << false << false;
        QTest::newRow("activated on the 1st, last month")
            << QDate(2026, 1, 1) << QDate(2026, 6, 30) << QDate(2026, 6, 1) << QDate(2026, 7, 1)
            << 1 << true << true;
    }

    void cdnPackage_window()
    {
        QFETCH(QDate, activation);
        QFETCH(QDate, today);
        QFETCH(QDate, month);
        QFETCH(QDate, expiresOn);
        QFETCH(int, daysLeft);
        QFETCH(bool, activeToday);
        QFETCH(bool, activeInMonth);
        const FreeTier t = shipped();
        CdnProfile cdn;
        cdn.activation = activation;
        const CdnPackageWindow w = t.cdnPackage(cdn, today, month);
        QVERIFY(w.known);
        QCOMPARE(w.start, activation);
        QCOMPARE(w.expiresOn, expiresOn);
        QCOMPARE(w.lastDay, expiresOn.addDays(-1));
        QCOMPARE(w.daysLeft, daysLeft);
        QCOMPARE(w.activeToday, activeToday);
        QCOMPARE(w.activeInMonth, activeInMonth);
        QCOMPARE(t.cdnFree(cdn, month), activeInMonth ? 50 * kBytesPerGB : 0);
    }

    void cdnPackage_withoutActivation_isUnknown()
    {
        const CdnPackageWindow w =
            shipped().cdnPackage({}, QDate(2026, 11, 27), QDate(2026, 11, 1));
        QVERIFY(!w.known);
        QVERIFY(!w.activeInMonth);
        QVERIFY(!w.covers(QDate(2026, 11, 27)));
    }

    void customDomainPackage_fromTheFirstAfterAttaching_data()
    {
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<bool>("granted");
        QTest::newRow("date unknown") << QDate() << QDate(2026, 3, 1) << true;
        QTest::newRow("attached mid-month: not that month")
            << QDate(2026, 3, 15) << QDate(2026, 3, 1) << false;
        QTest::newRow("attached mid-month: next month")
            << QDate(2026, 3, 15) << QDate(2026, 4, 1) << true;
        QTest::newRow("attached on the 1st: the next 1st")
            << QDate(2026, 3, 1) << QDate(2026, 3, 1) << false;
        QTest::newRow("attached on the last day of February")
            << QDate(2028, 2, 29) << QDate(2028, 3, 1) << true;
    }

    void customDomainPackage_fromTheFirstAfterAttaching()
    {
        QFETCH(QDate, since);
        QFETCH(QDate, month);
        QFETCH(bool, granted);
        const FreeTier t = shipped();
        CdnProfile cdn;
        cdn.customDomain = true;
        cdn.customDomainSince = since;
        QCOMPARE(t.customDomainPackageIn(cdn, month), granted);
        QCOMPARE(t.cdnFree(cdn, month), granted ? 10 * kBytesPerGB : 0);
        cdn.customDomain = false;
        QVERIFY(!t.customDomainPackageIn(cdn, month));
    }

    void cdnFree_bothPackagesAdd()
    {
        CdnProfile cdn;
        cdn.activation = QDate(2026, 10, 20);
        cdn.customDomain = true;
        QCOMPARE(shipped().quota(UsageItem::Cdn, cdn, QDate(2026, 11, 1)), 60 * kBytesPerGB);
    }
};

QTEST_GUILESS_MAIN(TestFreeTier)
#include "tst_freetier.moc"
