#include "httprequest.h"

#include "uriencode.h"

namespace sucai::cloud {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void HttpRequest::removeHeader(const QByteArray &name)
{
    headers.removeIf(
        [&](const auto &kv) { return kv.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpRequest::encodedPathAndQuery() const
{
    QByteArray out = uriEncode(path.isEmpty() ? QByteArrayLiteral("/") : path, true);
    char sep = '?';
    for (const auto &[k, v] : query) {
        out.append(sep);
        out.append(uriEncode(k));
        if (!v.isEmpty()) {
            out.append('=');
            out.append(uriEncode(v));
        }
        sep = '&';
    }
    return out;
}

QByteArray HttpRequest::encodedUrl() const
{
    return scheme + "://" + host + encodedPathAndQuery();
}

} // namespace sucai::cloud
