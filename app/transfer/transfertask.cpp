#include "transfertask.h"

#include "bandwidthlimiter.h"
#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "core/crc64.h"
#include "core/localpath.h"
#include "core/transferjournal.h"
#include "core/uploadencoding.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QStorageInfo>
#include <QThreadPool>
#include <QTimer>

#include <zlib.h>

namespace sucai::transfer {

using cloud::StorageError;
using core::TransferState;

namespace {
constexpr qint64 kSpeedWindowMs = 5000;

struct LocalHashes
{
    QByteArray md5;
    quint64 crc64 = 0;
    quint32 crc32 = 0;
    bool ok = false;
};

// Hashes [offset, offset+length) of a file. Runs on the engine's thread (never the GUI's).
LocalHashes hashFile(const QString &path, qint64 offset, qint64 length)
{
    LocalHashes h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return h;
    QCryptographicHash md5(QCryptographicHash::Md5);
    core::Crc64 crc;
    uLong crc32 = ::crc32(0, nullptr, 0);
    QByteArray buf(1024 * 1024, Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 n = f.read(buf.data(), qMin<qint64>(left, buf.size()));
        if (n <= 0)
            return h;
        md5.addData(QByteArrayView(buf.constData(), n));
        crc.update(QByteArrayView(buf.constData(), n));
        crc32 = ::crc32(crc32, reinterpret_cast<const Bytef *>(buf.constData()), uInt(n));
        left -= n;
    }
    h.md5 = md5.result();
    h.crc64 = crc.value();
    h.crc32 = quint32(crc32);
    h.ok = true;
    return h;
}

// Same content? Size first, then the strongest checksum the server offers.
bool identical(const QString &path, qint64 localSize, const cloud::ObjectMeta &remote)
{
    if (localSize != remote.size)
        return false;
    const bool md5Etag = remote.etag.size() == 32 && !remote.etag.contains('-');
    if (!remote.crc64 && !md5Etag)
        return false; // nothing to compare content with: not provably identical
    const LocalHashes h = hashFile(path, 0, localSize);
    if (!h.ok)
        return false;
    if (remote.crc64)
        return *remote.crc64 == h.crc64;
    return remote.etag.toLower() == h.md5.toHex();
}
} // namespace

// --- TransferTask ----------------------------------------------------------------------------

TransferTask::TransferTask(TransferEngine *engine, core::TransferRecord record,
                           TransferEngine::UploadOptions options)
    : QObject(engine)
    , m_engine(engine)
    , m_record(std::move(record))
    , m_options(std::move(options))
    , m_committed(m_record.bytesDone)
{
    m_clock.start();
}

TransferTask::~TransferTask()
{
    ++m_generation;
    stopJobs();
}

cloud::StorageClient *TransferTask::client() const
{
    return m_engine->clientFor(m_record.profile);
}

qint64 TransferTask::bytesDone() const
{
    qint64 n = m_committed;
    for (const qint64 v : m_jobs)
        n += v;
    return m_record.size >= 0 ? qMin(n, m_record.size) : n;
}

TransferSnapshot TransferTask::snapshot() const
{
    TransferSnapshot s;
    s.id = m_record.id;
    s.batchId = m_record.batchId;
    s.direction = m_record.direction;
    s.state = m_record.state;
    s.bucket = m_record.bucket;
    s.key = m_record.key;
    s.localPath = m_record.localPath;
    s.size = m_record.size;
    s.bytesDone = bytesDone();
    s.partsDone = partsDone();
    s.partsTotal = partsTotal();
    s.error = m_record.error;
    s.note = m_note;
    s.replacedExisting = m_replacedExisting;
    s.profile = m_record.profile;
    if (m_samples.size() >= 2) {
        const auto &[t0, b0] = m_samples.first();
        const auto &[t1, b1] = m_samples.last();
        if (t1 > t0)
            s.speed = double(b1 - b0) * 1000.0 / double(t1 - t0);
    }
    return s;
}

void TransferTask::setState(TransferState state, const QString &error)
{
    m_record.state = state;
    m_record.error = error;
    m_record.bytesDone = bytesDone();
    // Running is not written: the journal brings a Running task back as Queued anyway, so the
    // row says Queued until the task stops or ends, and a small file costs one commit in all.
    if (core::TransferJournal *j = m_engine->journal();
        j && m_record.id > 0 && state != TransferState::Running) {
        j->setState(m_record.id, state, error, m_record.bytesDone, m_resultEtag, m_resultUrl);
    }
    m_engine->taskChanged(this);
}

void TransferTask::start()
{
    if (m_record.state != TransferState::Queued)
        return;
    m_note.clear();
    m_waitingDecision = false;
    m_waitingCredentials = false;
    m_outageRetries = 0;
    setState(TransferState::Running);
    begin();
}

void TransferTask::stopJobs()
{
    const auto jobs = m_jobs.keys();
    m_jobs.clear();
    for (cloud::StorageJob *job : jobs)
        job->cancel(); // finished(Cancelled) comes back to a stale generation: ignored
}

void TransferTask::pause()
{
    if (m_record.state != TransferState::Running && m_record.state != TransferState::Queued)
        return;
    ++m_generation;
    stopJobs();
    onStopped(false);
    setState(TransferState::Paused);
    m_engine->taskEnded(this);
}

void TransferTask::cancel()
{
    if (m_record.state == TransferState::Done || m_record.state == TransferState::Cancelled)
        return;
    ++m_generation;
    stopJobs();
    onStopped(true);
    setState(TransferState::Cancelled);
    m_engine->taskEnded(this);
}

void TransferTask::retry()
{
    if (m_record.state != TransferState::Failed && m_record.state != TransferState::Paused)
        return;
    setState(TransferState::Queued);
    m_engine->scheduleSoon();
}

void TransferTask::resolveConflict(core::ConflictPolicy decision)
{
    if (!m_waitingDecision || m_record.state != TransferState::Running)
        return;
    m_waitingDecision = false;
    continueAfterConflict(decision);
}

void TransferTask::credentialsRefreshed()
{
    if (!m_waitingCredentials)
        return;
    m_waitingCredentials = false;
    if (m_record.state == TransferState::Paused) {
        setState(TransferState::Queued);
        m_engine->scheduleSoon();
    }
}

bool TransferTask::handleExpired(const StorageError &e)
{
    bool expired =
        e.code == "ExpiredToken" || e.code == "InvalidToken" || e.code == "TokenRefreshRequired";
    if (!expired && e.httpStatus == 403) {
        // Ceph RGW with STS on answers an expired session with a bare AccessDenied: with
        // temporary credentials at (or past) their end, that is the same thing.
        const cloud::StorageClient *c = client();
        const cloud::Credentials creds = c ? c->credentials() : cloud::Credentials();
        expired = creds.isTemporary() && creds.expiresAt.isValid() &&
                  creds.expiresAt <= c->localTime().addSecs(60);
    }
    if (!expired)
        return false;
    // Park instead of failing: the transfer goes on once the credentials are refreshed
    // (finished parts are kept); if nobody can refresh them, the user is asked to sign in.
    ++m_generation;
    stopJobs();
    m_waitingCredentials = true;
    setNote(tr("Waiting for new credentials: sign in again to continue."));
    setState(TransferState::Paused, e.toUserText());
    m_engine->taskNeedsCredentials(this);
    m_engine->taskEnded(this);
    return true;
}

void TransferTask::askUser()
{
    m_waitingDecision = true;
    setNote(tr("Waiting for your decision: the destination exists."));
    m_engine->taskAsks(this);
}

void TransferTask::setNote(const QString &note)
{
    m_note = note;
    m_engine->taskChanged(this);
}

void TransferTask::commitBytes(qint64 n)
{
    m_committed += n;
    m_engine->taskChanged(this);
}

void TransferTask::succeed(const QString &note)
{
    m_note = note;
    m_committed = m_record.size >= 0 ? m_record.size : m_committed;
    onDone();
    setState(TransferState::Done);
    m_engine->taskEnded(this);
}

void TransferTask::fail(const StorageError &error)
{
    if (error.kind == StorageError::Kind::Cancelled)
        return; // our own stop, already accounted for
    ++m_generation;
    stopJobs();
    // The server away for longer than a request's own retries: wait and go on from where the
    // task stopped (finished parts, the partial file), keeping its slot, before giving up.
    const bool outage = error.kind == StorageError::Kind::Network ||
                        error.kind == StorageError::Kind::Timeout ||
                        (error.kind == StorageError::Kind::Service && error.httpStatus >= 500);
    const QList<int> &delays = m_engine->settings().outageRetryDelaysMs;
    if (outage && m_outageRetries < delays.size()) {
        const int delayMs = delays.at(m_outageRetries++);
        onStopped(false);
        setNote(tr("%1 Trying again in %n s.", nullptr, qMax(1, (delayMs + 500) / 1000))
                    .arg(error.toUserText()));
        QTimer::singleShot(delayMs, this, [this, gen = m_generation] {
            if (gen != m_generation || m_record.state != TransferState::Running)
                return; // paused or cancelled while waiting
            setNote({});
            begin();
        });
        return;
    }
    setState(TransferState::Failed, error.toUserText());
    m_engine->taskEnded(this);
}

void TransferTask::trackJob(cloud::StorageJob *job, bool upload,
                            std::function<void(const StorageError &)> done)
{
    BandwidthLimiter *limiter = upload ? m_engine->uploadLimiter() : m_engine->downloadLimiter();
    QPointer<cloud::StorageJob> guard(job);
    const auto consumer = limiter->addConsumer([guard] {
        if (guard)
            guard->wake();
    });
    job->setThrottle(
        [limiter, consumer](qint64 wanted) { return limiter->request(consumer, wanted); });
    m_jobs.insert(job, 0);
    m_engine->requestStarted();
    connect(job, &cloud::StorageJob::progressChanged, this, [this, job](qint64 done, qint64) {
        auto it = m_jobs.find(job);
        if (it == m_jobs.end())
            return;
        *it = done;
        m_samples.append({m_clock.elapsed(), bytesDone()});
        while (m_samples.size() > 2 &&
               m_samples.last().first - m_samples.first().first > kSpeedWindowMs)
            m_samples.removeFirst();
        m_engine->taskChanged(this);
    });
    const int gen = m_generation;
    connect(
        job, &cloud::StorageJob::finished, this,
        [this, job, gen, limiter, consumer, upload, done = std::move(done)](const StorageError &e) {
            limiter->removeConsumer(consumer);
            const qint64 moved = m_jobs.value(job);
            m_jobs.remove(job);
            job->deleteLater();
            m_engine->noteRequest(m_record.profile, m_record.bucket, upload,
                                  e.ok() && upload ? moved : 0, e.ok() && !upload ? moved : 0);
            m_engine->requestEnded();
            if (gen != m_generation)
                return;
            if (e.ok())
                m_outageRetries = 0; // the server is back: a later outage gets the full wait
            done(e);
        });
    job->start();
}

template<typename Job, typename F> void TransferTask::run(Job *job, bool upload, F done)
{
    trackJob(job, upload, [job, done](const StorageError &e) { done(job, e); });
}

// --- UploadTask ------------------------------------------------------------------------------
//
//   begin ─► local file checks ─► conflict? (HEAD) ─► ask/skip/keep both/overwrite
//     ─► size < threshold ─► PUT ─────────────────────────────────────────────► Done
//     └► multipart: create (or ListParts reconcile on resume) ─► parts ─► complete ─► HEAD verify
//     ─► Done

void UploadTask::begin()
{
    core::TransferRecord &r = rec();
    const QFileInfo info(r.localPath);
    if (!info.isFile()) {
        fail(StorageError::make(StorageError::Kind::LocalIo,
                                tr("%1 no longer exists.").arg(r.localPath)));
        return;
    }
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    const bool started = !r.uploadId.isEmpty() || r.bytesDone > 0;
    if (started && (info.size() != r.size || mtime != r.localMtimeMs)) {
        // Never upload a mix of the old and the new file.
        fail(StorageError::make(
            StorageError::Kind::LocalIo,
            tr("%1 changed after its upload began; start the upload again.").arg(r.localPath)));
        return;
    }
    r.size = info.size();
    r.localMtimeMs = mtime;
    // A gzip upload is compressed when it is sure to be sent (after the conflict check).
    m_bodyPath = options().gzip ? QString() : r.localPath;
    m_bodySize = options().gzip ? -1 : r.size;
    if (started || r.conflict == core::ConflictPolicy::Overwrite)
        upload();
    else
        checkRemote();
}

void UploadTask::prepareCompressed()
{
    const bool started = !rec().uploadId.isEmpty() || rec().bytesDone > 0;
    const QString staging = engine()->stagingPath(id());
    const QFileInfo have(staging);
    if (started && have.isFile() && have.size() > 0) {
        // The copy the interrupted upload was sending: its parts stay valid.
        m_bodyPath = staging;
        m_bodySize = have.size();
        upload();
        return;
    }
    if (started) {
        // The copy is gone (a cleaned temporary folder): what the server holds of it cannot be
        // matched against a new one with certainty, so the upload starts over.
        if (core::TransferJournal *j = engine()->journal())
            j->clearMultipart(id());
        abortHeldUpload();
        commitBytes(-bytesDone());
    }
    QDir().mkpath(QFileInfo(staging).absolutePath());
    setNote(tr("Compressing (gzip)..."));
    // Off the engine's thread: a big text file takes a while, and other transfers go on.
    auto promise = std::make_shared<QPromise<std::pair<qint64, QString>>>();
    auto *watcher = new QFutureWatcher<std::pair<qint64, QString>>(this);
    const int gen = generation();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, staging] {
        const auto [size, error] = watcher->result();
        watcher->deleteLater();
        if (gen != generation())
            return; // paused or cancelled meanwhile
        setNote({});
        if (size < 0) {
            fail(StorageError::make(StorageError::Kind::LocalIo, error));
            return;
        }
        m_bodyPath = staging;
        m_bodySize = size;
        upload();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, source = rec().localPath, staging] {
        QString error;
        const auto size = core::UploadEncoding::gzipFile(source, staging, &error);
        promise->addResult(std::pair<qint64, QString>{size.value_or(-1), error});
        promise->finish();
    });
}

