#include "storageerror.h"

#include <QCoreApplication>

namespace sucai::cloud {

StorageError StorageError::service(int status, QByteArray code, QString message,
                                   QByteArray requestId)
{
    StorageError e;
    e.kind = Kind::Service;
    e.httpStatus = status;
    e.code = std::move(code);
    e.message = std::move(message);
    e.requestId = std::move(requestId);
    return e;
}

StorageError StorageError::make(Kind kind, QString message)
{
    StorageError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

namespace {
QString explainCode(const QByteArray &code, int status)
{
    struct Entry
    {
        const char *code;
        const char *text;
    };
    static const Entry entries[] = {
        {"NoSuchKey",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError", "The object does not exist.")},
        {"NoSuchBucket",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError", "The bucket does not exist.")},
        {"NoSuchUpload", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                           "The multipart upload no longer exists on the server.")},
        {"AccessDenied", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                           "Access denied: these credentials lack permission.")},
        {"SignatureDoesNotMatch",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                           "The secret key is wrong: the server rejected the request signature.")},
        {"InvalidAccessKeyId", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                                 "The access key ID is not known to the server.")},
        {"RequestTimeTooSkewed",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                           "This computer's clock differs too much from the server's.")},
        {"ExpiredToken",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                           "The temporary credentials have expired: sign in again.")},
        {"SlowDown", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                       "The server asks to slow down; try again shortly.")},
        {"QuotaExceeded",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                           "The storage quota is exceeded: delete objects or raise the "
                           "quota, then retry.")},
        {"BucketAlreadyExists", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                                  "A bucket with this name already exists.")},
        {"BucketAlreadyOwnedByYou",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError", "You already own this bucket.")},
        {"BucketNotEmpty",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError", "The bucket is not empty.")},
        {"InvalidBucketName",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError", "The bucket name is not valid.")},
        {"PaymentRequired", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                              "The account is in arrears: storage is suspended.")},
        {"EntityTooLarge",
         QT_TRANSLATE_NOOP("sucai::cloud::StorageError", "The file is too large for one request.")},
        {"InvalidPart", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                          "A part of the multipart upload is missing or changed.")},
        {"PermanentRedirect", QT_TRANSLATE_NOOP("sucai::cloud::StorageError",
                                                "The bucket lives in another region or endpoint.")},
    };
    for (const auto &e : entries) {
        if (code == e.code)
            return QCoreApplication::translate("sucai::cloud::StorageError", e.text);
    }
    if (status == 404)
        return StorageError::tr("Not found.");
    if (status == 403)
        return StorageError::tr("Access denied.");
    if (status >= 500)
        return StorageError::tr("The server had an internal problem.");
    return {};
}
} // namespace

QString StorageError::toUserText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("Cannot reach the server");
        break;
    case Kind::Timeout:
        text = tr("The server stopped responding");
        break;
    case Kind::Tls:
        text = tr("Secure connection failed");
        break;
    case Kind::Service: {
        const QString explained = explainCode(code, httpStatus);
        text = explained.isEmpty() ? tr("The server refused the request") : explained;
        break;
    }
    case Kind::Protocol:
        text = tr("The server sent a response Sucai cannot read");
        break;
    case Kind::Integrity:
        text = tr("Data check failed");
        break;
    case Kind::LocalIo:
        text = tr("Local file error");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::InvalidArgument:
        text = tr("Invalid request");
        break;
    }
    QStringList details;
    if (!message.isEmpty() && message != text)
        details << message;
    if (kind == Kind::Service) {
        details
            << (code.isEmpty()
                    ? QStringLiteral("HTTP %1").arg(httpStatus)
                    : QStringLiteral("%1, HTTP %2").arg(QString::fromLatin1(code)).arg(httpStatus));
    }
    if (!requestId.isEmpty())
        details << tr("request id %1").arg(QString::fromLatin1(requestId));
    // Sentence end and the detail brackets follow the language (Chinese uses 。 and （）).
    static const QString stops = QStringLiteral(".)。）!！?？");
    if (!text.isEmpty() && !stops.contains(text.back()))
        text = tr("%1.", "end a sentence").arg(text);
    if (!details.isEmpty())
        text = tr("%1 (%2)", "message (details)").arg(text, details.join(tr("; ")));
    if (!resource.isEmpty())
        text = tr("%1: %2", "resource: message").arg(resource, text);
    return text;
}

} // namespace sucai::cloud
