#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <functional>

// Hashing primitives the three signers share, and the cache of derived signing keys that SigV4
// and TC3 both need. Kept apart from the signers so that each signer file reads like its spec.
namespace sucai::cloud::crypto {

QByteArray sha1Hex(const QByteArray &data);                              // lower-case hex
QByteArray sha256Hex(const QByteArray &data);                            // lower-case hex
QByteArray hmacSha1(const QByteArray &key, const QByteArray &message);   // raw 20 bytes
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message); // raw 32 bytes

// Hex SHA-256 of an empty body: the x-amz-content-sha256 of every GET/HEAD/DELETE.
inline constexpr char EmptyPayloadSha256[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// The last few signing keys derived from (secret, scope), most recently used first.
//
// SigV4 and TC3 derive a key with four chained HMACs from the secret and a scope that changes
// once a day; a transfer of thousands of parts would otherwise redo that chain for every part.
// Entries are looked up by a SHA-256 of the secret, so the cache never holds the secret itself
// (the derived key is scoped to one day and one service, and is what a leak would expose).
// Thread-safe: one signer is shared by the jobs of several network threads.
class DerivedKeyCache
{
public:
    explicit DerivedKeyCache(int capacity = 4);
    Q_DISABLE_COPY_MOVE(DerivedKeyCache)

    // Returns the cached key for (secret, scope), or calls derive() and remembers its result.
    QByteArray key(const QByteArray &secret, const QByteArray &scope,
                   const std::function<QByteArray()> &derive);

    // How many times derive() has run: lets tests prove that the cache works.
    int derivations() const;

private:
    struct Entry
    {
        QByteArray secretDigest;
        QByteArray scope;
        QByteArray key;
    };

    const int m_capacity;
    mutable QMutex m_mutex;
    QList<Entry> m_entries; // guarded by m_mutex; front = most recently used
    int m_derivations = 0;  // guarded by m_mutex
};

} // namespace sucai::cloud::crypto
