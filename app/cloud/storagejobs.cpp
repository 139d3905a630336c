#include "storagejobs.h"

#include "awschunkedbody.h"
#include "core/crc64.h"
#include "core/fileslicedevice.h"
#include "httpdate.h"
#include "s3xml.h"
#include "storageclient.h"
#include "uriencode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QtEndian>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>
#include <tuple>
#include <zlib.h>

namespace sucai::cloud {

namespace {

// Free helpers below use StorageJob's translation context, spelled out so lupdate agrees.
QString objectResource(const QString &bucket, const QString &key)
{
    return key.isEmpty() ? bucket : bucket + u'/' + key;
}

// S3 keys are 1..1024 bytes of UTF-8.
bool checkKey(const QString &key, StorageError &error)
{
    const qsizetype n = key.toUtf8().size();
    if (n == 0 || n > 1024) {
        error = StorageError::make(
            StorageError::Kind::InvalidArgument,
            n == 0 ? StorageJob::tr("The object name is empty.")
                   : StorageJob::tr("The object name is longer than 1024 bytes."));
        return false;
    }
    return true;
}

// Qt's HTTP stack normalises "." and ".." path segments away (and QUrl decodes %2E), so such a
// key cannot be addressed in a URL path: refuse it clearly instead of touching another object.
// Listing, DeleteObjects (keys in the body) and copy sources (a header) still reach them.
bool checkAddressableKey(const QString &key, StorageError &error)
{
    if (!checkKey(key, error))
        return false;
    const auto segments = QStringView(key).split(u'/');
    for (const auto &seg : segments) {
        if (seg == u"." || seg == u"..") {
            error = StorageError::make(
                StorageError::Kind::InvalidArgument,
                StorageJob::tr("Object names with \".\" or \"..\" as a folder name "
                               "cannot be opened directly; rename or delete them."));
            return false;
        }
    }
    return true;
}

// XML 1.0 cannot carry every key (control characters, U+FFFE/U+FFFF): a writer would drop
// them silently, and the request would name another key.
bool xmlCanCarry(const QString &key)
{
    for (const char32_t c : QStringView(key).toUcs4()) {
        const bool ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                        (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!ok)
            return false;
    }
    return true;
}

// "bytes 100-149/1000" → (100, 149, 1000); nullopt when malformed.
std::optional<std::tuple<qint64, qint64, qint64>> parseContentRange(const QByteArray &v)
{
    const QByteArray s = v.trimmed();
    if (!s.startsWith("bytes "))
        return std::nullopt;
    const qsizetype dash = s.indexOf('-');
    const qsizetype slash = s.indexOf('/');
    if (dash < 0 || slash < dash)
        return std::nullopt;
    bool a = false;
    bool b = false;
    bool c = true;
    const qint64 first = s.mid(6, dash - 6).toLongLong(&a);
    const qint64 last = s.mid(dash + 1, slash - dash - 1).toLongLong(&b);
    const QByteArray totalText = s.mid(slash + 1);
    const qint64 total = totalText == "*" ? -1 : totalText.toLongLong(&c);
    if (!a || !b || !c || first < 0 || last < first)
        return std::nullopt;
    return std::make_tuple(first, last, total);
}

bool checkBucket(const QString &bucket, StorageError &error)
{
    if (bucket.isEmpty()) {
        error = StorageError::make(StorageError::Kind::InvalidArgument,
                                   StorageJob::tr("No bucket given."));
        return false;
    }
    return true;
}

void applyHeaders(HttpRequest &req, const ObjectHeaders &h, const StorageClient *client)
{
    if (!h.contentType.isEmpty())
        req.setHeader("Content-Type", h.contentType);
    if (!h.cacheControl.isEmpty())
        req.setHeader("Cache-Control", h.cacheControl);
    if (!h.contentDisposition.isEmpty())
        req.setHeader("Content-Disposition", h.contentDisposition);
    if (!h.contentEncoding.isEmpty())
        req.setHeader("Content-Encoding", h.contentEncoding);
    if (!h.storageClass.isEmpty())
        req.setHeader(client->vendorHeader("storage-class"), h.storageClass);
    const QByteArray meta = client->vendorHeader("meta-");
    for (const auto &[name, value] : h.userMetadata)
        req.setHeader(meta + name.toLower(), value);
}

std::optional<quint64> crc64Header(const QNetworkReply *reply)
{
    const QByteArray v = reply->rawHeader("x-cos-hash-crc64ecma");
    bool ok = false;
    const quint64 crc = v.toULongLong(&ok);
    return ok ? std::optional<quint64>(crc) : std::nullopt;
}

ObjectMeta metaFromReply(const QNetworkReply *reply)
{
    ObjectMeta m;
    m.size = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const QByteArray range = reply->rawHeader("Content-Range"); // "bytes 0-9/1234"
    if (const auto slash = range.lastIndexOf('/'); slash >= 0)
        m.size = range.mid(slash + 1).toLongLong();
    m.lastModified = parseHttpDate(reply->rawHeader("Last-Modified"));
    m.etag = s3xml::unquoteEtag(reply->rawHeader("ETag"));
    m.crc64 = crc64Header(reply);
    if (const QByteArray c = reply->rawHeader("x-amz-checksum-crc32"); !c.isEmpty()) {
        const auto raw = QByteArray::fromBase64Encoding(c, QByteArray::AbortOnBase64DecodingErrors);
        if (raw && raw.decoded.size() == 4) // big-endian
            m.crc32 = qFromBigEndian<quint32>(raw.decoded.constData());
    }
    m.versionId = reply->rawHeader("x-amz-version-id");
    m.headers.contentType = reply->rawHeader("Content-Type");
    m.headers.cacheControl = reply->rawHeader("Cache-Control");
    m.headers.contentDisposition = reply->rawHeader("Content-Disposition");
    m.headers.contentEncoding = reply->rawHeader("Content-Encoding");
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        const QByteArray lower = name.toLower();
        if (lower == "x-amz-storage-class" || lower == "x-cos-storage-class")
            m.headers.storageClass = value;
        else if (lower.startsWith("x-amz-meta-") || lower.startsWith("x-cos-meta-"))
            m.headers.userMetadata.append({lower.mid(11), value});
    }
    if (m.headers.storageClass.isEmpty())
        m.headers.storageClass = "STANDARD"; // S3 omits the header for the default class
    return m;
}

// A plain (single-PUT, unencrypted) ETag is the hex MD5 of the body; multipart ETags carry
// "-N" and SSE-KMS ETags are opaque, so they cannot be checked this way.
bool etagIsMd5(const QByteArray &etag)
{
    if (etag.size() != 32)
        return false;
    for (const char c : etag) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

StorageError integrityError(const QString &what, const QByteArray &expected,
                            const QByteArray &actual)
{
    return StorageError::make(
        StorageError::Kind::Integrity,
        StorageJob::tr("%1 mismatch: the server reports %2, the data has %3.")
            .arg(what, QString::fromLatin1(expected), QString::fromLatin1(actual)));
}

// Checks what we sent against what the server says it stored.
// sentCrc32: the CRC32 trailer we sent (the server checked it already; its echo must agree).
StorageError verifyUpload(const QNetworkReply *reply, const QByteArray &md5, quint64 crc64,
                          bool haveChecksums, QByteArray &etagOut, std::optional<quint64> &crcOut,
                          std::optional<quint32> sentCrc32 = std::nullopt)
{
    etagOut = s3xml::unquoteEtag(reply->rawHeader("ETag"));
    crcOut = crc64Header(reply);
    if (!haveChecksums) {
        return StorageError::make(
            StorageError::Kind::Integrity,
            StorageJob::tr("The uploaded data could not be checked against what was "
                           "sent; try again."));
    }
    if (const QByteArray echo = reply->rawHeader("x-amz-checksum-crc32");
        sentCrc32 && !echo.isEmpty()) {
        quint32 server = 0;
        if (!AwsChunkedBody::parseCrc32(echo, server) || server != *sentCrc32)
            return integrityError(QStringLiteral("CRC32"), echo,
                                  AwsChunkedBody::formatCrc32(*sentCrc32));
    }
    if (crcOut && *crcOut != crc64)
        return integrityError(QStringLiteral("CRC64"), QByteArray::number(*crcOut),
                              QByteArray::number(crc64));
    const bool sse = reply->hasRawHeader("x-amz-server-side-encryption-aws-kms-key-id") ||
                     reply->hasRawHeader("x-amz-server-side-encryption-customer-algorithm");
    if (!sse && etagIsMd5(etagOut) && etagOut.toLower() != md5.toHex())
        return integrityError(QStringLiteral("MD5/ETag"), etagOut, md5.toHex());
    return {};
}

// Headers of an aws-chunked body with a CRC32 trailer (AwsChunkedBody) of `size` payload bytes.
void requestChecksumTrailer(HttpRequest &r, qint64 size)
{
    const QByteArray encoding = r.header("Content-Encoding");
    // aws-chunked comes first; S3 stores what follows it as the object's Content-Encoding.
    r.setHeader("Content-Encoding",
                encoding.isEmpty() ? QByteArray("aws-chunked") : "aws-chunked," + encoding);
    r.setHeader("x-amz-decoded-content-length", QByteArray::number(size));
    r.setHeader("x-amz-trailer", AwsChunkedBody::kTrailerName);
    r.payloadHash = AwsChunkedBody::kContentSha256;
}

// The body for a job that sends `source` (opened, at 0): wrapped when a trailer goes with it.
QIODevice *maybeChunked(QIODevice *source, qint64 size, bool trailer,
                        QPointer<AwsChunkedBody> &chunked, StorageError &error)
{
    if (!trailer)
        return source;
    auto *body = new AwsChunkedBody(source, size);
    if (!body->open(QIODevice::ReadOnly)) {
        error = StorageError::make(StorageError::Kind::LocalIo, body->errorString());
        delete body;
        return nullptr;
    }
    chunked = body;
    return body;
}

// A server that does not know trailing checksums refuses the encoded body (Ceph RGW 16:
// 400 XAmzContentSHA256Mismatch) and stores nothing: say what to change.
void explainTrailerRefusal(StorageError &error)
{
    static const QByteArray codes[] = {"XAmzContentSHA256Mismatch", "NotImplemented",
                                       "InvalidArgument", "InvalidRequest"};
    if (error.kind != StorageError::Kind::Service || !std::ranges::count(codes, error.code))
        return;
    error.message = StorageJob::tr("this server does not accept S3 trailing checksums (CRC32): "
                                   "turn upload checksums off for this account "
                                   "(sucai-cli --checksum off)");
}

} // namespace

// --- ListBuckets ---------------------------------------------------------------------------

ListBucketsJob::ListBucketsJob(StorageClient *client)
    : StorageJob(client, {})
{}

HttpRequest ListBucketsJob::buildRequest(StorageError &)
{
    return client()->endpoint().request("GET");
}

StorageError ListBucketsJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    s3xml::parseListBuckets(body, m_buckets, e);
    return e;
}

