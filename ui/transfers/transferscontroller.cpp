#include "transferscontroller.h"

#include "cloud/cdnclient.h"
#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "models/transfermodel.h"
#include "transfer/transferservice.h"

namespace sucai::ui {

TransfersController::TransfersController(transfer::TransferService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(new models::TransferModel(this))
{
    transfer::TransferEngine *engine = service->engine();
    // Queued: the engine lives in its own thread.
    connect(engine, &transfer::TransferEngine::taskAdded, this, &TransfersController::onAdded);
    connect(engine, &transfer::TransferEngine::taskUpdated, m_model,
            &models::TransferModel::update);
    connect(engine, &transfer::TransferEngine::taskFinished, this,
            &TransfersController::onFinished);
    connect(engine, &transfer::TransferEngine::conflictRaised, this,
            [this](qint64 id, const QString &bucket, const QString &key, const QString &local) {
                if (m_conflictForAll) {
                    m_service->resolveConflict(id, *m_conflictForAll);
                    return;
                }
                // Where it exists: the bucket for an upload, this computer for a download.
                const auto snap = m_model->find(id);
                const bool upload = !snap || snap->direction == core::TransferDirection::Upload;
                Q_EMIT conflict(
                    id, upload ? tr("%1 already exists in the bucket.").arg(bucket + u'/' + key)
                               : tr("%1 already exists on this computer.").arg(local));
            });
    connect(service, &transfer::TransferService::warning, this, &TransfersController::message);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(800);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        const auto folders = std::exchange(m_changedFolders, {});
        for (const auto &[bucket, prefix] : folders)
            Q_EMIT folderChanged(bucket, prefix);
    });
}

TransfersController::~TransfersController() = default;

void TransfersController::setProfile(const QString &profile, cloud::StorageClient *client)
{
    m_profile = profile;
    m_client = client;
}

void TransfersController::onAdded(const transfer::TransferSnapshot &s)
{
    m_model->add(s);
    if (s.batchId == 0)
        return;
    BatchCount &b = m_batches[s.batchId];
    b.direction = s.direction;
    b.open.insert(s.id);
}

void TransfersController::onFinished(const transfer::TransferSnapshot &s)
{
    m_model->update(s);
    // Paused (by the user, or waiting for new credentials) is not the end of a batch.
    const bool ended = s.state == core::TransferState::Done ||
                       s.state == core::TransferState::Failed ||
                       s.state == core::TransferState::Cancelled;
    if (auto it = m_batches.find(s.batchId);
        ended && it != m_batches.end() && it->open.remove(s.id)) {
        if (s.state == core::TransferState::Done) {
            ++it->done;
            if (s.replacedExisting) {
                it->profile = s.profile;
                it->replaced[s.bucket].append(s.key);
            }
        } else {
            ++it->failed;
            if (it->firstError.isEmpty())
                it->firstError = s.error;
        }
        if (it->open.isEmpty()) {
            const BatchCount b = *it;
            m_batches.erase(it);
            Q_EMIT batchFinished(b.direction, b.done, b.failed, b.firstError);
            for (auto r = b.replaced.cbegin(); r != b.replaced.cend(); ++r)
                Q_EMIT replacedObjects(b.profile, r.key(), r.value());
        }
    }
    if (s.state != core::TransferState::Done || s.direction != core::TransferDirection::Upload)
        return;
    const QString prefix = s.key.left(s.key.lastIndexOf(u'/') + 1);
    const QPair<QString, QString> folder{s.bucket, prefix};
    if (!m_changedFolders.contains(folder))
        m_changedFolders.append(folder);
    if (!m_refresh.isActive())
        m_refresh.start();
}

void TransfersController::upload(const QStringList &localPaths, const QString &bucket,
                                 const QString &prefix)
{
    if (m_profile.isEmpty() || bucket.isEmpty() || localPaths.isEmpty())
        return;
    transfer::TransferEngine::UploadOptions options;
    options.conflict = core::ConflictPolicy::Ask;
    m_service->upload(m_profile, localPaths, bucket, prefix, options);
}

