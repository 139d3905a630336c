#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace sucai::ui {

// Adds the icons to BucketModel's rows: the model carries raw values (IsFolderRole), the UI
// decides how they look.
class BucketIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketIconProxy)

public:
    explicit BucketIconProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QIcon m_folder;
    QIcon m_file;
};

} // namespace sucai::ui
