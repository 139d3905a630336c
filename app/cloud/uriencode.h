#pragma once

#include <QByteArray>

namespace sucai::cloud {

// RFC 3986 percent-encoding as AWS SigV4 defines it ("UriEncode"): every byte except the
// unreserved set A-Z a-z 0-9 - . _ ~ becomes %XX with upper-case hex; '/' is kept as is when
// keepSlash is true (object key paths) and encoded otherwise (query names and values).
QByteArray uriEncode(const QByteArray &raw, bool keepSlash = false);

} // namespace sucai::cloud
