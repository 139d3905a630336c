#include "bucketmodel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeDatabase>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace sucai::models {

namespace {
// A re-sort after pages arrived waits this long, so a fast scroll sorts once, not per page.
constexpr int kResortDelayMs = 200;

QStringView suffixOf(const QString &key)
{
    const qsizetype dot = key.lastIndexOf(u'.');
    const qsizetype slash = key.lastIndexOf(u'/');
    return dot > slash ? QStringView(key).mid(dot + 1) : QStringView();
}
} // namespace

void BucketModel::KeyIndex::insert(const QList<Entry> &rows, int row)
{
    if (m_segments.empty() || m_segments.back().count >= kIndexSegment)
        m_segments.emplace_back();
    Segment &s = m_segments.back();
    size_t at = qHash(rows[row].key) & (kSlots - 1);
    while (s.slots[at] >= 0)
        at = (at + 1) & (kSlots - 1);
    s.slots[at] = row;
    ++s.count;
}

int BucketModel::KeyIndex::value(const QList<Entry> &rows, const QString &name) const
{
    const size_t start = qHash(name) & (kSlots - 1);
    for (const Segment &s : m_segments) {
        for (size_t at = start; s.slots[at] >= 0; at = (at + 1) & (kSlots - 1)) {
            if (rows[s.slots[at]].key == name)
                return s.slots[at];
        }
    }
    return -1;
}

BucketModel::BucketModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_resort(new QTimer(this))
{
    m_resort->setSingleShot(true);
    m_resort->setInterval(kResortDelayMs);
    connect(m_resort, &QTimer::timeout, this, [this] { recompute(false); });
}

BucketModel::~BucketModel() = default;

void BucketModel::open(const QString &bucket, const QString &prefix)
{
    openSearch(bucket, prefix, {});
}

void BucketModel::close()
{
    resetRows({}, {}, {});
    m_complete = true; // nothing to fetch
    setLoading(false);
}

void BucketModel::openSearch(const QString &bucket, const QString &folder, const QString &query)
{
    resetRows(bucket, folder, query);
    setLoading(true);
    Q_EMIT pageRequested(m_bucket, listingPrefix(), {});
}

void BucketModel::resetRows(const QString &bucket, const QString &folder, const QString &query)
{
    beginResetModel();
    m_bucket = bucket;
    m_prefix = folder;
    m_query = query;
    m_rows.clear();
    m_rowByKey.clear();
    m_nextToken.clear();
    m_objectCount = 0;
    m_complete = false;
    ++m_generation; // a sort still running is for the folder before
    m_resort->stop();
    m_identity = isIdentity();
    m_view.clear();
    m_viewPos.clear();
    endResetModel();
    setBusy(false);
}

void BucketModel::appendPage(const QString &bucket, const QString &prefix,
                             const QList<Entry> &entries, const QByteArray &nextToken)
{
    if (bucket != m_bucket || prefix != listingPrefix())
        return;
    QList<Entry> fresh;
    fresh.reserve(entries.size());
    for (const auto &e : entries) {
        if (e.key == m_prefix || !e.key.startsWith(m_prefix) ||
            (isSearch() && e.key.endsWith(u'/')))
            continue; // the folder's own marker object (or, in a search, any)
        // Rows keep only the name below the folder: the folder's path is the same for all of
        // them (tests/bench/model: memory per row).
        Entry row{e.key.mid(m_prefix.size()), e.size, e.modifiedSecs, e.storageClass};
        if (m_rowByKey.value(m_rows, row.key) >= 0)
            continue; // a repeat (a page asked for twice)
        fresh.append(std::move(row));
    }
    if (!fresh.isEmpty() && m_identity) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (auto &e : fresh) {
            m_objectCount += e.size >= 0 ? 1 : 0;
            m_rows.append(std::move(e));
            m_rowByKey.insert(m_rows, int(m_rows.size()) - 1);
        }
        endInsertRows();
    } else if (!fresh.isEmpty()) {
        // Sorted or filtered: the page's matching rows go to the end now, in order soon after.
        std::vector<int> shown;
        for (auto &e : fresh) {
            const int s = int(m_rows.size());
            m_objectCount += e.size >= 0 ? 1 : 0;
            const bool match = m_filter.isEmpty() || e.key.contains(m_filter, Qt::CaseInsensitive);
            m_rows.append(std::move(e));
            m_rowByKey.insert(m_rows, s);
            m_viewPos.push_back(-1);
            if (match)
                shown.push_back(s);
        }
        if (!shown.empty()) {
            const int first = int(m_view.size());
            beginInsertRows({}, first, first + int(shown.size()) - 1);
            for (const int s : shown) {
                m_viewPos[size_t(s)] = int(m_view.size());
                m_view.push_back(s);
            }
            endInsertRows();
        }
        if (m_busy)
            recompute(m_pendingMembership); // the one running lacks these rows
        else if (!shown.empty() && m_sortColumn >= 0 && m_rows.size() <= kSyncRows)
            recompute(false);
        else if (!shown.empty() && m_sortColumn >= 0)
            m_resort->start();
    }
    m_nextToken = nextToken;
    m_complete = nextToken.isEmpty();
    setLoading(false);
}

