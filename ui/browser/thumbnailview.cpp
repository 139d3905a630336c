#include "thumbnailview.h"

#include "bucketiconproxy.h"
#include "models/bucketmodel.h"
#include "thumbnailprovider.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sucai::ui {

namespace {
constexpr int kPadding = 6;     // around the picture inside a tile
constexpr int kTextGap = 4;     // between the picture and the name
constexpr int kTileGap = 4;     // between two tiles' backgrounds
constexpr int kExtraWidth = 36; // room for names a little wider than the picture

QString tileName(const QModelIndex &index)
{
    QString name = index.data(Qt::DisplayRole).toString();
    if (name.size() > 1 && name.endsWith(u'/'))
        name.chop(1);
    return name;
}

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot < name.lastIndexOf(u'/') || name.size() - dot > 6)
        return {};
    return name.mid(dot + 1).toUpper();
}

// A colour per family of files, for the badge on the file icon.
QColor badgeColour(const QString &suffix)
{
    static const QHash<QString, QColor> colours = [] {
        QHash<QString, QColor> h;
        const auto add = [&h](std::initializer_list<const char16_t *> suffixes, QColor c) {
            for (const auto *s : suffixes)
                h.insert(QString::fromUtf16(s), c);
        };
        add({u"PNG", u"JPG", u"JPEG", u"GIF", u"WEBP", u"BMP", u"SVG", u"ICO", u"AVIF"},
            QColor(0x2e, 0x8b, 0x57));
        add({u"WAV", u"MP3", u"OGG", u"M4A", u"FLAC", u"AAC", u"OPUS"}, QColor(0x8e, 0x44, 0xad));
        add({u"MP4", u"WEBM", u"MOV", u"MKV", u"AVI"}, QColor(0xc0, 0x39, 0x2b));
        add({u"JSON", u"TXT", u"MD", u"JS", u"TS", u"CSS", u"HTML", u"XML", u"YAML", u"YML",
             u"GLSL", u"FRAG", u"VERT", u"SHADER", u"CSV", u"LOG", u"WXSS", u"WXML"},
            QColor(0xd3, 0x54, 0x00));
        add({u"ZIP", u"GZ", u"TAR", u"7Z", u"RAR", u"BR", u"ZST"}, QColor(0x6d, 0x6d, 0x6d));
        add({u"TTF", u"OTF", u"WOFF", u"WOFF2"}, QColor(0x2c, 0x3e, 0x50));
        return h;
    }();
    return colours.value(suffix, QColor(0x4a, 0x6f, 0x8a));
}

// Paints a tile: the picture (or icon), the name elided in the middle (the suffix stays).
class ThumbnailDelegate final : public QStyledItemDelegate
{
public:
    explicit ThumbnailDelegate(ThumbnailView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return m_view->gridSize() - QSize(kTileGap, kTileGap);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        paintBackground(painter, opt);

        painter->save();
        const int side = m_view->thumbnailSize();
        const QRect tile = opt.rect;
        const QRect box(tile.left() + (tile.width() - side) / 2, tile.top() + kPadding, side, side);
        const QPixmap picture = m_view->thumbnail(index);
        if (!picture.isNull()) {
            const QSize size = picture.deviceIndependentSize().toSize();
            const QRect target(box.left() + (side - size.width()) / 2,
                               box.top() + (side - size.height()) / 2, size.width(), size.height());
            painter->drawPixmap(target, picture);
            QColor frame = opt.palette.color(QPalette::Text);
            frame.setAlpha(40);
            painter->setPen(frame);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(target).adjusted(-0.5, -0.5, 0.5, 0.5));
        } else {
            paintIcon(painter, opt, index, box);
        }

        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->setPen(opt.palette.color(group, QPalette::Text)); // on a light tint, not a fill
        painter->setFont(opt.font);
        const QRect textRect(tile.left() + 3, box.bottom() + 1 + kTextGap, tile.width() - 6,
                             opt.fontMetrics.height());
        painter->drawText(
            textRect, Qt::AlignHCenter | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(tileName(index), Qt::ElideMiddle, textRect.width()));
        painter->restore();
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip || !index.isValid())
            return false;
        QToolTip::showText(event->globalPos(), tileName(index).toHtmlEscaped(), view);
        return true;
    }

