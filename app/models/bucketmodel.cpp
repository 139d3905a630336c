#include "bucketmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeDatabase>

namespace sucai::models {

BucketModel::BucketModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

BucketModel::~BucketModel() = default;

void BucketModel::open(const QString &bucket, const QString &prefix)
{
    beginResetModel();
    m_bucket = bucket;
    m_prefix = prefix;
    m_rows.clear();
    m_rowByKey.clear();
    m_nextToken.clear();
    m_objectCount = 0;
    m_complete = false;
    endResetModel();
    setLoading(true);
    Q_EMIT pageRequested(m_bucket, m_prefix, {});
}

void BucketModel::appendPage(const QString &bucket, const QString &prefix,
                             const QList<Entry> &entries, const QByteArray &nextToken)
{
    if (bucket != m_bucket || prefix != m_prefix)
        return;
    QList<Entry> fresh;
    fresh.reserve(entries.size());
    for (const auto &e : entries) {
        if (e.key == m_prefix || m_rowByKey.contains(e.key))
            continue; // the folder's own marker object, or a repeat
        fresh.append(e);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (auto &e : fresh) {
            m_rowByKey.insert(e.key, int(m_rows.size()));
            m_objectCount += e.size >= 0 ? 1 : 0;
            m_rows.append(std::move(e));
        }
        endInsertRows();
    }
    m_nextToken = nextToken;
    m_complete = nextToken.isEmpty();
    setLoading(false);
}

void BucketModel::pageFailed(const QString &bucket, const QString &prefix, const QString &message)
{
    if (bucket != m_bucket || prefix != m_prefix)
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
    return parent.isValid() ? 0 : int(m_rows.size());
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
    Q_EMIT pageRequested(m_bucket, m_prefix, m_nextToken);
}

QString BucketModel::displayName(const Entry &e) const
{
    QString name = e.key.mid(m_prefix.size());
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
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
        return e.key;
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
