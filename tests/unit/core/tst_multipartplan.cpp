#include "core/multipartplan.h"

#include <QTest>

using sucai::core::MultipartPlan;

class TestMultipartPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("preferred");
        QTest::addColumn<qint64>("partSize");
        QTest::addColumn<int>("parts");
        constexpr qint64 mib = 1024 * 1024;
        QTest::newRow("one byte") << qint64(1) << 16 * mib << 16 * mib << 1;
        QTest::newRow("64 MiB") << 64 * mib << 16 * mib << 16 * mib << 4;
        QTest::newRow("64 MiB + 1") << 64 * mib + 1 << 16 * mib << 16 * mib << 5;
        QTest::newRow("tiny preferred clamps to 5 MiB") << 20 * mib << mib << 5 * mib << 4;
        QTest::newRow("1 TiB grows parts") << 1024 * 1024 * mib << 16 * mib << 105 * mib << 9987;
        QTest::newRow("max object")
            << MultipartPlan::kMaxObjectSize << 16 * mib << MultipartPlan::kMaxPartSize << 10000;
    }
    void plan()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, preferred);
        QFETCH(qint64, partSize);
        QFETCH(int, parts);
        const auto p = MultipartPlan::forSize(size, preferred);
        QCOMPARE(p.partSize, partSize);
        QCOMPARE(p.partCount, parts);
        QVERIFY(p.partCount <= MultipartPlan::kMaxParts);
        qint64 sum = 0;
        for (int i = 1; i <= p.partCount; ++i) {
            QVERIFY(p.lengthOf(i) > 0);
            QCOMPARE(p.offsetOf(i), sum);
            sum += p.lengthOf(i);
        }
        QCOMPARE(sum, size);
    }

    void invalid_forEmptyOrHugeFiles()
    {
        QVERIFY(!MultipartPlan::forSize(0).isValid());
        QVERIFY(!MultipartPlan::forSize(MultipartPlan::kMaxObjectSize + 1).isValid());
        QCOMPARE(MultipartPlan::forSize(10).lengthOf(2), 0);
    }
};

QTEST_APPLESS_MAIN(TestMultipartPlan)
#include "tst_multipartplan.moc"
