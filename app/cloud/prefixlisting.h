#pragma once

#include "storageerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sucai::cloud {

class StorageClient;
class ListObjectsJob;

// Every object below some prefixes ("folders"), listed page by page without a delimiter:
// what a folder operation (CDN purge, delete, copy) acts on. Emits finished() once.
class PrefixListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrefixListing)

public:
    PrefixListing(StorageClient *client, QString bucket, QStringList prefixes,
                  QObject *parent = nullptr);
    ~PrefixListing() override;

    void start();
    void cancel();

    const QStringList &keys() const { return m_keys; }
    qint64 totalBytes() const { return m_bytes; }
    const StorageError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void finish(const StorageError &e = {});

    QPointer<StorageClient> m_client;
    QString m_bucket;
    QStringList m_prefixes;
    QByteArray m_token;
    QPointer<ListObjectsJob> m_job;
    QStringList m_keys;
    qint64 m_bytes = 0;
    StorageError m_error;
    bool m_done = false;
};

} // namespace sucai::cloud
