#include "fileupload.h"

#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "core/crc64.h"

#include <QFileInfo>

namespace sucai::transfer {

using cloud::StorageError;

FileUpload::FileUpload(cloud::StorageClient *client, QString localPath, QString bucket, QString key,
                       Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_localPath(std::move(localPath))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_options(std::move(options))
{}

FileUpload::~FileUpload()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

qint64 FileUpload::bytesDone() const
{
    qint64 n = m_doneBytes;
    for (const qint64 v : m_inFlight)
        n += v;
    return n;
}

void FileUpload::track(cloud::StorageJob *job)
{
    m_jobs.append(job);
    connect(job, &cloud::StorageJob::progressChanged, this, [this, job](qint64 done, qint64) {
        if (!m_inFlight.contains(job))
            return;
        m_inFlight[job] = done;
        Q_EMIT progressChanged(bytesDone(), m_size);
    });
}

void FileUpload::start()
{
    const QFileInfo info(m_localPath);
    if (!info.isFile() || !info.isReadable()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(StorageError::make(
                    StorageError::Kind::LocalIo,
                    tr("Cannot read %1: no such readable file.").arg(m_localPath)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_size = info.size();
    if (m_size < m_options.multipartThreshold)
        startSingle();
    else
        startMultipart();
}

void FileUpload::cancel()
{
    if (m_finished)
        return;
    fail(StorageError::make(StorageError::Kind::Cancelled, tr("Cancelled.")));
}

void FileUpload::startSingle()
{
    auto *job = m_client->putObject(m_bucket, m_key, m_localPath, m_options.headers);
    track(job);
    m_inFlight.insert(job, 0);
    connect(job, &cloud::StorageJob::finished, this, [this, job](const StorageError &e) {
        m_inFlight.remove(job);
        job->deleteLater();
        if (e.ok()) {
            m_doneBytes = m_size;
            m_etag = job->result().etag;
        }
        finish(e);
    });
    job->start();
}

void FileUpload::startMultipart()
{
    m_plan = core::MultipartPlan::forSize(m_size, m_options.partSize);
    if (!m_plan.isValid()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(StorageError::make(
                    StorageError::Kind::InvalidArgument,
                    tr("%1 is too large for the storage service.").arg(m_localPath)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_parts.resize(m_plan.partCount);
    m_partCrcs.resize(m_plan.partCount);
    auto *job = m_client->createMultipartUpload(m_bucket, m_key, m_options.headers);
    track(job);
    connect(job, &cloud::StorageJob::finished, this, [this, job](const StorageError &e) {
        job->deleteLater();
        if (!e.ok()) {
            finish(e);
            return;
        }
        m_uploadId = job->uploadId();
        if (m_failing) { // cancelled while creating
            fail(m_error);
            return;
        }
        pumpParts();
    });
    job->start();
}

void FileUpload::pumpParts()
{
    while (!m_failing && m_running < qMax(1, m_options.partsInFlight) &&
           m_nextPart <= m_plan.partCount) {
        const int n = m_nextPart++;
        auto *job = m_client->uploadPart(m_bucket, m_key, m_uploadId, n, m_localPath,
                                         m_plan.offsetOf(n), m_plan.lengthOf(n));
        track(job);
        m_inFlight.insert(job, 0);
        ++m_running;
        connect(job, &cloud::StorageJob::finished, this, [this, job, n](const StorageError &e) {
            --m_running;
            m_inFlight.remove(job);
            job->deleteLater();
            if (m_failing)
                return;
            if (!e.ok()) {
                fail(e);
                return;
            }
            m_parts[n - 1] = job->part();
            m_partCrcs[n - 1] = job->crc64();
            m_doneBytes += m_plan.lengthOf(n);
            Q_EMIT progressChanged(bytesDone(), m_size);
            if (m_nextPart > m_plan.partCount && m_running == 0)
                complete();
            else
                pumpParts();
        });
        job->start();
    }
}

void FileUpload::complete()
{
    auto *job = m_client->completeMultipartUpload(m_bucket, m_key, m_uploadId, m_parts);
    track(job);
    connect(job, &cloud::StorageJob::finished, this, [this, job](const StorageError &e) {
        job->deleteLater();
        if (!e.ok()) {
            fail(e);
            return;
        }
        verify();
    });
    job->start();
}

void FileUpload::verify()
{
    quint64 crc = 0;
    for (int i = 0; i < m_plan.partCount; ++i)
        crc = core::Crc64::combine(crc, m_partCrcs[i], m_plan.lengthOf(i + 1));
    auto *job = m_client->headObject(m_bucket, m_key);
    track(job);
    connect(job, &cloud::StorageJob::finished, this, [this, job, crc](const StorageError &e) {
        job->deleteLater();
        if (!e.ok()) {
            finish(e);
            return;
        }
        const cloud::ObjectMeta &meta = job->meta();
        m_etag = meta.etag;
        if (meta.size != m_size) {
            finish(StorageError::make(StorageError::Kind::Integrity,
                                      tr("Size mismatch: the server holds %1 bytes, the file "
                                         "has %2.")
                                          .arg(meta.size)
                                          .arg(m_size)));
            return;
        }
        if (meta.crc64 && *meta.crc64 != crc) {
            finish(StorageError::make(StorageError::Kind::Integrity,
                                      tr("CRC64 mismatch: the server reports %1, the file has %2.")
                                          .arg(*meta.crc64)
                                          .arg(crc)));
            return;
        }
        finish({});
    });
    job->start();
}

void FileUpload::fail(StorageError error)
{
    if (m_finished)
        return;
    if (!m_failing) {
        m_failing = true;
        m_error = std::move(error);
    }
    for (const auto &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished() && !qobject_cast<cloud::CreateMultipartUploadJob *>(job))
            job->cancel();
    }
    if (m_uploadId.isEmpty()) {
        // Still creating? Its finished() comes back here with the id to abort.
        for (const auto &job : std::as_const(m_jobs)) {
            if (job && !job->isFinished())
                return;
        }
        finish(m_error);
        return;
    }
    // Nothing half-done stays on the server: abort the upload (best effort).
    auto *abort = m_client->abortMultipartUpload(m_bucket, m_key, m_uploadId);
    m_uploadId.clear();
    connect(abort, &cloud::StorageJob::finished, this, [this, abort](const StorageError &) {
        abort->deleteLater();
        finish(m_error);
    });
    abort->start();
}

void FileUpload::finish(StorageError error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!error.ok() && error.resource.isEmpty())
        error.resource = m_bucket + u'/' + m_key;
    m_error = error;
    Q_EMIT finished(m_error);
}

} // namespace sucai::transfer
