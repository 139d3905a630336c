#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace sucai::cloud {

// What went wrong with a storage operation, typed so callers can react (retry, refresh
// credentials, ask the user) and worded so a person can act on it.
struct StorageError
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::StorageError)

public:
    enum class Kind {
        None,
        Network,   // could not reach the server / connection dropped
        Timeout,   // no progress within the transfer timeout
        Tls,       // certificate or handshake problem (never ignored)
        Service,   // the server answered with an error (see code, httpStatus)
        Protocol,  // malformed, truncated or unexpected response
        Integrity, // checksum/size mismatch between what we sent/got and what the server says
        LocalIo,   // local file could not be read or written (disk full, permissions)
        Cancelled,
        InvalidArgument,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QByteArray code;      // the service's <Code>, e.g. "NoSuchKey"
    QString message;      // the service's <Message> or our own explanation (never a secret)
    QByteArray requestId; // x-amz-request-id / x-cos-request-id, for support tickets
    QString resource;     // bucket/key the error is about

    bool ok() const { return kind == Kind::None; }
    bool isCode(const char *c) const { return code == c; }

    // One translated sentence for people: what happened and what to do about it.
    QString toUserText() const;

    static StorageError service(int status, QByteArray code, QString message = {},
                                QByteArray requestId = {});
    static StorageError make(Kind kind, QString message);
};

} // namespace sucai::cloud

Q_DECLARE_METATYPE(sucai::cloud::StorageError)
