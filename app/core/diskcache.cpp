#include "diskcache.h"

#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace sucai::core {

namespace {
bool isEntryName(const QString &name)
{
    if (name.size() != 64)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

struct EntryFile
{
    QString path;
    qint64 size;
    qint64 usedMs;
};

QList<EntryFile> entries(const QString &dir)
{
    QList<EntryFile> out;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    out.reserve(files.size());
    for (const auto &f : files) {
        if (isEntryName(f.fileName()))
            out.append({f.absoluteFilePath(), f.size(), f.lastModified().toMSecsSinceEpoch()});
    }
    return out;
}
} // namespace

DiskCache::DiskCache(QString dir)
    : m_dir(std::move(dir))
{}

bool DiskCache::ensureDir() const
{
    return isValid() && QDir().mkpath(m_dir);
}

QString DiskCache::fileName(QByteArrayView key)
{
    return QString::fromLatin1(Sha256::hex(key));
}

QString DiskCache::path(QByteArrayView key) const
{
    return m_dir + u'/' + fileName(key);
}

bool DiskCache::contains(QByteArrayView key) const
{
    return QFileInfo::exists(path(key));
}

bool DiskCache::touch(QByteArrayView key, const QDateTime &when) const
{
    QFile file(path(key));
    // Opening for append neither truncates nor changes the bytes; setFileTime needs it open.
    if (!file.exists() || !file.open(QIODevice::Append))
        return false;
    return file.setFileTime(when, QFileDevice::FileModificationTime);
}

bool DiskCache::insert(QByteArrayView key, QByteArrayView bytes) const
{
    if (!ensureDir())
        return false;
    QSaveFile file(path(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (file.write(bytes.data(), bytes.size()) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

QByteArray DiskCache::read(QByteArrayView key) const
{
    QFile file(path(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool DiskCache::remove(QByteArrayView key) const
{
    return QFile::remove(path(key));
}

qint64 DiskCache::totalBytes() const
{
    qint64 total = 0;
    for (const auto &e : entries(m_dir))
        total += e.size;
    return total;
}

qint64 DiskCache::trim(qint64 maxBytes) const
{
    if (!isValid())
        return 0;
    QList<EntryFile> files = entries(m_dir);
    qint64 total = 0;
    for (const auto &e : std::as_const(files))
        total += e.size;
    if (total <= maxBytes)
        return 0;
    std::sort(files.begin(), files.end(), [](const EntryFile &a, const EntryFile &b) {
        return a.usedMs != b.usedMs ? a.usedMs < b.usedMs : a.path < b.path;
    });
    qint64 removed = 0;
    for (const auto &e : std::as_const(files)) {
        if (total <= maxBytes)
            break;
        // Another thread (or process) may have removed it already: only what goes counts.
        if (QFile::remove(e.path)) {
            total -= e.size;
            removed += e.size;
        } else if (!QFileInfo::exists(e.path)) {
            total -= e.size;
        }
    }
    return removed;
}

} // namespace sucai::core