void UploadTask::checkRemote()
{
    run(client()->headObject(rec().bucket, rec().key), false,
        [this](cloud::HeadObjectJob *job, const StorageError &e) {
            if (e.code == "NoSuchKey") {
                upload();
                return;
            }
            if (!e.ok()) {
                fail(e);
                return;
            }
            switch (rec().conflict) {
            case core::ConflictPolicy::Skip:
                succeed(tr("Skipped: the object exists."));
                return;
            case core::ConflictPolicy::SkipIfIdentical:
                if (identical(rec().localPath, rec().size, job->meta())) {
                    succeed(tr("Skipped: identical to the object on the server."));
                    return;
                }
                markReplacedExisting();
                upload(); // different content: overwrite
                return;
            case core::ConflictPolicy::KeepBoth:
                probeKeepBoth(1);
                return;
            case core::ConflictPolicy::Ask:
                askUser();
                return;
            case core::ConflictPolicy::Overwrite:
                markReplacedExisting();
                upload();
                return;
            }
        });
}

void UploadTask::continueAfterConflict(core::ConflictPolicy decision)
{
    setNote({});
    rec().conflict = decision;
    switch (decision) {
    case core::ConflictPolicy::Skip:
        succeed(tr("Skipped: the object exists."));
        return;
    case core::ConflictPolicy::KeepBoth:
        probeKeepBoth(1);
        return;
    default:
        markReplacedExisting(); // asked because it exists; the user chose to replace it
        upload();
    }
}

