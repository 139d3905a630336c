// HTTP-date parsing and formatting (RFC 9110 §5.6.7): the server's Date corrects clock skew and
// Retry-After may be a date, so every form a server may send must parse, in any UI locale.
#include "cloud/httpdate.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using sucai::cloud::formatHttpDate;
using sucai::cloud::parseHttpDate;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}
} // namespace

class TestHttpDate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Dates on the wire are English whatever the user's language.
        QFETCH_GLOBAL(QLocale, locale);
        QLocale::setDefault(locale);
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void initTestCase_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
    }

    void parse_validForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime rfcExample = utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
        QTest::newRow("asctime, padded day")
            << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
        QTest::newRow("asctime, two-digit day")
            << QByteArray("Wed Nov 16 08:49:37 1994") << utc(1994, 11, 16, 8, 49, 37);
        QTest::newRow("IMF-fixdate, one-digit day tolerated")
            << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT") << rfcExample;
        QTest::newRow("surrounding whitespace")
            << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT\r\n") << rfcExample;
        QTest::newRow("this century")
            << QByteArray("Tue, 15 Jul 2025 23:59:59 GMT") << utc(2025, 7, 15, 23, 59, 59);
        QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT")
                                  << utc(2024, 2, 29, 12, 0, 0);
        QTest::newRow("after 2038")
            << QByteArray("Tue, 19 Jan 2038 03:14:08 GMT") << utc(2038, 1, 19, 3, 14, 8);
        QTest::newRow("midnight new year")
            << QByteArray("Fri, 01 Jan 2021 00:00:00 GMT") << utc(2021, 1, 1, 0, 0, 0);
        QTest::newRow("RFC 850, two-digit year in this century")
            << QByteArray("Friday, 01-Jan-21 00:00:00 GMT") << utc(2021, 1, 1, 0, 0, 0);
    }
    void parse_validForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime t = parseHttpDate(value);
        QVERIFY2(t.isValid(), value.constData());
        QCOMPARE(t, expected);
        QCOMPARE(t.offsetFromUtc(), 0);
        QCOMPARE(t.toSecsSinceEpoch(), expected.toSecsSinceEpoch());
    }

    // A wall-clock hour that a DST change skips in the user's zone is still a fine GMT time.
    void parse_ignoresLocalTimeZone_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 29 Mar 2020 02:30:00 GMT");
        QTest::newRow("RFC 850") << QByteArray("Sunday, 29-Mar-20 02:30:00 GMT");
        QTest::newRow("asctime") << QByteArray("Sun Mar 29 02:30:00 2020");
    }
    void parse_ignoresLocalTimeZone()
    {
        QFETCH(QByteArray, value);
        const QByteArray oldTz = qgetenv("TZ");
        const bool hadTz = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", "Europe/Berlin"); // 2020-03-29 02:00-03:00 does not exist there
        tzset();
        const QDateTime t = parseHttpDate(value);
        if (hadTz)
            qputenv("TZ", oldTz);
        else
            qunsetenv("TZ");
        tzset();
        QVERIFY2(t.isValid(), value.constData());
        QCOMPARE(t, utc(2020, 3, 29, 2, 30, 0));
    }

    void parse_garbage_isInvalid_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("word") << QByteArray("garbage");
        QTest::newRow("Retry-After seconds") << QByteArray("120");
        QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z");
        QTest::newRow("epoch number") << QByteArray("784111777");
        QTest::newRow("day 32") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT");
        QTest::newRow("month 13 name") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
        QTest::newRow("cut short") << QByteArray("Sun, 06 Nov 1994 08:49");
        QTest::newRow("no time") << QByteArray("Sun, 06 Nov 1994");
        QTest::newRow("German month") << QByteArray("So, 06 Okt 1994 08:49:37 GMT");
        QTest::newRow("Chinese") << QByteArray(
            "\xe6\x98\x9f\xe6\x9c\x9f\xe6\x97\xa5, 06 11\xe6\x9c\x88 1994 08:49:37 GMT");
        QTest::newRow("RFC 850, wrong weekday") << QByteArray("Monday, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("RFC 850, no weekday") << QByteArray(", 06-Nov-94 08:49:37 GMT");
        QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST");
        QTest::newRow("offset") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0800");
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37");
        QTest::newRow("trailing junk") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT; DROP TABLE");
    }
    void parse_garbage_isInvalid()
    {
        QFETCH(QByteArray, value);
        const QDateTime t = parseHttpDate(value);
        QVERIFY2(!t.isValid(), qPrintable(t.toString(Qt::ISODate)));
    }

    void format_isImfFixdateInEnglishGmt_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("RFC example")
            << utc(1994, 11, 6, 8, 49, 37) << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("from UTC+8 converted")
            << QDateTime(QDate(2024, 3, 1), QTime(7, 30, 0), QTimeZone(8 * 3600))
            << QByteArray("Thu, 29 Feb 2024 23:30:00 GMT");
        QTest::newRow("single-digit day zero padded")
            << utc(2025, 1, 5, 1, 2, 3) << QByteArray("Sun, 05 Jan 2025 01:02:03 GMT");
    }
    void format_isImfFixdateInEnglishGmt()
    {
        QFETCH(QDateTime, time);
        QFETCH(QByteArray, expected);
        QCOMPARE(formatHttpDate(time), expected);
        QCOMPARE(parseHttpDate(formatHttpDate(time)), time.toUTC());
    }
};

QTEST_APPLESS_MAIN(TestHttpDate)
#include "tst_httpdate.moc"
