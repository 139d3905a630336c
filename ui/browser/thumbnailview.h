#pragma once

#include "models/bucketmodel.h"

#include <QCache>
#include <QItemSelectionModel>
#include <QListView>
#include <QPixmap>
#include <QPointer>
#include <QSet>

class QTimer;

namespace sucai::cloud {
class StorageClient;
}

namespace sucai::ui {

class ThumbnailProvider;

// The folder as a grid of tiles: a picture of each image object, the file-type icon for
// everything else, the name elided under it. A QListView in icon mode with uniform, static
// tiles laid out in batches, so a folder of 100,000 rows opens at once.
//
// Only rows on screen or within one screen above or below it are looked at: a short timer
// after each scroll, resize or change of the rows asks the ThumbnailProvider for those (the
// ones on screen last, so they come first) and tells it to drop what scrolled away. A picture
// that arrives repaints its own tile only; pictures shown are kept in memory (bounded), and on
// disk by the provider. Another folder cancels everything still under way.
class ThumbnailView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailView)

public:
    static constexpr int kDefaultThumbnailSize = 96;
    static constexpr int kUpdateDelayMs = 100;
    static constexpr int kMemoryCacheKiB = 64 * 1024;

    explicit ThumbnailView(QWidget *parent = nullptr);
    ~ThumbnailView() override;

    // The folder model. `shown`, if given, is what the view displays instead: an identity proxy
    // of `model` (the window's BucketIconProxy, to share one selection model with the table);
    // otherwise the view makes a BucketIconProxy of its own.
    void setBucketModel(models::BucketModel *model, QAbstractItemModel *shown = nullptr);
    models::BucketModel *bucketModel() const { return m_bucketModel; }
    void setClient(cloud::StorageClient *client);
    // See ThumbnailProvider::setCacheDir ("<CacheLocation>/thumbnails").
    void setCacheDir(const QString &dir);
    // The side of the square a picture fits in, in device-independent pixels.
    void setThumbnailSize(int size);
    int thumbnailSize() const { return m_thumbSize; }
    ThumbnailProvider *provider() const { return m_provider; }

    // The picture of the row's object, if it has arrived; a null pixmap otherwise.
    QPixmap thumbnail(const QModelIndex &index) const;
    // For tests: the rows considered at the last update (-1, -1 when none).
    QPair<int, int> nearRows() const { return m_nearRows; }
    // For tests: an update of the rows near the viewport is due.
    bool isUpdatePending() const;

Q_SIGNALS:
    // After an update asked the provider for what is near the viewport (tests wait for it).
    void nearRowsUpdated(int first, int last);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleUpdate();
    void updateNearRows();
    // First and last row whose tile may meet `area` (viewport coordinates); -1, -1 if none.
    QPair<int, int> rowsMeeting(const QRect &area) const;
    QString memoryKey(int row) const;
    void onThumbnailReady(const QString &key, const QImage &image);
    void onThumbnailFailed(const QString &key);
    void onFolderReset();
    void applyTileSize();

    QPointer<models::BucketModel> m_bucketModel;
    QAbstractItemModel *m_ownProxy = nullptr;
    QPointer<QItemSelectionModel> m_ownSelection;
    ThumbnailProvider *m_provider;
    QTimer *m_updateTimer;
    int m_thumbSize = kDefaultThumbnailSize;
    QCache<QString, QPixmap> m_pixmaps; // "bucket\nkey\nversion" → picture (cost: KiB)
    QSet<QString> m_failed;             // same keys: no picture to be had in this folder
    QPair<int, int> m_nearRows{-1, -1};
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace sucai::ui
