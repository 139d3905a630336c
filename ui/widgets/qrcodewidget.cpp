#include "qrcodewidget.h"

#include <QPainter>
#include <qrencode.h>

namespace sucai::ui {

QrCode QrCode::encode(const QByteArray &utf8)
{
    QrCode code;
    if (utf8.isEmpty())
        return code;
    // 8-bit mode keeps URLs exact (case and all); version 0 = the smallest that fits.
    QRcode *qr = QRcode_encodeData(int(utf8.size()),
                                   reinterpret_cast<const unsigned char *>(utf8.constData()), 0,
                                   QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_modules.resize(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules.setBit(i, qr->data[i] & 1);
    QRcode_free(qr);
    return code;
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    if (isNull() || pixelsPerModule < 1)
        return {};
    const int side = (m_size + 2 * kQuietZone) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!dark(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy)
                for (int dx = 0; dx < pixelsPerModule; ++dx)
                    image.setPixel((x + kQuietZone) * pixelsPerModule + dx,
                                   (y + kQuietZone) * pixelsPerModule + dy, 1);
        }
    }
    return image;
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QrCodeWidget::~QrCodeWidget() = default;

bool QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_code = QrCode::encode(text.toUtf8());
    update();
    return !m_code.isNull();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_code.isNull()) {
        if (!m_text.isEmpty())
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                       tr("This link is too long for a QR code."));
        return;
    }
    // Whole device pixels per module: no blurred or uneven edges at fractional scaling.
    const qreal dpr = devicePixelRatioF();
    const int modules = m_code.size() + 2 * QrCode::kQuietZone;
    const int devicePixels = int(qMin(width(), height()) * dpr);
    const int perModule = qMax(1, devicePixels / modules);
    QImage image = m_code.toImage(perModule);
    image.setDevicePixelRatio(dpr);
    const QSizeF shown = QSizeF(image.size()) / dpr;
    const QPointF at((width() - shown.width()) / 2, (height() - shown.height()) / 2);
    p.drawImage(QPointF(qRound(at.x() * dpr) / dpr, qRound(at.y() * dpr) / dpr), image);
}

} // namespace sucai::ui
