#pragma once

#include "crc64.h"

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>

#include <functional>

namespace sucai::core {

// A read-only view of bytes [offset, offset + length) of a file, as an upload body: Qt pulls
// from it in small reads, so a part of any size costs a few KB of memory. MD5 and CRC-64 are
// computed as the bytes go by (no second pass over the file); they are valid when the whole
// slice was read once in order (checksumsComplete()). A rewind to 0 (Qt re-sending after a
// dropped connection) starts them over.
class FileSliceDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSliceDevice)

public:
    FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~FileSliceDevice() override;

    // Opens the file read-only; fails if it is shorter than offset + length.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

    // Bandwidth gate: asked how many of `wanted` bytes may be read now; 0 means "not now" and
    // the owner emits readyRead() when reading may go on (Qt waits for it: an upload body
    // that "chokes" is part of QNetworkAccessManager's contract).
    void setGate(std::function<qint64(qint64 wanted)> gate) { m_gate = std::move(gate); }

    bool checksumsComplete() const { return m_hashedUpTo == m_length; }
    QByteArray md5() const; // raw 16 bytes, valid when checksumsComplete()
    quint64 crc64() const { return m_crc.value(); }
    QString fileError() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_hashedUpTo = 0;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    Crc64 m_crc;
    std::function<qint64(qint64)> m_gate;
};

} // namespace sucai::core
