#include "previewpane.h"

#include "cloud/cdnclient.h"
#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPromise>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSyntaxHighlighter>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

namespace sucai::ui {

namespace {
constexpr int kMaxDecodedSide = 2048; // larger images are decoded scaled down (memory)

// Colours JSON: keys, strings, numbers and literals, from the palette (dark mode too).
class JsonHighlighter final : public QSyntaxHighlighter
{
public:
    explicit JsonHighlighter(QTextDocument *doc, const QPalette &palette)
        : QSyntaxHighlighter(doc)
    {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
        m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
        m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
        m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression token(QStringLiteral(
            R"RX(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)RX"));
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedLength(1) > 0)
                setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                          m.capturedLength(2) > 0 ? m_key : m_string);
            else if (m.capturedLength(3) > 0)
                setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_number);
            else
                setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
        }
    }

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_details(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_imagePage(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_imageLabel(new QLabel(this))
    , m_imageInfo(new QLabel(this))
    , m_zoom(new QComboBox(this))
    , m_textView(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("previewMessage"));

    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_imageLabel);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_zoom->addItem(tr("Fit"), 0.0);
    for (const int percent : {25, 50, 100, 200, 400})
        m_zoom->addItem(QStringLiteral("%1 %").arg(percent), percent / 100.0);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &PreviewPane::applyZoom);
    auto *imageBar = new QHBoxLayout;
    imageBar->addWidget(m_imageInfo, 1);
    imageBar->addWidget(m_zoom);
    auto *imageLayout = new QVBoxLayout(m_imagePage);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->addWidget(m_scroll, 1);
    imageLayout->addLayout(imageBar);

    m_textView->setReadOnly(true);
    m_textView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_imagePage);
    m_stack->addWidget(m_textView);

    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_details->setLayout(m_form);
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never clipped

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_details);
    showSummary(tr("Select a file to see its details and a preview."));
}

PreviewPane::~PreviewPane()
{
    cancelJobs();
}

void PreviewPane::setClient(cloud::StorageClient *client)
{
    m_client = client;
}

void PreviewPane::setCacheDir(const QString &dir)
{
    m_cacheDir = dir;
}

void PreviewPane::cancelJobs()
{
    ++m_generation;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
}

void PreviewPane::setMessage(const QString &text, const QString &state)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_state = state;
}

void PreviewPane::showSummary(const QString &text)
{
    cancelJobs();
    m_title->clear();
    m_title->hide();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0); // deletes the row's widgets
    m_detailFields.clear();
    m_details->hide();
    m_image = {};
    setMessage(text, QStringLiteral("summary"));
}

void PreviewPane::showObject(const QString &bucket, const QString &key)
{
    showSummary({});
    m_title->setText(key.mid(key.lastIndexOf(u'/') + 1));
    m_title->setToolTip(key);
    m_title->show();
    setMessage(tr("Loading…"), QStringLiteral("loading"));
    if (!m_client) {
        setMessage(tr("Not connected."), QStringLiteral("error"));
        return;
    }
    const quint64 generation = m_generation;
    auto *head = m_client->headObject(bucket, key);
    m_jobs.append(head);
    connect(head, &cloud::StorageJob::finished, this,
            [this, head, bucket, key, generation](const cloud::StorageError &e) {
                head->deleteLater();
                if (generation != m_generation)
                    return;
                if (!e.ok()) {
                    setMessage(e.toUserText(), QStringLiteral("error"));
                    Q_EMIT loaded();
                    return;
                }
                fillDetails(bucket, key, head->meta());
                loadContent(bucket, key, head->meta());
            });
    head->start();
}

void PreviewPane::addDetail(const QString &label, const QString &value)
{
    auto *name = new QLabel(label, m_details);
    if (value.size() > 24 && !value.contains(u' ') && !value.startsWith(u'<')) {
        // One long word (an ETag, a checksum): a flat read-only line that scrolls instead of
        // running off the pane, and copies exactly what it holds.
        auto *line = new QLineEdit(value, m_details);
        line->setReadOnly(true);
        line->setFrame(false);
        line->setCursorPosition(0);
        line->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        line->setMinimumWidth(80);
        m_form->addRow(name, line);
        m_detailFields.append({label, line});
        return;
    }
    auto *field = new QLabel(value, m_details);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setMinimumWidth(80);
    m_form->addRow(name, field);
    m_detailFields.append({label, field});
}

