#pragma once

#include "core/usagemodel.h"

#include <QWidget>

namespace sucai::ui {

// One free-tier item of the month as a bar, painted (crisp at any DPI, light or dark theme):
//
//   Internet egress                                   8.50 / 10 GB    85 %
//   [██████████████████████████████████████▌░░░░│░░░░░░░]
//   → 12.90 GB by 30 Nov (129 %) · runs out ~24 Nov
//
// The fill is coloured by threshold (normal, at or above the warning percentage, used up), a
// marker shows the month-end projection (with its band when the model has few days of data),
// and when the amount goes beyond the free tier the bar's scale grows and a notch marks 100 %.
// The tooltip gives the exact numbers. The bar only shows what core::UsageModel computed.
class UsageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBar)
    Q_PROPERTY(sucai::ui::UsageBar::State state READ state)
    Q_PROPERTY(QString name READ name)
    Q_PROPERTY(QString amountText READ amountText)
    Q_PROPERTY(QString percentText READ percentText)
    Q_PROPERTY(QString captionText READ captionText)
    Q_PROPERTY(bool projectionBand READ hasProjectionBand)

public:
    enum class State {
        Normal,      // below the warning percentage
        Warning,     // at or above it
        Over,        // the free amount is used up (or there is none and some was used)
        NoData,      // the source measures it but has no day of this month yet
        Unavailable, // the source cannot tell (not measured, or asking failed)
    };
    Q_ENUM(State)

    explicit UsageBar(core::UsageItem item, QWidget *parent = nullptr);
    ~UsageBar() override;

    // The item's numbers from the report (report.item(item())).
    void setUsage(const core::ItemUsage &usage, const core::MonthReport &report);
    // Nothing to show; `reason` says why ("Not measured by this source").
    void setUnavailable(const QString &reason);
    // The fill turns to the warning colour at this percentage of the free amount (default 80).
    void setWarningPercent(int percent);
    int warningPercent() const { return m_warningPercent; }

    core::UsageItem item() const { return m_item; }
    State state() const { return m_state; }
    QString name() const;
    QString amountText() const { return m_amountText; }   // "8.50 / 10 GB"
    QString percentText() const { return m_percentText; } // "85 %"; "—" without a free amount
    QString captionText() const { return m_captionText; } // projection and run-out day
    bool hasProjectionBand() const { return m_band; }

    // Where the bar itself is drawn, and the fraction of the free amount at its right end
    // (1 unless the used or projected amount goes beyond the free amount).
    QRectF barRect() const;
    double scaleMaximum() const { return m_scaleMax; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF line;    // name, amount, percent
        QRectF bar;     // the bar
        QRectF caption; // projection and run-out
        qreal percentWidth = 0;
    };
    Geometry geometry() const;
    QFont captionFont() const;
    void updateTexts();

    core::UsageItem m_item;
    core::ItemUsage m_usage;
    QDate m_monthEnd;
    QDate m_today;
    bool m_complete = false;
    QString m_currency;
    bool m_unavailable = true;
    QString m_unavailableReason;
    int m_warningPercent = 80;

    State m_state = State::Unavailable;
    QString m_amountText;
    QString m_percentText;
    QString m_captionText;
    QString m_projectionText;
    QString m_runOutText;
    bool m_runOutPast = false;
    bool m_band = false;
    bool m_showProjection = false;
    double m_scaleMax = 1.0;
};

} // namespace sucai::ui