void UploadTask::probeKeepBoth(int n)
{
    if (n > 999) {
        fail(StorageError::make(StorageError::Kind::InvalidArgument,
                                tr("No free name found for %1.").arg(rec().key)));
        return;
    }
    const QString candidate = core::keepBothName(rec().key, n);
    run(client()->headObject(rec().bucket, candidate), false,
        [this, n, candidate](cloud::HeadObjectJob *, const StorageError &e) {
            if (e.code == "NoSuchKey") {
                rec().key = candidate;
                setNote(tr("Uploaded as %1").arg(candidate));
                upload();
            } else if (e.ok()) {
                probeKeepBoth(n + 1);
            } else {
                fail(e);
            }
        });
}

void UploadTask::upload()
{
    if (m_bodyPath.isEmpty()) {
        prepareCompressed(); // calls upload() again when the copy is ready
        return;
    }
    const qint64 threshold = engine()->settings().multipartThreshold;
    if (rec().uploadId.isEmpty() && m_bodySize < threshold)
        putSingle();
    else
        startMultipart();
}

void UploadTask::putSingle()
{
    run(client()->putObject(rec().bucket, rec().key, m_bodyPath, options().headers), true,
        [this](cloud::PutObjectJob *job, const StorageError &e) {
            if (handleExpired(e))
                return;
            if (!e.ok()) {
                fail(e);
                return;
            }
            setResult(job->result().etag,
                      client()->endpoint().objectUrl(rec().bucket, rec().key).toString());
            succeed(note());
        });
}

