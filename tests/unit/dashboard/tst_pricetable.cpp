// The price table as data: the shipped example, the user's file (load, atomic save, errors that
// name the file), per-unit prices, CDN tiers and rounding to minor units.
#include "core/pricetable.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using sucai::core::CdnPriceTier;
using sucai::core::PriceTable;
using sucai::core::UsageItem;
using sucai::test::readFile;
using sucai::test::writeFile;

namespace {
PriceTable example()
{
    QString error;
    const auto t = PriceTable::fromFile(PriceTable::exampleResourcePath(), &error);
    if (!t)
        qFatal("example prices: %s", qPrintable(error));
    return *t;
}

PriceTable roundPrices()
{
    PriceTable p;
    p.currency = QStringLiteral("CNY");
    p.label = QStringLiteral("test");
    p.storagePerGBMonth = 1.0;
    p.egressPerGB = 0.5;
    p.cdnOriginPerGB = 0.25;
    p.readPer10kRequests = 0.01;
    p.writePer10kRequests = 0.1;
    p.cdnTiers = {{10.0, 1.0}, {30.0, 0.5}, {std::nullopt, 0.25}};
    return p;
}

QByteArray json(const PriceTable &p)
{
    return QJsonDocument(p.toJson()).toJson();
}
} // namespace

class TestPriceTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void example_isLabelledAndComplete()
    {
        const PriceTable p = example();
        QCOMPARE(p.currency, QStringLiteral("CNY"));
        QVERIFY(p.example);
        QVERIFY2(p.label.contains(QStringLiteral("Example")), qPrintable(p.label));
        QVERIFY(p.storagePerGBMonth > 0);
        QVERIFY(p.egressPerGB > 0);
        QVERIFY(p.cdnOriginPerGB > 0);
        QVERIFY(p.readPer10kRequests > 0);
        QVERIFY(p.writePer10kRequests > 0);
        QVERIFY(p.cdnTiers.size() >= 2);
        QVERIFY(!p.cdnTiers.constLast().upToGB.has_value());
        QCOMPARE(p.validate(), std::nullopt);
    }

    void amount_perUnit_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<qint64>("minorUnits");
        QTest::newRow("storage GB-month") << int(UsageItem::Storage) << 12.5 << qint64(1250);
        QTest::newRow("egress GB") << int(UsageItem::Egress) << 3.0 << qint64(150);
        QTest::newRow("origin GB") << int(UsageItem::CdnOrigin) << 4.0 << qint64(100);
        QTest::newRow("reads per 10,000")
            << int(UsageItem::ReadRequests) << 250'000.0 << qint64(25);
        QTest::newRow("writes per 10,000")
            << int(UsageItem::WriteRequests) << 250'000.0 << qint64(250);
        QTest::newRow("a few reads round to nothing")
            << int(UsageItem::ReadRequests) << 4'999.0 << qint64(0);
        QTest::newRow("half a fen rounds up")
            << int(UsageItem::ReadRequests) << 5'000.0 << qint64(1);
        QTest::newRow("nothing beyond free") << int(UsageItem::Egress) << 0.0 << qint64(0);
        QTest::newRow("negative is nothing") << int(UsageItem::Egress) << -3.0 << qint64(0);
        // CDN tiers: 10 GB at 1.00, the next 20 at 0.50, the rest at 0.25.
        QTest::newRow("CDN first tier") << int(UsageItem::Cdn) << 5.0 << qint64(500);
        QTest::newRow("CDN first tier full") << int(UsageItem::Cdn) << 10.0 << qint64(1000);
        QTest::newRow("CDN into second") << int(UsageItem::Cdn) << 25.0 << qint64(1750);
        QTest::newRow("CDN into the open tier") << int(UsageItem::Cdn) << 40.0 << qint64(2250);
    }

    void amount_perUnit()
    {
        QFETCH(int, item);
        QFETCH(double, quantity);
        QFETCH(qint64, minorUnits);
        QCOMPARE(roundPrices().cost(UsageItem(item), quantity), minorUnits);
    }

    void amount_beyondTheLastBoundedTier_usesItsPrice()
    {
        PriceTable p = roundPrices();
        p.cdnTiers = {{10.0, 1.0}, {20.0, 0.5}};
        QCOMPARE(p.cost(UsageItem::Cdn, 25.0), qint64(1000 + 500 + 250));
    }

    void toMinorUnits_roundsHalfAwayFromZero_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("exact") << 1.18 << qint64(118);
        QTest::newRow("1.005 is not 100.4999") << 1.005 << qint64(101);
        QTest::newRow("below half") << 0.0049 << qint64(0);
        QTest::newRow("half") << 0.005 << qint64(1);
        QTest::newRow("large") << 123456.785 << qint64(12345679);
    }

    void toMinorUnits_roundsHalfAwayFromZero()
    {
        QFETCH(double, amount);
        QFETCH(qint64, minor);
        QCOMPARE(PriceTable::toMinorUnits(amount), minor);
    }

    void save_thenLoad_roundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/prices.json"));
        PriceTable p = roundPrices();
        p.storagePerGBMonth = 0.099;
        p.currency = QStringLiteral("USD");
        QString error;
        QVERIFY2(p.save(path, &error), qPrintable(error));
        const auto back = PriceTable::fromFile(path, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, p);
    }

    void save_replacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QString error;
        QVERIFY(roundPrices().save(path, &error));
        PriceTable changed = roundPrices();
        changed.egressPerGB = 0.8;
        QVERIFY2(changed.save(path, &error), qPrintable(error));
        QCOMPARE(PriceTable::fromFile(path, &error)->egressPerGB, 0.8);
        // No temporary file left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("prices.json")});
    }

    void save_refusesAnInvalidTable_andKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QString error;
        QVERIFY(roundPrices().save(path, &error));
        const QByteArray before = readFile(path);
        PriceTable broken = roundPrices();
        broken.cdnTiers.clear();
        QVERIFY(!broken.save(path, &error));
        QVERIFY2(error.contains(QStringLiteral("cdnTiers")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(readFile(path), before);
    }

    void save_whereNoFileCanBe_isAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(blocker, "x"));
        QString error;
        QVERIFY(!roundPrices().save(blocker + QStringLiteral("/prices.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be saved")), qPrintable(error));
    }

    void load_prefersTheUsersFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QString error;
        const auto none = PriceTable::load(path, &error);
        QVERIFY(none.has_value());
        QCOMPARE(*none, example());
        QVERIFY(error.isEmpty());

        QVERIFY(writeFile(path, json(roundPrices())));
        const auto user = PriceTable::load(path, &error);
        QVERIFY(user.has_value());
        QCOMPARE(*user, roundPrices());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void load_brokenUserFile_fallsBackToTheExample_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        const QByteArray good = json(roundPrices());
        const auto edit = [&](const char *from, const char *to) {
            QByteArray b = good;
            b.replace(from, to);
            return b;
        };
        QTest::newRow("not JSON") << QByteArray("{ \"currency\": \"CNY\",\n\n  ")
                                  << QStringLiteral("line 3");
        QTest::newRow("missing price") << edit("\"egressPerGB\"", "\"_egressPerGB\"")
                                       << QStringLiteral("\"egressPerGB\" is missing");
        QTest::newRow("text price") << edit("\"egressPerGB\": 0.5", "\"egressPerGB\": \"0.5\"")
                                    << QStringLiteral("\"egressPerGB\"");
        QTest::newRow("negative price") << edit("\"egressPerGB\": 0.5", "\"egressPerGB\": -0.5")
                                        << QStringLiteral("\"egressPerGB\"");
        QTest::newRow("unknown key")
            << edit("\"egressPerGB\"", "\"egressPerGiB\"") << QStringLiteral("\"egressPerGiB\"");
        QTest::newRow("currency") << edit("\"CNY\"", "\"yuan\"") << QStringLiteral("currency");
        QTest::newRow("tiers not rising")
            << edit("\"upToGB\": 30", "\"upToGB\": 5") << QStringLiteral("cdnTiers[1].upToGB");
        PriceTable openFirst = roundPrices();
        openFirst.cdnTiers.first().upToGB.reset();
        QTest::newRow("open tier not last") << json(openFirst) << QStringLiteral("only the last");
        QTest::newRow("tier without price")
            << edit("\"perGB\": 0.25", "\"price\": 0.25") << QStringLiteral("cdnTiers[2]");
        QTest::newRow("format") << edit("\"format\": 1", "\"format\": 7")
                                << QStringLiteral("format 7");
    }

    void load_brokenUserFile_fallsBackToTheExample()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QVERIFY(writeFile(path, content));
        QString error;
        const auto p = PriceTable::load(path, &error);
        QVERIFY(p.has_value());
        QCOMPARE(*p, example());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void toJson_keepsTheExampleFlag()
    {
        PriceTable p = example();
        QString error;
        const auto back = PriceTable::fromJson(p.toJson(), QStringLiteral("memory"), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(back->example);
        QCOMPARE(*back, p);
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
