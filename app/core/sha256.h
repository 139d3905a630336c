#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>

namespace sucai::core {

// SHA-256 (FIPS 180-4), incremental, with the x86 SHA extensions where the CPU has them (one
// instruction per two rounds; about ten times Qt's portable code here) and a portable fallback.
//
// Request signing hashes a few hundred bytes and runs three more SHA-256 blocks for the HMAC on
// every request (SigV4, TC3); with Qt's QCryptographicHash that alone was most of the signing
// time. SUCAI_SHA256_FORCE_PORTABLE=1 in the environment forces the portable path (read once).
class Sha256
{
public:
    using Digest = std::array<quint8, 32>;

    Sha256();
    void update(QByteArrayView data);
    Digest finish(); // the object is spent afterwards
    static Digest hash(QByteArrayView data);
    static QByteArray hex(QByteArrayView data); // lower-case hex of hash(data)
    static bool accelerated();                  // whether the SHA extensions are in use

private:
    friend class HmacSha256;
    quint32 m_state[8];
    quint64 m_length = 0; // bytes fed so far
    quint8 m_buffer[64];
    int m_buffered = 0;
};

// HMAC-SHA-256 (RFC 2104) with the key's inner and outer states computed once: a signing key
// that signs many requests costs two blocks per message less.
class HmacSha256
{
public:
    explicit HmacSha256(QByteArrayView key);
    Sha256::Digest mac(QByteArrayView message) const;
    static QByteArray of(QByteArrayView key, QByteArrayView message); // raw 32 bytes

private:
    Sha256 m_inner; // after the 64-byte ipad block
    Sha256 m_outer; // after the 64-byte opad block
};

} // namespace sucai::core