// --- ListObjectsV2 -------------------------------------------------------------------------

ListObjectsJob::ListObjectsJob(StorageClient *client, QString bucket, ListObjectsParams params)
    : StorageJob(client, bucket)
    , m_bucket(std::move(bucket))
    , m_params(std::move(params))
{}

HttpRequest ListObjectsJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error))
        return {};
    HttpRequest r = client()->endpoint().request("GET", m_bucket);
    r.addQuery("list-type", "2");
    // Keys may hold characters XML 1.0 cannot carry; url encoding lists them anyway.
    r.addQuery("encoding-type", "url");
    r.addQuery("max-keys", QByteArray::number(qBound(1, m_params.maxKeys, 1000)));
    if (!m_params.prefix.isEmpty())
        r.addQuery("prefix", m_params.prefix.toUtf8());
    if (!m_params.delimiter.isEmpty())
        r.addQuery("delimiter", m_params.delimiter.toUtf8());
    if (!m_params.continuationToken.isEmpty())
        r.addQuery("continuation-token", m_params.continuationToken);
    if (!m_params.startAfter.isEmpty())
        r.addQuery("start-after", m_params.startAfter.toUtf8());
    return r;
}

StorageError ListObjectsJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    s3xml::parseListObjectsV2(body, m_page, e);
    return e;
}

