#include "storageclient.h"

#include "core/clock.h"
#include "cossigner.h"
#include "sigv4signer.h"
#include "storagejobs.h"

#include <QMutexLocker>
#include <QNetworkAccessManager>

namespace sucai::cloud {

StorageClient::StorageClient(QNetworkAccessManager *network, Endpoint endpoint,
                             SignatureKind signature, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_signature(signature)
    , m_signer(makeSigner(signature, m_endpoint.region()))
    , m_clock(&core::Clock::system())
{
    qRegisterMetaType<StorageError>();
}

StorageClient::~StorageClient() = default;

std::shared_ptr<const RequestSigner> StorageClient::makeSigner(SignatureKind kind,
                                                               const QString &region)
{
    if (kind == SignatureKind::Cos)
        return std::make_shared<CosSigner>();
    return std::make_shared<SigV4Signer>(region.isEmpty() ? QByteArrayLiteral("us-east-1")
                                                          : region.toLatin1());
}

void StorageClient::setCredentials(const Credentials &creds)
{
    QMutexLocker lock(&m_credsMutex);
    m_credentials = creds;
}

Credentials StorageClient::credentials() const
{
    QMutexLocker lock(&m_credsMutex);
    return m_credentials;
}

QDateTime StorageClient::signingTime() const
{
    return m_clock->nowUtc().addMSecs(m_clockSkewMs.load());
}

QDateTime StorageClient::localTime() const
{
    return m_clock->nowUtc();
}

QByteArray StorageClient::vendorHeader(const char *suffix) const
{
    const QByteArray prefix =
        m_endpoint.provider() == Endpoint::Provider::TencentCos ? "x-cos-" : "x-amz-";
    return prefix + suffix;
}

void StorageClient::sign(HttpRequest &req) const
{
    const Credentials creds = credentials();
    if (!creds.isValid())
        return; // anonymous: public-read buckets
    m_signer->sign(req, creds, signingTime());
}

QUrl StorageClient::presignedUrl(const QString &bucket, const QString &key, qint64 expiresSeconds,
                                 const QByteArray &method) const
{
    HttpRequest req = m_endpoint.request(method, bucket, key);
    const Credentials creds = credentials();
    if (creds.isValid())
        m_signer->presign(req, creds, signingTime(), expiresSeconds);
    return QUrl::fromEncoded(req.encodedUrl(), QUrl::StrictMode);
}

ListBucketsJob *StorageClient::listBuckets()
{
    return new ListBucketsJob(this);
}

ListObjectsJob *StorageClient::listObjects(const QString &bucket, const ListObjectsParams &params)
{
    return new ListObjectsJob(this, bucket, params);
}

HeadObjectJob *StorageClient::headObject(const QString &bucket, const QString &key)
{
    return new HeadObjectJob(this, bucket, key);
}

GetObjectJob *StorageClient::getObject(const QString &bucket, const QString &key,
                                       const QString &localPath, qint64 rangeOffset,
                                       qint64 rangeLength)
{
    return new GetObjectJob(this, bucket, key, localPath, rangeOffset, rangeLength);
}

PutObjectJob *StorageClient::putObject(const QString &bucket, const QString &key,
                                       const QString &localPath, const ObjectHeaders &headers,
                                       const QByteArray &contentMd5)
{
    return new PutObjectJob(this, bucket, key, localPath, {}, headers, contentMd5);
}

PutObjectJob *StorageClient::putObjectData(const QString &bucket, const QString &key,
                                           const QByteArray &data, const ObjectHeaders &headers)
{
    return new PutObjectJob(this, bucket, key, {}, data, headers, {});
}

CopyObjectJob *StorageClient::copyObject(const QString &srcBucket, const QString &srcKey,
                                         const QString &dstBucket, const QString &dstKey,
                                         bool replaceHeaders, const ObjectHeaders &headers)
{
    return new CopyObjectJob(this, srcBucket, srcKey, dstBucket, dstKey, replaceHeaders, headers);
}

DeleteObjectJob *StorageClient::deleteObject(const QString &bucket, const QString &key)
{
    return new DeleteObjectJob(this, bucket, key);
}

DeleteObjectsJob *StorageClient::deleteObjects(const QString &bucket, const QStringList &keys)
{
    return new DeleteObjectsJob(this, bucket, keys);
}

CreateMultipartUploadJob *StorageClient::createMultipartUpload(const QString &bucket,
                                                               const QString &key,
                                                               const ObjectHeaders &headers,
                                                               bool withCrc32)
{
    return new CreateMultipartUploadJob(this, bucket, key, headers, withCrc32);
}

UploadPartJob *StorageClient::uploadPart(const QString &bucket, const QString &key,
                                         const QByteArray &uploadId, int partNumber,
                                         const QString &localPath, qint64 offset, qint64 length,
                                         bool withCrc32)
{
    return new UploadPartJob(this, bucket, key, uploadId, partNumber, localPath, offset, length,
                             withCrc32);
}

CompleteMultipartUploadJob *StorageClient::completeMultipartUpload(const QString &bucket,
                                                                   const QString &key,
                                                                   const QByteArray &uploadId,
                                                                   const QList<PartInfo> &parts)
{
    return new CompleteMultipartUploadJob(this, bucket, key, uploadId, parts);
}

AbortMultipartUploadJob *StorageClient::abortMultipartUpload(const QString &bucket,
                                                             const QString &key,
                                                             const QByteArray &uploadId)
{
    return new AbortMultipartUploadJob(this, bucket, key, uploadId);
}

ListPartsJob *StorageClient::listParts(const QString &bucket, const QString &key,
                                       const QByteArray &uploadId)
{
    return new ListPartsJob(this, bucket, key, uploadId);
}

ListMultipartUploadsJob *StorageClient::listMultipartUploads(const QString &bucket,
                                                             const QString &prefix)
{
    return new ListMultipartUploadsJob(this, bucket, prefix);
}

CreateBucketJob *StorageClient::createBucket(const QString &bucket,
                                             const QString &locationConstraint)
{
    return new CreateBucketJob(this, bucket, locationConstraint);
}

} // namespace sucai::cloud
