#include "thumbnailprovider.h"

#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPromise>

#include <memory>

namespace sucai::ui {

namespace {
constexpr int kTrimEvery = 32; // thumbnails stored between two trims of the cache folder
} // namespace

// Decodes `source` scaled down to fit `box` and stores the thumbnail in the cache under
// `thumbId`: PNG when it has transparency, JPEG otherwise (a tenth of the size). An image that
// cannot be decoded leaves an empty entry, so it is not downloaded again. Runs on the pool.
ThumbnailProvider::Outcome ThumbnailProvider::makeThumbnail(const QString &source, QSize box,
                                                            const core::DiskCache &cache,
                                                            const QByteArray &thumbId)
{
    ThumbnailProvider::Outcome out;
    if (!QFileInfo::exists(source))
        return out; // Missing: trimmed away meanwhile; a download brings it back
    QImageReader reader(source);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull()) {
        cache.insert(thumbId, {});
        out.kind = ThumbnailProvider::Outcome::Broken;
        return out;
    }
    // Some formats ignore the scaled size; the rotation of autoTransform may swap the sides.
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool alpha = image.hasAlphaChannel();
    if (image.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 85))
        cache.insert(thumbId, bytes);
    out.kind = ThumbnailProvider::Outcome::Ready;
    out.image = std::move(image);
    return out;
}

ThumbnailProvider::Outcome ThumbnailProvider::lookUp(const core::DiskCache &cache,
                                                     const QByteArray &thumbId,
                                                     const QByteArray &originalId, QSize box)
{
    ThumbnailProvider::Outcome out;
    const QString thumbPath = cache.path(thumbId);
    const QFileInfo thumb(thumbPath);
    if (thumb.exists()) {
        if (thumb.size() == 0) {
            out.kind = ThumbnailProvider::Outcome::Broken;
            return out;
        }
        QImage image(thumbPath);
        if (!image.isNull()) {
            cache.touch(thumbId);
            out.kind = ThumbnailProvider::Outcome::Ready;
            out.image = std::move(image);
            return out;
        }
        cache.remove(thumbId); // damaged: made again
    }
    // The original of an earlier run that ended before it was decoded.
    if (cache.contains(originalId)) {
        out = makeThumbnail(cache.path(originalId), box, cache, thumbId);
        cache.remove(originalId);
    }
    return out;
}