void BucketModel::pageFailed(const QString &bucket, const QString &prefix, const QString &message)
{
    if (bucket != m_bucket || prefix != listingPrefix())
        return;
    setLoading(false);
    Q_EMIT failed(message);
}

void BucketModel::setLoading(bool loading)
{
    if (m_inFlight == loading)
        return;
    m_inFlight = loading;
    Q_EMIT loadingChanged(loading);
}

int BucketModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_identity ? int(m_rows.size()) : int(m_view.size());
}

QSet<QString> BucketModel::loadedNames() const
{
    QSet<QString> names;
    names.reserve(m_rows.size());
    for (const Entry &e : m_rows)
        names.insert(e.key); // rows hold the name already: no string is built
    return names;
}

BucketModel::Entry BucketModel::entry(int row) const
{
    const Entry &e = m_rows.at(storageRow(row));
    return {m_prefix + e.key, e.size, e.modifiedSecs, e.storageClass};
}

int BucketModel::rowForKey(const QString &key) const
{
    if (!key.startsWith(m_prefix))
        return -1;
    const int s = m_rowByKey.value(m_rows, key.mid(m_prefix.size()));
    if (s < 0 || m_identity)
        return s;
    return m_viewPos[size_t(s)];
}

void BucketModel::setSort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    recompute(false);
}

void BucketModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    recompute(true);
}

void BucketModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void BucketModel::recompute(bool membership)
{
    m_resort->stop();
    const quint64 generation = ++m_generation;
    if (isIdentity()) {
        applyView({}, membership);
        setBusy(false);
        return;
    }
    if (m_rows.size() <= kSyncRows) {
        applyView(computeView(m_rows, m_filter, m_sortColumn, m_sortOrder), membership);
        setBusy(false);
        return;
    }
    m_pendingMembership = m_pendingMembership || membership;
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<ViewResult>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
            if (m_watcher->future().resultCount() == 0)
                return;
            ViewResult r = m_watcher->future().result();
            if (r.generation != m_generation)
                return; // rows, folder, sort or filter changed since: a newer one runs
            const bool membership = m_pendingMembership;
            m_pendingMembership = false;
            applyView(std::move(r.view), membership);
            setBusy(false);
        });
    }
    setBusy(true);
    auto promise = std::make_shared<QPromise<ViewResult>>();
    promise->start();
    m_watcher->setFuture(promise->future());
    // The rows are shared, not copied: appending pages later detaches the model's list.
    QThreadPool::globalInstance()->start([promise, rows = m_rows, filter = m_filter,
                                          column = m_sortColumn, order = m_sortOrder, generation] {
        promise->addResult(ViewResult{generation, computeView(rows, filter, column, order)});
        promise->finish();
    });
}

