#include "tc3signer.h"

#include <QDate>

namespace sucai::cloud {

namespace {
constexpr char Algorithm[] = "TC3-HMAC-SHA256";
}

Tc3Signer::Tc3Signer() = default;
Tc3Signer::~Tc3Signer() = default;

QByteArray Tc3Signer::utcDate(qint64 timestamp)
{
    // Days since the epoch straight to a calendar date: no time zone is ever consulted, so the
    // process's TZ cannot leak in. Floor division keeps pre-1970 timestamps on the right day.
    qint64 days = timestamp / 86400;
    if (timestamp % 86400 < 0)
        --days;
    const QDate date = QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days);
    const auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return QByteArray::number(date.year()).rightJustified(4, '0') + '-' + two(date.month()) + '-' +
           two(date.day());
}

QByteArray Tc3Signer::canonicalRequest(const Tc3Request &req)
{
    // The spec lower-cases header values too ("content-type:application/json; charset=utf-8").
    const QByteArray canonicalHeaders = "content-type:" + req.contentType.trimmed().toLower() +
                                        "\nhost:" + req.host.trimmed().toLower() + '\n';
    return "POST\n/\n\n" + canonicalHeaders + '\n' + signedHeaders() + '\n' +
           crypto::sha256Hex(req.payload);
}

QByteArray Tc3Signer::stringToSign(const Tc3Request &req)
{
    return QByteArray(Algorithm) + '\n' + QByteArray::number(req.timestamp) + '\n' +
           utcDate(req.timestamp) + '/' + req.service + "/tc3_request\n" +
           crypto::sha256Hex(canonicalRequest(req));
}

QByteArray Tc3Signer::signingKey(const QByteArray &secretKey, const QByteArray &date,
                                 const QByteArray &service) const
{
    return m_keys.key(secretKey, date + '/' + service, [&] {
        const QByteArray secretDate = crypto::hmacSha256("TC3" + secretKey, date);
        const QByteArray secretService = crypto::hmacSha256(secretDate, service);
        return crypto::hmacSha256(secretService, QByteArrayLiteral("tc3_request"));
    });
}

QByteArray Tc3Signer::signature(const Tc3Request &req, const QByteArray &secretKey) const
{
    const QByteArray key = signingKey(secretKey, utcDate(req.timestamp), req.service);
    return crypto::hmacSha256(key, stringToSign(req)).toHex();
}

QByteArray Tc3Signer::authorization(const Tc3Request &req, const Credentials &creds) const
{
    return QByteArray(Algorithm) + " Credential=" + creds.accessKeyId + '/' +
           utcDate(req.timestamp) + '/' + req.service +
           "/tc3_request, SignedHeaders=" + signedHeaders() +
           ", Signature=" + signature(req, creds.secretAccessKey);
}

HttpRequest::Pairs Tc3Signer::headers(const Tc3Request &req, const Credentials &creds) const
{
    HttpRequest::Pairs out;
    out.append({QByteArrayLiteral("Authorization"), authorization(req, creds)});
    out.append({QByteArrayLiteral("Content-Type"), req.contentType});
    out.append({QByteArrayLiteral("X-TC-Action"), req.action});
    out.append({QByteArrayLiteral("X-TC-Version"), req.version});
    out.append({QByteArrayLiteral("X-TC-Timestamp"), QByteArray::number(req.timestamp)});
    if (!req.region.isEmpty())
        out.append({QByteArrayLiteral("X-TC-Region"), req.region});
    if (creds.isTemporary())
        out.append({QByteArrayLiteral("X-TC-Token"), creds.sessionToken});
    return out;
}

} // namespace sucai::cloud
