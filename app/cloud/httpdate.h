#pragma once

#include <QByteArray>
#include <QDateTime>

namespace sucai::cloud {

// HTTP-date (RFC 9110 §5.6.7): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete
// RFC 850 and asctime forms. Always English and GMT, so it is parsed with the C locale (Qt's
// RFC2822 parser refuses some of these). Invalid QDateTime when unparseable.
QDateTime parseHttpDate(const QByteArray &value);
QByteArray formatHttpDate(const QDateTime &utc);

} // namespace sucai::cloud