QByteArray ListObjectsJob::codeForEmptyError(int status) const
{
    return status == 404 ? QByteArrayLiteral("NoSuchBucket") : QByteArray();
}

// --- HeadObject ----------------------------------------------------------------------------

HeadObjectJob::HeadObjectJob(StorageClient *client, QString bucket, QString key)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
{}

HttpRequest HeadObjectJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    return client()->endpoint().request("HEAD", m_bucket, m_key);
}

StorageError HeadObjectJob::handleSuccess(QNetworkReply *reply, const QByteArray &)
{
    m_meta = metaFromReply(reply);
    return {};
}

QByteArray HeadObjectJob::codeForEmptyError(int status) const
{
    return status == 404 ? QByteArrayLiteral("NoSuchKey") : QByteArray();
}

// --- GetObject -----------------------------------------------------------------------------

// Only the checksums the answer can be checked against are computed: a multipart ETag is not
// an MD5, and most servers send no CRC64 or CRC32, so a big download often needs none at all.
class GetObjectJob::Hashes
{
public:
    bool wantMd5 = false;
    bool wantCrc64 = false;
    bool wantCrc32 = false;
    QCryptographicHash md5{QCryptographicHash::Md5};
    core::Crc64 crc;
    uLong crc32 = ::crc32(0, nullptr, 0);

    void add(QByteArrayView data)
    {
        if (wantMd5)
            md5.addData(data);
        if (wantCrc64)
            crc.update(data);
        if (wantCrc32) {
            // zlib takes uInt lengths: feed big buffers in slices.
            for (qsizetype at = 0; at < data.size();) {
                const auto n = uInt(qMin<qsizetype>(data.size() - at, 1 << 30));
                crc32 = ::crc32(crc32, reinterpret_cast<const Bytef *>(data.data() + at), n);
                at += n;
            }
        }
    }
    bool any() const { return wantMd5 || wantCrc64 || wantCrc32; }
};

GetObjectJob::GetObjectJob(StorageClient *client, QString bucket, QString key, QString localPath,
                           qint64 rangeOffset, qint64 rangeLength)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_target(std::move(localPath))
    , m_rangeOffset(rangeOffset)
    , m_rangeLength(rangeLength)
{}

GetObjectJob::~GetObjectJob() = default;

QString GetObjectJob::partialPath(const QString &target)
{
    return target + QStringLiteral(".sucai-part");
}