void TransfersController::download(const QString &bucket, const QStringList &keys,
                                   const QList<qint64> &sizes, const QString &basePrefix,
                                   const QString &localDir)
{
    if (m_profile.isEmpty() || keys.isEmpty())
        return;
    QStringList files;
    QList<qint64> fileSizes;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i].endsWith(u'/')) {
            listAndDownload(bucket, keys[i], basePrefix, localDir, {});
        } else {
            files.append(keys[i]);
            fileSizes.append(i < sizes.size() ? sizes[i] : -1);
        }
    }
    if (!files.isEmpty())
        m_service->download(m_profile, bucket, files, fileSizes, basePrefix, localDir);
}

void TransfersController::listAndDownload(const QString &bucket, const QString &prefix,
                                          const QString &basePrefix, const QString &localDir,
                                          const QByteArray &token)
{
    if (!m_client)
        return;
    cloud::ListObjectsParams params;
    params.prefix = prefix;
    params.continuationToken = token;
    auto *job = m_client->listObjects(bucket, params);
    connect(job, &cloud::StorageJob::finished, this, [=, this](const cloud::StorageError &e) {
        job->deleteLater();
        if (!e.ok()) {
            Q_EMIT message(tr("Cannot list %1: %2").arg(bucket + u'/' + prefix, e.toUserText()));
            return;
        }
        QStringList keys;
        QList<qint64> sizes;
        for (const cloud::ObjectInfo &o : job->page().objects) {
            if (o.key.endsWith(u'/'))
                continue; // a folder marker: the folder appears with its files
            keys.append(o.key);
            sizes.append(o.size);
        }
        if (!keys.isEmpty())
            m_service->download(m_profile, bucket, keys, sizes, basePrefix, localDir);
        if (job->page().isTruncated)
            listAndDownload(bucket, prefix, basePrefix, localDir,
                            job->page().nextContinuationToken);
    });
    job->start();
}

void TransfersController::pause(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_service->pause(id);
}

void TransfersController::resume(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_service->resume(id);
}

void TransfersController::cancel(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_service->cancel(id);
}

void TransfersController::moveToFront(const QList<qint64> &ids)
{
    // Last first, so that the selection keeps its order at the front.
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        m_service->moveToFront(*it);
}

void TransfersController::setMaxTasks(int n)
{
    m_service->post([n](transfer::TransferEngine *e) { e->setMaxTasks(n); });
}

void TransfersController::setRateLimit(qint64 bytesPerSecond)
{
    m_service->post([bytesPerSecond](transfer::TransferEngine *e) {
        e->setUploadRate(bytesPerSecond);
        e->setDownloadRate(bytesPerSecond);
    });
}

QStringList TransfersController::finishedUploadUrls(const QList<int> &rows) const
{
    QStringList urls;
    if (!m_client)
        return urls;
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            which.append(r);
    }
    for (const int r : std::as_const(which)) {
        const transfer::TransferSnapshot &s = m_model->snapshot(r);
        if (s.direction == core::TransferDirection::Upload && s.state == core::TransferState::Done)
            urls.append(
                m_client->endpoint().objectUrl(s.bucket, s.key).toString(QUrl::FullyEncoded));
    }
    return urls;
}

QStringList TransfersController::finishedUploadCdnUrls(const QList<int> &rows) const
{
    QStringList urls;
    if (!m_cdnResolver)
        return urls;
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            which.append(r);
    }
    QHash<QString, QUrl> bases; // one lookup per bucket
    for (const int r : std::as_const(which)) {
        const transfer::TransferSnapshot &s = m_model->snapshot(r);
        if (s.direction != core::TransferDirection::Upload || s.state != core::TransferState::Done)
            continue;
        auto it = bases.find(s.bucket);
        if (it == bases.end())
            it = bases.insert(s.bucket, m_cdnResolver(s.bucket));
        if (!it->isEmpty())
            urls.append(cloud::CdnUrls::objectUrl(*it, s.key));
    }
    return urls;
}

void TransfersController::pauseAll()
{
    m_service->post([](transfer::TransferEngine *e) { e->pauseAll(); });
}

void TransfersController::resumeAll()
{
    m_service->post([](transfer::TransferEngine *e) { e->resumeAll(); });
}

void TransfersController::clearFinished()
{
    m_model->removeFinished();
}

void TransfersController::resolveConflict(qint64 id, core::ConflictPolicy decision,
                                          bool forAllLater)
{
    if (forAllLater)
        m_conflictForAll = decision;
    m_service->resolveConflict(id, decision);
}

} // namespace sucai::ui