QString PreviewPane::detail(const QString &label) const
{
    for (const auto &[name, field] : m_detailFields) {
        if (name != label)
            continue;
        if (const auto *l = qobject_cast<const QLabel *>(field))
            return l->text();
        if (const auto *e = qobject_cast<const QLineEdit *>(field))
            return e->text();
    }
    return {};
}

QString PreviewPane::text() const
{
    return m_textView->toPlainText();
}

void PreviewPane::fillDetails(const QString &bucket, const QString &key,
                              const cloud::ObjectMeta &meta)
{
    const QLocale locale;
    const QString size = locale.formattedDataSize(meta.size);
    addDetail(tr("Size"),
              meta.size < 1024 ? size : tr("%1 (%2 bytes)").arg(size, locale.toString(meta.size)));
    if (meta.lastModified.isValid())
        addDetail(tr("Modified"),
                  locale.toString(meta.lastModified.toLocalTime(), QLocale::LongFormat));
    addDetail(tr("ETag"), QString::fromLatin1(meta.etag));
    addDetail(tr("Storage class"), QString::fromLatin1(meta.headers.storageClass));
    const auto optional = [this](const QString &label, const QByteArray &value) {
        if (!value.isEmpty())
            addDetail(label, QString::fromUtf8(value));
    };
    optional(tr("Content-Type"), meta.headers.contentType);
    optional(tr("Cache-Control"), meta.headers.cacheControl);
    optional(tr("Content-Disposition"), meta.headers.contentDisposition);
    optional(tr("Content-Encoding"), meta.headers.contentEncoding);
    if (meta.crc64)
        addDetail(tr("CRC64"), QString::number(*meta.crc64));
    for (const auto &[name, value] : meta.headers.userMetadata)
        addDetail(QString::fromLatin1(name), QString::fromUtf8(value));
    if (m_client) {
        const QString url =
            m_client->endpoint().objectUrl(bucket, key).toString(QUrl::FullyEncoded);
        addDetail(tr("URL"), QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
        auto *link = static_cast<QLabel *>(m_detailFields.last().second);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        link->setOpenExternalLinks(true);
    }
    if (!m_cdnBase.isEmpty()) {
        const QString url = cloud::CdnUrls::objectUrl(m_cdnBase, key);
        addDetail(tr("CDN URL"), QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
        auto *link = static_cast<QLabel *>(m_detailFields.last().second);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        link->setOpenExternalLinks(true);
    }
    m_details->show();
    fitDetails();
}

void PreviewPane::fitDetails()
{
    // Wrapped values (long URLs, metadata) need their height for the pane's width; layouts
    // ask only for the minimum, which would clip them.
    const int width = qMax(m_details->width(), contentsRect().width() - 20);
    m_details->setMinimumHeight(m_form->hasHeightForWidth() ? m_form->heightForWidth(width)
                                                            : m_form->sizeHint().height());
}

void PreviewPane::loadContent(const QString &bucket, const QString &key,
                              const cloud::ObjectMeta &meta)
{
    const PreviewKind kind = previewKindFor(key, meta.headers.contentType);
    const QLocale locale;
    switch (kind) {
    case PreviewKind::None:
        setMessage(tr("No preview for this type of file."), QStringLiteral("none"));
        Q_EMIT loaded();
        return;
    case PreviewKind::Media:
        setMessage(tr("No player: this build of Sucai has no audio or video playback "
                      "(Qt Multimedia). Download the file to play it."),
                   QStringLiteral("media"));
        Q_EMIT loaded();
        return;
    case PreviewKind::Image:
        if (meta.size > kMaxImageBytes) {
            setMessage(tr("Too large to preview (%1). Download it to view it.")
                           .arg(locale.formattedDataSize(meta.size)),
                       QStringLiteral("none"));
            Q_EMIT loaded();
            return;
        }
        break;
    case PreviewKind::Text:
        break;
    }
    const bool gzip = meta.headers.contentEncoding.trimmed().toLower() == "gzip";
    const bool json = isJsonName(key, meta.headers.contentType);
    const qint64 length = kind == PreviewKind::Text ? qMin(meta.size, kTextBytes) : meta.size;
    const bool truncated = length < meta.size;

    const core::DiskCache cache(
        m_cacheDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/sucai-previews") : m_cacheDir);
    cache.ensureDir();
    const QByteArray id = bucket.toUtf8() + '\n' + key.toUtf8() + '\n' + meta.etag + '\n' +
                          QByteArray::number(length);
    if (meta.size == 0 && !cache.contains(id))
        cache.insert(id, {});
    if (cache.contains(id)) {
        decode(cache, id, kind, json, gzip, truncated);
        return;
    }
    const quint64 generation = m_generation;
    auto *get = m_client->getObject(bucket, key, cache.path(id), 0, length);
    m_jobs.append(get);
    connect(get, &cloud::StorageJob::finished, this,
            [this, get, cache, id, kind, json, gzip, truncated,
             generation](const cloud::StorageError &e) {
                get->deleteLater();
                if (generation != m_generation)
                    return;
                if (!e.ok()) {
                    setMessage(e.toUserText(), QStringLiteral("error"));
                    Q_EMIT loaded();
                    return;
                }
                decode(cache, id, kind, json, gzip, truncated);
            });
    get->start();
}

void PreviewPane::decode(const core::DiskCache &cache, const QByteArray &id, PreviewKind kind,
                         bool json, bool gzip, bool truncated)
{
    const quint64 generation = m_generation;
    auto promise = std::make_shared<QPromise<Decoded>>();
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, kind] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        showDecoded(watcher->future().result(), kind);
    });
    promise->start();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, cache, id, kind, json, gzip, truncated] {
        const QString path = cache.path(id);
        Decoded d;
        d.truncated = truncated;
        d.json = json;
        if (kind == PreviewKind::Image) {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            d.fullSize = reader.size();
            if (d.fullSize.width() > kMaxDecodedSide || d.fullSize.height() > kMaxDecodedSide)
                reader.setScaledSize(
                    d.fullSize.scaled(kMaxDecodedSide, kMaxDecodedSide, Qt::KeepAspectRatio));
            d.image = reader.read();
            if (d.image.isNull())
                d.error = QCoreApplication::translate("sucai::ui::PreviewPane",
                                                      "This image cannot be shown: %1")
                              .arg(reader.errorString());
            else if (!d.fullSize.isValid())
                d.fullSize = d.image.size();
        } else {
            QFile f(path);
            QByteArray bytes;
            if (f.open(QIODevice::ReadOnly))
                bytes = f.read(kTextBytes);
            if (gzip) {
                bool ok = false;
                bytes = gunzipPrefix(bytes, kTextBytes, &ok);
                if (!ok)
                    d.error = QCoreApplication::translate(
                        "sucai::ui::PreviewPane",
                        "The object says it is gzip-compressed, but it is not.");
            }
            bool binary = false;
            d.text = previewText(bytes, json, &binary);
            if (binary)
                d.error = QCoreApplication::translate("sucai::ui::PreviewPane",
                                                      "This file holds binary data, not text.");
        }
        cache.touch(id); // used last: trimmed last
        cache.trim(kCacheBytes);
        promise->addResult(d);
        promise->finish();
    });
}