private:
    // A tinted rounded tile for the selection (and, fainter, under the mouse), so that the
    // picture keeps its own colours and the name stays readable.
    static void paintBackground(QPainter *painter, const QStyleOptionViewItem &opt)
    {
        const bool selected = opt.state & QStyle::State_Selected;
        const bool hovered = opt.state & QStyle::State_MouseOver;
        const bool focused = opt.state & QStyle::State_HasFocus;
        if (!selected && !hovered && !focused)
            return;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        QColor fill = opt.palette.color(group, QPalette::Highlight);
        QColor edge = fill;
        fill.setAlpha(selected ? 60 : hovered ? 25 : 0);
        edge.setAlpha(selected ? 200 : focused ? 120 : 0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(edge.alpha() > 0 ? QPen(edge, 1) : QPen(Qt::NoPen));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(opt.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->restore();
    }

    // The file-type icon, a little smaller than a picture, with the suffix on a coloured badge.
    void paintIcon(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                   const QRect &box) const
    {
        const bool folder = index.data(models::BucketModel::IsFolderRole).toBool();
        const int iconSide = folder ? box.width() * 3 / 4 : box.width() * 5 / 8;
        const QRect iconRect(box.left() + (box.width() - iconSide) / 2,
                             box.top() + (box.height() - iconSide) / 2, iconSide, iconSide);
        opt.icon.paint(painter, iconRect, Qt::AlignCenter);
        if (folder)
            return;
        const QString suffix = suffixOf(tileName(index));
        if (suffix.isEmpty())
            return;
        QFont font = opt.font;
        font.setBold(true);
        font.setPixelSize(qMax(8, box.width() / 9));
        const QFontMetrics fm(font);
        const int w = fm.horizontalAdvance(suffix) + 8;
        const int h = fm.height() + 2;
        const QRect badge(box.left() + (box.width() - w) / 2, iconRect.bottom() - h - iconSide / 8,
                          w, h);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColour(suffix));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, suffix);
    }

    ThumbnailView *m_view;
};
} // namespace

ThumbnailView::ThumbnailView(QWidget *parent)
    : QListView(parent)
    , m_provider(new ThumbnailProvider(this))
    , m_updateTimer(new QTimer(this))
{
    setViewMode(QListView::IconMode);
    // Static tiles in reading order: no free placement, no dragging tiles about.
    setMovement(QListView::Static);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(1000);
    setSpacing(0);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Whole rows, as the table selects them: a shared selection model answers selectedRows().
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionRectVisible(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setItemDelegate(new ThumbnailDelegate(this));
    applyTileSize();

    m_pixmaps.setMaxCost(kMemoryCacheKiB);
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kUpdateDelayMs);
    connect(m_updateTimer, &QTimer::timeout, this, &ThumbnailView::updateNearRows);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ThumbnailView::scheduleUpdate);
    connect(m_provider, &ThumbnailProvider::thumbnailReady, this, &ThumbnailView::onThumbnailReady);
    connect(m_provider, &ThumbnailProvider::thumbnailFailed, this,
            &ThumbnailView::onThumbnailFailed);
}

ThumbnailView::~ThumbnailView()
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
}

