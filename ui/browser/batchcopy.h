#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>
#include <memory>

namespace sucai::cloud {
class StorageClient;
class StorageJob;
} // namespace sucai::cloud

namespace sucai::ui {

// Copies or moves objects and whole folders on the server (CopyObject; a move deletes each
// source once its copy is there), within a bucket or to another one of the same account, as
// one cancellable job: folders are listed first (what and how much), then up to kParallel
// objects go at a time. Nothing is overwritten: an object whose destination exists is skipped
// and named in the failures, as is any object the server refuses (e.g. one over 5 GB, beyond
// a single CopyObject); the rest goes on.
class BatchCopy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCopy)

public:
    static constexpr int kParallel = 8;

    struct Request
    {
        QString srcBucket;
        QString srcPrefix;   // the folder the keys were chosen in: names are kept relative to it
        QStringList keys;    // objects, and folders ending in '/'
        QList<qint64> sizes; // of the keys that are objects (folders are counted as listed)
        QString dstBucket;
        QString dstPrefix;
        bool move = false;
        // Names already in the destination folder (what the window has listed). A copy into
        // its own folder gets "name (1).ext" / "folder (1)/" instead of one of these.
        QSet<QString> takenNames;
        // Rename: the one key's new name in the destination (a folder's without the '/').
        QString renameTo;
    };

    BatchCopy(cloud::StorageClient *client, Request request, QObject *parent = nullptr);
    ~BatchCopy() override;

    // Empty when the request can run, else why not (a folder into itself, a move onto itself).
    static QString check(const Request &request);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void planned(int objects, qint64 bytes);
    void progressChanged(int objectsDone, int objectsTotal, qint64 bytesDone, qint64 bytesTotal);
    // `failures`: "key: reason" per object not copied (or, in a move, not deleted after its
    // copy); `done`: objects copied (moved).
    void finished(int done, const QStringList &failures, bool cancelled);

private:
    struct Item
    {
        QString src;
        QString dst;
        qint64 size = 0;
    };

    void listNext();
    void pump();
    void runItem(const Item &item);
    void itemDone(const Item &item, const QString &failure);
    void finish(bool cancelled);
    QString targetName(const QString &topLevel) const; // name in dst, "(n)" for a copy in place
    void track(cloud::StorageJob *job);

    QPointer<cloud::StorageClient> m_client;
    Request m_request;
    QStringList m_folders; // still to list
    QByteArray m_token;
    std::deque<Item> m_queue;
    QHash<QString, QString> m_renamed; // top-level source key -> its name in the destination
    QList<QPointer<cloud::StorageJob>> m_jobs;
    QStringList m_failures;
    int m_total = 0;
    int m_done = 0;
    int m_copied = 0;
    int m_inFlight = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
    bool m_running = false;
};

} // namespace sucai::ui
