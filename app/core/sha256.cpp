#include "sha256.h"

#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#define SUCAI_SHA256_NI 1
#endif

namespace sucai::core {

namespace {

alignas(16) constexpr quint32 kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr quint32 kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

quint32 loadBigEndian(const quint8 *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// The compression function of FIPS 180-4 §6.2.2, one 64-byte block after another.
void compressPortable(quint32 *state, const quint8 *data, size_t blocks)
{
    for (; blocks > 0; --blocks, data += 64) {
        quint32 w[64];
        for (int t = 0; t < 16; ++t)
            w[t] = loadBigEndian(data + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const quint32 s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const quint32 s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        quint32 a = state[0], b = state[1], c = state[2], d = state[3];
        quint32 e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const quint32 t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                               kRound[t] + w[t];
            const quint32 t2 =
                (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef SUCAI_SHA256_NI
#define SUCAI_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

// The same function with SHA-NI. The instructions keep the working variables as two vectors,
// ABEF and CDGH; sha256rnds2 does two rounds, sha256msg1/msg2 the message schedule.
SUCAI_SHA_TARGET void compressNi(quint32 *state, const quint8 *data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = abef;
        const __m128i cdghSaved = cdgh;
        __m128i w[4];                  // the last 16 words of the schedule, four per vector
        for (int g = 0; g < 16; ++g) { // 16 groups of four rounds
            __m128i &cur = w[g & 3];
            if (g < 4) {
                cur = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at a time.
                const __m128i &prev1 = w[(g + 3) & 3]; // words t-4..t-1
                const __m128i &prev2 = w[(g + 2) & 3]; // words t-8..t-5
                const __m128i &prev3 = w[(g + 1) & 3]; // words t-12..t-9
                __m128i x = _mm_sha256msg1_epu32(cur, prev3);
                x = _mm_add_epi32(x, _mm_alignr_epi8(prev1, prev2, 4));
                cur = _mm_sha256msg2_epu32(x, prev1);
            }
            __m128i msg = _mm_add_epi32(
                cur, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * g)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, msg);
        }
        abef = _mm_add_epi32(abef, abefSaved);
        cdgh = _mm_add_epi32(cdgh, cdghSaved);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}
#undef SUCAI_SHA_TARGET

bool useNi()
{
    static const bool use = [] {
        if (qEnvironmentVariableIntValue("SUCAI_SHA256_FORCE_PORTABLE") != 0)
            return false;
        __builtin_cpu_init();
        return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") &&
               __builtin_cpu_supports("ssse3");
    }();
    return use;
}
#endif // SUCAI_SHA256_NI

void compress(quint32 *state, const quint8 *data, size_t blocks)
{
#ifdef SUCAI_SHA256_NI
    if (useNi()) {
        compressNi(state, data, blocks);
        return;
    }
#endif
    compressPortable(state, data, blocks);
}

} // namespace

Sha256::Sha256()
{
    std::memcpy(m_state, kInitial, sizeof m_state);
}

void Sha256::update(QByteArrayView data)
{
    auto p = reinterpret_cast<const quint8 *>(data.data());
    size_t n = size_t(data.size());
    m_length += n;
    if (m_buffered > 0) {
        const size_t take = qMin(n, size_t(64 - m_buffered));
        std::memcpy(m_buffer + m_buffered, p, take);
        m_buffered += int(take);
        p += take;
        n -= take;
        if (m_buffered < 64)
            return;
        compress(m_state, m_buffer, 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        compress(m_state, p, n / 64);
        p += n - n % 64;
        n %= 64;
    }
    if (n > 0) {
        std::memcpy(m_buffer, p, n);
        m_buffered = int(n);
    }
}

Sha256::Digest Sha256::finish()
{
    // Padding: 0x80, zeros up to 56 mod 64, then the bit length big-endian.
    const quint64 bits = m_length * 8;
    m_buffer[m_buffered++] = 0x80;
    if (m_buffered > 56) {
        std::memset(m_buffer + m_buffered, 0, size_t(64 - m_buffered));
        compress(m_state, m_buffer, 1);
        m_buffered = 0;
    }
    std::memset(m_buffer + m_buffered, 0, size_t(56 - m_buffered));
    for (int i = 0; i < 8; ++i)
        m_buffer[56 + i] = quint8(bits >> (56 - 8 * i));
    compress(m_state, m_buffer, 1);
    Digest out;
    for (int i = 0; i < 8; ++i) {
        out[size_t(4 * i)] = quint8(m_state[i] >> 24);
        out[size_t(4 * i + 1)] = quint8(m_state[i] >> 16);
        out[size_t(4 * i + 2)] = quint8(m_state[i] >> 8);
        out[size_t(4 * i + 3)] = quint8(m_state[i]);
    }
    return out;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.update(data);
    return h.finish();
}

QByteArray Sha256::hex(QByteArrayView data)
{
    const Digest d = hash(data);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()))
        .toHex();
}

bool Sha256::accelerated()
{
#ifdef SUCAI_SHA256_NI
    return useNi();
#else
    return false;
#endif
}

HmacSha256::HmacSha256(QByteArrayView key)
{
    quint8 block[64] = {};
    if (key.size() > 64) {
        const Sha256::Digest d = Sha256::hash(key);
        std::memcpy(block, d.data(), d.size());
    } else if (!key.isEmpty()) {
        std::memcpy(block, key.data(), size_t(key.size()));
    }
    quint8 pad[64];
    for (int i = 0; i < 64; ++i)
        pad[i] = block[i] ^ 0x36;
    m_inner.update(QByteArrayView(reinterpret_cast<const char *>(pad), 64));
    for (int i = 0; i < 64; ++i)
        pad[i] = block[i] ^ 0x5c;
    m_outer.update(QByteArrayView(reinterpret_cast<const char *>(pad), 64));
}

Sha256::Digest HmacSha256::mac(QByteArrayView message) const
{
    Sha256 inner = m_inner;
    inner.update(message);
    const Sha256::Digest innerDigest = inner.finish();
    Sha256 outer = m_outer;
    outer.update(
        QByteArrayView(reinterpret_cast<const char *>(innerDigest.data()), innerDigest.size()));
    return outer.finish();
}

QByteArray HmacSha256::of(QByteArrayView key, QByteArrayView message)
{
    const Sha256::Digest d = HmacSha256(key).mac(message);
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

} // namespace sucai::core