void ThumbnailView::setBucketModel(models::BucketModel *model, QAbstractItemModel *shown)
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_provider->cancelAll();
    m_pixmaps.clear();
    m_failed.clear();
    m_nearRows = {-1, -1};

    m_bucketModel = model;
    QAbstractItemModel *view = shown;
    if (!view && model) {
        auto *proxy = new BucketIconProxy(this);
        proxy->setSourceModel(model);
        view = proxy;
    }
    QAbstractItemModel *oldProxy = m_ownProxy;
    m_ownProxy = view != shown ? view : nullptr;
    QItemSelectionModel *oldSelection = selectionModel();
    setModel(view);
    // setModel() made a new selection model and left the old one alone; delete it only if it is
    // the one made for us (the window may have set a shared one meanwhile).
    if (oldSelection && oldSelection == m_ownSelection)
        delete oldSelection;
    m_ownSelection = selectionModel();
    delete oldProxy;

    if (model) {
        m_modelConnections.append(
            connect(model, &QAbstractItemModel::modelReset, this, &ThumbnailView::onFolderReset));
    }
    if (view) {
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            m_modelConnections.append(connect(view, signal, this, &ThumbnailView::scheduleUpdate));
        }
        m_modelConnections.append(connect(view, &QAbstractItemModel::layoutChanged, this,
                                          &ThumbnailView::scheduleUpdate));
    }
    scheduleUpdate();
}

void ThumbnailView::setClient(cloud::StorageClient *client)
{
    m_provider->setClient(client);
    m_failed.clear(); // failures of the old connection say nothing about the new one
    scheduleUpdate();
}

void ThumbnailView::setCacheDir(const QString &dir)
{
    m_provider->setCacheDir(dir);
    scheduleUpdate();
}

void ThumbnailView::setThumbnailSize(int size)
{
    size = std::clamp(size, 32, 512);
    if (size == m_thumbSize)
        return;
    m_thumbSize = size;
    m_provider->cancelAll();
    m_pixmaps.clear();
    applyTileSize();
    scheduleUpdate();
}

void ThumbnailView::applyTileSize()
{
    setIconSize(QSize(m_thumbSize, m_thumbSize));
    const int width = m_thumbSize + kExtraWidth + kTileGap;
    const int height =
        kPadding + m_thumbSize + kTextGap + fontMetrics().height() + kPadding + kTileGap;
    setGridSize(QSize(width, height));
}

QString ThumbnailView::memoryKey(int row) const
{
    const auto &e = m_bucketModel->entry(row);
    return m_bucketModel->bucket() + u'\n' + e.key + u'\n' +
           QString::fromLatin1(ThumbnailProvider::versionOf(e.size, e.modifiedSecs));
}

QPixmap ThumbnailView::thumbnail(const QModelIndex &index) const
{
    if (!m_bucketModel || !index.isValid() || index.row() >= m_bucketModel->rowCount())
        return {};
    const QPixmap *p = m_pixmaps.object(memoryKey(index.row()));
    return p ? *p : QPixmap();
}

bool ThumbnailView::isUpdatePending() const
{
    return m_updateTimer->isActive();
}

void ThumbnailView::scheduleUpdate()
{
    // Not restarted by each event: while the user keeps scrolling, the rows on screen are still
    // asked for every kUpdateDelayMs.
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void ThumbnailView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    scheduleUpdate();
}

void ThumbnailView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    scheduleUpdate();
}

void ThumbnailView::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
    scheduleUpdate();
}

void ThumbnailView::hideEvent(QHideEvent *event)
{
    QListView::hideEvent(event);
    m_updateTimer->stop();
    m_provider->setVisibleKeys({}); // what is under way finishes; the queue goes
}

