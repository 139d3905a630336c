#pragma once

#include "storagejob.h"
#include "storagetypes.h"

#include <QFile>
#include <QPointer>

namespace sucai::core {
class FileSliceDevice;
}

namespace sucai::cloud {

class AwsChunkedBody;

class ListBucketsJob final : public StorageJob
{
    Q_OBJECT
public:
    explicit ListBucketsJob(StorageClient *client);
    const QList<BucketInfo> &buckets() const { return m_buckets; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QList<BucketInfo> m_buckets;
};

// One page of ListObjectsV2. The caller asks for the next page with the page's
// nextContinuationToken (BucketModel fetches as the user scrolls).
class ListObjectsJob final : public StorageJob
{
    Q_OBJECT
public:
    ListObjectsJob(StorageClient *client, QString bucket, ListObjectsParams params);
    const ListObjectsPage &page() const { return m_page; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    QByteArray codeForEmptyError(int status) const override;

private:
    QString m_bucket;
    ListObjectsParams m_params;
    ListObjectsPage m_page;
};

class HeadObjectJob final : public StorageJob
{
    Q_OBJECT
public:
    HeadObjectJob(StorageClient *client, QString bucket, QString key);
    const ObjectMeta &meta() const { return m_meta; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    QByteArray codeForEmptyError(int status) const override;

private:
    QString m_bucket;
    QString m_key;
    ObjectMeta m_meta;
};

class GetObjectJob final : public StorageJob
{
    Q_OBJECT
public:
    GetObjectJob(StorageClient *client, QString bucket, QString key, QString localPath,
                 qint64 rangeOffset, qint64 rangeLength);
    ~GetObjectJob() override;
    const ObjectMeta &meta() const { return m_meta; }
    qint64 bytesWritten() const { return m_written; }
    // Resumable download: bytes already in the partial file are kept and the rest is fetched
    // with Range + If-Match, provided the object still has `etag`. A partial file survives
    // network errors and cancellation (pause) and is removed only when it cannot be used.
    void setResume(const QByteArray &etag) { m_resumeEtag = etag; }
    qint64 resumedFrom() const { return m_resumeBase; }
    // The temporary file the bytes go to before the rename: "<target>.sucai-part".
    static QString partialPath(const QString &target);

protected:
    HttpRequest buildRequest(StorageError &error) override;
    bool streamsResponse() const override { return true; }
    bool beginStream(QNetworkReply *reply, StorageError &error) override;
    bool consumeStream(QByteArrayView data, StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    QByteArray codeForEmptyError(int status) const override;
    void finalize(StorageError &error) override;

private:
    QString m_bucket;
    QString m_key;
    QString m_target;
    qint64 m_rangeOffset;
    qint64 m_rangeLength;
    QFile m_file;
    qint64 m_written = 0;
    qint64 m_expected = -1;
    QByteArray m_resumeEtag;
    qint64 m_resumeBase = 0;
    class Hashes;
    std::unique_ptr<Hashes> m_hashes;
    ObjectMeta m_meta;
};

class PutObjectJob final : public StorageJob
{
    Q_OBJECT
public:
    PutObjectJob(StorageClient *client, QString bucket, QString key, QString localPath,
                 QByteArray data, ObjectHeaders headers, QByteArray contentMd5);
    const PutResult &result() const { return m_result; }
    qint64 size() const { return m_size; }
    // Files up to this size get a Content-MD5 (unless a CRC32 trailer goes with them).
    static constexpr qint64 kContentMd5MaxSize = 1024 * 1024;

protected:
    HttpRequest buildRequest(StorageError &error) override;
    bool openBody(QIODevice *&device, QByteArray &data, StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    void finalize(StorageError &error) override;

private:
    QByteArray smallBodyMd5() const;

    QString m_bucket;
    QString m_key;
    QString m_localPath;
    QByteArray m_data;
    ObjectHeaders m_headers;
    QByteArray m_contentMd5;
    bool m_trailer; // CRC32 trailer (StorageClient::trailingChecksums())
    qint64 m_size = -1;
    QPointer<core::FileSliceDevice> m_device;
    QPointer<AwsChunkedBody> m_chunked;
    PutResult m_result;
};

class CopyObjectJob final : public StorageJob
{
    Q_OBJECT
public:
    CopyObjectJob(StorageClient *client, QString srcBucket, QString srcKey, QString dstBucket,
                  QString dstKey, bool replace, ObjectHeaders headers);
    QByteArray etag() const { return m_etag; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_srcBucket, m_srcKey, m_dstBucket, m_dstKey;
    bool m_replace;
    ObjectHeaders m_headers;
    QByteArray m_etag;
};

class DeleteObjectJob final : public StorageJob
{
    Q_OBJECT
public:
    DeleteObjectJob(StorageClient *client, QString bucket, QString key);

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_bucket;
    QString m_key;
};

class DeleteObjectsJob final : public StorageJob
{
    Q_OBJECT
public:
    static constexpr int kBatchSize = 1000; // the S3 limit per request
    DeleteObjectsJob(StorageClient *client, QString bucket, QStringList keys);
    const QStringList &deleted() const { return m_deleted; }
    const QList<DeleteFailure> &failures() const { return m_failures; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    bool openBody(QIODevice *&device, QByteArray &data, StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    bool hasMoreRequests() const override { return m_next < m_keys.size(); }

private:
    QStringList batch() const;
    QString m_bucket;
    QStringList m_keys;
    qsizetype m_next = 0;
    QByteArray m_body;
    QStringList m_deleted;
    QList<DeleteFailure> m_failures;
};

class CreateMultipartUploadJob final : public StorageJob
{
    Q_OBJECT
public:
    CreateMultipartUploadJob(StorageClient *client, QString bucket, QString key,
                             ObjectHeaders headers, bool withCrc32 = false);
    QByteArray uploadId() const { return m_uploadId; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    bool isIdempotent() const override { return false; } // a repeat would start a second upload

private:
    QString m_bucket, m_key;
    ObjectHeaders m_headers;
    bool m_withCrc32;
    QByteArray m_uploadId;
};

class UploadPartJob final : public StorageJob
{
    Q_OBJECT
public:
    UploadPartJob(StorageClient *client, QString bucket, QString key, QByteArray uploadId,
                  int partNumber, QString localPath, qint64 offset, qint64 length,
                  bool withCrc32 = false);
    // Number, ETag, size (and CRC32) of the stored part, checked against the bytes sent.
    const PartInfo &part() const { return m_part; }
    quint64 crc64() const { return m_crc64; }
    QByteArray md5() const { return m_md5; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    bool openBody(QIODevice *&device, QByteArray &data, StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    void finalize(StorageError &error) override;

private:
    QString m_bucket, m_key;
    QByteArray m_uploadId;
    QString m_localPath;
    qint64 m_offset, m_length;
    bool m_withCrc32;
    QPointer<core::FileSliceDevice> m_device;
    QPointer<AwsChunkedBody> m_chunked;
    PartInfo m_part;
    quint64 m_crc64 = 0;
    QByteArray m_md5;
};

class CompleteMultipartUploadJob final : public StorageJob
{
    Q_OBJECT
public:
    CompleteMultipartUploadJob(StorageClient *client, QString bucket, QString key,
                               QByteArray uploadId, QList<PartInfo> parts);
    QByteArray etag() const { return m_etag; }
    std::optional<quint64> crc64() const { return m_crc64; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    bool openBody(QIODevice *&device, QByteArray &data, StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    bool isIdempotent() const override { return false; }

private:
    QString m_bucket, m_key;
    QByteArray m_uploadId;
    QList<PartInfo> m_parts;
    QByteArray m_etag;
    std::optional<quint64> m_crc64;
};

class AbortMultipartUploadJob final : public StorageJob
{
    Q_OBJECT
public:
    AbortMultipartUploadJob(StorageClient *client, QString bucket, QString key,
                            QByteArray uploadId);

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_bucket, m_key;
    QByteArray m_uploadId;
};

// All parts of an upload (follows the pages).
class ListPartsJob final : public StorageJob
{
    Q_OBJECT
public:
    ListPartsJob(StorageClient *client, QString bucket, QString key, QByteArray uploadId);
    const QList<PartInfo> &parts() const { return m_parts; }
    // The upload's checksum algorithm ("CRC32"), empty when it was created without one.
    QByteArray checksumAlgorithm() const { return m_checksumAlgorithm; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    bool hasMoreRequests() const override { return m_truncated; }

private:
    QString m_bucket, m_key;
    QByteArray m_uploadId;
    QByteArray m_checksumAlgorithm;
    QList<PartInfo> m_parts;
    bool m_truncated = false;
    int m_marker = 0;
};

// All unfinished multipart uploads under a prefix (follows the pages).
class ListMultipartUploadsJob final : public StorageJob
{
    Q_OBJECT
public:
    ListMultipartUploadsJob(StorageClient *client, QString bucket, QString prefix);
    const QList<UploadInfo> &uploads() const { return m_uploads; }

protected:
    HttpRequest buildRequest(StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    bool hasMoreRequests() const override { return m_truncated; }

private:
    QString m_bucket, m_prefix;
    QList<UploadInfo> m_uploads;
    bool m_truncated = false;
    QString m_keyMarker;
    QByteArray m_uploadIdMarker;
};

class CreateBucketJob final : public StorageJob
{
    Q_OBJECT
public:
    CreateBucketJob(StorageClient *client, QString bucket, QString locationConstraint);

protected:
    HttpRequest buildRequest(StorageError &error) override;
    bool openBody(QIODevice *&device, QByteArray &data, StorageError &error) override;
    StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_bucket;
    QString m_location;
};

} // namespace sucai::cloud
