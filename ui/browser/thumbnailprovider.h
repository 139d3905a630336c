#pragma once

#include "core/diskcache.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QThreadPool>

#include <map>

namespace sucai::cloud {
class StorageClient;
class StorageError;
} // namespace sucai::cloud

namespace sucai::ui {

// Small pictures of image objects for the thumbnail grid, made once and kept in a size-bounded
// disk cache so that the next time needs no download.
//
//   request() ──► lookup queue ──► [pool] thumbnail cached? ──yes──► thumbnailReady
//                 (newest first,         │ no (or only the original)
//                  ≤ kMaxLookups)        ▼
//                               download queue ──► GET (≤ maxDownloads) ──► [pool] decode,
//                               (newest first)      scale, store thumbnail ──► thumbnailReady
//
// Both queues serve the newest request first (what is on screen now); setVisibleKeys() drops
// queued requests for keys that scrolled away, cancelAll() everything (another folder). Files,
// decoding and scaling run on a pool of the provider's own (QImageReader::setScaledSize, so a
// big JPEG is decoded at a fraction of its size); the GUI thread only starts jobs and relays
// results. An image that cannot be decoded leaves an empty thumbnail as a marker: it is not
// downloaded again.
class ThumbnailProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailProvider)

public:
    static constexpr qint64 kMaxSourceBytes = 20LL * 1024 * 1024;
    static constexpr qint64 kCacheBytes = 128LL * 1024 * 1024;
    static constexpr int kDefaultMaxDownloads = 4;
    static constexpr int kMaxLookups = 4;

    explicit ThumbnailProvider(QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    void setClient(cloud::StorageClient *client);
    cloud::StorageClient *client() const;
    // The cache folder (e.g. "<CacheLocation>/thumbnails"); trimmed to kCacheBytes, least
    // recently used first. Without one, a folder under the system's temporary folder is used.
    void setCacheDir(const QString &dir);
    QString cacheDir() const { return m_cache.dir(); }
    void setMaxDownloads(int n);
    int maxDownloads() const { return m_maxDownloads; }

    // Whether request() would take this object: an image by its name (png, jpg, jpeg, gif,
    // webp, bmp) of at most kMaxSourceBytes.
    static bool canThumbnail(const QString &key, qint64 objectSize);
    // The object's version for the cache: its ETag, or size and modification time.
    static QByteArray versionOf(qint64 objectSize, qint64 modifiedSecs);

    // Asks for a thumbnail that fits in `size` (device pixels). Asking again for something
    // queued moves it to the front; asking for something in progress does nothing. Answers
    // with thumbnailReady or thumbnailFailed, later (never from inside this call). False, and
    // no answer, when the object is not an image this provider makes thumbnails of.
    bool request(const QString &bucket, const QString &key, qint64 objectSize,
                 const QByteArray &version, QSize size);
    // Queued requests for other keys are dropped; those under way finish (and are cached).
    // Keys requested later are taken whether or not they are in the set.
    void setVisibleKeys(const QSet<QString> &keys);
    // Drops everything queued and cancels the downloads; nothing more is reported for them.
    void cancelAll();

    // For tests and the status line: GET requests started since construction, requests
    // waiting or under way.
    int downloadsStarted() const { return m_downloadsStarted; }
    int pendingCount() const { return int(m_items.size()); }

Q_SIGNALS:
    void thumbnailReady(const QString &key, const QImage &image);
    // Not an image after all, too big, gone, or the download failed.
    void thumbnailFailed(const QString &key);
    void idle(); // nothing queued or under way any more

private:
    enum class State { Queued, LookingUp, WaitingDownload, Downloading, Decoding };
    struct Item
    {
        QString bucket;
        QByteArray version;
        QSize size;
        quint64 serial = 0;
        quint64 ticket = 0; // which run of this item a callback belongs to
        State state = State::Queued;
        QPointer<QObject> job;
    };
    // What the pool answers.
    struct Outcome
    {
        enum Kind { Ready, Missing, Broken } kind = Missing;
        QImage image;
    };

    // Pool side: only files and their own copies of the arguments.
    static Outcome makeThumbnail(const QString &source, QSize box, const core::DiskCache &cache,
                                 const QByteArray &thumbId);
    static Outcome lookUp(const core::DiskCache &cache, const QByteArray &thumbId,
                          const QByteArray &originalId, QSize box);

    QByteArray thumbnailId(const QString &key, const Item &item) const;
    QByteArray originalId(const QString &key, const Item &item) const;
    void enqueue(const QString &key, Item &item, State state);
    void dequeue(const Item &item);
    void pump();
    void startLookup(const QString &key);
    void startDownload(const QString &key);
    void startDecode(const QString &key, quint64 ticket, const QString &originalPath);
    // Runs `work` on the pool and hands its Outcome to onOutcome() here.
    template<typename Work>
    void runOnPool(const QString &key, quint64 ticket, bool fromDownload, Work work);
    void onOutcome(const QString &key, quint64 ticket, bool fromDownload, const Outcome &outcome);
    void finishItem(const QString &key, const Outcome &outcome);
    Item *current(const QString &key, quint64 ticket);
    void checkIdle();

    QPointer<cloud::StorageClient> m_client;
    core::DiskCache m_cache;
    QThreadPool m_pool;
    int m_maxDownloads = kDefaultMaxDownloads;
    QHash<QString, Item> m_items;
    std::map<quint64, QString> m_lookupQueue;   // serial → key; the last one goes first
    std::map<quint64, QString> m_downloadQueue; // likewise
    QSet<QString> m_visible;
    bool m_filterVisible = false;
    int m_lookups = 0;
    int m_downloads = 0; // downloading or decoding what was downloaded
    quint64 m_serial = 0;
    quint64 m_tickets = 0;
    quint64 m_generation = 0;
    int m_downloadsStarted = 0;
    int m_storedSinceTrim = 0;
    bool m_pumpQueued = false;
};

} // namespace sucai::ui
