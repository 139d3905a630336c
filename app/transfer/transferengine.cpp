#include "transferengine.h"

#include "bandwidthlimiter.h"
#include "cloud/storagejobs.h"
#include "core/transferjournal.h"
#include "core/uploadencoding.h"
#include "core/usageledger.h"
#include "transfertask.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace sucai::transfer {

namespace {
// Qt's HTTP/1.1 pool: at most 6 connections per host per QNetworkAccessManager.
constexpr int kConnectionsPerManager = 6;
constexpr int kMaxManagers = 8;
constexpr int kUpdateIntervalMs = 200;

// The headers an upload was queued with, as the journal keeps them (JSON).
QByteArray encodeHeaders(const cloud::ObjectHeaders &h)
{
    QJsonObject meta;
    for (const auto &[k, v] : h.userMetadata)
        meta.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    const QJsonObject o{
        {QStringLiteral("contentType"), QString::fromUtf8(h.contentType)},
        {QStringLiteral("cacheControl"), QString::fromUtf8(h.cacheControl)},
        {QStringLiteral("contentDisposition"), QString::fromUtf8(h.contentDisposition)},
        {QStringLiteral("contentEncoding"), QString::fromUtf8(h.contentEncoding)},
        {QStringLiteral("storageClass"), QString::fromUtf8(h.storageClass)},
        {QStringLiteral("metadata"), meta}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeOptions(const TransferEngine::UploadOptions &options)
{
    QJsonObject o = QJsonDocument::fromJson(encodeHeaders(options.headers)).object();
    if (options.gzip)
        o.insert(QStringLiteral("compress"), QStringLiteral("gzip"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

cloud::ObjectHeaders decodeHeaders(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    cloud::ObjectHeaders h;
    h.contentType = o.value(QStringLiteral("contentType")).toString().toUtf8();
    h.cacheControl = o.value(QStringLiteral("cacheControl")).toString().toUtf8();
    h.contentDisposition = o.value(QStringLiteral("contentDisposition")).toString().toUtf8();
    h.contentEncoding = o.value(QStringLiteral("contentEncoding")).toString().toUtf8();
    h.storageClass = o.value(QStringLiteral("storageClass")).toString().toUtf8();
    const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it)
        h.userMetadata.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    return h;
}
} // namespace

TransferEngine::TransferEngine(core::TransferJournal *journal, core::UsageLedger *ledger,
                               QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_ledger(ledger)
    , m_updateTimer(this) // a child, so that it moves to the engine's thread with it
    , m_upLimiter(new BandwidthLimiter(this))
    , m_downLimiter(new BandwidthLimiter(this))
{
    qRegisterMetaType<TransferSnapshot>();
    m_updateTimer.setInterval(kUpdateIntervalMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &TransferEngine::flushUpdates);
}

TransferEngine::~TransferEngine()
{
    // Tasks first (they cancel their jobs), then the clients, then the managers.
    qDeleteAll(m_tasks);
    m_tasks.clear();
    for (auto &p : m_profiles)
        qDeleteAll(p.clients);
    qDeleteAll(m_networks);
}

void TransferEngine::ensureNetworks(int count)
{
    count = qBound(1, count, kMaxManagers);
    while (m_networks.size() < count) {
        // Created on first use, in the engine's own thread (it may have been moved there).
        auto *nam = new QNetworkAccessManager();
        nam->setAutoDeleteReplies(false);
        m_networks.append(nam);
    }
    for (auto &p : m_profiles) {
        while (p.clients.size() < m_networks.size()) {
            auto *c =
                new cloud::StorageClient(m_networks[p.clients.size()], p.endpoint, p.signature);
            c->setCredentials(p.credentials);
            c->setRetrySettings(m_settings.requestRetries);
            p.clients.append(c);
        }
    }
}

void TransferEngine::addProfile(const QString &name, const cloud::Endpoint &endpoint,
                                cloud::SignatureKind signature,
                                const cloud::Credentials &credentials)
{
    Profile &p = m_profiles[name];
    qDeleteAll(p.clients);
    p.clients.clear();
    p.endpoint = endpoint;
    p.signature = signature;
    p.credentials = credentials;
}

void TransferEngine::setCredentials(const QString &profile, const cloud::Credentials &credentials)
{
    auto it = m_profiles.find(profile);
    if (it == m_profiles.end())
        return;
    it->credentials = credentials;
    for (auto *c : std::as_const(it->clients))
        c->setCredentials(credentials);
    for (TransferTask *t : std::as_const(m_tasks)) {
        if (t->record().profile == profile)
            t->credentialsRefreshed();
    }
}

cloud::StorageClient *TransferEngine::clientFor(const QString &profile)
{
    ensureNetworks((m_settings.maxRequests + kConnectionsPerManager - 1) / kConnectionsPerManager);
    auto it = m_profiles.find(profile);
    if (it == m_profiles.end() || it->clients.isEmpty())
        return nullptr;
    // Round robin over the managers spreads connections; each job stays on one.
    return it->clients.at(int(m_roundRobin++ % quint64(it->clients.size())));
}

void TransferEngine::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxTasks = qMax(1, m_settings.maxTasks);
    m_settings.maxPartsPerFile = qMax(1, m_settings.maxPartsPerFile);
    m_settings.maxRequests = qMax(m_settings.maxTasks, m_settings.maxRequests);
    for (auto &p : m_profiles) {
        for (cloud::StorageClient *c : std::as_const(p.clients))
            c->setRetrySettings(m_settings.requestRetries);
    }
    schedule();
}

void TransferEngine::setMaxTasks(int n)
{
    Settings s = m_settings;
    s.maxTasks = n;
    s.maxRequests = qMax(s.maxRequests, n * 2);
    setSettings(s);
}

void TransferEngine::setMaxPartsPerFile(int n)
{
    Settings s = m_settings;
    s.maxPartsPerFile = n;
    setSettings(s);
}

void TransferEngine::setUploadRate(qint64 bytesPerSecond)
{
    m_upLimiter->setRate(bytesPerSecond);
}

void TransferEngine::setDownloadRate(qint64 bytesPerSecond)
{
    m_downLimiter->setRate(bytesPerSecond);
}

qint64 TransferEngine::newBatch(const QString &label)
{
    return m_journal ? m_journal->addBatch(label) : 0;
}

TransferTask *TransferEngine::createTask(const core::TransferRecord &record,
                                         const UploadOptions &options)
{
    core::TransferRecord r = record;
    if (r.id < 0) // not in the journal: the engine numbers the queue itself
        r.position = m_nextMemoryPosition;
    m_nextMemoryPosition = qMax(m_nextMemoryPosition, std::floor(r.position) + 1);
    TransferTask *task = r.direction == core::TransferDirection::Upload
                             ? static_cast<TransferTask *>(new UploadTask(this, r, options))
                             : static_cast<TransferTask *>(new DownloadTask(this, r, options));
    m_tasks.append(task);
    m_byId.insert(task->id(), task);
    account(task);
    m_wasIdle = false; // so that idle() follows, even if the task ends at once
    Q_EMIT taskAdded(task->snapshot());
    return task;
}

void TransferEngine::account(TransferTask *task)
{
    TransferTask::Filed &f = task->m_filed;
    const core::TransferState state = task->state();
    const bool queued = state == core::TransferState::Queued;
    const bool running = state == core::TransferState::Running;
    const QueueKey key{task->record().position, task->id()};
    if (f.queued != queued || f.running != running || f.key != key) {
        unfile(task);
        f.key = key;
        if (queued)
            m_queued.emplace(key, task);
        else if (running)
            m_running.emplace(key, task);
        f.queued = queued;
        f.running = running;
    }
    const qint64 size = qMax<qint64>(0, task->record().size);
    m_totalBytes += size - f.size;
    f.size = size;
    const qint64 bytes = task->bytesDone();
    m_doneBytes += bytes - f.bytes;
    f.bytes = bytes;
}

void TransferEngine::unfile(TransferTask *task)
{
    TransferTask::Filed &f = task->m_filed;
    if (f.queued)
        m_queued.erase(f.key);
    if (f.running)
        m_running.erase(f.key);
    f.queued = f.running = false;
}

core::TransferRecord TransferEngine::uploadRecord(qint64 batchId, const QString &profile,
                                                  const QString &localPath, const QString &bucket,
                                                  const QString &key, UploadOptions &options) const
{
    const QFileInfo info(localPath);
    core::TransferRecord r;
    r.batchId = batchId;
    r.direction = core::TransferDirection::Upload;
    r.profile = profile;
    r.bucket = bucket;
    r.key = key;
    r.localPath = info.absoluteFilePath();
    r.size = info.size();
    r.localMtimeMs = info.lastModified().toMSecsSinceEpoch();
    r.conflict = options.conflict;
    if (options.headers.contentType.isEmpty()) {
        static const QMimeDatabase db;
        options.headers.contentType =
            db.mimeTypeForFile(localPath, QMimeDatabase::MatchExtension).name().toUtf8();
    }
    if (!options.gzip && options.headers.contentEncoding.isEmpty() &&
        core::UploadEncoding::matches(localPath, options.gzipExtensions))
        options.gzip = true;
    if (options.gzip)
        options.headers.contentEncoding = "gzip";
    r.headers = encodeOptions(options);
    return r;
}

qint64 TransferEngine::enqueueUpload(qint64 batchId, const QString &profile,
                                     const QString &localPath, const QString &bucket,
                                     const QString &key, const UploadOptions &options)
{
    const QList<qint64> ids =
        enqueueUploads(batchId, profile, bucket, {UploadItem{localPath, key}}, options);
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> TransferEngine::enqueueUploads(qint64 batchId, const QString &profile,
                                             const QString &bucket, const QList<UploadItem> &items,
                                             const UploadOptions &options)
{
    if (!m_profiles.contains(profile) || items.isEmpty())
        return {}; // a programming error: the caller adds the profile first
    QList<core::TransferRecord> records;
    QList<UploadOptions> opts;
    records.reserve(items.size());
    opts.reserve(items.size());
    for (const UploadItem &item : items) {
        UploadOptions o = options;
        records.append(uploadRecord(batchId, profile, item.localPath, bucket, item.key, o));
        opts.append(std::move(o));
    }
    if (m_journal)
        m_journal->addTransfers(records); // one transaction for the lot
    QList<qint64> ids;
    ids.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        core::TransferRecord &r = records[i];
        if (r.id == 0)
            r.id = m_nextMemoryId--;
        createTask(r, opts[i]);
        ids.append(r.id);
    }
    scheduleSoon();
    return ids;
}

qint64 TransferEngine::enqueueDownload(qint64 batchId, const QString &profile,
                                       const QString &bucket, const QString &key,
                                       const QString &localPath, core::ConflictPolicy conflict,
                                       qint64 knownSize)
{
    if (!m_profiles.contains(profile))
        return 0;
    core::TransferRecord r;
    r.batchId = batchId;
    r.direction = core::TransferDirection::Download;
    r.profile = profile;
    r.bucket = bucket;
    r.key = key;
    r.localPath = QFileInfo(localPath).absoluteFilePath();
    r.size = knownSize;
    r.conflict = conflict;
    if (m_journal)
        m_journal->addTransfer(r);
    if (r.id == 0)
        r.id = m_nextMemoryId--;
    createTask(r, {});
    scheduleSoon();
    return r.id;
}

int TransferEngine::restore(bool paused)
{
    if (!m_journal)
        return 0;
    int n = 0;
    for (const core::TransferRecord &r : m_journal->unfinished()) {
        if (m_byId.contains(r.id) || !m_profiles.contains(r.profile))
            continue;
        UploadOptions opts;
        opts.conflict = r.conflict;
        opts.headers = decodeHeaders(r.headers);
        opts.gzip = QJsonDocument::fromJson(r.headers).object().value(QStringLiteral("compress")) ==
                    QStringLiteral("gzip");
        core::TransferRecord copy = r;
        if (copy.state == core::TransferState::Failed || copy.state == core::TransferState::Running)
            copy.state = core::TransferState::Queued; // --resume means: try them again
        if (paused && copy.state == core::TransferState::Queued)
            copy.state = core::TransferState::Paused;
        createTask(copy, opts);
        ++n;
    }
    abortAbandonedUploads();
    removeStaleStaging();
    scheduleSoon();
    return n;
}

QString TransferEngine::stagingPath(qint64 taskId)
{
    QString dir = m_settings.stagingDir;
    if (dir.isEmpty() && m_journal && !m_journal->path().isEmpty())
        dir = m_journal->path() + QStringLiteral(".staging"); // one per journal
    if (dir.isEmpty()) {
        if (!m_tempStaging)
            m_tempStaging = std::make_unique<QTemporaryDir>();
        dir = m_tempStaging->path();
    }
    return dir + QStringLiteral("/upload-%1.gz").arg(taskId); // the folder is made on first use
}

void TransferEngine::removeStaleStaging()
{
    // Compressed copies whose task is gone (done, cancelled, removed in another run).
    const QString dir = QFileInfo(stagingPath(0)).absolutePath();
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("upload-*.gz")}, QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        bool ok = false;
        const qint64 id = name.mid(7, name.size() - 10).toLongLong(&ok);
        if (ok && !m_byId.contains(id))
            QFile::remove(dir + u'/' + name);
    }
}

void TransferEngine::abortAbandonedUploads()
{
    // Multipart uploads the journal no longer wants (cancelled, removed, replaced) still hold
    // storage on the server until aborted: abort them.
    for (const auto &a : m_journal->abandonedUploads()) {
        cloud::StorageClient *c = clientFor(a.profile);
        if (!c)
            continue;
        auto *job = c->abortMultipartUpload(a.bucket, a.key, a.uploadId);
        connect(job, &cloud::StorageJob::finished, this,
                [this, job, a](const cloud::StorageError &e) {
                    job->deleteLater();
                    if (e.ok() || e.code == "NoSuchUpload" || e.code == "NoSuchKey")
                        m_journal->forgetAbandonedUpload(a.profile, a.bucket, a.uploadId);
                });
        job->start();
    }
}

void TransferEngine::pause(qint64 id)
{
    if (TransferTask *t = m_byId.value(id))
        t->pause();
}

void TransferEngine::resume(qint64 id)
{
    if (TransferTask *t = m_byId.value(id))
        t->retry();
}

void TransferEngine::cancel(qint64 id)
{
    if (TransferTask *t = m_byId.value(id))
        t->cancel();
}

void TransferEngine::retry(qint64 id)
{
    if (TransferTask *t = m_byId.value(id))
        t->retry();
}

void TransferEngine::pauseAll()
{
    const auto tasks = m_tasks;
    for (TransferTask *t : tasks)
        t->pause();
}

void TransferEngine::resumeAll()
{
    const auto tasks = m_tasks;
    for (TransferTask *t : tasks) {
        if (t->state() == core::TransferState::Paused) {
            m_wasIdle = false;
            t->retry();
        }
    }
}

void TransferEngine::resolveConflict(qint64 id, core::ConflictPolicy decision)
{
    if (TransferTask *t = m_byId.value(id))
        t->resolveConflict(decision);
}

QList<TransferSnapshot> TransferEngine::snapshots() const
{
    QList<const TransferTask *> ordered(m_tasks.cbegin(), m_tasks.cend());
    std::sort(ordered.begin(), ordered.end(), [](const TransferTask *a, const TransferTask *b) {
        return QueueKey{a->record().position, a->id()} < QueueKey{b->record().position, b->id()};
    });
    QList<TransferSnapshot> out;
    out.reserve(ordered.size());
    for (const TransferTask *t : ordered)
        out.append(t->snapshot());
    return out;
}

namespace {
bool unfinished(const TransferTask *t)
{
    return t->state() != core::TransferState::Done && t->state() != core::TransferState::Cancelled;
}
} // namespace

QList<TransferTask *> TransferEngine::unfinishedInOrder() const
{
    QList<TransferTask *> ordered;
    for (TransferTask *t : m_tasks) {
        if (unfinished(t))
            ordered.append(t);
    }
    std::sort(ordered.begin(), ordered.end(), [](const TransferTask *a, const TransferTask *b) {
        return QueueKey{a->record().position, a->id()} < QueueKey{b->record().position, b->id()};
    });
    return ordered;
}

bool TransferEngine::moveBefore(qint64 id, qint64 beforeId)
{
    TransferTask *task = m_byId.value(id);
    TransferTask *before = beforeId ? m_byId.value(beforeId) : nullptr;
    if (!task || !unfinished(task) || id == beforeId || (beforeId && !before))
        return false;
    // Among the unfinished tasks (the journal's queue), the new position lies between `before`
    // and the task just ahead of it; moving to the end goes past the last one.
    const QList<TransferTask *> ordered = unfinishedInOrder();
    double position = 0;
    if (!before) {
        position = std::floor(ordered.isEmpty() ? 0 : ordered.last()->record().position) + 1;
    } else {
        const qsizetype at = ordered.indexOf(before);
        if (at < 0)
            return false;
        const double high = before->record().position;
        double low = high - 2;
        for (qsizetype i = at - 1; i >= 0; --i) {
            if (ordered[i] != task) {
                low = ordered[i]->record().position;
                break;
            }
        }
        position = (low + high) / 2;
        if (!(position > low && position < high)) {
            // Halving ran out of precision: renumber the queue 1, 2, 3... as the journal
            // does, then try again.
            if (m_journal)
                m_journal->normalizePositions();
            double p = 0;
            for (TransferTask *t : ordered) {
                t->rec().position = (p += 1);
                account(t);
            }
            return moveBefore(id, beforeId);
        }
    }
    task->rec().position = position;
    if (m_journal && task->id() > 0)
        m_journal->setPosition(task->id(), position);
    m_nextMemoryPosition = qMax(m_nextMemoryPosition, std::floor(position) + 1);
    taskChanged(task); // refiles it and tells the views
    scheduleSoon();
    return true;
}

bool TransferEngine::moveToFront(qint64 id)
{
    const TransferTask *task = m_byId.value(id);
    if (!task || !unfinished(task))
        return false;
    const QList<TransferTask *> ordered = unfinishedInOrder();
    if (ordered.first() == task)
        return true;
    return moveBefore(id, ordered.first()->id());
}

void TransferEngine::noteRequest(const QString &profile, const QString &bucket, bool write,
                                 qint64 up, qint64 down)
{
    if (m_ledger)
        m_ledger->add(profile, bucket, QDateTime::currentDateTimeUtc().date(), up, down,
                      write ? 0 : 1, write ? 1 : 0);
}

void TransferEngine::requestEnded()
{
    --m_requestsInFlight;
    scheduleSoon();
}

void TransferEngine::taskChanged(TransferTask *task)
{
    account(task);
    if (task->state() == core::TransferState::Queued ||
        task->state() == core::TransferState::Running)
        m_wasIdle = false; // so that idle() follows once it is all over
    m_dirty.insert(task);
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void TransferEngine::flushUpdates()
{
    const auto dirty = std::exchange(m_dirty, {});
    for (TransferTask *t : dirty)
        Q_EMIT taskUpdated(t->snapshot());
    if (m_dirty.isEmpty())
        m_updateTimer.stop();
}

void TransferEngine::taskEnded(TransferTask *task)
{
    m_dirty.remove(task);
    Q_EMIT taskFinished(task->snapshot());
    scheduleSoon();
}

void TransferEngine::taskNeedsCredentials(TransferTask *task)
{
    Q_EMIT credentialsExpired(task->record().profile);
}

void TransferEngine::taskAsks(TransferTask *task)
{
    Q_EMIT conflictRaised(task->id(), task->record().bucket, task->record().key,
                          task->record().localPath);
}

void TransferEngine::scheduleSoon()
{
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QMetaObject::invokeMethod(this, &TransferEngine::schedule, Qt::QueuedConnection);
}

void TransferEngine::schedule()
{
    m_schedulePending = false;
    if (m_scheduling) {
        m_scheduleAgain = true; // a task asked from inside the loop below: one more round
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        // New transfers in queue order while there is room: a small file starts as soon as a
        // slot is free, whatever big upload is running. Every step is O(log n): the queue is
        // kept sorted as tasks change state.
        while (int(m_running.size()) < m_settings.maxTasks && !m_queued.empty()) {
            TransferTask *t = m_queued.begin()->second;
            t->start(); // files it as running, or as ended when it finishes at once
            if (t->m_filed.queued)
                unfile(t); // cannot start: never spin on it
        }
        // Extra parts for multipart uploads, one per task per round (fair share), while the
        // total of requests in flight allows.
        QVarLengthArray<TransferTask *, 32> running;
        for (const auto &[key, t] : m_running)
            running.append(t);
        bool gave = true;
        while (gave && m_requestsInFlight < m_settings.maxRequests) {
            gave = false;
            for (TransferTask *t : running) {
                if (m_requestsInFlight >= m_settings.maxRequests)
                    break;
                if (t->isActive() && t->wantsMoreRequests()) {
                    t->startMoreRequests();
                    gave = true;
                }
            }
        }
    } while (m_scheduleAgain);
    m_scheduling = false;
    const bool nowIdle = isIdle();
    if (nowIdle && !m_wasIdle) {
        flushUpdates();
        if (m_ledger)
            m_ledger->flush();
        Q_EMIT idle();
    }
    m_wasIdle = nowIdle;
}

} // namespace sucai::transfer
