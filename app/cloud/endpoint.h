#pragma once

#include "httprequest.h"

#include <QString>
#include <QUrl>

namespace sucai::cloud {

// Where a profile's storage lives and how bucket and key map onto host and path.
//   Tencent COS:    https://<bucket>-<appid>.cos.<region>.myqcloud.com/<key>   (virtual-host)
//                   ListBuckets at https://service.cos.myqcloud.com/
//   S3-compatible:  path style     <scheme>://<host[:port]>/<bucket>/<key>
//                   virtual host   <scheme>://<bucket>.<host[:port]>/<key>
class Endpoint
{
public:
    enum class Provider { S3Compatible, TencentCos };
    enum class Addressing { PathStyle, VirtualHost };

    Endpoint() = default;
    // An S3-compatible endpoint from a base URL such as "http://127.0.0.1:7480" or
    // "https://s3.eu-west-1.amazonaws.com". Returns an invalid endpoint for a URL without
    // http/https scheme or host (see isValid()).
    static Endpoint s3(const QUrl &base, const QString &region, Addressing addressing);
    // Tencent COS by region ("ap-guangzhou") and APPID ("1250000000").
    static Endpoint tencentCos(const QString &region, const QString &appId, bool useHttps = true);

    bool isValid() const { return !m_host.isEmpty(); }
    Provider provider() const { return m_provider; }
    Addressing addressing() const { return m_addressing; }
    QString region() const { return m_region; }
    QString appId() const { return m_appId; }
    QByteArray scheme() const { return m_scheme; }
    QByteArray hostAndPort() const; // "host" or "host:port" when the port is not the default

    // COS bucket names carry the APPID ("assets-1250000000"); users often type only "assets".
    QString qualifiedBucket(const QString &bucket) const;

    // The request skeleton for an operation: method, scheme, host and decoded path.
    // An empty bucket addresses the service (ListBuckets); an empty key the bucket.
    HttpRequest request(const QByteArray &method, const QString &bucket = {},
                        const QString &key = {}) const;

    // The unsigned URL of an object (public-read buckets, "copy URL").
    QUrl objectUrl(const QString &bucket, const QString &key) const;

    // Whether the server takes S3 trailing checksums (aws-chunked uploads with a CRC32
    // trailer; see StorageClient::trailingChecksums()). AWS S3 does (on for *.amazonaws.com);
    // other S3-compatible servers only where the user says so (MinIO, Ceph RGW 18+ do; RGW 16
    // would store the encoding itself). Never for COS.
    bool trailingChecksums() const { return m_trailingChecksums; }
    void setTrailingChecksums(bool on)
    {
        m_trailingChecksums = on && m_provider == Provider::S3Compatible;
    }

private:
    Provider m_provider = Provider::S3Compatible;
    Addressing m_addressing = Addressing::PathStyle;
    QByteArray m_scheme = "https";
    QByteArray m_host; // lower-case host without port
    int m_port = -1;
    QString m_region;
    QString m_appId;
    QByteArray m_basePath; // path prefix of the endpoint URL, without trailing '/'
    bool m_trailingChecksums = false;
};

// A user's checksum preference applied to an endpoint: "crc32" or "when_supported" (the AWS
// SDKs' AWS_REQUEST_CHECKSUM_CALCULATION) turn trailing checksums on, "off" or
// "when_required" turn them off; anything else (empty, "auto") keeps the endpoint's default.
void applyChecksumPreference(Endpoint &endpoint, const QString &preference);

} // namespace sucai::cloud
