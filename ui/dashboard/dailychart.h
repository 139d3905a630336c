#pragma once

#include "core/usagemodel.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace sucai::ui {

// The month's daily values as columns, painted (crisp at any DPI, light or dark theme): one
// item, or several items of one unit stacked (traffic with traffic, requests with requests).
// The y axis is in the dashboard's units (GB; M or 万次 requests), the x axis the days of the
// month; with one item a dashed line shows its free amount spread over the month (storage: the
// free size). Hovering a day highlights it and shows its exact values in a tooltip.
class DailyChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyChart)

public:
    explicit DailyChart(QWidget *parent = nullptr);
    ~DailyChart() override;

    // The month's samples (a provider's UsageResult::input) and the report computed from them.
    void setData(const core::UsageInput &input, const core::MonthReport &report);
    void clear();
    // What to draw: one item, or several stacked. Items of the other unit than the first are
    // left out (bytes and requests do not add up).
    void setItems(const QList<core::UsageItem> &items);
    QList<core::UsageItem> items() const { return m_items; }
    bool isStacked() const { return m_items.size() > 1; }

    // The day under the mouse (invalid when none).
    QDate hoveredDay() const { return m_hovered; }
    // The tooltip of a day: its date and each shown item's exact value (and their total).
    QString dayText(QDate day) const;
    // Where a day's column is, in widget coordinates (empty outside the month).
    QRectF dayRect(QDate day) const;
    QDate dayAt(const QPointF &pos) const;

    QSize sizeHint() const override { return {900, 180}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

Q_SIGNALS:
    void hoveredDayChanged(QDate day);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Scale
    {
        double max = 0;  // top of the axis, in the display unit
        double step = 0; // between grid lines
        int decimals = 0;
        double guide = -1; // the free amount line in the display unit; < 0: none
    };
    struct Layout
    {
        QRectF plot;   // the columns
        QRectF legend; // above the plot
        qreal slot = 0;
    };

    Scale scale() const;
    Layout layout(const Scale &scale) const;
    // The value shown for `item` on day `index` (0 = the 1st), in the item's unit; -1: none.
    qint64 valueAt(core::UsageItem item, int index) const;
    bool hasAnyValue() const;
    void setHovered(QDate day);

    core::UsageInput m_input;
    core::MonthReport m_report;
    bool m_hasData = false;
    QList<core::UsageItem> m_items;
    QDate m_hovered;
};

} // namespace sucai::ui
