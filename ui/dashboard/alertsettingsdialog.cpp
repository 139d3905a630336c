#include "alertsettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sucai::ui {

namespace {
const QString kGroup = QStringLiteral("dashboard/alertSettings");
} // namespace

AlertSettingsDialog::AlertSettingsDialog(const core::AlertSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_base(settings)
{
    setWindowTitle(tr("Usage Alerts"));
    auto *intro = new QLabel(tr("A desktop notification when an item reaches these percentages "
                                "of its free amount this month (once each). Leave a field empty "
                                "for no alerts on that item."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const core::UsageItem item : core::UsageItems::all()) {
        auto *edit = new QLineEdit(formatPercents(settings.percentsFor(item)));
        edit->setObjectName(core::UsageItems::id(item));
        edit->setPlaceholderText(tr("none"));
        edit->setToolTip(tr("Percentages, separated by commas, e.g. 80, 100"));
        m_fields[size_t(item)] = edit;
        form->addRow(core::UsageItems::name(item) + u':', edit);
        connect(edit, &QLineEdit::textChanged, this, &AlertSettingsDialog::validate);
    }
    m_cdnDays = new QSpinBox;
    m_cdnDays->setRange(-1, 90);
    m_cdnDays->setSpecialValueText(tr("never"));
    m_cdnDays->setSuffix(tr(" days before"));
    m_cdnDays->setValue(settings.cdnExpiryDays < 0 ? -1 : settings.cdnExpiryDays);
    form->addRow(tr("CDN package ends:"), m_cdnDays);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    validate();
}

AlertSettingsDialog::~AlertSettingsDialog() = default;

QList<int> AlertSettingsDialog::parsePercents(const QString &text, bool *ok)
{
    QList<int> out;
    bool good = true;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,，;\\s%]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool isNumber = false;
        const int v = p.toInt(&isNumber);
        if (!isNumber || v < 1 || v > 1000) {
            good = false;
            continue;
        }
        if (!out.contains(v))
            out << v;
    }
    std::sort(out.begin(), out.end());
    if (ok)
        *ok = good;
    return out;
}

QString AlertSettingsDialog::formatPercents(const QList<int> &percents)
{
    QStringList parts;
    for (const int p : percents)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

core::AlertSettings AlertSettingsDialog::settings() const
{
    core::AlertSettings s = m_base;
    s.itemPercents.clear();
    for (const core::UsageItem item : core::UsageItems::all()) {
        const QList<int> p = parsePercents(m_fields[size_t(item)]->text());
        if (p != s.defaultPercents)
            s.itemPercents.insert(item, p);
    }
    s.cdnExpiryDays = m_cdnDays->value();
    return s;
}

void AlertSettingsDialog::validate()
{
    bool all = true;
    for (QLineEdit *e : m_fields) {
        bool ok = true;
        parsePercents(e->text(), &ok);
        e->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b"));
        all = all && ok;
    }
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(all);
}

core::AlertSettings AlertSettingsDialog::load(const QSettings &s)
{
    core::AlertSettings out;
    const QString prefix = kGroup + u'/';
    if (s.contains(prefix + QStringLiteral("default")))
        out.defaultPercents = parsePercents(s.value(prefix + QStringLiteral("default")).toString());
    for (const core::UsageItem item : core::UsageItems::all()) {
        const QString key = prefix + core::UsageItems::id(item);
        if (s.contains(key))
            out.itemPercents.insert(item, parsePercents(s.value(key).toString()));
    }
    out.cdnExpiryDays = s.value(prefix + QStringLiteral("cdnExpiryDays"), 14).toInt();
    return out;
}

void AlertSettingsDialog::save(QSettings &s, const core::AlertSettings &settings)
{
    s.remove(kGroup);
    const QString prefix = kGroup + u'/';
    s.setValue(prefix + QStringLiteral("default"), formatPercents(settings.defaultPercents));
    for (auto it = settings.itemPercents.cbegin(); it != settings.itemPercents.cend(); ++it)
        s.setValue(prefix + core::UsageItems::id(it.key()), formatPercents(it.value()));
    s.setValue(prefix + QStringLiteral("cdnExpiryDays"), settings.cdnExpiryDays);
}

} // namespace sucai::ui
