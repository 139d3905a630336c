#pragma once

#include "hmac.h"
#include "signer.h"

namespace sucai::cloud {

// AWS Signature Version 4 as Amazon S3 (and Ceph RGW, MinIO, COS's S3 endpoint) checks it.
//
// sign() signs host, every x-amz-* header, content-type, content-md5 and any other header the
// request carries, except the few that Qt or a proxy may rewrite on the way (ignoredHeader()).
// presign() signs host only, with an UNSIGNED-PAYLOAD, so the URL works from any client.
//
// The canonical URI follows S3's rule: the decoded path is percent-encoded once, '/' kept, with
// no normalisation of "." or "//" (they are legal in object keys). Non-S3 services want the
// path encoded twice; every non-S3 endpoint Sucai signs with SigV4 (STS) uses "/", where the two
// rules agree.
//
// Signing keys are derived once per (secret, day, region, service) and cached.
class SigV4Signer final : public RequestSigner
{
public:
    // The longest validity S3 accepts for a presigned URL: 7 days.
    static constexpr qint64 MaxPresignSeconds = 604800;

    explicit SigV4Signer(QByteArray region, QByteArray service = QByteArrayLiteral("s3"));
    ~SigV4Signer() override;
    Q_DISABLE_COPY_MOVE(SigV4Signer)

    const QByteArray &region() const { return m_region; }
    const QByteArray &service() const { return m_service; }

    // Sets x-amz-date, x-amz-content-sha256 (req.payloadHash, or UNSIGNED-PAYLOAD when empty),
    // x-amz-security-token for temporary credentials, then Authorization. Safe to call again on
    // the same request (a retry): it replaces what an earlier call added.
    void sign(HttpRequest &req, const Credentials &creds, const QDateTime &now) const override;

    // Appends X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders (host),
    // -Security-Token (temporary credentials) and finally -Signature to req.query.
    // expiresSeconds is clamped to [1, MaxPresignSeconds]: S3 rejects anything longer, and a
    // URL that silently fails later is worse than a shorter one now (the void interface leaves
    // no way to refuse). Presigning with temporary credentials yields a URL that dies with them.
    void presign(HttpRequest &req, const Credentials &creds, const QDateTime &now,
                 qint64 expiresSeconds) const override;

    // --- The steps, public for tests and for diagnosing SignatureDoesNotMatch ---------------

    // The canonical request sign() computes for `req` as it stands (call it after sign(), or
    // set x-amz-date and x-amz-content-sha256 yourself). The payload hash is req.payloadHash,
    // else the x-amz-content-sha256 header, else UNSIGNED-PAYLOAD.
    QByteArray canonicalRequest(const HttpRequest &req) const;
    // The canonical request presign() computes: host only, UNSIGNED-PAYLOAD, and the query as
    // it stands minus any X-Amz-Signature.
    QByteArray presignedCanonicalRequest(const HttpRequest &req) const;
    // "AWS4-HMAC-SHA256\n<amz date>\n<scope>\n<hex sha256(canonical request)>"
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &now) const;
    // Hex HMAC of stringToSign with the (cached) signing key for the day of `now`.
    QByteArray signature(const QByteArray &stringToSign, const QByteArray &secretKey,
                         const QDateTime &now) const;
    // "20130524/us-east-1/s3/aws4_request"
    QByteArray credentialScope(const QDateTime &now) const;

    // Number of signing-key derivations so far (the rest came from the cache).
    int keyDerivations() const { return m_keys.derivations(); }

    static QByteArray amzDate(const QDateTime &now);        // "20130524T000000Z" (UTC)
    static QByteArray canonicalUri(const QByteArray &path); // S3 rule, see above
    static QByteArray canonicalQuery(const HttpRequest::Pairs &query);
    // Headers sign() leaves out (lower-case name): Authorization itself, hop-by-hop headers a
    // proxy may drop, and headers Qt sets or rewrites behind our back.
    static bool ignoredHeader(const QByteArray &lowerName);

private:
    QByteArray canonicalRequestFor(const HttpRequest &req, bool hostOnly,
                                   const QByteArray &payloadHash, QByteArray *signedHeaders) const;
    QByteArray signingKey(const QByteArray &secretKey, const QDateTime &now) const;
    QByteArray signingKeyForDay(const QByteArray &secretKey, const QByteArray &day) const;
    QByteArray scopeForDay(const QByteArray &day) const; // "20130524/region/s3/aws4_request"
    static QByteArray stringToSignWith(const QByteArray &canonicalRequest, const QByteArray &date,
                                       const QByteArray &scope);

    const QByteArray m_region;
    const QByteArray m_service;
    mutable crypto::DerivedKeyCache m_keys;
};

} // namespace sucai::cloud
