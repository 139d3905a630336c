#include "cossigner.h"

#include "hmac.h"
#include "uriencode.h"

#include <algorithm>
#include <utility>

namespace sucai::cloud {

namespace {

using Pairs = QList<std::pair<QByteArray, QByteArray>>;

// "k1=v1&k2=v2" and "k1;k2" from pairs already encoded and lower-cased; sorted here.
void joinSorted(Pairs pairs, QByteArray *joined, QByteArray *list)
{
    std::sort(pairs.begin(), pairs.end());
    joined->clear();
    list->clear();
    for (const auto &[key, value] : std::as_const(pairs)) {
        if (!joined->isEmpty()) {
            joined->append('&');
            list->append(';');
        }
        joined->append(key).append('=').append(value);
        list->append(key);
    }
}

bool isPresignParam(const QByteArray &name)
{
    return name.startsWith("q-") || name.compare("x-cos-security-token", Qt::CaseInsensitive) == 0;
}

} // namespace

CosSigner::CosSigner(qint64 validitySeconds)
    : m_validitySeconds(qMax<qint64>(1, validitySeconds))
{}

CosSigner::~CosSigner() = default;

QByteArray CosSigner::urlEncode(const QByteArray &raw)
{
    // The same unreserved set as SigV4's UriEncode with '/' encoded: one encoder, one set of
    // tests (tst_uriencode).
    return uriEncode(raw, false);
}

bool CosSigner::signedHeader(const QByteArray &lowerName)
{
    static const QByteArray named[] = {
        QByteArrayLiteral("host"),        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-md5"), QByteArrayLiteral("content-length"),
        QByteArrayLiteral("date"),
    };
    return lowerName.startsWith("x-cos-") ||
           std::find(std::begin(named), std::end(named), lowerName) != std::end(named);
}

QByteArray CosSigner::keyTime(qint64 start, qint64 end)
{
    return QByteArray::number(start) + ';' + QByteArray::number(end);
}

QByteArray CosSigner::signKey(const QByteArray &secretKey, const QByteArray &keyTime)
{
    return crypto::hmacSha1(secretKey, keyTime).toHex();
}

QByteArray CosSigner::stringToSign(const QByteArray &keyTime, const QByteArray &httpString)
{
    return "sha1\n" + keyTime + '\n' + crypto::sha1Hex(httpString) + '\n';
}

QByteArray CosSigner::httpStringFor(const HttpRequest &req, bool hostOnly, QByteArray *headerList,
                                    QByteArray *paramList) const
{
    Pairs params;
    for (const auto &[name, value] : req.query)
        params.append({urlEncode(name).toLower(), urlEncode(value)});

    Pairs headers;
    headers.append({QByteArrayLiteral("host"), urlEncode(req.host)});
    if (!hostOnly) {
        // Repeated headers are folded with ',' as HTTP does, before encoding.
        QList<std::pair<QByteArray, QByteArray>> raw;
        for (const auto &[name, value] : req.headers) {
            const QByteArray lower = name.toLower();
            if (lower == "host" || !signedHeader(lower))
                continue;
            const QByteArray v = value.trimmed();
            auto it = std::find_if(raw.begin(), raw.end(),
                                   [&](const auto &kv) { return kv.first == lower; });
            if (it == raw.end())
                raw.append({lower, v});
            else
                it->second.append(',').append(v);
        }
        for (const auto &[name, value] : std::as_const(raw))
            headers.append({urlEncode(name).toLower(), urlEncode(value)});
    }

    QByteArray httpParameters;
    QByteArray httpHeaders;
    QByteArray paramNames;
    QByteArray headerNames;
    joinSorted(params, &httpParameters, &paramNames);
    joinSorted(headers, &httpHeaders, &headerNames);
    if (headerList)
        *headerList = headerNames;
    if (paramList)
        *paramList = paramNames;

    // The path is signed DECODED (raw UTF-8): "/exampleobject(腾讯云)", not its %-form.
    const QByteArray path = req.path.isEmpty() ? QByteArrayLiteral("/") : req.path;
    return req.method.toLower() + '\n' + path + '\n' + httpParameters + '\n' + httpHeaders + '\n';
}

QByteArray CosSigner::httpString(const HttpRequest &req) const
{
    return httpStringFor(req, false, nullptr, nullptr);
}

CosSigner::Computed CosSigner::compute(const HttpRequest &req, const QByteArray &secretKey,
                                       qint64 start, qint64 end, bool hostOnly) const
{
    Computed c;
    c.keyTime = keyTime(start, end);
    const QByteArray http = httpStringFor(req, hostOnly, &c.headerList, &c.paramList);
    // The HMAC key is SignKey's hex TEXT, not the 20 bytes it spells: COS's one surprise.
    c.signature =
        crypto::hmacSha1(signKey(secretKey, c.keyTime), stringToSign(c.keyTime, http)).toHex();
    return c;
}

QByteArray CosSigner::authorizationString(const QByteArray &accessKeyId, const Computed &c)
{
    return "q-sign-algorithm=sha1&q-ak=" + accessKeyId + "&q-sign-time=" + c.keyTime +
           "&q-key-time=" + c.keyTime + "&q-header-list=" + c.headerList +
           "&q-url-param-list=" + c.paramList + "&q-signature=" + c.signature;
}

QByteArray CosSigner::authorization(const HttpRequest &req, const Credentials &creds, qint64 start,
                                    qint64 end) const
{
    return authorizationString(creds.accessKeyId,
                               compute(req, creds.secretAccessKey, start, end, false));
}

void CosSigner::sign(HttpRequest &req, const Credentials &creds, const QDateTime &now) const
{
    req.removeHeader("Authorization");
    if (creds.isTemporary())
        req.setHeader("x-cos-security-token", creds.sessionToken);
    else
        req.removeHeader("x-cos-security-token");
    const qint64 start = now.toSecsSinceEpoch();
    req.setHeader("Authorization", authorization(req, creds, start, start + m_validitySeconds));
}

void CosSigner::presign(HttpRequest &req, const Credentials &creds, const QDateTime &now,
                        qint64 expiresSeconds) const
{
    // Presigning again (a new expiry) must not sign the previous signature.
    req.query.removeIf([](const auto &kv) { return isPresignParam(kv.first.toLower()); });
    const qint64 start = now.toSecsSinceEpoch();
    const Computed c =
        compute(req, creds.secretAccessKey, start, start + qMax<qint64>(1, expiresSeconds), true);
    // Decoded values: encodedPathAndQuery() percent-encodes them (';' becomes %3B).
    req.addQuery("q-sign-algorithm", "sha1");
    req.addQuery("q-ak", creds.accessKeyId);
    req.addQuery("q-sign-time", c.keyTime);
    req.addQuery("q-key-time", c.keyTime);
    req.addQuery("q-header-list", c.headerList);
    req.addQuery("q-url-param-list", c.paramList);
    req.addQuery("q-signature", c.signature);
    if (creds.isTemporary())
        req.addQuery("x-cos-security-token", creds.sessionToken);
}

} // namespace sucai::cloud
