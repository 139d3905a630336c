#include "httpdate.h"

#include <QLocale>
#include <QTimeZone>

namespace sucai::cloud {

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString s = QString::fromLatin1(value.simplified());
    const QLocale c = QLocale::c();
    // "GMT" is parsed as a zone ('t'), never as literal text after a local time: a local-time
    // parse refuses (or shifts) the wall-clock hour a DST change skips in the user's zone.
    const auto parse = [&](const QString &text, const QString &format) {
        const QDateTime t = c.toDateTime(text, format);
        return t.isValid() && t.offsetFromUtc() == 0 ? t.toUTC() : QDateTime();
    };
    if (!s.endsWith(u" GMT")) // asctime carries no zone; it is GMT by definition
        return parse(s + QStringLiteral(" GMT"), QStringLiteral("ddd MMM d HH:mm:ss yyyy t"));

    // IMF-fixdate, tolerating a one-digit day.
    for (const auto &f : {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss t"),
                          QStringLiteral("ddd, d MMM yyyy HH:mm:ss t")}) {
        const QDateTime t = parse(s, f);
        if (t.isValid())
            return t;
    }
    // RFC 850, "Sunday, 06-Nov-94 08:49:37 GMT". Qt's "yy" means 19yy and it checks the weekday
    // against that year, which refuses every date after 1999: parse the date without the
    // weekday, move it to 20yy when needed, then check the weekday ourselves.
    const qsizetype comma = s.indexOf(u", ");
    if (comma <= 0)
        return {};
    QDateTime t = parse(s.mid(comma + 2), QStringLiteral("dd-MMM-yy HH:mm:ss t"));
    if (!t.isValid())
        return {};
    if (t.date().year() < 1970)
        t = t.addYears(100);
    if (s.left(comma) != c.dayName(t.date().dayOfWeek(), QLocale::LongFormat))
        return {};
    return t;
}

QByteArray formatHttpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace sucai::cloud