HttpRequest GetObjectJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    if (m_target.isEmpty()) {
        error = StorageError::make(StorageError::Kind::InvalidArgument, tr("No local file given."));
        return {};
    }
    HttpRequest r = client()->endpoint().request("GET", m_bucket, m_key);
    if (m_rangeOffset < 0 && client()->signature() == SignatureKind::SigV4)
        r.setHeader("x-amz-checksum-mode", "ENABLED"); // S3 then returns its stored CRC32
    m_resumeBase = 0;
    if (!m_resumeEtag.isEmpty() && m_rangeOffset < 0) {
        const qint64 have = QFileInfo(partialPath(m_target)).size();
        if (have > 0) {
            m_resumeBase = have;
            r.setHeader("Range", "bytes=" + QByteArray::number(have) + '-');
            r.setHeader("If-Match", '"' + m_resumeEtag + '"');
        }
    } else if (m_rangeOffset >= 0) {
        QByteArray range = "bytes=" + QByteArray::number(m_rangeOffset) + '-';
        if (m_rangeLength > 0)
            range += QByteArray::number(m_rangeOffset + m_rangeLength - 1);
        r.setHeader("Range", range);
    }
    return r;
}

bool GetObjectJob::beginStream(QNetworkReply *reply, StorageError &error)
{
    m_meta = metaFromReply(reply);
    m_expected = reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                     ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                     : -1;
    m_written = 0;
    m_hashes = std::make_unique<Hashes>();
    if (m_rangeOffset < 0) { // whole-object checks only; a range has nothing to compare with
        m_hashes->wantMd5 = m_meta.headers.contentEncoding.isEmpty() && etagIsMd5(m_meta.etag) &&
                            !reply->hasRawHeader("x-amz-server-side-encryption-aws-kms-key-id");
        m_hashes->wantCrc64 = m_meta.crc64.has_value();
        m_hashes->wantCrc32 = m_meta.crc32.has_value();
    }
    m_file.close();
    m_file.setFileName(partialPath(m_target));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A ranged answer must be the range we asked for; a 200 to an explicit range (a server or
    // proxy that ignores Range) is the whole object, not the requested bytes.
    const qint64 askedFrom = m_resumeBase > 0 ? m_resumeBase : m_rangeOffset;
    if (askedFrom >= 0 && status == 206) {
        const auto range = parseContentRange(reply->rawHeader("Content-Range"));
        qint64 askedLast = -1;
        if (m_resumeBase <= 0 && m_rangeLength > 0)
            askedLast = m_rangeOffset + m_rangeLength - 1;
        const bool matches = range && std::get<0>(*range) == askedFrom &&
                             (askedLast < 0 || std::get<1>(*range) == askedLast ||
                              std::get<1>(*range) + 1 == std::get<2>(*range));
        if (!matches) {
            error = StorageError::make(
                StorageError::Kind::Protocol,
                tr("The server sent another byte range than asked for (%1).")
                    .arg(QString::fromLatin1(reply->rawHeader("Content-Range"))));
            return false;
        }
    } else if (m_rangeOffset >= 0 && m_resumeBase <= 0 && status == 200) {
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("The server ignored the requested byte range."));
        return false;
    }
    if (m_resumeBase > 0 && status == 206) {
        // Continue the partial file: its bytes feed the whole-object checksums first. This
        // runs in the engine's thread, never the GUI's.
        if (!m_file.open(QIODevice::ReadWrite)) {
            error = StorageError::make(
                StorageError::Kind::LocalIo,
                tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
            return false;
        }
        qint64 left = m_hashes->any() ? m_resumeBase : 0;
        if (!m_hashes->any())
            m_file.seek(m_resumeBase);
        while (left > 0) {
            const QByteArray buf = m_file.read(qMin<qint64>(left, 1024 * 1024));
            if (buf.isEmpty())
                break;
            m_hashes->add(buf);
            left -= buf.size();
        }
        if (left != 0 || !m_file.resize(m_resumeBase) || !m_file.seek(m_resumeBase)) {
            error = StorageError::make(
                StorageError::Kind::LocalIo,
                tr("Cannot continue %1: %2").arg(m_file.fileName(), m_file.errorString()));
            return false;
        }
        return true;
    }
    m_resumeBase = 0; // a full answer (200) or no partial file: start from byte 0
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = StorageError::make(
            StorageError::Kind::LocalIo,
            tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    return true;
}

bool GetObjectJob::consumeStream(QByteArrayView data, StorageError &error)
{
    if (data.isEmpty())
        return true;
    // A short write sets no error string (Qt reports errno only when nothing at all was
    // written): write the rest, so that the call that fails says why ("No space left").
    for (qsizetype done = 0; done < data.size();) {
        const qint64 n = m_file.write(data.data() + done, data.size() - done);
        if (n <= 0) {
            error = StorageError::make(
                StorageError::Kind::LocalIo,
                tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
            return false;
        }
        done += n;
    }
    m_hashes->add(data);
    m_written += data.size();
    return true;
}

StorageError GetObjectJob::handleSuccess(QNetworkReply *reply, const QByteArray &)
{
    if (!m_hashes) { // an empty object: no readyRead ever came
        StorageError e;
        if (!beginStream(reply, e))
            return e;
    }
    if (!m_file.flush()) {
        return StorageError::make(
            StorageError::Kind::LocalIo,
            tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    if (m_expected >= 0 && m_written != m_expected) {
        return integrityError(tr("Size"), QByteArray::number(m_expected),
                              QByteArray::number(m_written));
    }
    const bool whole = m_rangeOffset < 0;
    m_written += m_resumeBase; // from here on: the whole file
    if (whole && m_meta.size >= 0 && m_written != m_meta.size)
        return integrityError(tr("Size"), QByteArray::number(m_meta.size),
                              QByteArray::number(m_written));
    Q_UNUSED(reply)
    if (whole && m_hashes->wantCrc64 && *m_meta.crc64 != m_hashes->crc.value()) {
        return integrityError(QStringLiteral("CRC64"), QByteArray::number(*m_meta.crc64),
                              QByteArray::number(m_hashes->crc.value()));
    }
    if (whole && m_hashes->wantCrc32 && *m_meta.crc32 != quint32(m_hashes->crc32)) {
        return integrityError(QStringLiteral("CRC32"), QByteArray::number(*m_meta.crc32),
                              QByteArray::number(quint32(m_hashes->crc32)));
    }
    if (whole && m_hashes->wantMd5) {
        const QByteArray md5 = m_hashes->md5.result().toHex();
        if (m_meta.etag.toLower() != md5)
            return integrityError(QStringLiteral("MD5/ETag"), m_meta.etag, md5);
    }
    return {};
}

QByteArray GetObjectJob::codeForEmptyError(int status) const
{
    return status == 404 ? QByteArrayLiteral("NoSuchKey") : QByteArray();
}

void GetObjectJob::finalize(StorageError &error)
{
    const QString partial = partialPath(m_target);
    const bool opened = m_file.isOpen();
    m_file.close();
    if (!error.ok()) {
        // A resumable download keeps its partial file through pauses and network trouble; it is
        // removed when it cannot be trusted (checksum, local I/O) or the object changed (412).
        // Never is a half file left under the final name.
        const bool keep = !m_resumeEtag.isEmpty() &&
                          (error.kind == StorageError::Kind::Cancelled ||
                           error.kind == StorageError::Kind::Network ||
                           error.kind == StorageError::Kind::Timeout ||
                           (error.kind == StorageError::Kind::Service && error.httpStatus >= 500));
        if (!keep)
            QFile::remove(partial);
        return;
    }
    if (!opened)
        return;
    std::error_code ec;
    // rename(2) replaces an existing target atomically: a reader sees the old or the new file.
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(m_target).toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        error = StorageError::make(StorageError::Kind::LocalIo,
                                   tr("Cannot move the download into place at %1: %2")
                                       .arg(m_target, QString::fromLocal8Bit(ec.message())));
    }
}

// --- PutObject -----------------------------------------------------------------------------

PutObjectJob::PutObjectJob(StorageClient *client, QString bucket, QString key, QString localPath,
                           QByteArray data, ObjectHeaders headers, QByteArray contentMd5)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_localPath(std::move(localPath))
    , m_data(std::move(data))
    , m_headers(std::move(headers))
    , m_contentMd5(std::move(contentMd5))
    , m_trailer(client->trailingChecksums())
{}

HttpRequest PutObjectJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    HttpRequest r = client()->endpoint().request("PUT", m_bucket, m_key);
    ObjectHeaders h = m_headers;
    if (h.contentType.isEmpty())
        h.contentType = "application/octet-stream";
    applyHeaders(r, h, client());
    if (m_size < 0) { // the size is fixed at the first attempt: a file that changes fails the job
        m_size = m_localPath.isEmpty() ? m_data.size() : QFileInfo(m_localPath).size();
        if (m_contentMd5.isEmpty() && !m_trailer)
            m_contentMd5 = smallBodyMd5();
    }
    if (!m_contentMd5.isEmpty())
        r.setHeader("Content-MD5", m_contentMd5);
    if (m_trailer)
        requestChecksumTrailer(r, m_size);
    return r;
}

QByteArray PutObjectJob::smallBodyMd5() const
{
    // Without a trailer the server can still refuse damaged bytes by their Content-MD5, which
    // must be known before the body goes out. Small files (the many-assets case) are read for
    // it once more, from the page cache; larger ones rely on the ETag check afterwards.
    if (m_localPath.isEmpty())
        return QCryptographicHash::hash(m_data, QCryptographicHash::Md5).toBase64();
    if (m_size > kContentMd5MaxSize)
        return {};
    QFile f(m_localPath);
    if (!f.open(QIODevice::ReadOnly))
        return {}; // openBody reports it
    const QByteArray bytes = f.read(m_size + 1);
    if (bytes.size() != m_size)
        return {}; // changed since: the upload's own checks say so
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toBase64();
}

bool PutObjectJob::openBody(QIODevice *&device, QByteArray &data, StorageError &error)
{
    if (m_localPath.isEmpty()) {
        if (!m_trailer) {
            data = m_data;
            return true;
        }
        auto *buffer = new QBuffer;
        buffer->setData(m_data);
        buffer->open(QIODevice::ReadOnly);
        device = maybeChunked(buffer, m_size, true, m_chunked, error);
        return device != nullptr;
    }
    auto *dev = new core::FileSliceDevice(m_localPath, 0, m_size);
    dev->setGate(throttle());
    if (!dev->open(QIODevice::ReadOnly)) {
        error = StorageError::make(StorageError::Kind::LocalIo,
                                   tr("Cannot read %1: %2").arg(m_localPath, dev->errorString()));
        delete dev;
        return false;
    }
    m_device = dev;
    device = maybeChunked(dev, m_size, m_trailer, m_chunked, error);
    return device != nullptr;
}

StorageError PutObjectJob::handleSuccess(QNetworkReply *reply, const QByteArray &)
{
    QByteArray md5;
    quint64 crc = 0;
    bool complete = true;
    if (m_localPath.isEmpty()) {
        md5 = QCryptographicHash::hash(m_data, QCryptographicHash::Md5);
        crc = core::Crc64::of(m_data);
    } else {
        complete = m_device && m_device->checksumsComplete();
        md5 = m_device ? m_device->md5() : QByteArray();
        crc = m_device ? m_device->crc64() : 0;
    }
    if (m_trailer) {
        complete = complete && m_chunked && m_chunked->isComplete();
        if (m_chunked)
            m_result.crc32 = m_chunked->crc32();
    }
    m_result.versionId = reply->rawHeader("x-amz-version-id");
    return verifyUpload(reply, md5, crc, complete, m_result.etag, m_result.crc64, m_result.crc32);
}

void PutObjectJob::finalize(StorageError &error)
{
    if (m_trailer && !error.ok())
        explainTrailerRefusal(error);
}

// --- CopyObject ----------------------------------------------------------------------------

CopyObjectJob::CopyObjectJob(StorageClient *client, QString srcBucket, QString srcKey,
                             QString dstBucket, QString dstKey, bool replace, ObjectHeaders headers)
    : StorageJob(client, objectResource(dstBucket, dstKey))
    , m_srcBucket(std::move(srcBucket))
    , m_srcKey(std::move(srcKey))
    , m_dstBucket(std::move(dstBucket))
    , m_dstKey(std::move(dstKey))
    , m_replace(replace)
    , m_headers(std::move(headers))
{}

HttpRequest CopyObjectJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_srcBucket, error) || !checkKey(m_srcKey, error) ||
        !checkBucket(m_dstBucket, error) || !checkAddressableKey(m_dstKey, error))
        return {};
    HttpRequest r = client()->endpoint().request("PUT", m_dstBucket, m_dstKey);
    const Endpoint &ep = client()->endpoint();
    // The copy source is "/bucket/key", URL-encoded (COS: host-qualified).
    QByteArray source =
        uriEncode(QString(u'/' + ep.qualifiedBucket(m_srcBucket) + u'/' + m_srcKey).toUtf8(), true);
    if (ep.provider() == Endpoint::Provider::TencentCos)
        source = ep.qualifiedBucket(m_srcBucket).toUtf8() + ".cos." + ep.region().toUtf8() +
                 ".myqcloud.com/" + uriEncode(m_srcKey.toUtf8(), true);
    r.setHeader(client()->vendorHeader("copy-source"), source);
    r.setHeader(client()->vendorHeader("metadata-directive"), m_replace ? "REPLACE" : "COPY");
    if (m_replace)
        applyHeaders(r, m_headers, client());
    else if (!m_headers.storageClass.isEmpty())
        r.setHeader(client()->vendorHeader("storage-class"), m_headers.storageClass);
    return r;
}

