#include "sigv4signer.h"

#include "uriencode.h"

#include <QMap>

#include <algorithm>
#include <utility>

namespace sucai::cloud {

namespace {

constexpr char Algorithm[] = "AWS4-HMAC-SHA256";
constexpr char UnsignedPayload[] = "UNSIGNED-PAYLOAD";

// The query parameters presign() owns: removed before presigning again, so that re-presigning a
// request (a retry, or a new expiry) never signs the previous signature.
bool isPresignParam(const QByteArray &name)
{
    static const QByteArray owned[] = {
        QByteArrayLiteral("X-Amz-Algorithm"),     QByteArrayLiteral("X-Amz-Credential"),
        QByteArrayLiteral("X-Amz-Date"),          QByteArrayLiteral("X-Amz-Expires"),
        QByteArrayLiteral("X-Amz-SignedHeaders"), QByteArrayLiteral("X-Amz-Security-Token"),
        QByteArrayLiteral("X-Amz-Signature"),
    };
    return std::any_of(std::begin(owned), std::end(owned), [&](const QByteArray &p) {
        return p.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

SigV4Signer::SigV4Signer(QByteArray region, QByteArray service)
    : m_region(std::move(region))
    , m_service(std::move(service))
{}

SigV4Signer::~SigV4Signer() = default;

QByteArray SigV4Signer::amzDate(const QDateTime &now)
{
    // Formatted by hand: QDateTime::toString() goes through QString and a locale, and this
    // string must be ASCII digits whatever the user's settings are. Signing runs for every
    // request, so no temporary strings either.
    const QDateTime utc = now.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buf[16];
    const auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(0, qBound(0, d.year(), 9999), 4);
    put(4, d.month(), 2);
    put(6, d.day(), 2);
    buf[8] = 'T';
    put(9, t.hour(), 2);
    put(11, t.minute(), 2);
    put(13, t.second(), 2);
    buf[15] = 'Z';
    return QByteArray(buf, 16);
}

QByteArray SigV4Signer::credentialScope(const QDateTime &now) const
{
    return scopeForDay(amzDate(now).left(8));
}

QByteArray SigV4Signer::scopeForDay(const QByteArray &day) const
{
    return day + '/' + m_region + '/' + m_service + "/aws4_request";
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &path)
{
    return uriEncode(path.isEmpty() ? QByteArrayLiteral("/") : path, true);
}

QByteArray SigV4Signer::canonicalQuery(const HttpRequest::Pairs &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name), uriEncode(value)});
    // Sorted by encoded name, then value, byte by byte: what the server recomputes.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

bool SigV4Signer::ignoredHeader(const QByteArray &lowerName)
{
    // authorization: the result of signing, never an input. user-agent, accept-encoding,
    // connection: Qt adds or rewrites them (accept-encoding gets "gzip, deflate" unless
    // disabled). expect, te, keep-alive, upgrade, trailer, transfer-encoding, proxy-*: hop-by-hop,
    // a proxy may change or drop them and the server then fails the signature.
    static const QByteArray ignored[] = {
        QByteArrayLiteral("authorization"),
        QByteArrayLiteral("user-agent"),
        QByteArrayLiteral("accept-encoding"),
        QByteArrayLiteral("connection"),
        QByteArrayLiteral("expect"),
        QByteArrayLiteral("keep-alive"),
        QByteArrayLiteral("te"),
        QByteArrayLiteral("trailer"),
        QByteArrayLiteral("transfer-encoding"),
        QByteArrayLiteral("upgrade"),
    };
    if (lowerName.startsWith("proxy-"))
        return true;
    return std::find(std::begin(ignored), std::end(ignored), lowerName) != std::end(ignored);
}

QByteArray SigV4Signer::canonicalRequestFor(const HttpRequest &req, bool hostOnly,
                                            const QByteArray &payloadHash,
                                            QByteArray *signedHeaders) const
{
    // QMap: sorted by lower-case name, byte order, as SigV4 wants. Repeated headers are joined
    // with ',' in the order given, which is how HTTP folds them.
    QMap<QByteArray, QByteArray> headers;
    headers.insert(QByteArrayLiteral("host"), req.host);
    if (!hostOnly) {
        for (const auto &[name, value] : req.headers) {
            const QByteArray lower = name.toLower();
            // req.host is what Qt puts in the Host header; a stray "Host" entry must not add a
            // second value that never reaches the wire.
            if (lower == "host" || ignoredHeader(lower))
                continue;
            // simplified(): trim, and collapse inner whitespace runs to one space.
            const QByteArray v = value.simplified();
            auto it = headers.find(lower);
            if (it == headers.end())
                headers.insert(lower, v);
            else
                it.value().append(',').append(v);
        }
    }

    QByteArray canonicalHeaders;
    QByteArray names;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        canonicalHeaders.append(it.key()).append(':').append(it.value()).append('\n');
        if (!names.isEmpty())
            names.append(';');
        names.append(it.key());
    }
    if (signedHeaders)
        *signedHeaders = names;

    HttpRequest::Pairs query = req.query;
    if (hostOnly) {
        query.removeIf([](const auto &kv) {
            return kv.first.compare("X-Amz-Signature", Qt::CaseInsensitive) == 0;
        });
    }

    return req.method.toUpper() + '\n' + canonicalUri(req.path) + '\n' + canonicalQuery(query) +
           '\n' + canonicalHeaders + '\n' + names + '\n' + payloadHash;
}

QByteArray SigV4Signer::canonicalRequest(const HttpRequest &req) const
{
    QByteArray payload = req.payloadHash;
    if (payload.isEmpty())
        payload = req.header("x-amz-content-sha256");
    if (payload.isEmpty())
        payload = UnsignedPayload;
    return canonicalRequestFor(req, false, payload, nullptr);
}

QByteArray SigV4Signer::presignedCanonicalRequest(const HttpRequest &req) const
{
    return canonicalRequestFor(req, true, UnsignedPayload, nullptr);
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonicalRequest, const QDateTime &now) const
{
    const QByteArray date = amzDate(now);
    return stringToSignWith(canonicalRequest, date, scopeForDay(date.left(8)));
}

QByteArray SigV4Signer::stringToSignWith(const QByteArray &canonicalRequest, const QByteArray &date,
                                         const QByteArray &scope)
{
    return QByteArray(Algorithm) + '\n' + date + '\n' + scope + '\n' +
           crypto::sha256Hex(canonicalRequest);
}

QByteArray SigV4Signer::signingKey(const QByteArray &secretKey, const QDateTime &now) const
{
    return signingKeyForDay(secretKey, amzDate(now).left(8));
}

QByteArray SigV4Signer::signingKeyForDay(const QByteArray &secretKey, const QByteArray &day) const
{
    const QByteArray scope = day + '/' + m_region + '/' + m_service;
    return m_keys.key(secretKey, scope, [&] {
        const QByteArray kDate = crypto::hmacSha256("AWS4" + secretKey, day);
        const QByteArray kRegion = crypto::hmacSha256(kDate, m_region);
        const QByteArray kService = crypto::hmacSha256(kRegion, m_service);
        return crypto::hmacSha256(kService, QByteArrayLiteral("aws4_request"));
    });
}

QByteArray SigV4Signer::signature(const QByteArray &stringToSign, const QByteArray &secretKey,
                                  const QDateTime &now) const
{
    return crypto::hmacSha256(signingKey(secretKey, now), stringToSign).toHex();
}

void SigV4Signer::sign(HttpRequest &req, const Credentials &creds, const QDateTime &now) const
{
    const QByteArray payload =
        req.payloadHash.isEmpty() ? QByteArray(UnsignedPayload) : req.payloadHash;
    req.removeHeader("Authorization");
    // The date, day and scope once per request (they were formatted five times).
    const QByteArray date = amzDate(now);
    const QByteArray day = date.left(8);
    const QByteArray scope = scopeForDay(day);
    req.setHeader("x-amz-date", date);
    req.setHeader("x-amz-content-sha256", payload);
    // Set before signing so that it is signed: a token swapped in transit must fail.
    if (creds.isTemporary())
        req.setHeader("x-amz-security-token", creds.sessionToken);
    else
        req.removeHeader("x-amz-security-token");

    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequestFor(req, false, payload, &signedHeaders);
    const QByteArray sig = crypto::hmacSha256(signingKeyForDay(creds.secretAccessKey, day),
                                              stringToSignWith(canonical, date, scope))
                               .toHex();
    req.setHeader("Authorization", QByteArray(Algorithm) + " Credential=" + creds.accessKeyId +
                                       '/' + scope + ", SignedHeaders=" + signedHeaders +
                                       ", Signature=" + sig);
}

void SigV4Signer::presign(HttpRequest &req, const Credentials &creds, const QDateTime &now,
                          qint64 expiresSeconds) const
{
    const qint64 expires = qBound<qint64>(1, expiresSeconds, MaxPresignSeconds);
    req.query.removeIf([](const auto &kv) { return isPresignParam(kv.first); });
    req.addQuery("X-Amz-Algorithm", Algorithm);
    req.addQuery("X-Amz-Credential", creds.accessKeyId + '/' + credentialScope(now));
    req.addQuery("X-Amz-Date", amzDate(now));
    req.addQuery("X-Amz-Expires", QByteArray::number(expires));
    req.addQuery("X-Amz-SignedHeaders", "host");
    // S3 wants the token inside the signed query, not after it.
    if (creds.isTemporary())
        req.addQuery("X-Amz-Security-Token", creds.sessionToken);

    const QByteArray canonical = presignedCanonicalRequest(req);
    req.addQuery("X-Amz-Signature",
                 signature(stringToSign(canonical, now), creds.secretAccessKey, now));
}

} // namespace sucai::cloud