QPair<int, int> ThumbnailView::rowsMeeting(const QRect &area) const
{
    const QAbstractItemModel *m = model();
    const int rows = m ? m->rowCount(rootIndex()) : 0;
    if (rows == 0)
        return {-1, -1};
    const QRect first = visualRect(m->index(0, 0, rootIndex()));
    if (!first.isValid())
        return {-1, -1}; // not laid out yet: the next update will see it
    // Uniform tiles in reading order: count a line's tiles, then it is arithmetic.
    int perLine = 1;
    while (perLine < rows && perLine < 10'000) {
        const QRect r = visualRect(m->index(perLine, 0, rootIndex()));
        if (!r.isValid() || r.top() != first.top())
            break;
        ++perLine;
    }
    int lineHeight = gridSize().height();
    if (perLine < rows) {
        const QRect next = visualRect(m->index(perLine, 0, rootIndex()));
        if (next.isValid() && next.top() > first.top())
            lineHeight = next.top() - first.top();
    }
    if (area.bottom() < first.top() || lineHeight <= 0)
        return {-1, -1};
    const qint64 firstLine = qMax(0, area.top() - first.top()) / lineHeight;
    const qint64 lastLine = (area.bottom() - first.top()) / lineHeight;
    const qint64 firstRow = firstLine * perLine;
    if (firstRow >= rows)
        return {-1, -1};
    const qint64 lastRow = qMin<qint64>(rows - 1, (lastLine + 1) * perLine - 1);
    return {int(firstRow), int(lastRow)};
}

void ThumbnailView::updateNearRows()
{
    m_updateTimer->stop();
    if (!m_bucketModel || !model() || !isVisible())
        return;
    const QRect screen = viewport()->rect();
    const QRect near = screen.adjusted(0, -screen.height(), 0, screen.height());
    m_nearRows = rowsMeeting(near);
    const auto [first, last] = m_nearRows;

    const qreal dpr = devicePixelRatioF();
    const int px = int(std::ceil(m_thumbSize * dpr));
    const QSize wanted(px, px);
    const QString bucket = m_bucketModel->bucket();
    QSet<QString> keys;
    QList<int> onScreen;
    QList<int> around;
    for (int row = first; first >= 0 && row <= last; ++row) {
        const auto &e = m_bucketModel->entry(row);
        if (!ThumbnailProvider::canThumbnail(e.key, e.size))
            continue;
        const QString memory = memoryKey(row);
        if (m_pixmaps.contains(memory) || m_failed.contains(memory))
            continue;
        const QRect r = visualRect(model()->index(row, 0, rootIndex()));
        if (!r.isValid() || !r.intersects(near))
            continue;
        keys.insert(e.key);
        (r.intersects(screen) ? onScreen : around).append(row);
    }
    m_provider->setVisibleKeys(keys);
    // The provider serves the newest request first: the rows around first, then those on
    // screen from the bottom up, so the top left tile is the first to arrive.
    const auto ask = [&](int row) {
        const auto &e = m_bucketModel->entry(row);
        m_provider->request(bucket, e.key, e.size,
                            ThumbnailProvider::versionOf(e.size, e.modifiedSecs), wanted);
    };
    for (const int row : std::as_const(around))
        ask(row);
    for (auto it = onScreen.crbegin(); it != onScreen.crend(); ++it)
        ask(*it);
    Q_EMIT nearRowsUpdated(first, last);
}

void ThumbnailView::onThumbnailReady(const QString &key, const QImage &image)
{
    if (!m_bucketModel)
        return;
    const int row = m_bucketModel->rowForKey(key);
    if (row < 0)
        return; // filtered out meanwhile: the disk cache has it for later
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    const int cost = qMax(1, int(qint64(image.width()) * image.height() * 4 / 1024));
    m_pixmaps.insert(memoryKey(row), new QPixmap(std::move(pixmap)), cost);
    if (model())
        update(model()->index(row, 0, rootIndex()));
}

void ThumbnailView::onThumbnailFailed(const QString &key)
{
    if (!m_bucketModel)
        return;
    const int row = m_bucketModel->rowForKey(key);
    if (row >= 0)
        m_failed.insert(memoryKey(row));
}

void ThumbnailView::onFolderReset()
{
    m_provider->cancelAll();
    m_failed.clear();
    m_nearRows = {-1, -1};
    scheduleUpdate();
}

} // namespace sucai::ui