StorageError CopyObjectJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    s3xml::parseCopyResult(body, m_etag, e);
    return e;
}

// --- DeleteObject --------------------------------------------------------------------------

DeleteObjectJob::DeleteObjectJob(StorageClient *client, QString bucket, QString key)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
{}

HttpRequest DeleteObjectJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    return client()->endpoint().request("DELETE", m_bucket, m_key);
}

StorageError DeleteObjectJob::handleSuccess(QNetworkReply *, const QByteArray &)
{
    return {};
}

// --- DeleteObjects -------------------------------------------------------------------------

DeleteObjectsJob::DeleteObjectsJob(StorageClient *client, QString bucket, QStringList keys)
    : StorageJob(client, bucket)
    , m_bucket(std::move(bucket))
{
    // Keys XML cannot carry are reported as failures, never sent as some other key.
    for (QString &k : keys) {
        if (xmlCanCarry(k))
            m_keys.append(std::move(k));
        else
            m_failures.append({k, "InvalidArgument",
                               tr("This object name holds characters a batch delete cannot "
                                  "carry; delete it on its own.")});
    }
}

QStringList DeleteObjectsJob::batch() const
{
    return m_keys.mid(m_next, kBatchSize);
}

HttpRequest DeleteObjectsJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error))
        return {};
    const QStringList keys = batch();
    for (const auto &k : keys) {
        if (!checkKey(k, error))
            return {};
    }
    m_body = s3xml::deleteObjectsBody(keys, true);
    HttpRequest r = client()->endpoint().request("POST", m_bucket);
    r.addQuery("delete");
    r.setHeader("Content-Type", "application/xml");
    // S3 requires Content-MD5 on multi-object delete.
    r.setHeader("Content-MD5",
                QCryptographicHash::hash(m_body, QCryptographicHash::Md5).toBase64());
    return r;
}

