#pragma once

#include "cloud/endpoint.h"
#include "cloud/storagetypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sucai::ui {

// Edits what the server keeps with an object besides its bytes: Content-Type, Cache-Control,
// Content-Disposition, Content-Encoding, storage class and user metadata. Applied as a copy of
// the object onto itself with the new headers (ObjectActions::setHeaders).
class PropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesDialog)

public:
    PropertiesDialog(const QString &key, const cloud::ObjectMeta &meta,
                     cloud::Endpoint::Provider provider, QWidget *parent = nullptr);
    ~PropertiesDialog() override;

    // The headers as edited; empty optional (and why) when something cannot be sent.
    std::optional<cloud::ObjectHeaders> headers(QString *why = nullptr) const;
    // The storage classes offered for a provider.
    static QStringList storageClasses(cloud::Endpoint::Provider provider);

    void accept() override;

private:
    void addMetadataRow(const QString &name, const QString &value);

    QComboBox *m_contentType;
    QComboBox *m_cacheControl;
    QLineEdit *m_disposition;
    QLineEdit *m_encoding;
    QComboBox *m_storageClass;
    QTableWidget *m_metadata;
    QLabel *m_problem;
};

} // namespace sucai::ui
