#include "awschunkedbody.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace sucai::cloud {

namespace {
constexpr QByteArrayView kCrlf("\r\n");
constexpr qsizetype kCrc32Base64Size = 8; // 4 bytes in base64, padded

int hexDigits(qint64 n)
{
    int d = 1;
    while (n >= 16) {
        n /= 16;
        ++d;
    }
    return d;
}

// The trailer after the last data chunk: "0\r\nx-amz-checksum-crc32:<b64>\r\n\r\n".
qint64 trailerSize()
{
    return 3 + qint64(sizeof(AwsChunkedBody::kTrailerName) - 1) + 1 + kCrc32Base64Size + 4;
}
} // namespace

AwsChunkedBody::AwsChunkedBody(QIODevice *source, qint64 sourceSize, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
    , m_sourceSize(sourceSize)
    , m_encodedSize(encodedSize(sourceSize))
{
    if (m_source)
        m_source->setParent(this);
}

AwsChunkedBody::~AwsChunkedBody() = default;

qint64 AwsChunkedBody::encodedSize(qint64 payloadSize)
{
    const qint64 full = payloadSize / kChunkSize;
    const qint64 rest = payloadSize % kChunkSize;
    qint64 n = full * (hexDigits(kChunkSize) + 2 + kChunkSize + 2);
    if (rest > 0)
        n += hexDigits(rest) + 2 + rest + 2;
    return n + trailerSize();
}

QByteArray AwsChunkedBody::formatCrc32(quint32 crc)
{
    char raw[4];
    qToBigEndian(crc, raw);
    return QByteArray(raw, 4).toBase64();
}

bool AwsChunkedBody::parseCrc32(const QByteArray &base64, quint32 &crc)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 4)
        return false;
    crc = qFromBigEndian<quint32>(decoded.decoded.constData());
    return true;
}

bool AwsChunkedBody::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_source || !m_source->isOpen()) {
        setErrorString(QCoreApplication::translate("sucai::cloud::AwsChunkedBody",
                                                   "The upload body cannot be read."));
        return false;
    }
    restart();
    return QIODevice::open(ReadOnly | Unbuffered);
}

void AwsChunkedBody::restart()
{
    m_sourceRead = 0;
    m_chunkLeft = 0;
    m_framing.clear();
    m_framingAt = 0;
    m_crc32 = quint32(::crc32(0, nullptr, 0));
    m_trailerQueued = false;
}

bool AwsChunkedBody::seek(qint64 pos)
{
    if (pos == QIODevice::pos())
        return QIODevice::seek(pos);
    if (pos != 0 || !m_source || !m_source->seek(0))
        return false;
    restart();
    return QIODevice::seek(0);
}

qint64 AwsChunkedBody::readData(char *data, qint64 maxSize)
{
    if (!m_source)
        return -1;
    qint64 produced = 0;
    while (produced < maxSize) {
        if (m_framingAt < m_framing.size()) {
            const qint64 n = qMin<qint64>(maxSize - produced, m_framing.size() - m_framingAt);
            memcpy(data + produced, m_framing.constData() + m_framingAt, size_t(n));
            m_framingAt += n;
            produced += n;
            continue;
        }
        if (m_chunkLeft > 0) {
            const qint64 got =
                m_source->read(data + produced, qMin(maxSize - produced, m_chunkLeft));
            if (got < 0) {
                setErrorString(m_source->errorString());
                return produced > 0 ? produced : -1;
            }
            if (got == 0)
                break; // throttled (or the file shrank: the size check after the upload says so)
            m_crc32 = quint32(
                ::crc32(m_crc32, reinterpret_cast<const Bytef *>(data + produced), uInt(got)));
            produced += got;
            m_sourceRead += got;
            m_chunkLeft -= got;
            if (m_chunkLeft == 0) {
                m_framing = kCrlf.toByteArray();
                m_framingAt = 0;
            }
            continue;
        }
        if (m_sourceRead < m_sourceSize) {
            m_chunkLeft = qMin(kChunkSize, m_sourceSize - m_sourceRead);
            m_framing = QByteArray::number(m_chunkLeft, 16) + kCrlf;
            m_framingAt = 0;
            continue;
        }
        if (m_trailerQueued)
            break; // everything was handed out
        m_trailerQueued = true;
        m_framing = "0\r\n" + QByteArray(kTrailerName) + ':' + formatCrc32(m_crc32) + "\r\n\r\n";
        m_framingAt = 0;
    }
    if (produced == 0 && m_trailerQueued && m_framingAt >= m_framing.size())
        return -1; // end of the body
    return produced;
}

} // namespace sucai::cloud
