#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace sucai::models {

// One folder (prefix) of a bucket as a flat table, filled page by page as the view scrolls:
// canFetchMore() is true while the listing has a continuation token and no page is in flight;
// fetchMore() asks for the next page (pageRequested) and the owner answers with appendPage(),
// inserted with one beginInsertRows. Rows are compact (no QVariant maps), keys map to rows in
// O(1). Qt Core only: the controller that talks to the storage service lives in ui/.
class BucketModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketModel)

public:
    enum Column {
        NameColumn,
        SizeColumn,
        ModifiedColumn,
        TypeColumn,
        StorageClassColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, // full object key or prefix (QString)
        IsFolderRole,               // bool
        SizeRole,                   // qint64 bytes, -1 for folders
        ModifiedRole,               // QDateTime (UTC), invalid for folders
    };

    struct Entry
    {
        QString key;
        qint64 size = -1;        // -1: a folder (common prefix)
        qint64 modifiedSecs = 0; // seconds since the epoch, UTC
        QByteArray storageClass;
    };

    explicit BucketModel(QObject *parent = nullptr);
    ~BucketModel() override;

    // Starts showing bucket/prefix: clears the rows and requests the first page.
    void open(const QString &bucket, const QString &prefix);
    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }

    // The answer to pageRequested(). A stale page (for a folder no longer shown) is ignored.
    void appendPage(const QString &bucket, const QString &prefix, const QList<Entry> &entries,
                    const QByteArray &nextToken);
    void pageFailed(const QString &bucket, const QString &prefix, const QString &message);

    bool isLoading() const { return m_inFlight; }
    bool isComplete() const { return m_complete; }
    int rowForKey(const QString &key) const { return m_rowByKey.value(key, -1); }
    const Entry &entry(int row) const { return m_rows.at(row); }
    qint64 objectCount() const { return m_objectCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageRequested(const QString &bucket, const QString &prefix, const QByteArray &token);
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    QString displayName(const Entry &e) const;
    QString typeName(const Entry &e) const;
    void setLoading(bool loading);

    QString m_bucket;
    QString m_prefix;
    QList<Entry> m_rows;
    QHash<QString, int> m_rowByKey;
    QByteArray m_nextToken;
    qint64 m_objectCount = 0;
    bool m_inFlight = false;
    bool m_complete = false;
    mutable QHash<QString, QString> m_typeBySuffix;
};

} // namespace sucai::models