bool DeleteObjectsJob::openBody(QIODevice *&, QByteArray &data, StorageError &)
{
    data = m_body;
    return true;
}

StorageError DeleteObjectsJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    QStringList deleted;
    QList<DeleteFailure> failures;
    if (!s3xml::parseDeleteResult(body, deleted, failures, e))
        return e;
    const QStringList keys = batch();
    // Quiet mode lists only failures: everything else in the batch is gone.
    QSet<QString> failed;
    for (const auto &f : std::as_const(failures))
        failed.insert(f.key);
    for (const auto &k : keys) {
        if (!failed.contains(k))
            m_deleted.append(k);
    }
    m_failures.append(failures);
    m_next += keys.size();
    return {};
}

// --- Multipart -----------------------------------------------------------------------------

CreateMultipartUploadJob::CreateMultipartUploadJob(StorageClient *client, QString bucket,
                                                   QString key, ObjectHeaders headers,
                                                   bool withCrc32)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_headers(std::move(headers))
    , m_withCrc32(withCrc32)
{}

HttpRequest CreateMultipartUploadJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    HttpRequest r = client()->endpoint().request("POST", m_bucket, m_key);
    r.addQuery("uploads");
    ObjectHeaders h = m_headers;
    if (h.contentType.isEmpty())
        h.contentType = "application/octet-stream";
    applyHeaders(r, h, client());
    if (m_withCrc32)
        r.setHeader("x-amz-checksum-algorithm", "CRC32");
    return r;
}

