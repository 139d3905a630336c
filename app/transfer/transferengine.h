#pragma once

#include "cloud/credentials.h"
#include "cloud/endpoint.h"
#include "cloud/storageclient.h"
#include "cloud/storageerror.h"
#include "cloud/storagetypes.h"
#include "core/retrypolicy.h"
#include "core/transfertypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace sucai::core {
class TransferJournal;
class UsageLedger;
} // namespace sucai::core

namespace sucai::transfer {

class BandwidthLimiter;
class TransferTask;

// What the UI and the CLI see of one transfer: a copy, safe to pass between threads.
struct TransferSnapshot
{
    qint64 id = 0;
    qint64 batchId = 0;
    core::TransferDirection direction = core::TransferDirection::Upload;
    core::TransferState state = core::TransferState::Queued;
    QString bucket;
    QString key;
    QString localPath;
    qint64 size = -1;
    qint64 bytesDone = 0;
    double speed = 0;  // bytes/s over the last few seconds
    int partsDone = 0; // multipart uploads
    int partsTotal = 0;
    QString error;
    QString note; // e.g. "skipped: identical", "saved as name (1).png"
    // An upload that replaced an object the server already held (a CDN may still serve the old
    // one from its cache).
    bool replacedExisting = false;
    QString profile; // the engine's name of the account it belongs to
};

// The persistent queue of uploads and downloads (DESIGN.md "app/transfer"). It lives in one
// thread (the GUI moves it to a worker; the CLI keeps it on its main thread) and does all its
// network and file work there; talk to it through its slots and signals.
//
// Scheduling: at most maxTasks transfers run at once, in queue order, so small files never wait
// behind a big one; a multipart upload runs up to maxPartsPerFile parts at a time, and only
// while the total of requests in flight stays under maxRequests, so it takes at most its share.
// Requests go through several QNetworkAccessManagers (Qt opens at most 6 connections per host
// per manager), each job on the least busy one.
//
// Every state change is written to the journal first; after a crash restore() brings back the
// unfinished tasks, and multipart uploads continue with the parts the server already holds.
class TransferEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferEngine)

