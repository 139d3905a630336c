#pragma once

#include "credentials.h"
#include "hmac.h"
#include "httprequest.h"

namespace sucai::cloud {

// One Tencent Cloud API 3.0 call: a JSON POST to https://<host>/ (STS, Cloud Monitor, CDN…).
struct Tc3Request
{
    QByteArray service;   // "cvm", "sts", "monitor": the first label of the host
    QByteArray host;      // "cvm.tencentcloudapi.com"
    QByteArray action;    // "DescribeInstances"
    QByteArray version;   // "2017-03-12"
    QByteArray region;    // "ap-guangzhou"; empty for region-less APIs (X-TC-Region then omitted)
    qint64 timestamp = 0; // Unix seconds, corrected for clock skew; the server allows 5 min
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray payload; // the exact bytes sent as the body
};

// TC3-HMAC-SHA256 (Tencent Cloud API 3.0 signature v3, doc 1154/48911). Not a RequestSigner:
// those sign S3-style storage requests; this signs the JSON RPC calls of the other services.
//
// Signs content-type and host only, as the published vector does. The credential scope's date is
// the UTC date of the timestamp — a local date breaks every call made between 00:00 and 08:00
// in China. Signing keys are derived once per (secret, date, service) and cached.
// Thread-safe.
class Tc3Signer final
{
public:
    Tc3Signer();
    ~Tc3Signer();
    Q_DISABLE_COPY_MOVE(Tc3Signer)

    // The headers to send with the POST: Authorization, Content-Type, X-TC-Action,
    // X-TC-Version, X-TC-Timestamp, X-TC-Region (if set), X-TC-Token (temporary credentials).
    // Host is not among them: Qt derives it from the URL, which must be https://<req.host>/.
    HttpRequest::Pairs headers(const Tc3Request &req, const Credentials &creds) const;

    // "TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request,
    //  SignedHeaders=content-type;host, Signature=<hex>"
    QByteArray authorization(const Tc3Request &req, const Credentials &creds) const;

    // --- The steps, public for tests ------------------------------------------------------
    static QByteArray canonicalRequest(const Tc3Request &req);
    static QByteArray stringToSign(const Tc3Request &req);
    QByteArray signature(const Tc3Request &req, const QByteArray &secretKey) const;
    static QByteArray utcDate(qint64 timestamp); // "2019-02-25"
    static QByteArray signedHeaders() { return QByteArrayLiteral("content-type;host"); }

    // Number of signing-key derivations so far (the rest came from the cache).
    int keyDerivations() const { return m_keys.derivations(); }

private:
    QByteArray signingKey(const QByteArray &secretKey, const QByteArray &date,
                          const QByteArray &service) const;

    mutable crypto::DerivedKeyCache m_keys;
};

} // namespace sucai::cloud
