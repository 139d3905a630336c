#pragma once

#include "cloud/storagetypes.h"
#include "core/diskcache.h"
#include "previewformat.h"

#include <QImage>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace sucai::cloud {
class StorageClient;
class StorageJob;
} // namespace sucai::cloud

namespace sucai::ui {

// The details and preview of one object (the window's right-hand pane): HEAD metadata (size,
// modified, ETag, storage class, Content-Type, Cache-Control, Content-Disposition,
// Content-Encoding, user metadata, URL) and a preview: images (dimensions, zoom), text and code
// (the first MiB; JSON indented and coloured), gzip-stored text inflated; audio and video get a
// note that this build has no player. Downloads go to a size-bounded cache folder (keyed by
// ETag, so a changed object is fetched again); decoding runs on the thread pool. Selecting
// something else cancels what is still loading.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    static constexpr qint64 kTextBytes = 1024 * 1024;
    static constexpr qint64 kMaxImageBytes = 40LL * 1024 * 1024;
    static constexpr qint64 kCacheBytes = 256LL * 1024 * 1024;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setClient(cloud::StorageClient *client);
    // Where previews are kept ("<cache>/previews"); trimmed to kCacheBytes, oldest first.
    void setCacheDir(const QString &dir);
    // Where the bucket shown is served through a CDN (empty: none): adds a "CDN URL" detail.
    void setCdnBase(const QUrl &base) { m_cdnBase = base; }

    void showObject(const QString &bucket, const QString &key);
    // Nothing or several things selected: a line of text instead of details.
    void showSummary(const QString &text);

    // For tests: what is shown.
    QString state() const
    {
        return m_state;
    } // "loading", "image", "text", "media", "none",
      // "summary", "error"
    QSize imageSize() const { return m_image.size(); }
    QString text() const;
    QString detail(const QString &label) const;

Q_SIGNALS:
    void loaded(); // the preview (or its error) is shown

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Decoded
    {
        QImage image;
        QSize fullSize;
        QString text;
        QString error;
        bool truncated = false;
        bool json = false;
    };

    void cancelJobs();
    void fillDetails(const QString &bucket, const QString &key, const cloud::ObjectMeta &meta);
    void loadContent(const QString &bucket, const QString &key, const cloud::ObjectMeta &meta);
    void decode(const core::DiskCache &cache, const QByteArray &id, PreviewKind kind, bool json,
                bool gzip, bool truncated);
    void showDecoded(const Decoded &d, PreviewKind kind);
    void setMessage(const QString &text, const QString &state);
    void applyZoom();
    void fitDetails();
    void addDetail(const QString &label, const QString &value);

    QPointer<cloud::StorageClient> m_client;
    QUrl m_cdnBase;
    QString m_cacheDir;
    quint64 m_generation = 0;
    QList<QPointer<cloud::StorageJob>> m_jobs;
    QString m_state;

    QLabel *m_title;
    QFormLayout *m_form;
    QWidget *m_details;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QWidget *m_imagePage;
    QScrollArea *m_scroll;
    QLabel *m_imageLabel;
    QLabel *m_imageInfo;
    QComboBox *m_zoom;
    QPlainTextEdit *m_textView;
    QImage m_image;
    QList<QPair<QString, QWidget *>> m_detailFields;
};

} // namespace sucai::ui
