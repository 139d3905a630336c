#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

namespace sucai::cloud {

// An upload body in S3's "aws-chunked" encoding with a trailing CRC32 checksum
// (x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER):
//
//   <hex size>\r\n<bytes>\r\n ... 0\r\nx-amz-checksum-crc32:<base64>\r\n\r\n
//
// The CRC32 (zlib) is computed as the source's bytes go by, and the server checks it before
// it stores anything: a body damaged on the way is refused instead of being stored and found
// out afterwards, with no second pass over the file. Chunks have a fixed size, so the encoded
// length is known before the first byte (Content-Length; RGW and S3 refuse length-less PUTs).
//
// The source (a FileSliceDevice or a QBuffer, opened, at position 0) becomes a child of this
// device. Reads pass the source's "not now" (0 bytes: the bandwidth gate) through unchanged;
// the owner emits readyRead() on this device when reading may go on. Seeking to 0 (Qt resending
// after a dropped connection) starts the encoding and the checksum over.
class AwsChunkedBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsChunkedBody)

public:
    static constexpr qint64 kChunkSize = 64 * 1024;
    static constexpr char kTrailerName[] = "x-amz-checksum-crc32";
    static constexpr char kContentSha256[] = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    AwsChunkedBody(QIODevice *source, qint64 sourceSize, QObject *parent = nullptr);
    ~AwsChunkedBody() override;

    // The encoded length of `payloadSize` bytes (what Content-Length must say).
    static qint64 encodedSize(qint64 payloadSize);
    // Base64 of the big-endian CRC32, as S3 writes x-amz-checksum-crc32.
    static QByteArray formatCrc32(quint32 crc);
    static bool parseCrc32(const QByteArray &base64, quint32 &crc);

    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_encodedSize; }
    bool seek(qint64 pos) override;

    // The CRC32 of the payload, valid once the whole body was read (isComplete()).
    quint32 crc32() const { return m_crc32; }
    bool isComplete() const { return m_trailerQueued; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void restart();

    QPointer<QIODevice> m_source;
    qint64 m_sourceSize;
    qint64 m_encodedSize;
    qint64 m_sourceRead = 0;
    qint64 m_chunkLeft = 0; // payload bytes of the current chunk still to pass through
    QByteArray m_framing;   // chunk header, chunk end or trailer bytes not yet handed out
    qsizetype m_framingAt = 0;
    quint32 m_crc32 = 0;
    bool m_trailerQueued = false;
};

} // namespace sucai::cloud
