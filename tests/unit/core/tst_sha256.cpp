// SHA-256 and HMAC-SHA-256 against the published vectors (FIPS 180-2 examples, RFC 4231) and
// against Qt's implementation for every length across the block boundaries, on the accelerated
// path and the portable one.
#include "core/sha256.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using sucai::core::HmacSha256;
using sucai::core::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fipsVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a")
            << QByteArray(1'000'000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void fipsVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hex(message), digest);
        // Fed in odd pieces, the same.
        Sha256 h;
        for (qsizetype at = 0; at < message.size(); at += 61)
            h.update(QByteArrayView(message).sliced(at, qMin<qsizetype>(61, message.size() - at)));
        const auto d = h.finish();
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(d.data()), 32).toHex(), digest);
    }

    void matchesQt_everyLengthAroundBlocks()
    {
        QRandomGenerator gen(42);
        QByteArray data(300, Qt::Uninitialized);
        for (char &c : data)
            c = char(gen.generate());
        for (qsizetype n = 0; n <= data.size(); ++n) {
            const QByteArray m = data.left(n);
            QCOMPARE(Sha256::hex(m),
                     QCryptographicHash::hash(m, QCryptographicHash::Sha256).toHex());
        }
    }

    void hmac_rfc4231()
    {
        // Test cases 1, 2, 4 and 6 (key longer than a block).
        QCOMPARE(HmacSha256::of(QByteArray(20, '\x0b'), "Hi There").toHex(),
                 QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(HmacSha256::of("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(HmacSha256::of(QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516"
                                                    "171819"),
                                QByteArray(50, '\xcd'))
                     .toHex(),
                 QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"));
        QCOMPARE(HmacSha256::of(QByteArray(131, '\xaa'),
                                "Test Using Larger Than Block-Size Key - Hash Key First")
                     .toHex(),
                 QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    }

    void hmac_matchesQt_andIsReusable()
    {
        const HmacSha256 key("AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        for (int n = 0; n < 200; n += 7) {
            const QByteArray msg(n, char('a' + n % 26));
            const auto d = key.mac(msg); // the same key object, many messages
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(d.data()), 32),
                     QMessageAuthenticationCode::hash(
                         msg, "AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                         QCryptographicHash::Sha256));
        }
    }

    void portablePath_givesTheSameDigests()
    {
        // The dispatch is decided once per process: run this test binary again with the
        // portable path forced, on the vectors above.
        if (qEnvironmentVariableIsSet("SUCAI_SHA256_FORCE_PORTABLE")) {
            QVERIFY(!Sha256::accelerated());
            return;
        }
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUCAI_SHA256_FORCE_PORTABLE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("fipsVectors"), QStringLiteral("matchesQt_everyLengthAroundBlocks"),
                 QStringLiteral("hmac_rfc4231"),
                 QStringLiteral("portablePath_givesTheSameDigests")});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
        qInfo("SHA extensions in use here: %s", Sha256::accelerated() ? "yes" : "no");
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