StorageError CreateMultipartUploadJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    s3xml::parseInitiateMultipart(body, m_uploadId, e);
    return e;
}

UploadPartJob::UploadPartJob(StorageClient *client, QString bucket, QString key,
                             QByteArray uploadId, int partNumber, QString localPath, qint64 offset,
                             qint64 length, bool withCrc32)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_uploadId(std::move(uploadId))
    , m_localPath(std::move(localPath))
    , m_offset(offset)
    , m_length(length)
    , m_withCrc32(withCrc32)
{
    m_part.partNumber = partNumber;
    m_part.size = length;
}

HttpRequest UploadPartJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    if (m_part.partNumber < 1 || m_part.partNumber > 10000) {
        error = StorageError::make(StorageError::Kind::InvalidArgument,
                                   tr("Part numbers go from 1 to 10000."));
        return {};
    }
    HttpRequest r = client()->endpoint().request("PUT", m_bucket, m_key);
    r.addQuery("partNumber", QByteArray::number(m_part.partNumber));
    r.addQuery("uploadId", m_uploadId);
    if (m_withCrc32)
        requestChecksumTrailer(r, m_length);
    return r;
}

bool UploadPartJob::openBody(QIODevice *&device, QByteArray &, StorageError &error)
{
    auto *dev = new core::FileSliceDevice(m_localPath, m_offset, m_length);
    dev->setGate(throttle());
    if (!dev->open(QIODevice::ReadOnly)) {
        error = StorageError::make(StorageError::Kind::LocalIo,
                                   tr("Cannot read %1: %2").arg(m_localPath, dev->errorString()));
        delete dev;
        return false;
    }
    m_device = dev;
    device = maybeChunked(dev, m_length, m_withCrc32, m_chunked, error);
    return device != nullptr;
}

StorageError UploadPartJob::handleSuccess(QNetworkReply *reply, const QByteArray &)
{
    bool complete = m_device && m_device->checksumsComplete();
    m_md5 = m_device ? m_device->md5() : QByteArray();
    m_crc64 = m_device ? m_device->crc64() : 0;
    if (m_withCrc32) {
        complete = complete && m_chunked && m_chunked->isComplete();
        if (m_chunked)
            m_part.crc32 = m_chunked->crc32();
    }
    std::optional<quint64> serverCrc;
    return verifyUpload(reply, m_md5, m_crc64, complete, m_part.etag, serverCrc, m_part.crc32);
}

void UploadPartJob::finalize(StorageError &error)
{
    if (m_withCrc32 && !error.ok())
        explainTrailerRefusal(error);
}

CompleteMultipartUploadJob::CompleteMultipartUploadJob(StorageClient *client, QString bucket,
                                                       QString key, QByteArray uploadId,
                                                       QList<PartInfo> parts)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_uploadId(std::move(uploadId))
    , m_parts(std::move(parts))
{}

