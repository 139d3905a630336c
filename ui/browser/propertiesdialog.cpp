#include "propertiesdialog.h"

#include "core/uploadencoding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sucai::ui {

namespace {
bool printableAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}
} // namespace

QStringList PropertiesDialog::storageClasses(cloud::Endpoint::Provider provider)
{
    if (provider == cloud::Endpoint::Provider::TencentCos)
        return {QStringLiteral("STANDARD"),
                QStringLiteral("STANDARD_IA"),
                QStringLiteral("INTELLIGENT_TIERING"),
                QStringLiteral("ARCHIVE"),
                QStringLiteral("DEEP_ARCHIVE"),
                QStringLiteral("MAZ_STANDARD"),
                QStringLiteral("MAZ_STANDARD_IA")};
    return {QStringLiteral("STANDARD"),    QStringLiteral("STANDARD_IA"),
            QStringLiteral("ONEZONE_IA"),  QStringLiteral("INTELLIGENT_TIERING"),
            QStringLiteral("GLACIER_IR"),  QStringLiteral("GLACIER"),
            QStringLiteral("DEEP_ARCHIVE")};
}

PropertiesDialog::PropertiesDialog(const QString &key, const cloud::ObjectMeta &meta,
                                   cloud::Endpoint::Provider provider, QWidget *parent)
    : QDialog(parent)
    , m_contentType(new QComboBox(this))
    , m_cacheControl(new QComboBox(this))
    , m_disposition(new QLineEdit(this))
    , m_encoding(new QLineEdit(this))
    , m_storageClass(new QComboBox(this))
    , m_metadata(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Properties of %1").arg(key.mid(key.lastIndexOf(u'/') + 1)));
    m_contentType->setObjectName(QStringLiteral("contentType"));
    m_contentType->setEditable(true);
    const QString current = QString::fromLatin1(meta.headers.contentType);
    QStringList types = {QStringLiteral("image/png"),
                         QStringLiteral("image/jpeg"),
                         QStringLiteral("image/webp"),
                         QStringLiteral("image/svg+xml"),
                         QStringLiteral("application/json"),
                         QStringLiteral("text/html; charset=utf-8"),
                         QStringLiteral("text/css"),
                         QStringLiteral("application/javascript"),
                         QStringLiteral("audio/mpeg"),
                         QStringLiteral("video/mp4"),
                         QStringLiteral("application/octet-stream")};
    if (!current.isEmpty() && !types.contains(current))
        types.prepend(current);
    m_contentType->addItems(types);
    m_contentType->setCurrentText(current);

    m_cacheControl->setObjectName(QStringLiteral("cacheControl"));
    m_cacheControl->setEditable(true);
    m_cacheControl->addItem(QString());
    for (const auto &preset : core::CacheControl::presets())
        m_cacheControl->addItem(QString::fromLatin1(preset.value));
    m_cacheControl->setCurrentText(QString::fromLatin1(meta.headers.cacheControl));
    m_cacheControl->lineEdit()->setPlaceholderText(tr("none (the CDN or browser decides)"));

    m_disposition->setObjectName(QStringLiteral("contentDisposition"));
    m_disposition->setText(QString::fromLatin1(meta.headers.contentDisposition));
    m_disposition->setPlaceholderText(
        tr("e.g. attachment; filename=\"%1\"").arg(key.mid(key.lastIndexOf(u'/') + 1)));
    m_encoding->setObjectName(QStringLiteral("contentEncoding"));
    m_encoding->setText(QString::fromLatin1(meta.headers.contentEncoding));

    m_storageClass->setObjectName(QStringLiteral("storageClass"));
    QStringList classes = storageClasses(provider);
    const QString currentClass = QString::fromLatin1(
        meta.headers.storageClass.isEmpty() ? QByteArray("STANDARD") : meta.headers.storageClass);
    if (!classes.contains(currentClass))
        classes.prepend(currentClass);
    m_storageClass->addItems(classes);
    m_storageClass->setCurrentText(currentClass);

    m_metadata->setObjectName(QStringLiteral("metadata"));
    m_metadata->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setMinimumHeight(120);
    for (const auto &[name, value] : meta.headers.userMetadata)
        addMetadataRow(QString::fromLatin1(name), QString::fromUtf8(value));
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addMetadataRow({}, {});
        m_metadata->editItem(m_metadata->item(m_metadata->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_metadata->currentRow();
        if (row >= 0)
            m_metadata->removeRow(row);
    });
    auto *metaButtons = new QHBoxLayout;
    metaButtons->addWidget(add);
    metaButtons->addWidget(remove);
    metaButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Content-Type:"), m_contentType);
    form->addRow(tr("Cache-Control:"), m_cacheControl);
    form->addRow(tr("Content-Disposition:"), m_disposition);
    form->addRow(tr("Content-Encoding:"), m_encoding);
    form->addRow(tr("Storage class:"), m_storageClass);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();

    auto *note = new QLabel(tr("Saving copies the object onto itself with these headers; its "
                               "bytes do not change. Archive classes take time to read back."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("User metadata:"), this));
    layout->addWidget(m_metadata, 1);
    layout->addLayout(metaButtons);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 480);
}

PropertiesDialog::~PropertiesDialog() = default;

void PropertiesDialog::addMetadataRow(const QString &name, const QString &value)
{
    const int row = m_metadata->rowCount();
    m_metadata->insertRow(row);
    m_metadata->setItem(row, 0, new QTableWidgetItem(name));
    m_metadata->setItem(row, 1, new QTableWidgetItem(value));
}

std::optional<cloud::ObjectHeaders> PropertiesDialog::headers(QString *why) const
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    cloud::ObjectHeaders h;
    const QString type = m_contentType->currentText().trimmed();
    const QString cache = m_cacheControl->currentText().trimmed();
    const QString disposition = m_disposition->text().trimmed();
    const QString encoding = m_encoding->text().trimmed();
    for (const auto &[label, value] :
         {std::pair{tr("Content-Type"), type}, std::pair{tr("Cache-Control"), cache},
          std::pair{tr("Content-Disposition"), disposition},
          std::pair{tr("Content-Encoding"), encoding}}) {
        if (!printableAscii(value))
            return fail(tr("%1 must be plain ASCII text on one line.").arg(label));
    }
    h.contentType = type.toLatin1();
    h.cacheControl = cache.toLatin1();
    h.contentDisposition = disposition.toLatin1();
    h.contentEncoding = encoding.toLatin1();
    h.storageClass = m_storageClass->currentText().toLatin1();
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    QSet<QString> seen;
    for (int row = 0; row < m_metadata->rowCount(); ++row) {
        const QString name =
            m_metadata->item(row, 0) ? m_metadata->item(row, 0)->text().trimmed() : QString();
        const QString value =
            m_metadata->item(row, 1) ? m_metadata->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (!validName.match(name).hasMatch())
            return fail(
                tr("Metadata name \"%1\" may hold only letters, digits, - and _.").arg(name));
        if (seen.contains(name.toLower()))
            return fail(tr("Metadata name \"%1\" appears twice.").arg(name));
        seen.insert(name.toLower());
        if (!printableAscii(value))
            return fail(tr("The value of \"%1\" must be plain ASCII text on one line (S3 sends "
                           "metadata as HTTP headers).")
                            .arg(name));
        h.userMetadata.append({name.toLower().toLatin1(), value.toLatin1()});
    }
    return h;
}

void PropertiesDialog::accept()
{
    QString why;
    if (!headers(&why)) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace sucai::ui