void PreviewPane::showDecoded(const Decoded &d, PreviewKind kind)
{
    if (!d.error.isEmpty()) {
        setMessage(d.error, QStringLiteral("error"));
        Q_EMIT loaded();
        return;
    }
    if (kind == PreviewKind::Image) {
        m_image = d.image;
        m_imageInfo->setText(tr("%1 × %2 pixels").arg(d.fullSize.width()).arg(d.fullSize.height()));
        m_stack->setCurrentWidget(m_imagePage);
        m_state = QStringLiteral("image");
        applyZoom();
    } else {
        m_textView->setPlainText(d.text);
        delete m_textView->document()->findChild<QSyntaxHighlighter *>();
        if (d.json)
            new JsonHighlighter(m_textView->document(), palette());
        if (d.truncated)
            m_textView->appendPlainText(
                u'\n' +
                tr("… (showing the first %1)").arg(QLocale().formattedDataSize(kTextBytes)));
        m_stack->setCurrentWidget(m_textView);
        m_state = QStringLiteral("text");
    }
    Q_EMIT loaded();
}

void PreviewPane::applyZoom()
{
    if (m_image.isNull())
        return;
    const double factor = m_zoom->currentData().toDouble();
    const qreal dpr = devicePixelRatioF();
    QSize target;
    if (factor <= 0) { // fit, never blown up beyond its own size
        const QSize room = m_scroll->viewport()->size() * dpr;
        target = m_image.size().boundedTo(room).expandedTo(QSize(1, 1));
        target = m_image.size().scaled(target, Qt::KeepAspectRatio);
    } else {
        target = m_image.size() * factor * dpr;
    }
    QPixmap pixmap =
        QPixmap::fromImage(m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_imageLabel->setPixmap(pixmap);
    m_imageLabel->resize(pixmap.deviceIndependentSize().toSize());
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_details->isVisible())
        fitDetails();
    if (m_state == u"image" && m_zoom->currentIndex() == 0)
        applyZoom();
}

} // namespace sucai::ui