HttpRequest CompleteMultipartUploadJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    if (m_parts.isEmpty()) {
        error = StorageError::make(StorageError::Kind::InvalidArgument,
                                   tr("A multipart upload needs at least one part."));
        return {};
    }
    HttpRequest r = client()->endpoint().request("POST", m_bucket, m_key);
    r.addQuery("uploadId", m_uploadId);
    r.setHeader("Content-Type", "application/xml");
    return r;
}

bool CompleteMultipartUploadJob::openBody(QIODevice *&, QByteArray &data, StorageError &)
{
    QList<PartInfo> sorted = m_parts;
    std::sort(sorted.begin(), sorted.end(),
              [](const PartInfo &a, const PartInfo &b) { return a.partNumber < b.partNumber; });
    data = s3xml::completeMultipartBody(sorted);
    return true;
}

StorageError CompleteMultipartUploadJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    StorageError e;
    // RGW 16 answers with an empty <ETag>; callers that need it HEAD the object.
    s3xml::parseCompleteMultipart(body, m_etag, e);
    m_crc64 = crc64Header(reply);
    return e;
}

AbortMultipartUploadJob::AbortMultipartUploadJob(StorageClient *client, QString bucket, QString key,
                                                 QByteArray uploadId)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_uploadId(std::move(uploadId))
{}

HttpRequest AbortMultipartUploadJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    HttpRequest r = client()->endpoint().request("DELETE", m_bucket, m_key);
    r.addQuery("uploadId", m_uploadId);
    return r;
}

StorageError AbortMultipartUploadJob::handleSuccess(QNetworkReply *, const QByteArray &)
{
    return {};
}

ListPartsJob::ListPartsJob(StorageClient *client, QString bucket, QString key, QByteArray uploadId)
    : StorageJob(client, objectResource(bucket, key))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_uploadId(std::move(uploadId))
{}

HttpRequest ListPartsJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error) || !checkAddressableKey(m_key, error))
        return {};
    HttpRequest r = client()->endpoint().request("GET", m_bucket, m_key);
    r.addQuery("uploadId", m_uploadId);
    if (m_marker > 0)
        r.addQuery("part-number-marker", QByteArray::number(m_marker));
    return r;
}

StorageError ListPartsJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    int next = 0;
    if (!s3xml::parseListParts(body, m_parts, m_truncated, next, e, &m_checksumAlgorithm))
        return e;
    if (m_truncated && next <= m_marker) {
        return StorageError::make(StorageError::Kind::Protocol,
                                  tr("The server keeps returning the same page of parts."));
    }
    m_marker = next;
    return {};
}

ListMultipartUploadsJob::ListMultipartUploadsJob(StorageClient *client, QString bucket,
                                                 QString prefix)
    : StorageJob(client, bucket)
    , m_bucket(std::move(bucket))
    , m_prefix(std::move(prefix))
{}

HttpRequest ListMultipartUploadsJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error))
        return {};
    HttpRequest r = client()->endpoint().request("GET", m_bucket);
    r.addQuery("uploads");
    if (!m_prefix.isEmpty())
        r.addQuery("prefix", m_prefix.toUtf8());
    if (!m_keyMarker.isEmpty())
        r.addQuery("key-marker", m_keyMarker.toUtf8());
    if (!m_uploadIdMarker.isEmpty())
        r.addQuery("upload-id-marker", m_uploadIdMarker);
    return r;
}

StorageError ListMultipartUploadsJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    StorageError e;
    QString nextKey;
    QByteArray nextId;
    if (!s3xml::parseListUploads(body, m_uploads, m_truncated, nextKey, nextId, e))
        return e;
    if (m_truncated && nextKey == m_keyMarker && nextId == m_uploadIdMarker) {
        return StorageError::make(StorageError::Kind::Protocol,
                                  tr("The server keeps returning the same page of uploads."));
    }
    m_keyMarker = nextKey;
    m_uploadIdMarker = nextId;
    return {};
}

// --- CreateBucket --------------------------------------------------------------------------

CreateBucketJob::CreateBucketJob(StorageClient *client, QString bucket, QString location)
    : StorageJob(client, bucket)
    , m_bucket(std::move(bucket))
    , m_location(std::move(location))
{}

HttpRequest CreateBucketJob::buildRequest(StorageError &error)
{
    if (!checkBucket(m_bucket, error))
        return {};
    HttpRequest r = client()->endpoint().request("PUT", m_bucket);
    if (!m_location.isEmpty())
        r.setHeader("Content-Type", "application/xml");
    return r;
}

bool CreateBucketJob::openBody(QIODevice *&, QByteArray &data, StorageError &)
{
    if (!m_location.isEmpty()) {
        data = "<CreateBucketConfiguration><LocationConstraint>" +
               m_location.toHtmlEscaped().toUtf8() +
               "</LocationConstraint></CreateBucketConfiguration>";
    }
    return true;
}

StorageError CreateBucketJob::handleSuccess(QNetworkReply *, const QByteArray &)
{
    return {};
}

} // namespace sucai::cloud
