#pragma once

#include "credentials.h"
#include "httprequest.h"

#include <QDateTime>

namespace sucai::cloud {

// Signs storage requests (S3 XML API). Implementations: SigV4Signer, CosSigner.
// Thread-safe: one signer may be shared by the jobs of several network threads.
class RequestSigner
{
public:
    virtual ~RequestSigner() = default;

    // Adds the headers that authenticate `req` at time `now` (UTC): Authorization, the date
    // header, the session-token header when the credentials are temporary.
    virtual void sign(HttpRequest &req, const Credentials &creds, const QDateTime &now) const = 0;

    // Turns `req` into a presigned request: adds the query parameters that authenticate it for
    // `expiresSeconds` from `now`. Only the host header is signed.
    virtual void presign(HttpRequest &req, const Credentials &creds, const QDateTime &now,
                         qint64 expiresSeconds) const = 0;
};

} // namespace sucai::cloud
