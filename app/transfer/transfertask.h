#pragma once

#include "cloud/storageerror.h"
#include "cloud/storagetypes.h"
#include "core/multipartplan.h"
#include "core/transfertypes.h"
#include "transferengine.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sucai::cloud {
class StorageClient;
class StorageJob;
} // namespace sucai::cloud

namespace sucai::transfer {

// One upload or download, driven by the engine. A task never outlives the engine and touches
// the journal only through it. Callbacks of jobs started before a pause/cancel are ignored
// (generation counter), so a stale answer can never move a task that was stopped.
class TransferTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferTask)

public:
    TransferTask(TransferEngine *engine, core::TransferRecord record,
                 TransferEngine::UploadOptions options);
    ~TransferTask() override;

    qint64 id() const { return m_record.id; }
    const core::TransferRecord &record() const { return m_record; }
    core::TransferState state() const { return m_record.state; }
    bool isActive() const { return m_record.state == core::TransferState::Running; }
    bool waitsForDecision() const { return m_waitingDecision; }

    void start(); // Queued → Running
    void pause();
    void cancel();
    void retry();
    void resolveConflict(core::ConflictPolicy decision);
    // After new credentials: a task parked on ExpiredToken goes on.
    void credentialsRefreshed();

    // Extra parallel requests (multipart parts) the task could use now.
    virtual bool wantsMoreRequests() const { return false; }
    virtual void startMoreRequests() {}

    TransferSnapshot snapshot() const;
    qint64 bytesDone() const;

protected:
    // An upload found the key on the server and replaces it (for the CDN purge offer).
    void markReplacedExisting() { m_replacedExisting = true; }
    virtual void begin() = 0;       // the work after start()
    virtual void onStopped(bool) {} // pause (false) or cancel (true)
    virtual void onDone() {}        // just before the state becomes Done
    virtual int partsDone() const { return 0; }
    virtual int partsTotal() const { return 0; }

    // Starts `job` (any StorageJob) on behalf of this task: counts it as a request in flight,
    // throttles it, tracks its progress and calls `done` unless the task was stopped meanwhile.
    template<typename Job, typename F> void run(Job *job, bool upload, F done);
    void trackJob(cloud::StorageJob *job, bool upload,
                  std::function<void(const cloud::StorageError &)> done);

    void succeed(const QString &note = {});
    void fail(const cloud::StorageError &error);
    void commitBytes(qint64 n); // bytes that are safely on the other side
    void setNote(const QString &note);
    const QString &note() const { return m_note; }
    // What the journal's history keeps of a finished transfer, written with the Done state.
    void setResult(const QByteArray &etag, const QString &url)
    {
        m_resultEtag = etag;
        m_resultUrl = url;
    }
    void askUser(); // the engine raises conflictRaised(); resolveConflict() continues
    virtual void continueAfterConflict(core::ConflictPolicy decision) = 0;
    bool handleExpired(const cloud::StorageError &e);

    cloud::StorageClient *client() const;
    TransferEngine *engine() const { return m_engine; }
    core::TransferRecord &rec() { return m_record; }
    const TransferEngine::UploadOptions &options() const { return m_options; }
    int generation() const { return m_generation; }
    int jobsRunning() const { return int(m_jobs.size()); }

private:
    friend class TransferEngine;

    void setState(core::TransferState state, const QString &error = {});
    void stopJobs();

    // The engine's bookkeeping: which of its queues the task is filed in, and the bytes it has
    // counted for it, so that totals and scheduling never rescan all tasks.
    struct Filed
    {
        bool queued = false;
        bool running = false;
        std::pair<double, qint64> key;
        qint64 bytes = 0;
        qint64 size = 0;
    } m_filed;

    TransferEngine *m_engine;
    core::TransferRecord m_record;
    TransferEngine::UploadOptions m_options;
    QHash<cloud::StorageJob *, qint64> m_jobs; // job → bytes moved so far
    qint64 m_committed = 0;
    int m_generation = 0;
    bool m_waitingDecision = false;
    bool m_waitingCredentials = false;
    bool m_replacedExisting = false; // the server held the key before this upload
    int m_outageRetries = 0;         // automatic retries since the last request that succeeded
    QString m_note;
    QByteArray m_resultEtag;
    QString m_resultUrl;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes) for the speed
    QElapsedTimer m_clock;
};

class UploadTask final : public TransferTask
{
    Q_OBJECT
public:
    using TransferTask::TransferTask;
    bool wantsMoreRequests() const override;
    void startMoreRequests() override;

protected:
    void begin() override;
    void continueAfterConflict(core::ConflictPolicy decision) override;
    void onStopped(bool cancelled) override;
    void onDone() override;
    int partsDone() const override { return int(m_doneParts.size()); }
    int partsTotal() const override { return m_plan.partCount; }

private:
    void prepareCompressed();
    void abortHeldUpload();
    void checkRemote();
    void probeKeepBoth(int n);
    void upload();
    void putSingle();
    void startMultipart();
    void reconcileParts();
    void startPart(int n);
    void complete();
    void verify();
    void setCommitted(qint64 committed);

    // What is sent: the file itself, or its gzip-compressed staging copy.
    QString m_bodyPath;
    qint64 m_bodySize = -1;
    core::MultipartPlan m_plan;
    QList<int> m_pending; // part numbers still to send
    QMap<int, core::PartRecord> m_doneParts;
    int m_partsRunning = 0;
    bool m_completing = false;
    // The upload was created with checksum algorithm CRC32: every part carries a CRC32 trailer
    // and Complete lists them. Fixed per upload (kept across restarts by the server's ListParts).
    bool m_crc32Parts = false;
};

class DownloadTask final : public TransferTask
{
    Q_OBJECT
public:
    using TransferTask::TransferTask;

protected:
    void begin() override;
    void continueAfterConflict(core::ConflictPolicy decision) override;
    void onStopped(bool cancelled) override;

private:
    void fetch();
    cloud::ObjectMeta m_meta;
};

} // namespace sucai::transfer