void UploadTask::startMultipart()
{
    core::TransferRecord &r = rec();
    const qint64 preferred = r.partSize > 0 ? r.partSize : engine()->settings().partSize;
    m_plan = core::MultipartPlan::forSize(m_bodySize, preferred);
    if (!m_plan.isValid()) {
        fail(StorageError::make(StorageError::Kind::InvalidArgument,
                                tr("%1 is too large for the storage service.").arg(r.localPath)));
        return;
    }
    m_pending.clear();
    m_partsRunning = 0;
    m_completing = false;
    if (!r.uploadId.isEmpty() && r.partSize == m_plan.partSize) {
        reconcileParts(); // replaces m_doneParts once the server answers
        return;
    }
    m_doneParts.clear();
    m_crc32Parts = client()->trailingChecksums();
    run(client()->createMultipartUpload(r.bucket, r.key, options().headers, m_crc32Parts), true,
        [this](cloud::CreateMultipartUploadJob *job, const StorageError &e) {
            if (handleExpired(e))
                return;
            if (!e.ok()) {
                fail(e);
                return;
            }
            rec().uploadId = job->uploadId();
            rec().partSize = m_plan.partSize;
            if (core::TransferJournal *j = engine()->journal())
                j->setMultipart(id(), rec().uploadId, rec().partSize);
            for (int n = 1; n <= m_plan.partCount; ++n)
                m_pending.append(n);
            engine()->schedule();
        });
}

