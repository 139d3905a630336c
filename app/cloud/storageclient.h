#pragma once

#include "core/retrypolicy.h"
#include "credentials.h"
#include "endpoint.h"
#include "signer.h"
#include "storagetypes.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace sucai::core {
class Clock;
}

namespace sucai::cloud {

class ListBucketsJob;
class ListObjectsJob;
class HeadObjectJob;
class GetObjectJob;
class PutObjectJob;
class CopyObjectJob;
class DeleteObjectJob;
class DeleteObjectsJob;
class CreateMultipartUploadJob;
class UploadPartJob;
class CompleteMultipartUploadJob;
class AbortMultipartUploadJob;
class ListPartsJob;
class ListMultipartUploadsJob;
class CreateBucketJob;

enum class SignatureKind { SigV4, Cos };

// The storage service of one profile: endpoint, signer, credentials, and a factory of jobs.
// Lives in the thread of its QNetworkAccessManager; jobs it creates live there too.
// Credentials may be replaced from any thread (a refresh must not race a signing).
class StorageClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageClient)

public:
    StorageClient(QNetworkAccessManager *network, Endpoint endpoint, SignatureKind signature,
                  QObject *parent = nullptr);
    ~StorageClient() override;

    static std::shared_ptr<const RequestSigner> makeSigner(SignatureKind kind,
                                                           const QString &region);

    const Endpoint &endpoint() const { return m_endpoint; }
    SignatureKind signature() const { return m_signature; }
    QNetworkAccessManager *network() const { return m_network; }

    void setCredentials(const Credentials &creds);
    Credentials credentials() const;

    void setClock(const core::Clock *clock) { m_clock = clock; }
    // Server time minus local time, learnt from a RequestTimeTooSkewed answer's Date header.
    qint64 clockSkewMs() const { return m_clockSkewMs.load(); }
    void setClockSkewMs(qint64 ms) { m_clockSkewMs.store(ms); }
    QDateTime signingTime() const;
    QDateTime localTime() const; // the clock's time, without the skew correction

    void setRetrySettings(core::RetryPolicy::Settings s) { m_retry = core::RetryPolicy(s); }
    const core::RetryPolicy &retryPolicy() const { return m_retry; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    // S3 trailing checksums: uploads go out aws-chunked with a CRC32 trailer
    // (AwsChunkedBody) and the server refuses a body whose bytes do not match, before storing
    // it; multipart uploads are created with x-amz-checksum-algorithm CRC32. Needs SigV4 and
    // an endpoint that understands it (Endpoint::trailingChecksums(): by default AWS hosts
    // only). Always off with COS signatures (COS checks CRC64 instead).
    bool trailingChecksums() const
    {
        return m_endpoint.trailingChecksums() && m_signature == SignatureKind::SigV4;
    }
    void setTrailingChecksums(bool on) { m_endpoint.setTrailingChecksums(on); }

    // Header names differ by dialect: "x-cos-meta-" on COS, "x-amz-meta-" elsewhere.
    QByteArray vendorHeader(const char *suffix) const;

    // Signs in place with the current credentials (unsigned if there are none: public buckets).
    void sign(HttpRequest &req) const;
    // A URL anyone can use for `expiresSeconds` (GET by default) — the user's explicit request.
    QUrl presignedUrl(const QString &bucket, const QString &key, qint64 expiresSeconds,
                      const QByteArray &method = "GET") const;

    // Jobs, parented to the client; the caller deleteLater()s them after finished().
    ListBucketsJob *listBuckets();
    ListObjectsJob *listObjects(const QString &bucket, const ListObjectsParams &params);
    HeadObjectJob *headObject(const QString &bucket, const QString &key);
    // Streams the object (or the byte range [offset, offset+length)) into `localPath` through a
    // temporary file beside it, verified, then renamed into place.
    GetObjectJob *getObject(const QString &bucket, const QString &key, const QString &localPath,
                            qint64 rangeOffset = -1, qint64 rangeLength = -1);
    PutObjectJob *putObject(const QString &bucket, const QString &key, const QString &localPath,
                            const ObjectHeaders &headers = {}, const QByteArray &contentMd5 = {});
    PutObjectJob *putObjectData(const QString &bucket, const QString &key, const QByteArray &data,
                                const ObjectHeaders &headers = {});
    // Server-side copy. replaceHeaders=false keeps the source's metadata (COPY directive).
    CopyObjectJob *copyObject(const QString &srcBucket, const QString &srcKey,
                              const QString &dstBucket, const QString &dstKey,
                              bool replaceHeaders = false, const ObjectHeaders &headers = {});
    DeleteObjectJob *deleteObject(const QString &bucket, const QString &key);
    // Any number of keys: sent in batches of at most 1000, per-key failures reported.
    DeleteObjectsJob *deleteObjects(const QString &bucket, const QStringList &keys);
    // withCrc32: x-amz-checksum-algorithm CRC32; every part must then carry its CRC32.
    CreateMultipartUploadJob *createMultipartUpload(const QString &bucket, const QString &key,
                                                    const ObjectHeaders &headers = {},
                                                    bool withCrc32 = false);
    // withCrc32: the part goes out with a CRC32 trailer (the upload was created with it).
    UploadPartJob *uploadPart(const QString &bucket, const QString &key, const QByteArray &uploadId,
                              int partNumber, const QString &localPath, qint64 offset,
                              qint64 length, bool withCrc32 = false);
    CompleteMultipartUploadJob *completeMultipartUpload(const QString &bucket, const QString &key,
                                                        const QByteArray &uploadId,
                                                        const QList<PartInfo> &parts);
    AbortMultipartUploadJob *abortMultipartUpload(const QString &bucket, const QString &key,
                                                  const QByteArray &uploadId);
    ListPartsJob *listParts(const QString &bucket, const QString &key, const QByteArray &uploadId);
    ListMultipartUploadsJob *listMultipartUploads(const QString &bucket,
                                                  const QString &prefix = {});
    CreateBucketJob *createBucket(const QString &bucket, const QString &locationConstraint = {});

private:
    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    SignatureKind m_signature;
    std::shared_ptr<const RequestSigner> m_signer;
    mutable QMutex m_credsMutex;
    Credentials m_credentials;
    const core::Clock *m_clock;
    std::atomic<qint64> m_clockSkewMs{0};
    core::RetryPolicy m_retry;
    int m_transferTimeoutMs = 60'000;
};

} // namespace sucai::cloud
