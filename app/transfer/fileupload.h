#pragma once

#include "cloud/storageerror.h"
#include "cloud/storagetypes.h"
#include "core/multipartplan.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sucai::cloud {
class StorageClient;
class StorageJob;
} // namespace sucai::cloud

namespace sucai::transfer {

// Uploads one local file to one key and proves it landed: a single PUT below the multipart
// threshold; above it, create → parts (a bounded window in flight, each verified by MD5) →
// complete → HEAD, checking size and, where the server reports one, the CRC-64 combined from
// the parts. On failure or cancel the multipart upload is aborted so nothing is left billed.
//
//   start ─► size < threshold ─► PutObject ─────────────────────────────► finished
//        └─► Create ─► UploadPart × N (window) ─► Complete ─► Head/verify ─► finished
//                 any error/cancel ─► Abort ─────────────────────────────► finished(error)
class FileUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileUpload)

public:
    struct Options
    {
        qint64 multipartThreshold = 64LL * 1024 * 1024;
        qint64 partSize = core::MultipartPlan::kDefaultPartSize;
        int partsInFlight = 4;
        cloud::ObjectHeaders headers;
    };

    FileUpload(cloud::StorageClient *client, QString localPath, QString bucket, QString key,
               Options options, QObject *parent = nullptr);
    ~FileUpload() override;

    void start();
    void cancel();

    qint64 size() const { return m_size; }
    qint64 bytesDone() const;
    const cloud::StorageError &error() const { return m_error; }
    QString key() const { return m_key; }
    QString localPath() const { return m_localPath; }
    QByteArray etag() const { return m_etag; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished(const sucai::cloud::StorageError &error);

private:
    void startSingle();
    void startMultipart();
    void pumpParts();
    void complete();
    void verify();
    void fail(cloud::StorageError error);
    void finish(cloud::StorageError error);
    void track(cloud::StorageJob *job);

    cloud::StorageClient *m_client;
    QString m_localPath;
    QString m_bucket;
    QString m_key;
    Options m_options;
    qint64 m_size = -1;
    core::MultipartPlan m_plan;
    QByteArray m_uploadId;
    int m_nextPart = 1;
    int m_running = 0;
    QList<cloud::PartInfo> m_parts;
    QList<quint64> m_partCrcs;
    qint64 m_doneBytes = 0;
    QHash<cloud::StorageJob *, qint64> m_inFlight; // job → bytes sent so far
    QList<QPointer<cloud::StorageJob>> m_jobs;
    QByteArray m_etag;
    cloud::StorageError m_error;
    bool m_finished = false;
    bool m_failing = false;
};

} // namespace sucai::transfer