public:
    struct Settings
    {
        int maxTasks = 8;
        int maxPartsPerFile = 4;
        int maxRequests = 16;
        qint64 partSize = 16LL * 1024 * 1024;
        qint64 multipartThreshold = 64LL * 1024 * 1024;
        // Where gzip-compressed copies of uploads wait (UploadOptions::gzip). Empty: a
        // "staging" folder beside the journal, or a temporary folder without one.
        QString stagingDir;
        // A transfer cut off by a network error, a timeout or a 5xx the request's own retries
        // (a few seconds) did not ride out waits this long before going on where it stopped,
        // once per entry: a server restart or a Wi-Fi change costs no manual retry. When the
        // list is used up, the task fails and the user retries.
        QList<int> outageRetryDelaysMs{2'000, 4'000, 8'000, 15'000, 30'000};
        // Each request's own retries (RetryPolicy) before the task counts an outage.
        core::RetryPolicy::Settings requestRetries;
    };

    struct UploadOptions
    {
        core::ConflictPolicy conflict = core::ConflictPolicy::Overwrite;
        cloud::ObjectHeaders headers; // Content-Type is guessed from the file when empty
        // Store the file gzip-compressed with Content-Encoding: gzip (see
        // core::UploadEncoding); enqueueUploads() sets it for files whose extension is in
        // gzipExtensions.
        bool gzip = false;
        QStringList gzipExtensions;
    };

    // One file of a batch upload (enqueueUploads).
    struct UploadItem
    {
        QString localPath;
        QString key;
    };

    // `journal` and `ledger` may be null (nothing persisted); both stay owned by the caller and
    // must outlive the engine.
    TransferEngine(core::TransferJournal *journal, core::UsageLedger *ledger,
                   QObject *parent = nullptr);
    ~TransferEngine() override;

    // A storage account the engine may use; jobs of one profile never see another's keys.
    void addProfile(const QString &name, const cloud::Endpoint &endpoint,
                    cloud::SignatureKind signature, const cloud::Credentials &credentials);
    // New (e.g. refreshed STS) credentials; tasks waiting for them go on.
    void setCredentials(const QString &profile, const cloud::Credentials &credentials);
    bool hasProfile(const QString &name) const { return m_profiles.contains(name); }

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    void setMaxTasks(int n);
    void setMaxPartsPerFile(int n);
    void setUploadRate(qint64 bytesPerSecond);
    void setDownloadRate(qint64 bytesPerSecond);

    qint64 newBatch(const QString &label);
    // Both return the new task's id, or 0 for a profile that was not added.
    qint64 enqueueUpload(qint64 batchId, const QString &profile, const QString &localPath,
                         const QString &bucket, const QString &key, const UploadOptions &options);
    qint64 enqueueDownload(qint64 batchId, const QString &profile, const QString &bucket,
                           const QString &key, const QString &localPath,
                           core::ConflictPolicy conflict = core::ConflictPolicy::Overwrite,
                           qint64 knownSize = -1);

    // Many uploads to one bucket in one journal transaction (a dropped folder): returns their
    // ids in `items` order, or an empty list for a profile that was not added.
    QList<qint64> enqueueUploads(qint64 batchId, const QString &profile, const QString &bucket,
                                 const QList<UploadItem> &items, const UploadOptions &options);

    // Brings back the journal's unfinished transfers (of profiles added so far). Returns how many.
    // `paused`: they come back paused (the window: the user resumes them, e.g. with Resume All)
    // instead of starting at once (sucai-cli resume).
    int restore(bool paused = false);

    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void retry(qint64 id);
    void pauseAll();
    void resumeAll();
    // Queue order: `id` moves to just before `beforeId` (0 = to the end of the queue).
    bool moveBefore(qint64 id, qint64 beforeId);
    bool moveToFront(qint64 id);
    // Answer to conflictRaised(): Overwrite, Skip or KeepBoth.
    void resolveConflict(qint64 id, core::ConflictPolicy decision);

    QList<TransferSnapshot> snapshots() const; // in queue order
    // All O(1): kept up to date as tasks report, so a progress display may ask on every event.
    bool isIdle() const { return m_queued.empty() && m_running.empty(); }
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 doneBytes() const { return m_doneBytes; }
    int queuedCount() const { return int(m_queued.size()); }
    int runningCount() const { return int(m_running.size()); }

    // Internal API for the tasks.
    cloud::StorageClient *clientFor(const QString &profile);
    BandwidthLimiter *uploadLimiter() const { return m_upLimiter; }
    BandwidthLimiter *downloadLimiter() const { return m_downLimiter; }
    core::TransferJournal *journal() const { return m_journal; }
    // The compressed copy of a gzip upload (removed when the task is done or cancelled).
    QString stagingPath(qint64 taskId);
    void noteRequest(const QString &profile, const QString &bucket, bool write, qint64 up,
                     qint64 down);
    int requestsInFlight() const { return m_requestsInFlight; }
    void requestStarted() { ++m_requestsInFlight; }
    void requestEnded();
    void taskChanged(TransferTask *task);
    void taskEnded(TransferTask *task);
    void taskNeedsCredentials(TransferTask *task);
    void taskAsks(TransferTask *task);
    void schedule();
    void scheduleSoon();

Q_SIGNALS:
    void taskAdded(const sucai::transfer::TransferSnapshot &snapshot);
    void taskUpdated(const sucai::transfer::TransferSnapshot &snapshot); // coalesced, ≤ 5/s each
    void taskFinished(const sucai::transfer::TransferSnapshot &snapshot);
    void conflictRaised(qint64 id, const QString &bucket, const QString &key,
                        const QString &localPath);
    void credentialsExpired(const QString &profile);
    void idle();

private:
    struct Profile
    {
        cloud::Endpoint endpoint;
        cloud::SignatureKind signature = cloud::SignatureKind::SigV4;
        cloud::Credentials credentials;
        QList<cloud::StorageClient *> clients; // one per network manager
    };

    // Queue order: position, then id (the journal's positions; in memory, a counter).
    using QueueKey = std::pair<double, qint64>;

    TransferTask *createTask(const core::TransferRecord &record, const UploadOptions &options);
    core::TransferRecord uploadRecord(qint64 batchId, const QString &profile,
                                      const QString &localPath, const QString &bucket,
                                      const QString &key, UploadOptions &options) const;
    void account(TransferTask *task);
    void unfile(TransferTask *task);
    QList<TransferTask *> unfinishedInOrder() const;
    void flushUpdates();
    void abortAbandonedUploads();
    void ensureNetworks(int count);
    void removeStaleStaging();

    core::TransferJournal *m_journal;
    core::UsageLedger *m_ledger;
    Settings m_settings;
    QList<QNetworkAccessManager *> m_networks;
    QHash<QString, Profile> m_profiles;
    QList<TransferTask *> m_tasks; // order of arrival
    QHash<qint64, TransferTask *> m_byId;
    std::map<QueueKey, TransferTask *> m_queued;  // waiting to start, in queue order
    std::map<QueueKey, TransferTask *> m_running; // started, in queue order
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    double m_nextMemoryPosition = 1;
    std::unique_ptr<QTemporaryDir> m_tempStaging;
    QSet<TransferTask *> m_dirty;
    QTimer m_updateTimer;
    BandwidthLimiter *m_upLimiter;
    BandwidthLimiter *m_downLimiter;
    int m_requestsInFlight = 0;
    qint64 m_nextMemoryId = -1; // ids of tasks when there is no journal
    quint64 m_roundRobin = 0;
    bool m_scheduling = false;
    bool m_schedulePending = false;
    bool m_scheduleAgain = false;
    bool m_wasIdle = true;
};

} // namespace sucai::transfer

Q_DECLARE_METATYPE(sucai::transfer::TransferSnapshot)
