#pragma once

#include "cloud/storageclient.h"
#include "cloud/storagetypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sucai::cloud {
class StorageClient;
class StorageJob;
} // namespace sucai::cloud

namespace sucai::models {
class BucketModel;
}

namespace sucai::ui {

class ObjectActions;

// Owns the browsing logic of one window: which bucket and folder are shown, history, and the
// listing jobs that feed the BucketModel. The widgets only show and forward user intent.
class BrowserController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserController)

public:
    explicit BrowserController(QObject *parent = nullptr);
    ~BrowserController() override;

    void setClient(cloud::StorageClient *client, const QString &profileName);
    cloud::StorageClient *client() const { return m_client; }
    QString profileName() const { return m_profileName; }
    models::BucketModel *model() const { return m_model; }
    ObjectActions *actions() const { return m_actions; }

    // Buckets to show when the account may not list its buckets (a role limited to one
    // bucket: ListBuckets is refused), e.g. the profile's default bucket.
    void setKnownBuckets(const QStringList &buckets) { m_knownBuckets = buckets; }
    void refreshBuckets();
    // Opens "bucket/prefix/" (a typed address, "s3://bucket/prefix/" or a bucket name).
    void openAddress(const QString &address);
    void open(const QString &bucket, const QString &prefix, bool recordHistory = true);
    void activateKey(const QString &key); // a double-clicked row: folders open, files preview
    void up();
    void back();
    void forward();
    void refresh();
    // Server-side search below the folder shown (keys starting with folder + text, all
    // subfolders); an empty text goes back to the folder itself.
    void search(const QString &text);

    bool canGoBack() const { return m_historyPos > 0; }
    bool canGoForward() const { return m_historyPos + 1 < m_history.size(); }
    QString address() const;

Q_SIGNALS:
    void bucketsChanged(const QStringList &buckets);
    void locationChanged(const QString &address);
    void statusChanged(const QString &text);
    void errorOccurred(const QString &text);

private:
    void requestPage(const QString &bucket, const QString &prefix, const QByteArray &token);
    void updateStatus();

    QPointer<cloud::StorageClient> m_client;
    QString m_profileName;
    QStringList m_knownBuckets;
    models::BucketModel *m_model;
    ObjectActions *m_actions;
    QPointer<cloud::StorageJob> m_listing;
    QList<QPair<QString, QString>> m_history;
    int m_historyPos = -1;
};

} // namespace sucai::ui
