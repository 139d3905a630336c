#include "bucketiconproxy.h"

#include "models/bucketmodel.h"

#include <QApplication>
#include <QStyle>

namespace sucai::ui {

BucketIconProxy::BucketIconProxy(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_folder(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
    , m_file(QApplication::style()->standardIcon(QStyle::SP_FileIcon))
{}

QVariant BucketIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == models::BucketModel::NameColumn) {
        const bool folder =
            QIdentityProxyModel::data(index, models::BucketModel::IsFolderRole).toBool();
        return folder ? m_folder : m_file;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace sucai::ui
