#include "hmac.h"

#include "core/sha256.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>

namespace sucai::cloud::crypto {

QByteArray sha1Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return core::Sha256::hex(data);
}

QByteArray hmacSha1(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return core::HmacSha256::of(key, message);
}

DerivedKeyCache::DerivedKeyCache(int capacity)
    : m_capacity(qMax(1, capacity))
{}

QByteArray DerivedKeyCache::key(const QByteArray &secret, const QByteArray &scope,
                                const std::function<QByteArray()> &derive)
{
    // Hashing ~40 bytes costs far less than the four HMACs it saves.
    const core::Sha256::Digest d = core::Sha256::hash(secret);
    const QByteArray digest(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));

    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).scope == scope && m_entries.at(i).secretDigest == digest) {
            if (i != 0)
                m_entries.move(i, 0);
            return m_entries.constFirst().key;
        }
    }
    // Deriving under the lock is fine: it takes microseconds, and it keeps two threads that
    // start a new day together from deriving the same key twice.
    Entry entry{digest, scope, derive()};
    ++m_derivations;
    m_entries.prepend(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeLast();
    return entry.key;
}

int DerivedKeyCache::derivations() const
{
    QMutexLocker lock(&m_mutex);
    return m_derivations;
}

} // namespace sucai::cloud::crypto
