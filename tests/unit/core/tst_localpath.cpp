#include "core/localpath.h"

#include <QTest>

using sucai::core::safeLocalPath;

class TestLocalPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesEscapes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("dotdot") << QStringLiteral("../x");
        QTest::newRow("inner dotdot") << QStringLiteral("a/../../x");
        QTest::newRow("dot") << QStringLiteral("./x");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("..\\..\\x");
        QTest::newRow("drive") << QStringLiteral("C:/Windows/x");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("empty segment") << QStringLiteral("a//b");
        QTest::newRow("empty") << QString();
        QTest::newRow("only slash") << QStringLiteral("/");
        QTest::newRow("long segment") << QString(256, u'x');
    }
    void refusesEscapes()
    {
        QFETCH(QString, key);
        QString why;
        QVERIFY(!safeLocalPath(QStringLiteral("/tmp/dl"), key, &why).has_value());
        QVERIFY(!why.isEmpty());
    }

    void acceptsOrdinaryKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file") << QStringLiteral("a.png") << QStringLiteral("/tmp/dl/a.png");
        QTest::newRow("nested unicode")
            << QStringLiteral("图片/春节 活动.png") << QStringLiteral("/tmp/dl/图片/春节 活动.png");
        QTest::newRow("dots in names")
            << QStringLiteral("a..b/.hidden/x..") << QStringLiteral("/tmp/dl/a..b/.hidden/x..");
        QTest::newRow("folder marker") << QStringLiteral("sub/") << QStringLiteral("/tmp/dl/sub/");
        QTest::newRow("specials") << QStringLiteral("+%#?&=.txt")
                                  << QStringLiteral("/tmp/dl/+%#?&=.txt");
    }
    void acceptsOrdinaryKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const auto got = safeLocalPath(QStringLiteral("/tmp/dl"), key);
        QVERIFY(got.has_value());
        QCOMPARE(*got, expected);
    }
};

QTEST_APPLESS_MAIN(TestLocalPath)
#include "tst_localpath.moc"
