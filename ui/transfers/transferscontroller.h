#pragma once

#include "cloud/storagetypes.h"
#include "core/transfertypes.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace sucai::cloud {
class StorageClient;
}
namespace sucai::models {
class TransferModel;
}
namespace sucai::transfer {
class TransferService;
struct TransferSnapshot;
} // namespace sucai::transfer

namespace sucai::ui {

// What the window does with transfers: uploads of dropped or chosen files, downloads of the
// selection (folders listed first), the queue's buttons, conflict questions. Owns the model the
// queue panel shows; the engine runs in the TransferService's thread.
class TransfersController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersController)

public:
    TransfersController(transfer::TransferService *service, QObject *parent = nullptr);
    ~TransfersController() override;

    // The account the window browses (the engine knows it under `profile`).
    void setProfile(const QString &profile, cloud::StorageClient *client);
    bool hasProfile() const { return !m_profile.isEmpty(); }
    models::TransferModel *model() const { return m_model; }

    void upload(const QStringList &localPaths, const QString &bucket, const QString &prefix);
    // Keys ending in '/' are folders: everything under them is listed and fetched, relative
    // to `basePrefix` (the folder shown).
    void download(const QString &bucket, const QStringList &keys, const QList<qint64> &sizes,
                  const QString &basePrefix, const QString &localDir);

    void pause(const QList<qint64> &ids);
    void resume(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);
    void moveToFront(const QList<qint64> &ids);
    // Take effect at once, running transfers included (the engine's own thread).
    void setMaxTasks(int n);
    void setRateLimit(qint64 bytesPerSecond); // 0: none; each direction
    // Where a bucket of the account in use is served through a CDN (empty URL: not at all).
    void setCdnResolver(std::function<QUrl(const QString &bucket)> resolver)
    {
        m_cdnResolver = std::move(resolver);
    }
    // The CDN URLs of the finished uploads among `rows` (all when empty); empty without a CDN.
    QStringList finishedUploadCdnUrls(const QList<int> &rows) const;
    // The public URLs of the finished uploads among `rows` (all rows when empty), one per object.
    QStringList finishedUploadUrls(const QList<int> &rows) const;
    void pauseAll();
    void resumeAll();
    void clearFinished();
    void resolveConflict(qint64 id, core::ConflictPolicy decision, bool forAllLater);

Q_SIGNALS:
    // An upload into bucket/prefix finished: a browser showing that folder refreshes.
    void folderChanged(const QString &bucket, const QString &prefix);
    // The engine asks: the destination exists (the view shows `text` as a question,
    // non-modal, and answers with resolveConflict()).
    void conflict(qint64 id, const QString &text);
    void message(const QString &text);
    // Every task of a batch (one drop, one upload or download command) has ended: for the
    // desktop notification. `failed` counts failed and cancelled tasks.
    void batchFinished(core::TransferDirection direction, int done, int failed,
                       const QString &firstError);
    // At the end of a batch: its uploads into `bucket` that replaced objects the server held
    // (`profile`: the engine's name of the account), e.g. to purge them from a CDN.
    void replacedObjects(const QString &profile, const QString &bucket, const QStringList &keys);

private:
    struct BatchCount
    {
        core::TransferDirection direction = core::TransferDirection::Upload;
        QSet<qint64> open; // tasks not ended yet
        int done = 0;
        int failed = 0;
        QString firstError;
        QString profile;
        QMap<QString, QStringList> replaced; // bucket → keys
    };
    void onAdded(const transfer::TransferSnapshot &s);
    void onFinished(const transfer::TransferSnapshot &s);
    void listAndDownload(const QString &bucket, const QString &prefix, const QString &basePrefix,
                         const QString &localDir, const QByteArray &token);

    transfer::TransferService *m_service;
    models::TransferModel *m_model;
    QString m_profile;
    QHash<qint64, BatchCount> m_batches;
    QPointer<cloud::StorageClient> m_client;
    std::function<QUrl(const QString &bucket)> m_cdnResolver;
    // A "for all" answer to conflicts, for the rest of this session.
    std::optional<core::ConflictPolicy> m_conflictForAll;
    // Folder refreshes after uploads, coalesced.
    QTimer m_refresh;
    QList<QPair<QString, QString>> m_changedFolders;
};

} // namespace sucai::ui
