#pragma once

#include "core/usageitem.h"
#include "core/usagemodel.h"

#include <QDialog>

#include <array>

class QLineEdit;
class QSettings;
class QSpinBox;

namespace sucai::ui {

// Alert thresholds of the usage dashboard: the percentages of each free-tier item's monthly
// amount at which a notification is raised (default 80 and 100; empty: no alerts for that
// item), and how many days before the new-user CDN package ends to warn. Kept in QSettings.
class AlertSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSettingsDialog)

public:
    explicit AlertSettingsDialog(const core::AlertSettings &settings, QWidget *parent = nullptr);
    ~AlertSettingsDialog() override;

    // What the fields say; invalid entries (not numbers 1…1000) are left out.
    core::AlertSettings settings() const;

    static core::AlertSettings load(const QSettings &s);
    static void save(QSettings &s, const core::AlertSettings &settings);
    // "80, 100" <-> {80, 100}
    static QList<int> parsePercents(const QString &text, bool *ok = nullptr);
    static QString formatPercents(const QList<int> &percents);

    QLineEdit *field(core::UsageItem item) const { return m_fields[size_t(item)]; }
    QSpinBox *cdnDays() const { return m_cdnDays; }

private:
    void validate();

    std::array<QLineEdit *, core::kUsageItemCount> m_fields{};
    QSpinBox *m_cdnDays;
    core::AlertSettings m_base;
};

} // namespace sucai::ui
