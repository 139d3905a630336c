#pragma once

#include "cloud/storagetypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sucai::cloud {
class StorageClient;
}

namespace sucai::ui {

// Operations on the objects of the folder shown: new folder, delete (folders recursively, with
// what it will remove counted first), and the URLs of an object. Asynchronous jobs; the window
// asks the questions and shows the results.
class ObjectActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectActions)

public:
    explicit ObjectActions(QObject *parent = nullptr);
    ~ObjectActions() override;

    void setClient(cloud::StorageClient *client) { m_client = client; }

    // A folder is an empty object "prefix/name/". Refuses names with '/', '.'/'..', control
    // characters, or an empty one (error() says why).
    void createFolder(const QString &bucket, const QString &prefix, const QString &name);

    // Renames one object (not a folder) within its folder: server-side copy, then delete. A
    // name already taken is refused (nothing is overwritten). Objects over 5 GB cannot be copied
    // in one request; the server's refusal is shown.
    void rename(const QString &bucket, const QString &key, const QString &newName);

    // Counts what deleting `keys` (folders end in '/', everything under them goes too) would
    // remove: deletePlanned() with the full list, then deleteObjects() does it.
    // `sizes` go with the keys that are objects (folders are summed up as they are listed).
    void planDelete(const QString &bucket, const QStringList &keys, const QList<qint64> &sizes);
    void deleteObjects(const QString &bucket, const QStringList &keys);

    // New headers, storage class and metadata for an object: a copy onto itself with the
    // REPLACE directive (the bytes stay). Objects over 5 GB cannot be copied in one request;
    // the server's refusal is shown.
    void setHeaders(const QString &bucket, const QString &key, const cloud::ObjectHeaders &headers);

    // The object's address as the endpoint serves it (works for public-read objects) and a
    // presigned GET anyone can use until it expires.
    QString publicUrl(const QString &bucket, const QString &key) const;
    QString presignedUrl(const QString &bucket, const QString &key, qint64 expiresSeconds) const;

    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void folderCreated(const QString &bucket, const QString &key);
    void renamed(const QString &bucket, const QString &oldKey, const QString &newKey);
    void headersChanged(const QString &bucket, const QString &key);
    void deletePlanned(const QString &bucket, const QStringList &objectKeys, qint64 totalBytes);
    // `failures`: "key: reason" per object that could not be deleted; the rest was deleted.
    void deleted(const QString &bucket, int count, const QStringList &failures);
    void error(const QString &text);

private:
    struct Plan;
    // Empty when `name` can be one path segment of a key, else why not.
    static QString checkName(const QString &name);
    void listNext(const std::shared_ptr<Plan> &plan);

    QPointer<cloud::StorageClient> m_client;
    int m_busy = 0;
};

} // namespace sucai::ui
