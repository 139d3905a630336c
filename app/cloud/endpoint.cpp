#include "endpoint.h"

namespace sucai::cloud {

Endpoint Endpoint::s3(const QUrl &base, const QString &region, Addressing addressing)
{
    Endpoint e;
    const QString scheme = base.scheme().toLower();
    if ((scheme != u"http" && scheme != u"https") || base.host().isEmpty())
        return e;
    e.m_provider = Provider::S3Compatible;
    e.m_addressing = addressing;
    e.m_scheme = scheme.toLatin1();
    e.m_host = base.host(QUrl::FullyEncoded).toLower().toLatin1();
    if (e.m_host.contains(':')) // an IPv6 literal: QUrl::host() drops the brackets URLs need
        e.m_host = '[' + e.m_host + ']';
    e.m_port = base.port(-1);
    e.m_region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    QByteArray path = base.path(QUrl::FullyDecoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    e.m_basePath = path;
    e.m_trailingChecksums = e.m_host == "amazonaws.com" || e.m_host.endsWith(".amazonaws.com") ||
                            e.m_host.endsWith(".amazonaws.com.cn");
    return e;
}

void applyChecksumPreference(Endpoint &endpoint, const QString &preference)
{
    const QString p = preference.trimmed().toLower();
    if (p == u"crc32" || p == u"when_supported")
        endpoint.setTrailingChecksums(true);
    else if (p == u"off" || p == u"when_required")
        endpoint.setTrailingChecksums(false);
}

Endpoint Endpoint::tencentCos(const QString &region, const QString &appId, bool useHttps)
{
    Endpoint e;
    if (region.isEmpty())
        return e;
    e.m_provider = Provider::TencentCos;
    e.m_addressing = Addressing::VirtualHost;
    e.m_scheme = useHttps ? "https" : "http";
    e.m_host = "cos." + region.toLower().toLatin1() + ".myqcloud.com";
    e.m_region = region;
    e.m_appId = appId;
    return e;
}

QByteArray Endpoint::hostAndPort() const
{
    const bool defaultPort = m_port < 0 || (m_scheme == "https" && m_port == 443) ||
                             (m_scheme == "http" && m_port == 80);
    return defaultPort ? m_host : m_host + ':' + QByteArray::number(m_port);
}

QString Endpoint::qualifiedBucket(const QString &bucket) const
{
    if (m_provider != Provider::TencentCos || m_appId.isEmpty() || bucket.isEmpty() ||
        bucket.endsWith(u'-' + m_appId))
        return bucket;
    return bucket + u'-' + m_appId;
}

HttpRequest Endpoint::request(const QByteArray &method, const QString &bucket,
                              const QString &key) const
{
    HttpRequest r;
    r.method = method;
    r.scheme = m_scheme;
    const QByteArray b = qualifiedBucket(bucket).toUtf8();
    const QByteArray k = key.toUtf8();
    if (b.isEmpty()) {
        r.host = m_provider == Provider::TencentCos ? QByteArrayLiteral("service.cos.myqcloud.com")
                                                    : hostAndPort();
        r.path = m_basePath + '/';
    } else if (m_addressing == Addressing::VirtualHost) {
        r.host = b + '.' + hostAndPort();
        r.path = m_basePath + '/' + k;
    } else {
        r.host = hostAndPort();
        r.path = m_basePath + '/' + b;
        if (!k.isEmpty())
            r.path += '/' + k;
    }
    r.setHeader("Host", r.host);
    return r;
}

QUrl Endpoint::objectUrl(const QString &bucket, const QString &key) const
{
    return QUrl::fromEncoded(request("GET", bucket, key).encodedUrl(), QUrl::StrictMode);
}

} // namespace sucai::cloud
