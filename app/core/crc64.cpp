#include "crc64.h"

#include <QtEndian>

#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#define SUCAI_CRC64_CLMUL 1
#endif

// Two implementations behind Crc64::update():
//
// - Carry-less multiply folding (x86 PCLMULQDQ), after Intel's white paper "Fast CRC
//   Computation for Generic Polynomials Using PCLMULQDQ Instruction" (Gopal et al., 2009),
//   reflected variant: 8 lanes of 128 bits are folded 1024 bits ahead per step, folded into
//   one lane, reduced to 64 bits with Barrett reduction, and the last < 16 bytes go through the
//   table. Chosen at run time when the CPU has PCLMULQDQ; the function carries its own target
//   attribute, so the build needs no -m flags and the binary still runs on any x86-64.
// - Slicing-by-8 tables: everywhere else, for short inputs and for the tail.
//
// Every fold constant is computed below at compile time from the polynomial, with its
// derivation next to it; none is pasted.
//
// SUCAI_CRC64_FORCE_TABLE=1 in the environment forces the table path (read once per process):
// the tests use it to check the fallback on machines that have PCLMULQDQ.

namespace sucai::core {

namespace {
constexpr quint64 kPoly = 0xC96C5795D7870F42ULL; // reflected: bit i is the coefficient of x^(63-i)

// Slicing-by-8 tables.
struct Tables
{
    std::array<std::array<quint64, 256>, 8> t{};
    constexpr Tables()
    {
        for (quint64 n = 0; n < 256; ++n) {
            quint64 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ kPoly : c >> 1;
            t[0][n] = c;
        }
        for (int n = 0; n < 256; ++n) {
            for (int k = 1; k < 8; ++k)
                t[k][n] = (t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xFF];
        }
    }
};
constexpr Tables kTables;

// The CRC register (not inverted) after feeding `n` bytes from `p`.
quint64 updateTable(quint64 crc, const unsigned char *p, qsizetype n)
{
    const auto &t = kTables.t;
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        crc ^= qFromLittleEndian(word); // byte 0 in the low bits, on any host
        crc = t[7][crc & 0xFF] ^ t[6][(crc >> 8) & 0xFF] ^ t[5][(crc >> 16) & 0xFF] ^
              t[4][(crc >> 24) & 0xFF] ^ t[3][(crc >> 32) & 0xFF] ^ t[2][(crc >> 40) & 0xFF] ^
              t[1][(crc >> 48) & 0xFF] ^ t[0][crc >> 56];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        crc = t[0][(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return crc;
}

// ---------------------------------------------------------------------------------------------
// Polynomial arithmetic over GF(2) for the fold constants, in NORMAL bit order (bit i = x^i).
//
// P(x) = x^64 + P'(x), P' = reflect(kPoly) = 0x42F0E1EBA9EA3693 (ECMA-182). A 64-bit value
// stands for a polynomial of degree < 64.

constexpr quint64 reflect64(quint64 v)
{
    quint64 r = 0;
    for (int i = 0; i < 64; ++i)
        r |= ((v >> i) & 1) << (63 - i);
    return r;
}

constexpr quint64 kPolyNormal = reflect64(kPoly); // P'

// x^n mod P.
constexpr quint64 xPowModP(int n)
{
    quint64 r = 1;
    for (int i = 0; i < n; ++i)
        r = (r >> 63) ? (r << 1) ^ kPolyNormal : r << 1;
    return r;
}

// a * b mod P, by shift-and-add.
constexpr quint64 mulModP(quint64 a, quint64 b)
{
    quint64 r = 0;
    for (int i = 63; i >= 0; --i) {
        r = (r >> 63) ? (r << 1) ^ kPolyNormal : r << 1;
        if ((b >> i) & 1)
            r ^= a;
    }
    return r;
}

struct U128
{
    quint64 hi = 0;
    quint64 lo = 0;
};

// a * b without reduction (a carry-less multiply), a 127-bit product.
constexpr U128 clmul(quint64 a, quint64 b)
{
    U128 r;
    for (int i = 0; i < 64; ++i) {
        if ((b >> i) & 1) {
            r.lo ^= a << i;
            r.hi ^= i == 0 ? 0 : a >> (64 - i);
        }
    }
    return r;
}

// mu' = floor(x^128 / P) - x^64, for Barrett reduction. Long division: the bits of x^128
// (a one, then 128 zeros) are shifted through a 64-bit remainder; each bit that leaves the top
// is a quotient bit. The quotient has degree 64; its low 64 bits are the last 64 bits out.
constexpr quint64 barrettMuLow()
{
    quint64 rem = 0;
    quint64 quotient = 0;
    for (int i = 0; i <= 128; ++i) {
        const quint64 in = i == 0 ? 1 : 0;
        const quint64 out = rem >> 63;
        rem = (rem << 1) | in;
        if (out)
            rem ^= kPolyNormal;
        quotient = (quotient << 1) | out;
    }
    return quotient;
}

// Self-checks of the generator, independent of the CRC tests.
static_assert(kPolyNormal == 0x42F0E1EBA9EA3693ULL, "ECMA-182 polynomial");
static_assert(xPowModP(63) == 1ULL << 63 && xPowModP(64) == kPolyNormal);
static_assert(xPowModP(191) == mulModP(xPowModP(127), xPowModP(64)));
static_assert(xPowModP(1087) == mulModP(xPowModP(1023), xPowModP(64)));
static_assert(xPowModP(1023) == mulModP(mulModP(xPowModP(511), xPowModP(511)), xPowModP(1)));
// (x^64 + mu') * (x^64 + P') = x^128 + r with deg r < 64, i.e. the quotient is right:
// x^128 + x^64 (mu' + P') + mu' P' must have its x^64..x^127 terms cancel.
static_assert([] {
    const quint64 mu = barrettMuLow();
    const U128 prod = clmul(mu, kPolyNormal);
    return (mu ^ kPolyNormal ^ prod.hi) == 0;
}());

#ifdef SUCAI_CRC64_CLMUL
// ---------------------------------------------------------------------------------------------
// Reflected carry-less multiplication, the convention the SIMD code relies on.
//
// Data is loaded little-endian, so in a 128-bit lane bit k is the coefficient of x^(127-k) of
// that 16-byte block (the first byte holds the highest powers, its bit 0 the highest of all).
// The low 64-bit half H holds the high-degree half: lane = H * x^64 + L.
// For 64-bit reflected a (A) and b (B), PCLMULQDQ gives c with c_k = sum_{i+j=k} a_i b_j, which
// is the coefficient of x^(126-k) of A*B, i.e. of x^(127-k) of A*B*x: read as a 128-bit lane,
// the product is A * B * x. Each constant below is therefore x^(n-1) mod P for a wanted x^n.
//
// Folding a lane D bits forward: lane * x^D = H * x^(D+64) + L * x^D
//   == clmul(H, x^(D+63) mod P) + clmul(L, x^(D-1) mod P)   (mod P, each product < 128 bits).
struct FoldConstants
{
    quint64 lo; // multiplies the lane's low half H
    quint64 hi; // multiplies the lane's high half L
};
constexpr FoldConstants foldBy(int bits)
{
    return {reflect64(xPowModP(bits + 63)), reflect64(xPowModP(bits - 1))};
}
constexpr FoldConstants kFold128 = foldBy(128);   // one lane to the next
constexpr FoldConstants kFold1024 = foldBy(1024); // 8 lanes, 128 bytes ahead
// Barrett reduction of a 128-bit T = T1 * x^64 + T0 to T mod P (see reduce128()).
constexpr quint64 kMu = reflect64(barrettMuLow());

#define SUCAI_CLMUL_TARGET __attribute__((target("pclmul,sse4.1")))

SUCAI_CLMUL_TARGET inline __m128i load128(const unsigned char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

SUCAI_CLMUL_TARGET inline __m128i fold(__m128i lane, __m128i k)
{
    return _mm_xor_si128(_mm_clmulepi64_si128(lane, k, 0x00), _mm_clmulepi64_si128(lane, k, 0x11));
}

// The CRC register of the message whose folded remainder is `lane` (the last 16 bytes fed).
// A CRC register is M * x^64 mod P, so with lane = H * x^64 + L:
//   T = lane * x^64 = H * x^128 + L * x^64 == clmul(H, x^127 mod P) + L * x^64.
// In the 128-bit reading, L * x^64 is just L moved to the low half. Then T mod P by Barrett
// (exact for polynomials when deg T < 2 * 64): with T = T1 * x^64 + T0,
//   Q = floor(T1 * mu / x^64) = T1 + floor(T1 * mu' / x^64),   mu = x^64 + mu' = floor(x^128 / P)
//   T mod P = T0 + (Q * P' mod x^64)                          (as T + Q * P = T mod P)
// A plain clmul c of two reflected 64-bit values has bit k = x^(126-k) of their product:
// - floor(T1 * mu' / x^64) is bits 0..62 of c, i.e. x^(62-k), which in reflected order (bit i
//   = x^(63-i)) is the low half shifted left by one;
// - Q * P' mod x^64 is bits 63..126 of c, i.e. c >> 63.
SUCAI_CLMUL_TARGET inline quint64 reduce128(__m128i lane)
{
    const __m128i k127 = _mm_cvtsi64_si128(static_cast<qint64>(kFold128.hi));
    const __m128i t =
        _mm_xor_si128(_mm_clmulepi64_si128(lane, k127, 0x00), _mm_srli_si128(lane, 8));
    const auto t1 = static_cast<quint64>(_mm_cvtsi128_si64(t));
    const auto t0 = static_cast<quint64>(_mm_extract_epi64(t, 1));

    const __m128i mu = _mm_cvtsi64_si128(static_cast<qint64>(kMu));
    const __m128i c = _mm_clmulepi64_si128(t, mu, 0x00); // T1 * mu'
    const quint64 q = t1 ^ (static_cast<quint64>(_mm_cvtsi128_si64(c)) << 1);

    const __m128i poly = _mm_cvtsi64_si128(static_cast<qint64>(kPoly));
    const __m128i d = _mm_clmulepi64_si128(_mm_cvtsi64_si128(static_cast<qint64>(q)), poly, 0x00);
    const auto dLo = static_cast<quint64>(_mm_cvtsi128_si64(d));
    const auto dHi = static_cast<quint64>(_mm_extract_epi64(d, 1));
    return t0 ^ (dHi << 1) ^ (dLo >> 63);
}

// The CRC register after feeding n >= 16 bytes from p.
SUCAI_CLMUL_TARGET quint64 updateClmul(quint64 crc, const unsigned char *p, qsizetype n)
{
    const __m128i k128 =
        _mm_set_epi64x(static_cast<qint64>(kFold128.hi), static_cast<qint64>(kFold128.lo));
    // The register so far enters as an xor into the first 8 bytes: that is what feeding the
    // register's bits ahead of the message means (M * x^64 + R * x^(8n) mod P, n >= 8).
    const __m128i init = _mm_cvtsi64_si128(static_cast<qint64>(crc));
    __m128i lane;
    if (n >= 128) {
        const __m128i k1024 =
            _mm_set_epi64x(static_cast<qint64>(kFold1024.hi), static_cast<qint64>(kFold1024.lo));
        __m128i x0 = _mm_xor_si128(load128(p), init);
        __m128i x1 = load128(p + 16);
        __m128i x2 = load128(p + 32);
        __m128i x3 = load128(p + 48);
        __m128i x4 = load128(p + 64);
        __m128i x5 = load128(p + 80);
        __m128i x6 = load128(p + 96);
        __m128i x7 = load128(p + 112);
        p += 128;
        n -= 128;
        while (n >= 128) {
            x0 = _mm_xor_si128(fold(x0, k1024), load128(p));
            x1 = _mm_xor_si128(fold(x1, k1024), load128(p + 16));
            x2 = _mm_xor_si128(fold(x2, k1024), load128(p + 32));
            x3 = _mm_xor_si128(fold(x3, k1024), load128(p + 48));
            x4 = _mm_xor_si128(fold(x4, k1024), load128(p + 64));
            x5 = _mm_xor_si128(fold(x5, k1024), load128(p + 80));
            x6 = _mm_xor_si128(fold(x6, k1024), load128(p + 96));
            x7 = _mm_xor_si128(fold(x7, k1024), load128(p + 112));
            p += 128;
            n -= 128;
        }
        // The lanes are 8 consecutive blocks: fold each into the next.
        lane = _mm_xor_si128(fold(x0, k128), x1);
        lane = _mm_xor_si128(fold(lane, k128), x2);
        lane = _mm_xor_si128(fold(lane, k128), x3);
        lane = _mm_xor_si128(fold(lane, k128), x4);
        lane = _mm_xor_si128(fold(lane, k128), x5);
        lane = _mm_xor_si128(fold(lane, k128), x6);
        lane = _mm_xor_si128(fold(lane, k128), x7);
    } else {
        lane = _mm_xor_si128(load128(p), init);
        p += 16;
        n -= 16;
    }
    while (n >= 16) {
        lane = _mm_xor_si128(fold(lane, k128), load128(p));
        p += 16;
        n -= 16;
    }
    return updateTable(reduce128(lane), p, n);
}

bool useClmul()
{
    static const bool use = [] {
        if (qEnvironmentVariableIntValue("SUCAI_CRC64_FORCE_TABLE") != 0)
            return false;
        __builtin_cpu_init();
        return __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    }();
    return use;
}

#undef SUCAI_CLMUL_TARGET
#endif // SUCAI_CRC64_CLMUL

quint64 gf2MatrixTimes(const quint64 *mat, quint64 vec)
{
    quint64 sum = 0;
    while (vec) {
        if (vec & 1)
            sum ^= *mat;
        vec >>= 1;
        ++mat;
    }
    return sum;
}

void gf2MatrixSquare(quint64 *square, const quint64 *mat)
{
    for (int n = 0; n < 64; ++n)
        square[n] = gf2MatrixTimes(mat, mat[n]);
}
} // namespace

quint64 Crc64::update(quint64 crc, QByteArrayView data)
{
    auto p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
#ifdef SUCAI_CRC64_CLMUL
    // Below 16 bytes there is no lane to fold; the table is as fast there anyway.
    if (n >= 16 && useClmul())
        return ~updateClmul(~crc, p, n);
#endif
    return ~updateTable(~crc, p, n);
}

quint64 Crc64::combine(quint64 crcA, quint64 crcB, qint64 lengthB)
{
    // zlib's crc32_combine, widened to 64 bits: apply lengthB zero bytes to crcA through
    // repeated squaring of the "shift by one zero bit" operator, then xor crcB.
    if (lengthB <= 0)
        return crcA;
    quint64 even[64];
    quint64 odd[64];
    odd[0] = kPoly;
    quint64 row = 1;
    for (int n = 1; n < 64; ++n) {
        odd[n] = row;
        row <<= 1;
    }
    gf2MatrixSquare(even, odd); // two zero bits
    gf2MatrixSquare(odd, even); // four zero bits
    do {
        gf2MatrixSquare(even, odd);
        if (lengthB & 1)
            crcA = gf2MatrixTimes(even, crcA);
        lengthB >>= 1;
        if (lengthB == 0)
            break;
        gf2MatrixSquare(odd, even);
        if (lengthB & 1)
            crcA = gf2MatrixTimes(odd, crcA);
        lengthB >>= 1;
    } while (lengthB != 0);
    return crcA ^ crcB;
}

} // namespace sucai::core
