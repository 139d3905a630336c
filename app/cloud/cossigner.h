#pragma once

#include "signer.h"

namespace sucai::cloud {

// Tencent COS XML API signature, q-sign-algorithm=sha1 (COS docs 436/7778).
//
//   KeyTime      = "<start>;<end>"                       (Unix seconds)
//   SignKey      = hex(HMAC-SHA1(SecretKey, KeyTime))
//   HttpString   = lower(method) \n DECODED path \n HttpParameters \n HttpHeaders \n
//   StringToSign = "sha1\n" KeyTime "\n" hex(SHA1(HttpString)) "\n"
//   q-signature  = hex(HMAC-SHA1(SignKey as its hex text, StringToSign))
//
// sign() signs host, content-type, content-md5, content-length, date and every x-cos-* header
// the request carries (signedHeader()): the headers whose change would alter what is stored or
// who may read it, and nothing Qt may add or rewrite (user-agent, accept-encoding, connection),
// which would make COS answer SignatureDoesNotMatch. Every query parameter is signed.
// presign() signs host and the query only, so that any client can use the URL.
//
// Validity: sign() uses the KeyTime [now, now + validitySeconds] (default 1 h: long enough for
// a request that waits in a queue or uploads slowly, short enough that a logged header is soon
// useless). presign() uses [now, now + expiresSeconds]. Callers pass a `now` corrected for clock
// skew (DESIGN.md), so no slack is subtracted from the start.
class CosSigner final : public RequestSigner
{
public:
    static constexpr qint64 DefaultValiditySeconds = 3600;

    explicit CosSigner(qint64 validitySeconds = DefaultValiditySeconds);
    ~CosSigner() override;
    Q_DISABLE_COPY_MOVE(CosSigner)

    qint64 validitySeconds() const { return m_validitySeconds; }

    // Sets x-cos-security-token for temporary credentials (before signing, so it is signed),
    // then Authorization. Safe to call again on the same request (a retry).
    void sign(HttpRequest &req, const Credentials &creds, const QDateTime &now) const override;

    // Appends q-sign-algorithm, q-ak, q-sign-time, q-key-time, q-header-list, q-url-param-list,
    // q-signature to req.query, then x-cos-security-token for temporary credentials (unsigned,
    // after the signature, as COS's SDKs do). expiresSeconds < 1 is raised to 1.
    void presign(HttpRequest &req, const Credentials &creds, const QDateTime &now,
                 qint64 expiresSeconds) const override;

    // --- The steps, public for tests and for diagnosing SignatureDoesNotMatch ---------------

    // The Authorization value for `req` with an exact key time, signing the headers sign()
    // would sign.
    QByteArray authorization(const HttpRequest &req, const Credentials &creds, qint64 start,
                             qint64 end) const;
    // The HttpString of `req`, signing the headers sign() would sign.
    QByteArray httpString(const HttpRequest &req) const;

    static QByteArray keyTime(qint64 start, qint64 end);
    static QByteArray signKey(const QByteArray &secretKey, const QByteArray &keyTime);
    static QByteArray stringToSign(const QByteArray &keyTime, const QByteArray &httpString);
    // COS's UrlEncode: everything but A-Z a-z 0-9 - _ . ~ becomes %XX (upper-case hex).
    static QByteArray urlEncode(const QByteArray &raw);
    // Whether sign() signs a header (lower-case name).
    static bool signedHeader(const QByteArray &lowerName);

private:
    struct Computed
    {
        QByteArray keyTime;
        QByteArray headerList; // q-header-list
        QByteArray paramList;  // q-url-param-list
        QByteArray signature;  // q-signature
    };
    // hostOnly: presign() signs the host header alone.
    QByteArray httpStringFor(const HttpRequest &req, bool hostOnly, QByteArray *headerList,
                             QByteArray *paramList) const;
    Computed compute(const HttpRequest &req, const QByteArray &secretKey, qint64 start, qint64 end,
                     bool hostOnly) const;
    static QByteArray authorizationString(const QByteArray &accessKeyId, const Computed &c);

    const qint64 m_validitySeconds;
};

} // namespace sucai::cloud