void BucketModel::applyView(std::vector<int> view, bool membership)
{
    const bool identity = isIdentity();
    if (membership) {
        beginResetModel();
        m_identity = identity;
        m_view = std::move(view);
        m_viewPos.assign(identity ? 0 : size_t(m_rows.size()), -1);
        for (size_t i = 0; i < m_view.size(); ++i)
            m_viewPos[size_t(m_view[i])] = int(i);
        endResetModel();
        return;
    }
    // Same rows, new order: selections and the current row follow their objects.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> storage;
    storage.reserve(before.size());
    for (const QModelIndex &i : before)
        storage.append(storageRow(i.row()));
    m_identity = identity;
    m_view = std::move(view);
    m_viewPos.assign(identity ? 0 : size_t(m_rows.size()), -1);
    for (size_t i = 0; i < m_view.size(); ++i)
        m_viewPos[size_t(m_view[i])] = int(i);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = identity ? storage[i] : m_viewPos[size_t(storage[i])];
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::vector<int> BucketModel::computeView(const QList<Entry> &rows, const QString &filter,
                                          int column, Qt::SortOrder order)
{
    std::vector<int> view;
    view.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (filter.isEmpty() || QStringView(rows[i].key).contains(filter, Qt::CaseInsensitive))
            view.push_back(int(i));
    }
    if (column < 0)
        return view; // the server's order
    const bool descending = order == Qt::DescendingOrder;
    // By name: case-insensitive, then exact, so the order is total and the same every time.
    const auto byName = [&](const Entry &a, const Entry &b) {
        const QStringView na = QStringView(a.key);
        const QStringView nb = QStringView(b.key);
        const int c = na.compare(nb, Qt::CaseInsensitive);
        return c != 0 ? c : na.compare(nb, Qt::CaseSensitive);
    };
    const auto compare = [&](const Entry &a, const Entry &b) -> int {
        switch (column) {
        case SizeColumn:
            if (a.size != b.size)
                return a.size < b.size ? -1 : 1;
            break;
        case ModifiedColumn:
            if (a.modifiedSecs != b.modifiedSecs)
                return a.modifiedSecs < b.modifiedSecs ? -1 : 1;
            break;
        case TypeColumn:
            if (const int c = suffixOf(a.key).compare(suffixOf(b.key), Qt::CaseInsensitive))
                return c;
            break;
        case StorageClassColumn:
            if (const int c = a.storageClass.compare(b.storageClass))
                return c;
            break;
        default:
            break;
        }
        return byName(a, b);
    };
    std::sort(view.begin(), view.end(), [&](int ia, int ib) {
        const Entry &a = rows[ia];
        const Entry &b = rows[ib];
        const bool fa = a.size < 0;
        const bool fb = b.size < 0;
        if (fa != fb)
            return fa; // folders first, in either order, as file managers do
        const int c = compare(a, b);
        return descending ? c > 0 : c < 0;
    });
    return view;
}

int BucketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BucketModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextToken.isEmpty() && !m_inFlight;
}

void BucketModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    Q_EMIT pageRequested(m_bucket, listingPrefix(), m_nextToken);
}

QString BucketModel::displayName(const Entry &e) const
{
    QString name = e.key;
    return name;
}

QString BucketModel::typeName(const Entry &e) const
{
    if (e.size < 0)
        return tr("Folder");
    const qsizetype dot = e.key.lastIndexOf(u'.');
    const qsizetype slash = e.key.lastIndexOf(u'/');
    const QString suffix = dot > slash ? e.key.mid(dot + 1).toLower() : QString();
    auto it = m_typeBySuffix.constFind(suffix);
    if (it != m_typeBySuffix.constEnd())
        return *it;
    QString type;
    if (!suffix.isEmpty()) {
        static const QMimeDatabase db;
        const QMimeType mime =
            db.mimeTypeForFile(QStringLiteral("x.") + suffix, QMimeDatabase::MatchExtension);
        type = mime.isDefault() ? suffix.toUpper() : mime.comment();
    } else {
        type = tr("File");
    }
    m_typeBySuffix.insert(suffix, type);
    return type;
}

QVariant BucketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = m_rows.at(storageRow(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(e);
        case SizeColumn:
            return e.size < 0 ? QString() : QLocale().formattedDataSize(e.size);
        case ModifiedColumn:
            return e.size < 0 ? QString()
                              : QLocale().toString(
                                    QDateTime::fromSecsSinceEpoch(e.modifiedSecs).toLocalTime(),
                                    QLocale::ShortFormat);
        case TypeColumn:
            return typeName(e);
        case StorageClassColumn:
            return QString::fromLatin1(e.storageClass);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return QString(m_prefix + e.key);
    case IsFolderRole:
        return e.size < 0;
    case SizeRole:
        return e.size;
    case ModifiedRole:
        return e.size < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(e.modifiedSecs, Qt::UTC);
    default:
        return {};
    }
}

QVariant BucketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case TypeColumn:
        return tr("Type");
    case StorageClassColumn:
        return tr("Storage class");
    default:
        return {};
    }
}

} // namespace sucai::models