ThumbnailProvider::ThumbnailProvider(QObject *parent)
    : QObject(parent)
{
    // Its own threads, so a screen of thumbnails never queues behind (or delays) the model's
    // sorting on the global pool; two are plenty for decoding small images.
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(10'000);
    setCacheDir({});
}

ThumbnailProvider::~ThumbnailProvider()
{
    blockSignals(true); // the view that owns this is half destroyed by now
    cancelAll();
    m_pool.waitForDone(); // at most one decode per thread; it touches only files
}

void ThumbnailProvider::setClient(cloud::StorageClient *client)
{
    if (client == m_client)
        return;
    cancelAll();
    m_client = client;
}

cloud::StorageClient *ThumbnailProvider::client() const
{
    return m_client;
}

void ThumbnailProvider::setCacheDir(const QString &dir)
{
    cancelAll();
    m_cache = core::DiskCache(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/sucai-thumbnails")
                                            : dir);
    const core::DiskCache cache = m_cache;
    m_pool.start([cache] {
        cache.ensureDir();
        cache.trim(kCacheBytes);
    });
}

void ThumbnailProvider::setMaxDownloads(int n)
{
    m_maxDownloads = qMax(1, n);
    pump();
}

bool ThumbnailProvider::canThumbnail(const QString &key, qint64 objectSize)
{
    if (objectSize < 0 || objectSize > kMaxSourceBytes || key.endsWith(u'/'))
        return false;
    const qsizetype dot = key.lastIndexOf(u'.');
    if (dot < 0 || dot < key.lastIndexOf(u'/'))
        return false;
    const QStringView suffix = QStringView(key).mid(dot + 1);
    for (const auto *known : {u"png", u"jpg", u"jpeg", u"gif", u"webp", u"bmp"}) {
        if (suffix.compare(QStringView(known), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray ThumbnailProvider::versionOf(qint64 objectSize, qint64 modifiedSecs)
{
    return QByteArray::number(objectSize) + '@' + QByteArray::number(modifiedSecs);
}

QByteArray ThumbnailProvider::thumbnailId(const QString &key, const Item &item) const
{
    return "thumb\n" + item.bucket.toUtf8() + '\n' + key.toUtf8() + '\n' + item.version + '\n' +
           QByteArray::number(item.size.width()) + 'x' + QByteArray::number(item.size.height());
}

QByteArray ThumbnailProvider::originalId(const QString &key, const Item &item) const
{
    return "original\n" + item.bucket.toUtf8() + '\n' + key.toUtf8() + '\n' + item.version;
}

bool ThumbnailProvider::request(const QString &bucket, const QString &key, qint64 objectSize,
                                const QByteArray &version, QSize size)
{
    if (!canThumbnail(key, objectSize) || size.isEmpty())
        return false;
    if (m_filterVisible)
        m_visible.insert(key);
    auto it = m_items.find(key);
    if (it != m_items.end()) {
        Item &item = *it;
        if (item.bucket == bucket && item.version == version && item.size == size) {
            if (item.state == State::Queued || item.state == State::WaitingDownload) {
                dequeue(item);
                enqueue(key, item, item.state);
            }
            return true;
        }
        // The object (or the size wanted) changed while the old one was under way.
        dequeue(item);
        if (item.state == State::LookingUp)
            --m_lookups;
        else if (item.state == State::Downloading || item.state == State::Decoding)
            --m_downloads;
        QPointer<QObject> job = item.job;
        m_items.erase(it);
        if (job)
            static_cast<cloud::StorageJob *>(job.data())->cancel();
    }
    Item item;
    item.bucket = bucket;
    item.version = version;
    item.size = size;
    Item &stored = *m_items.insert(key, item);
    enqueue(key, stored, State::Queued);
    // Started from the event loop: a view asks for a screenful in one go, newest first.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &ThumbnailProvider::pump, Qt::QueuedConnection);
    }
    return true;
}

void ThumbnailProvider::enqueue(const QString &key, Item &item, State state)
{
    item.state = state;
    item.serial = ++m_serial;
    auto &queue = state == State::Queued ? m_lookupQueue : m_downloadQueue;
    queue.emplace(item.serial, key);
}

void ThumbnailProvider::dequeue(const Item &item)
{
    if (item.state == State::Queued)
        m_lookupQueue.erase(item.serial);
    else if (item.state == State::WaitingDownload)
        m_downloadQueue.erase(item.serial);
}

void ThumbnailProvider::setVisibleKeys(const QSet<QString> &keys)
{
    m_visible = keys;
    m_filterVisible = true;
    for (auto it = m_items.begin(); it != m_items.end();) {
        const bool queued = it->state == State::Queued || it->state == State::WaitingDownload;
        if (queued && !keys.contains(it.key())) {
            dequeue(*it);
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    checkIdle();
}

void ThumbnailProvider::cancelAll()
{
    QList<QPointer<QObject>> jobs;
    for (const auto &item : std::as_const(m_items)) {
        if (item.job)
            jobs.append(item.job);
    }
    const bool hadWork = !m_items.isEmpty();
    m_items.clear();
    m_lookupQueue.clear();
    m_downloadQueue.clear();
    m_visible.clear();
    m_filterVisible = false;
    m_lookups = 0;
    m_downloads = 0;
    // Lookups and decodes not started yet go (an original already downloaded stays in the
    // cache and is decoded when asked for again); those running finish into the cache.
    m_pool.clear();
    // Their finished() comes at once, finds no item and only cleans up.
    for (const auto &job : std::as_const(jobs)) {
        if (job)
            static_cast<cloud::StorageJob *>(job.data())->cancel();
    }
    if (hadWork)
        Q_EMIT idle();
}

ThumbnailProvider::Item *ThumbnailProvider::current(const QString &key, quint64 ticket)
{
    auto it = m_items.find(key);
    return it != m_items.end() && it->ticket == ticket ? &*it : nullptr;
}

void ThumbnailProvider::pump()
{
    m_pumpQueued = false;
    while (m_lookups < kMaxLookups && !m_lookupQueue.empty()) {
        const auto last = std::prev(m_lookupQueue.end());
        const QString key = last->second;
        m_lookupQueue.erase(last);
        startLookup(key);
    }
    while (m_downloads < m_maxDownloads && !m_downloadQueue.empty()) {
        const auto last = std::prev(m_downloadQueue.end());
        const QString key = last->second;
        m_downloadQueue.erase(last);
        startDownload(key);
    }
    checkIdle();
}

void ThumbnailProvider::checkIdle()
{
    if (m_items.isEmpty())
        Q_EMIT idle();
}

template<typename Work>
void ThumbnailProvider::runOnPool(const QString &key, quint64 ticket, bool fromDownload, Work work)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, key, ticket, fromDownload] {
                watcher->deleteLater();
                Outcome outcome;
                if (watcher->future().resultCount() > 0)
                    outcome = watcher->future().result();
                onOutcome(key, ticket, fromDownload, outcome);
            });
    promise->start();
    watcher->setFuture(promise->future());
    m_pool.start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

void ThumbnailProvider::startLookup(const QString &key)
{
    Item &item = m_items[key];
    item.state = State::LookingUp;
    item.ticket = ++m_tickets;
    ++m_lookups;
    runOnPool(key, item.ticket, false,
              [cache = m_cache, thumbId = thumbnailId(key, item),
               originalId = originalId(key, item),
               box = item.size] { return lookUp(cache, thumbId, originalId, box); });
}

void ThumbnailProvider::startDownload(const QString &key)
{
    Item &item = m_items[key];
    if (!m_client) {
        m_items.remove(key);
        Q_EMIT thumbnailFailed(key);
        return;
    }
    item.state = State::Downloading;
    item.ticket = ++m_tickets;
    ++m_downloads;
    ++m_downloadsStarted;
    const quint64 ticket = item.ticket;
    const QString path = m_cache.path(originalId(key, item));
    m_cache.ensureDir();
    auto *job = m_client->getObject(item.bucket, key, path);
    item.job = job;
    connect(job, &cloud::StorageJob::finished, this,
            [this, job, key, ticket, path](const cloud::StorageError &e) {
                job->deleteLater();
                Item *live = current(key, ticket);
                if (!live)
                    return; // cancelled or replaced
                live->job.clear();
                if (!e.ok()) {
                    --m_downloads;
                    m_items.remove(key);
                    Q_EMIT thumbnailFailed(key);
                    pump();
                    return;
                }
                startDecode(key, ticket, path);
            });
    job->start();
}

void ThumbnailProvider::startDecode(const QString &key, quint64 ticket, const QString &originalPath)
{
    Item &item = m_items[key];
    item.state = State::Decoding;
    const bool trim = ++m_storedSinceTrim >= kTrimEvery;
    if (trim)
        m_storedSinceTrim = 0;
    runOnPool(
        key, ticket, true,
        [cache = m_cache, thumbId = thumbnailId(key, item), originalPath, box = item.size, trim] {
            Outcome out = makeThumbnail(originalPath, box, cache, thumbId);
            QFile::remove(originalPath);
            if (trim)
                cache.trim(kCacheBytes);
            return out;
        });
}

void ThumbnailProvider::onOutcome(const QString &key, quint64 ticket, bool fromDownload,
                                  const Outcome &outcome)
{
    Item *item = current(key, ticket);
    if (!item)
        return; // cancelled or replaced meanwhile
    if (fromDownload)
        --m_downloads;
    else
        --m_lookups;
    if (outcome.kind == Outcome::Missing && !fromDownload) {
        if (m_filterVisible && !m_visible.contains(key))
            m_items.remove(key); // scrolled away while it was looked up
        else
            enqueue(key, *item, State::WaitingDownload);
    } else {
        finishItem(key, outcome);
    }
    pump();
}

void ThumbnailProvider::finishItem(const QString &key, const Outcome &outcome)
{
    m_items.remove(key);
    if (outcome.kind == Outcome::Ready)
        Q_EMIT thumbnailReady(key, outcome.image);
    else
        Q_EMIT thumbnailFailed(key);
}

} // namespace sucai::ui
