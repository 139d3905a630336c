#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace sucai::core {

// A folder of cached files with a size bound: each entry is a file named by the SHA-256 (hex)
// of its key, so any bytes can be a key (bucket, object key, version, size) and no remote name
// ever becomes a local path. "Used" means the file's modification time: touch() on a hit,
// trim() removes the least recently used entries first.
//
// A value type holding only the folder's path: copies may be used on worker threads at the
// same time (every call is a file-system operation on its own). trim() looks only at entry
// files (64 hex digits), so downloads in progress beside them (".sucai-part") and QSaveFile's
// temporary files are never removed under a writer's feet.
class DiskCache
{
public:
    DiskCache() = default;
    explicit DiskCache(QString dir);

    QString dir() const { return m_dir; }
    bool isValid() const { return !m_dir.isEmpty(); }
    // Creates the folder if it is missing.
    bool ensureDir() const;

    // Where the entry for `key` is (or would be).
    QString path(QByteArrayView key) const;
    static QString fileName(QByteArrayView key); // 64 lower-case hex digits
    bool contains(QByteArrayView key) const;
    // Marks the entry as just used (it is trimmed last). False if there is no such entry.
    bool touch(QByteArrayView key, const QDateTime &when = QDateTime::currentDateTimeUtc()) const;
    // Writes the entry atomically (QSaveFile): readers see the old bytes or the new ones, never
    // a part. Creates the folder when needed.
    bool insert(QByteArrayView key, QByteArrayView bytes) const;
    // The entry's bytes; empty if there is none.
    QByteArray read(QByteArrayView key) const;
    bool remove(QByteArrayView key) const;

    // Total size of the entries.
    qint64 totalBytes() const;
    // Removes the least recently used entries until the rest take at most maxBytes. Returns the
    // number of bytes removed.
    qint64 trim(qint64 maxBytes) const;

private:
    QString m_dir;
};

} // namespace sucai::core
