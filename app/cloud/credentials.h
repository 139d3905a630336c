#pragma once

#include <QByteArray>
#include <QDateTime>

namespace sucai::cloud {

// A key pair as the storage service sees it. Temporary (STS) credentials carry a session
// token and an expiry. Never log or display anything but accessKeyId.
struct Credentials
{
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // empty for long-lived keys
    QDateTime expiresAt;     // invalid for long-lived keys

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool isTemporary() const { return !sessionToken.isEmpty(); }
};

} // namespace sucai::cloud
