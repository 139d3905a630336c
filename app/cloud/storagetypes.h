#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sucai::cloud {

struct BucketInfo
{
    QString name;
    QDateTime created;
    QString region; // when the service says (COS: <Location>)
};

struct ObjectInfo
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified;
    QByteArray etag; // without quotes
    QByteArray storageClass;
};

struct ListObjectsParams
{
    QString prefix;
    QString delimiter;
    int maxKeys = 1000;
    QByteArray continuationToken;
    QString startAfter;
};

struct ListObjectsPage
{
    QList<ObjectInfo> objects;
    QStringList commonPrefixes;
    bool isTruncated = false;
    QByteArray nextContinuationToken;
};

// Headers of an object as HEAD/GET report them, and as PUT/copy may set them.
struct ObjectHeaders
{
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray contentDisposition;
    QByteArray contentEncoding;
    QByteArray storageClass;
    QList<QPair<QByteArray, QByteArray>> userMetadata; // names without the x-amz-meta- prefix
};

struct ObjectMeta
{
    qint64 size = 0;
    QDateTime lastModified;
    QByteArray etag;
    QByteArray versionId;
    std::optional<quint64> crc64; // x-cos-hash-crc64ecma when the server computes it
    // x-amz-checksum-crc32 of the whole object (S3 returns it to x-amz-checksum-mode: ENABLED
    // when the object was stored with one; a composite "...-N" multipart value is not kept).
    std::optional<quint32> crc32;
    ObjectHeaders headers;
};

struct PutResult
{
    QByteArray etag;
    QByteArray versionId;
    std::optional<quint64> crc64;
    std::optional<quint32> crc32; // the CRC32 trailer the server checked, when one was sent
};

struct PartInfo
{
    int partNumber = 0;
    QByteArray etag;
    qint64 size = 0;
    QDateTime lastModified;
    std::optional<quint32> crc32; // ChecksumCRC32 of an upload created with algorithm CRC32
};

struct UploadInfo
{
    QString key;
    QByteArray uploadId;
    QDateTime initiated;
};

struct DeleteFailure
{
    QString key;
    QByteArray code;
    QString message;
};

} // namespace sucai::cloud
