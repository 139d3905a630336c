#pragma once

#include <QDialog>

class QLabel;

namespace sucai::ui {

class QrCodeWidget;

// A link as a QR code to open on a phone, with the link itself, "Copy Link" and "Save Image".
class QrCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeDialog)

public:
    QrCodeDialog(const QString &title, const QString &url, const QString &note,
                 QWidget *parent = nullptr);
    ~QrCodeDialog() override;

    QrCodeWidget *code() const { return m_code; }

private:
    void saveImage();

    QrCodeWidget *m_code;
    QString m_url;
};

} // namespace sucai::ui