void UploadTask::reconcileParts()
{
    // What the journal says is finished, checked against what the server holds: a part counts
    // only when both agree (ETag and size). Parts the server holds but the journal missed (a
    // crash between the two) are checked against the local bytes instead of being sent again.
    QMap<int, core::PartRecord> journalParts;
    if (core::TransferJournal *j = engine()->journal()) {
        for (const auto &p : j->parts(id()))
            journalParts.insert(p.partNumber, p);
    }
    run(client()->listParts(rec().bucket, rec().key, rec().uploadId), false,
        [this, journalParts](cloud::ListPartsJob *job, const StorageError &e) {
            if (handleExpired(e))
                return;
            if (e.code == "NoSuchUpload" || e.code == "NoSuchKey") {
                // The upload is gone (aborted, expired by a lifecycle rule): start a new one.
                if (core::TransferJournal *j = engine()->journal())
                    j->clearMultipart(id());
                rec().uploadId.clear();
                commitBytes(-bytesDone());
                startMultipart();
                return;
            }
            if (!e.ok()) {
                fail(e);
                return;
            }
            m_doneParts.clear();
            m_crc32Parts = job->checksumAlgorithm() == "CRC32";
            QMap<int, cloud::PartInfo> server;
            for (const auto &p : job->parts())
                server.insert(p.partNumber, p);
            qint64 committed = 0;
            for (int n = 1; n <= m_plan.partCount; ++n) {
                const qint64 len = m_plan.lengthOf(n);
                const auto s = server.constFind(n);
                const bool onServer = s != server.constEnd() && s->size == len;
                const auto jp = journalParts.constFind(n);
                if (onServer && jp != journalParts.constEnd() && jp->etag == s->etag &&
                    (!m_crc32Parts || jp->crc32 || s->crc32)) {
                    core::PartRecord pr = *jp;
                    if (m_crc32Parts && !pr.crc32)
                        pr.crc32 = s->crc32;
                    m_doneParts.insert(n, pr);
                    committed += len;
                    continue;
                }
                if (onServer && s->etag.size() == 32) {
                    const LocalHashes h = hashFile(m_bodyPath, m_plan.offsetOf(n), len);
                    if (h.ok && h.md5.toHex() == s->etag.toLower() &&
                        (!s->crc32 || *s->crc32 == h.crc32)) {
                        core::PartRecord pr{n, len, s->etag, h.crc64, h.md5, {}};
                        if (m_crc32Parts)
                            pr.crc32 = h.crc32;
                        m_doneParts.insert(n, pr);
                        if (core::TransferJournal *j = engine()->journal())
                            j->addPart(id(), pr);
                        committed += len;
                        continue;
                    }
                }
                m_pending.append(n);
            }
            setCommitted(committed);
            if (m_pending.isEmpty())
                complete();
            else
                engine()->schedule();
        });
}

