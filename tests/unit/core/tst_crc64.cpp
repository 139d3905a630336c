#include "core/crc64.h"

#include <QRandomGenerator>
#include <QTest>

using sucai::core::Crc64;

class TestCrc64 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkValue_matchesCatalogue()
    {
        // CRC RevEng catalogue, CRC-64/XZ: check = 0x995dc9bbdf1939fa.
        QCOMPARE(Crc64::of("123456789"), 0x995DC9BBDF1939FAULL);
        QCOMPARE(Crc64::of("123456789"), 11051210869376104954ULL); // as COS prints it
        QCOMPARE(Crc64::of(""), 0ULL);
    }

    void incremental_equalsOneShot_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        QTest::newRow("tiny") << 3 << 1;
        QTest::newRow("unaligned") << 1000 << 7;
        QTest::newRow("big chunks") << 100000 << 16384;
    }
    void incremental_equalsOneShot()
    {
        QFETCH(int, size);
        QFETCH(int, chunk);
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (auto &c : data)
            c = static_cast<char>(rng.generate() & 0xFF);
        Crc64 crc;
        for (int off = 0; off < size; off += chunk)
            crc.update(QByteArrayView(data).sliced(off, qMin(chunk, size - off)));
        QCOMPARE(crc.value(), Crc64::of(data));
        QVERIFY(crc.value() != 0);
    }

    void combine_equalsCrcOfConcatenation_data()
    {
        QTest::addColumn<int>("lenA");
        QTest::addColumn<int>("lenB");
        QTest::newRow("empty b") << 10 << 0;
        QTest::newRow("empty a") << 0 << 10;
        QTest::newRow("one byte") << 1 << 1;
        QTest::newRow("parts") << 5 * 1024 + 3 << 70001;
    }
    void combine_equalsCrcOfConcatenation()
    {
        QFETCH(int, lenA);
        QFETCH(int, lenB);
        QByteArray a(lenA, 'a');
        QByteArray b(lenB, Qt::Uninitialized);
        for (int i = 0; i < lenB; ++i)
            b[i] = static_cast<char>(i * 31 + 7);
        QCOMPARE(Crc64::combine(Crc64::of(a), Crc64::of(b), lenB), Crc64::of(QByteArray(a + b)));
    }

    void combine_threeParts_likeMultipart()
    {
        const QByteArray p1(5 * 1024 * 1024, 'x');
        const QByteArray p2(5 * 1024 * 1024, 'y');
        const QByteArray p3("tail");
        quint64 whole = Crc64::of(p1);
        whole = Crc64::combine(whole, Crc64::of(p2), p2.size());
        whole = Crc64::combine(whole, Crc64::of(p3), p3.size());
        QCOMPARE(whole, Crc64::of(QByteArray(p1 + p2 + p3)));
    }
};

QTEST_APPLESS_MAIN(TestCrc64)
#include "tst_crc64.moc"
