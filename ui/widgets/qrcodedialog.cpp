#include "qrcodedialog.h"

#include "qrcodewidget.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sucai::ui {

QrCodeDialog::QrCodeDialog(const QString &title, const QString &url, const QString &note,
                           QWidget *parent)
    : QDialog(parent)
    , m_code(new QrCodeWidget(this))
    , m_url(url)
{
    setWindowTitle(title);
    const bool encoded = m_code->setText(url);
    // Long presigned URLs have no spaces: a read-only text that wraps anywhere (and copies
    // exactly) instead of a label that would widen the dialog.
    auto *link = new QPlainTextEdit(url, this);
    link->setObjectName(QStringLiteral("qrLink"));
    link->setReadOnly(true);
    link->setWordWrapMode(QTextOption::WrapAnywhere);
    link->setFrameShape(QFrame::NoFrame);
    link->setBackgroundVisible(false);
    link->viewport()->setAutoFillBackground(false);
    link->setFixedHeight(link->fontMetrics().lineSpacing() * 3 +
                         2 * int(link->document()->documentMargin()) + 4);
    auto *hint = new QLabel(note, this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Link"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save Image..."), QDialogButtonBox::ActionRole);
    save->setEnabled(encoded);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url); });
    connect(save, &QPushButton::clicked, this, &QrCodeDialog::saveImage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_code, 1);
    layout->addWidget(hint);
    layout->addWidget(link);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    resize(380, 560);
}

QrCodeDialog::~QrCodeDialog() = default;

void QrCodeDialog::saveImage()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
                          QStringLiteral("/qr-code.png");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save QR Code"), start, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_code->code().toImage(8).save(path, "PNG"))
        QMessageBox::warning(this, tr("Save QR Code"), tr("Cannot write %1.").arg(path));
}

} // namespace sucai::ui