void UploadTask::setCommitted(qint64 committed)
{
    commitBytes(committed - bytesDone());
}

bool UploadTask::wantsMoreRequests() const
{
    return isActive() && !m_pending.isEmpty() && !m_completing &&
           m_partsRunning < engine()->settings().maxPartsPerFile;
}

void UploadTask::startMoreRequests()
{
    if (!wantsMoreRequests())
        return;
    startPart(m_pending.takeFirst());
}

void UploadTask::startPart(int n)
{
    ++m_partsRunning;
    const qint64 len = m_plan.lengthOf(n);
    run(client()->uploadPart(rec().bucket, rec().key, rec().uploadId, n, m_bodyPath,
                             m_plan.offsetOf(n), len, m_crc32Parts),
        true, [this, n, len](cloud::UploadPartJob *job, const StorageError &e) {
            --m_partsRunning;
            if (handleExpired(e))
                return;
            if (e.code == "NoSuchUpload") {
                // Gone under us: the next start reconciles and begins a new upload.
                if (core::TransferJournal *j = engine()->journal())
                    j->clearMultipart(id());
                rec().uploadId.clear();
                fail(e);
                return;
            }
            if (!e.ok()) {
                fail(e);
                return;
            }
            core::PartRecord pr{
                n, len, job->part().etag, job->crc64(), job->md5(), job->part().crc32};
            m_doneParts.insert(n, pr);
            // Journal first: from here on this part is never sent again.
            if (core::TransferJournal *j = engine()->journal())
                j->addPart(id(), pr);
            commitBytes(len);
            if (m_pending.isEmpty() && m_partsRunning == 0)
                complete();
            else
                engine()->schedule();
        });
}

