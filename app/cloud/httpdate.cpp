#include "httpdate.h"

#include <QLocale>
#include <QTimeZone>

namespace sucai::cloud {

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString s = QString::fromLatin1(value.simplified());
    const QLocale c = QLocale::c();
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),  // RFC 850
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),         // asctime
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss 'GMT'"),  // tolerate a one-digit day
    };
    for (const auto &f : formats) {
        QDateTime t = c.toDateTime(s, f);
        if (t.isValid()) {
            if (f.contains(u"yy HH") && t.date().year() < 1970)
                t = t.addYears(100);
            t.setTimeZone(QTimeZone::utc());
            return t;
        }
    }
    return {};
}

QByteArray formatHttpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace sucai::cloud
