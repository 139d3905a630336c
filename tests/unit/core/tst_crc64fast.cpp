// Crc64's fast path (carry-less multiply folding on x86-64 with PCLMULQDQ) against a bit-by-bit
// reference: every length and alignment the folding code distinguishes, random incremental
// splits, big buffers. The same tests run a second time in a child process with
// SUCAI_CRC64_FORCE_TABLE=1, so the table fallback is checked on machines that have PCLMULQDQ.
#include "core/crc64.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using sucai::core::Crc64;

namespace {

// The definition, one bit at a time: reflected polynomial, init and final xor all ones.
quint64 referenceUpdate(quint64 crc, QByteArrayView data)
{
    crc = ~crc;
    for (const char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ 0xC96C5795D7870F42ULL : crc >> 1;
    }
    return ~crc;
}

QByteArray randomBytes(QRandomGenerator &rng, qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        data[i] = static_cast<char>(rng.generate());
    return data;
}

} // namespace

class TestCrc64Fast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkValue()
    {
        QCOMPARE(Crc64::of("123456789"), 0x995DC9BBDF1939FAULL);
        // 16 and more bytes take the folding path.
        QCOMPARE(Crc64::of("123456789123456789"), referenceUpdate(0, "123456789123456789"));
        QCOMPARE(Crc64::of(QByteArray(1000, '\0')), referenceUpdate(0, QByteArray(1000, '\0')));
        QCOMPARE(Crc64::of(QByteArray(1000, '\xFF')), referenceUpdate(0, QByteArray(1000, '\xFF')));
    }

    // Every length 0..4096 (one lane, 8 lanes, each tail length) at every offset mod 16, with a
    // random starting CRC, so that the xor of the incoming register is covered too.
    void everyLength_matchesReference()
    {
        QRandomGenerator rng(20240210);
        const QByteArray buffer = randomBytes(rng, 4096 + 64);
        for (int length = 0; length <= 4096; ++length) {
            const int offset = length % 16 + (length / 16) % 3 * 16; // all residues, also > 16
            const QByteArrayView view = QByteArrayView(buffer).sliced(offset, length);
            const quint64 seed = length % 5 == 0 ? 0 : rng.generate64();
            const quint64 got = Crc64::update(seed, view);
            const quint64 want = referenceUpdate(seed, view);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("length %1 offset %2: %3, want %4")
                                     .arg(length)
                                     .arg(offset)
                                     .arg(got, 16, 16, QLatin1Char('0'))
                                     .arg(want, 16, 16, QLatin1Char('0'))));
        }
    }

    void everyOffset_matchesReference()
    {
        QRandomGenerator rng(7);
        const QByteArray buffer = randomBytes(rng, 2048);
        for (int offset = 0; offset < 64; ++offset) {
            for (const int length : {15, 16, 17, 127, 128, 129, 255, 256, 257, 1000}) {
                const QByteArrayView view = QByteArrayView(buffer).sliced(offset, length);
                QCOMPARE(Crc64::of(view), referenceUpdate(0, view));
            }
        }
    }

    // Split a random buffer at random points: the incremental CRC equals the reference CRC of
    // the whole, whatever sizes the pieces have (an upload body arrives in pieces like this).
    void randomSplits_equalOneShot()
    {
        QRandomGenerator rng(99);
        for (int round = 0; round < 300; ++round) {
            const auto size = static_cast<qsizetype>(rng.bounded(20000));
            const auto offset = static_cast<qsizetype>(rng.bounded(32));
            const QByteArray buffer = randomBytes(rng, size + offset);
            const QByteArrayView whole = QByteArrayView(buffer).sliced(offset);
            Crc64 crc;
            qsizetype at = 0;
            while (at < size) {
                // Mostly short pieces, sometimes long ones.
                const qsizetype piece = qMin<qsizetype>(
                    size - at, rng.bounded(4) == 0 ? rng.bounded(5000) : rng.bounded(40));
                crc.update(whole.sliced(at, piece));
                at += piece;
            }
            QCOMPARE(crc.value(), referenceUpdate(0, whole));
        }
    }

    // Large buffers: compared against the table path through combine(), since the bit-by-bit
    // reference would take seconds. 64 MiB + 13 bytes at an odd address.
    void largeBuffer_matchesReference()
    {
        QRandomGenerator rng(3);
        const QByteArray buffer = randomBytes(rng, (64 << 20) + 14);
        const QByteArrayView view = QByteArrayView(buffer).sliced(1);
        const quint64 whole = Crc64::of(view);
        // The same in pieces of 1 MiB + 1 byte, combined.
        quint64 combined = 0;
        for (qsizetype at = 0; at < view.size(); at += (1 << 20) + 1) {
            const QByteArrayView piece =
                view.sliced(at, qMin<qsizetype>((1 << 20) + 1, view.size() - at));
            combined = Crc64::combine(combined, Crc64::of(piece), piece.size());
        }
        QCOMPARE(whole, combined);
        // And the first MiB against the bit-by-bit reference.
        QCOMPARE(Crc64::of(view.first(1 << 20)), referenceUpdate(0, view.first(1 << 20)));
    }

    void largeZeroBuffer_matchesCombine()
    {
        // Zeros are the degenerate input for folding (every lane stays the incoming register).
        const QByteArray zeros(8 << 20, '\0');
        const quint64 half = Crc64::of(QByteArrayView(zeros).first(4 << 20));
        QCOMPARE(Crc64::of(zeros), Crc64::combine(half, half, 4 << 20));
    }

    // The same tests with the table path forced, in a child process (the choice of path is made
    // once per process).
    void tablePath_passesTheSameTests()
    {
        if (qEnvironmentVariableIsSet("SUCAI_CRC64_FORCE_TABLE"))
            QSKIP("this is the child");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUCAI_CRC64_FORCE_TABLE"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("checkValue"), QStringLiteral("everyLength_matchesReference"),
                     QStringLiteral("everyOffset_matchesReference"),
                     QStringLiteral("randomSplits_equalOneShot"),
                     QStringLiteral("largeBuffer_matchesReference")});
        QVERIFY(child.waitForFinished(240000));
        const QByteArray output = child.readAll();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            qWarning().noquote() << output;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        // 5 tests + initTestCase + cleanupTestCase
        QVERIFY(output.contains("Totals: 7 passed, 0 failed"));
    }
};

QTEST_GUILESS_MAIN(TestCrc64Fast)
#include "tst_crc64fast.moc"