void UploadTask::complete()
{
    if (m_completing)
        return;
    m_completing = true;
    QList<cloud::PartInfo> parts;
    for (const auto &p : std::as_const(m_doneParts))
        parts.append({p.partNumber, p.etag, p.size, {}, p.crc32});
    run(client()->completeMultipartUpload(rec().bucket, rec().key, rec().uploadId, parts), true,
        [this](cloud::CompleteMultipartUploadJob *, const StorageError &e) {
            if (handleExpired(e))
                return;
            // Qt may resend a Complete whose answer was lost; the repeat then meets
            // NoSuchUpload although the first one succeeded. HEAD tells either way.
            if (!e.ok() && e.kind != StorageError::Kind::Network &&
                e.kind != StorageError::Kind::Timeout && e.code != "NoSuchUpload") {
                m_completing = false;
                fail(e);
                return;
            }
            // Also after a network error: the server may have completed it; HEAD tells.
            verify();
        });
}

void UploadTask::verify()
{
    quint64 crc = 0;
    for (const auto &p : std::as_const(m_doneParts))
        crc = core::Crc64::combine(crc, p.crc64, p.size);
    run(client()->headObject(rec().bucket, rec().key), false,
        [this, crc](cloud::HeadObjectJob *job, const StorageError &e) {
            m_completing = false;
            if (!e.ok()) {
                fail(e);
                return;
            }
            const cloud::ObjectMeta &m = job->meta();
            const QByteArray suffix = '-' + QByteArray::number(m_plan.partCount);
            if (m.size != m_bodySize || (!m.etag.endsWith(suffix) && !m.crc64)) {
                fail(StorageError::make(StorageError::Kind::Integrity,
                                        tr("The server holds %1 bytes for %2, the file has %3.")
                                            .arg(m.size)
                                            .arg(rec().key)
                                            .arg(m_bodySize)));
                return;
            }
            if (m.crc64 && *m.crc64 != crc) {
                fail(
                    StorageError::make(StorageError::Kind::Integrity,
                                       tr("CRC64 mismatch: the server reports %1, the file has %2.")
                                           .arg(*m.crc64)
                                           .arg(crc)));
                return;
            }
            setResult(m.etag, client()->endpoint().objectUrl(rec().bucket, rec().key).toString());
            rec().uploadId.clear();
            succeed(note());
        });
}

void UploadTask::onStopped(bool cancelled)
{
    m_pending.clear();
    m_partsRunning = 0;
    m_completing = false;
    if (cancelled) {
        abortHeldUpload();
        if (options().gzip)
            QFile::remove(engine()->stagingPath(id()));
    }
}

void UploadTask::onDone()
{
    if (options().gzip)
        QFile::remove(engine()->stagingPath(id()));
}

void UploadTask::abortHeldUpload()
{
    if (rec().uploadId.isEmpty())
        return;
    // The journal moved the upload id to its abandoned list (Cancelled, clearMultipart); abort
    // it now, and forget it once the server confirms.
    auto *job = client()->abortMultipartUpload(rec().bucket, rec().key, rec().uploadId);
    const QString profile = rec().profile;
    const QString bucket = rec().bucket;
    const QByteArray uploadId = rec().uploadId;
    QPointer<TransferEngine> eng(engine());
    connect(job, &cloud::StorageJob::finished, engine(),
            [job, eng, profile, bucket, uploadId](const StorageError &e) {
                job->deleteLater();
                if (eng && eng->journal() && (e.ok() || e.code == "NoSuchUpload"))
                    eng->journal()->forgetAbandonedUpload(profile, bucket, uploadId);
            });
    job->start();
    rec().uploadId.clear();
}

// --- DownloadTask ----------------------------------------------------------------------------
//
//   begin ─► HEAD (size, ETag) ─► local conflict? ─► ask/skip/keep both/overwrite
//        ─► disk space check ─► GET (resumed with Range + If-Match when a partial file matches)
//        ─► verified, renamed into place ─► Done

