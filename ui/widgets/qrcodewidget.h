#pragma once

#include <QBitArray>
#include <QImage>
#include <QWidget>

namespace sucai::ui {

// A QR code (libqrencode), error correction M, drawn crisp at any size and DPI: whole device
// pixels per module, a quiet zone of four modules, dark on white whatever the theme (phones
// read dark-on-light best).
class QrCode final
{
public:
    // Empty (isNull) when the text cannot be encoded (too long for a QR code).
    static QrCode encode(const QByteArray &utf8);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.testBit(y * m_size + x); }
    // An image with `pixelsPerModule` pixels per module, quiet zone included.
    QImage toImage(int pixelsPerModule) const;

    static constexpr int kQuietZone = 4;

private:
    int m_size = 0;
    QBitArray m_modules;
};

class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    ~QrCodeWidget() override;

    // False (and nothing drawn but a note) when the text is too long for a QR code.
    bool setText(const QString &text);
    QString text() const { return m_text; }
    const QrCode &code() const { return m_code; }

    QSize sizeHint() const override { return {280, 280}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QrCode m_code;
};

} // namespace sucai::ui
