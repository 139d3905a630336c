#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace sucai::core {

// CRC-64/XZ, which COS calls CRC64-ECMA (x-cos-hash-crc64ecma): reflected polynomial
// 0xC96C5795D7870F42, init and final XOR all ones. Check value of "123456789" is
// 0x995DC9BBDF1939FA. Incremental, so it is computed while bytes stream by.
class Crc64
{
public:
    void update(QByteArrayView data) { m_crc = update(m_crc, data); }
    quint64 value() const { return m_crc; }
    void reset() { m_crc = 0; }

    // crc of (A || B) from crc(A), crc(B) and len(B), as zlib's crc32_combine does: how a
    // multipart object's CRC is checked from the CRCs of its parts.
    static quint64 combine(quint64 crcA, quint64 crcB, qint64 lengthB);
    static quint64 update(quint64 crc, QByteArrayView data);
    static quint64 of(QByteArrayView data) { return update(0, data); }

private:
    quint64 m_crc = 0;
};

} // namespace sucai::core