void DownloadTask::begin()
{
    run(client()->headObject(rec().bucket, rec().key), false,
        [this](cloud::HeadObjectJob *job, const StorageError &e) {
            if (handleExpired(e))
                return;
            if (!e.ok()) {
                fail(e);
                return;
            }
            m_meta = job->meta();
            core::TransferRecord &r = rec();
            const QString partial = cloud::GetObjectJob::partialPath(r.localPath);
            if (!r.remoteEtag.isEmpty() && r.remoteEtag != m_meta.etag)
                QFile::remove(partial); // the object changed since: its old bytes are useless
            r.size = m_meta.size;
            r.remoteEtag = m_meta.etag;
            if (core::TransferJournal *j = engine()->journal())
                j->setRemoteEtag(id(), r.remoteEtag);
            const bool started = QFileInfo::exists(partial);
            if (!started && QFileInfo::exists(r.localPath) &&
                r.conflict != core::ConflictPolicy::Overwrite) {
                switch (r.conflict) {
                case core::ConflictPolicy::Skip:
                    succeed(tr("Skipped: the file exists."));
                    return;
                case core::ConflictPolicy::SkipIfIdentical:
                    if (identical(r.localPath, QFileInfo(r.localPath).size(), m_meta)) {
                        succeed(tr("Skipped: identical to the local file."));
                        return;
                    }
                    break;
                case core::ConflictPolicy::KeepBoth:
                    continueAfterConflict(core::ConflictPolicy::KeepBoth);
                    return;
                case core::ConflictPolicy::Ask:
                    askUser();
                    return;
                case core::ConflictPolicy::Overwrite:
                    break;
                }
            }
            fetch();
        });
}

void DownloadTask::continueAfterConflict(core::ConflictPolicy decision)
{
    setNote({});
    core::TransferRecord &r = rec();
    switch (decision) {
    case core::ConflictPolicy::Skip:
        succeed(tr("Skipped: the file exists."));
        return;
    case core::ConflictPolicy::KeepBoth:
        for (int n = 1; n < 1000; ++n) {
            const QString candidate = core::keepBothName(r.localPath, n);
            if (!QFileInfo::exists(candidate) &&
                !QFileInfo::exists(cloud::GetObjectJob::partialPath(candidate))) {
                r.localPath = candidate;
                setNote(tr("Saved as %1").arg(QFileInfo(candidate).fileName()));
                fetch();
                return;
            }
        }
        fail(StorageError::make(StorageError::Kind::LocalIo,
                                tr("No free name found for %1.").arg(r.localPath)));
        return;
    default:
        fetch();
    }
}

void DownloadTask::fetch()
{
    core::TransferRecord &r = rec();
    const QFileInfo target(r.localPath);
    if (!QDir().mkpath(target.absolutePath())) {
        fail(StorageError::make(StorageError::Kind::LocalIo,
                                tr("Cannot create the folder %1.").arg(target.absolutePath())));
        return;
    }
    const qint64 have = QFileInfo(cloud::GetObjectJob::partialPath(r.localPath)).size();
    const QStorageInfo disk(target.absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < r.size - have) {
        fail(StorageError::make(StorageError::Kind::LocalIo,
                                tr("Not enough disk space for %1: %2 bytes needed, %3 free.")
                                    .arg(r.localPath)
                                    .arg(r.size - have)
                                    .arg(disk.bytesAvailable())));
        return;
    }
    auto *job = client()->getObject(r.bucket, r.key, r.localPath);
    job->setResume(r.remoteEtag);
    commitBytes(have - bytesDone()); // bytes already on disk count as done
    run(job, false, [this, have](cloud::GetObjectJob *, const StorageError &e) {
        if (handleExpired(e))
            return;
        if (e.httpStatus == 412 || e.httpStatus == 416) {
            // The object changed (or the partial file is stale): the job removed the partial
            // file; start over once.
            commitBytes(-have);
            rec().remoteEtag.clear();
            begin();
            return;
        }
        if (!e.ok()) {
            fail(e);
            return;
        }
        setResult(m_meta.etag, rec().localPath);
        succeed(note());
    });
}

void DownloadTask::onStopped(bool cancelled)
{
    if (cancelled) // a paused download keeps its partial file to resume from
        QFile::remove(cloud::GetObjectJob::partialPath(rec().localPath));
}

} // namespace sucai::transfer
