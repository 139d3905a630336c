#include "dailychart.h"

#include "usageformat.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sucai::ui {

namespace {

constexpr qreal kPad = 8;
constexpr qreal kLegendSwatch = 10;
constexpr double kColumnShare = 0.68; // of a day's slot; the rest is the gap between columns

// A round step for about `lines` grid lines up to `max`: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double max, int lines, int *decimals)
{
    const double raw = max / lines;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    double nice = 10;
    if (f <= 1)
        nice = 1;
    else if (f <= 2)
        nice = 2;
    else if (f <= 2.5)
        nice = 2.5;
    else if (f <= 5)
        nice = 5;
    const double step = nice * magnitude;
    *decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)) + (nice == 2.5 ? 1 : 0));
    return step;
}

qreal crisp(qreal v)
{
    return std::floor(v) + 0.5; // a 1 px line on a pixel, not between two
}

} // namespace

DailyChart::DailyChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dailyChart"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_items = {core::UsageItem::Egress, core::UsageItem::CdnOrigin, core::UsageItem::Cdn};
}

DailyChart::~DailyChart() = default;

void DailyChart::setData(const core::UsageInput &input, const core::MonthReport &report)
{
    m_input = input;
    m_report = report;
    m_hasData = report.month.isValid();
    setHovered({});
    update();
}

void DailyChart::clear()
{
    m_input = {};
    m_report = {};
    m_hasData = false;
    setHovered({});
    update();
}

void DailyChart::setItems(const QList<core::UsageItem> &items)
{
    QList<core::UsageItem> kept;
    for (core::UsageItem item : items) {
        if (!kept.isEmpty() &&
            core::UsageItems::isBytes(item) != core::UsageItems::isBytes(kept.first()))
            continue;
        if (!kept.contains(item))
            kept.append(item);
    }
    m_items = kept;
    update();
    if (m_hovered.isValid() && QToolTip::isVisible())
        QToolTip::showText(QCursor::pos(), dayText(m_hovered), this);
}

qint64 DailyChart::valueAt(core::UsageItem item, int index) const
{
    const QMap<QDate, qint64> &series = m_input.series(item);
    const auto it = series.constFind(m_report.month.addDays(index));
    return it != series.constEnd() && it.value() >= 0 ? it.value() : -1;
}

bool DailyChart::hasAnyValue() const
{
    for (core::UsageItem item : m_items) {
        for (int i = 0; i < m_report.daysInMonth; ++i) {
            if (valueAt(item, i) >= 0)
                return true;
        }
    }
    return false;
}

DailyChart::Scale DailyChart::scale() const
{
    Scale s;
    if (!m_hasData || m_items.isEmpty())
        return s;
    const UsageFormat fmt(locale());
    const core::UsageItem unitItem = m_items.first();
    double top = 0;
    for (int i = 0; i < m_report.daysInMonth; ++i) {
        double sum = 0;
        for (core::UsageItem item : m_items)
            sum += double(std::max<qint64>(0, valueAt(item, i)));
        top = std::max(top, fmt.inDisplayUnit(unitItem, sum));
    }
    if (m_items.size() == 1) {
        const core::ItemUsage &u = m_report.item(unitItem);
        if (u.quota > 0) {
            // Storage's allowance is a size each day; the rest are monthly sums.
            const double perDay = unitItem == core::UsageItem::Storage
                                      ? double(u.quota)
                                      : double(u.quota) / m_report.daysInMonth;
            const double guide = fmt.inDisplayUnit(unitItem, perDay);
            // Only when it is on the same scale as the columns: a line far above them would
            // flatten them to nothing.
            if (top <= 0 || guide <= 2 * top) {
                s.guide = guide;
                top = std::max(top, guide);
            }
        }
    }
    if (top <= 0)
        top = 1;
    s.step = niceStep(top, 4, &s.decimals);
    s.max = std::ceil(top / s.step - 1e-9) * s.step;
    return s;
}

DailyChart::Layout DailyChart::layout(const Scale &s) const
{
    const QFontMetricsF fm(font());
    const UsageFormat fmt(locale());
    qreal labelWidth = 0;
    if (s.step > 0) {
        for (double v = 0; v <= s.max + s.step / 2; v += s.step)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(fmt.number(v, s.decimals)));
    }
    const QRectF r = contentsRect();
    Layout l;
    const qreal legendH = std::ceil(fm.height()) + 6;
    const qreal xLabelH = std::ceil(fm.height()) + 6;
    l.legend = QRectF(r.left(), r.top(), r.width(), legendH);
    l.plot = QRectF(r.left() + std::ceil(labelWidth) + kPad, r.top() + legendH + 4, 0, 0);
    l.plot.setRight(r.right() - kPad);
    l.plot.setBottom(r.bottom() - xLabelH);
    if (m_report.daysInMonth > 0)
        l.slot = l.plot.width() / m_report.daysInMonth;
    return l;
}

QRectF DailyChart::dayRect(QDate day) const
{
    if (!m_hasData || !day.isValid() || day < m_report.month || day >= m_report.month.addMonths(1))
        return {};
    const Layout l = layout(scale());
    const int i = int(m_report.month.daysTo(day));
    return QRectF(l.plot.left() + l.slot * i, l.plot.top(), l.slot, l.plot.height());
}

QDate DailyChart::dayAt(const QPointF &pos) const
{
    if (!m_hasData || m_report.daysInMonth <= 0)
        return {};
    const Layout l = layout(scale());
    if (pos.x() < l.plot.left() || pos.x() >= l.plot.right() || pos.y() < l.plot.top() ||
        pos.y() > l.plot.bottom() || l.slot <= 0)
        return {};
    const int i = std::clamp(int((pos.x() - l.plot.left()) / l.slot), 0, m_report.daysInMonth - 1);
    return m_report.month.addDays(i);
}

QString DailyChart::dayText(QDate day) const
{
    if (!m_hasData || !day.isValid())
        return {};
    const UsageFormat fmt(locale());
    const int index = int(m_report.month.daysTo(day));
    QString title = fmt.locale().toString(day, QLocale::LongFormat);
    if (day == m_report.today)
        title = tr("%1 (today, so far)").arg(title);
    QStringList lines{title};
    if (m_report.today.isValid() && day > m_report.today) {
        lines << tr("Still to come");
        return lines.join(u'\n');
    }
    qint64 total = 0;
    int withValue = 0;
    for (core::UsageItem item : m_items) {
        const qint64 v = valueAt(item, index);
        const QString name = core::UsageItems::name(item);
        if (v < 0) {
            lines << tr("%1: no data").arg(name);
            continue;
        }
        total += v;
        ++withValue;
        lines << tr("%1: %2 (%3)", "item: amount (exact amount)")
                     .arg(name, fmt.amount(item, v), fmt.exact(item, v));
    }
    if (m_items.size() > 1 && withValue > 1) {
        const core::UsageItem unitItem = m_items.first();
        lines << tr("Total: %1 (%2)").arg(fmt.amount(unitItem, total), fmt.exact(unitItem, total));
    }
    return lines.join(u'\n');
}

void DailyChart::setHovered(QDate day)
{
    if (day == m_hovered)
        return;
    m_hovered = day;
    update();
    Q_EMIT hoveredDayChanged(day);
}

void DailyChart::mouseMoveEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position());
    setHovered(day);
    if (day.isValid()) {
        // At once, and following the mouse from column to column, as charts do.
        QToolTip::showText(event->globalPosition().toPoint(), dayText(day), this,
                           dayRect(day).toAlignedRect());
    } else {
        QToolTip::hideText();
    }
    QWidget::mouseMoveEvent(event);
}

void DailyChart::leaveEvent(QEvent *event)
{
    setHovered({});
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

bool DailyChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), dayText(day), this, dayRect(day).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DailyChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void DailyChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = usagecolors::muted(pal);
    const QColor grid = usagecolors::track(pal);
    const UsageFormat fmt(locale());
    const QFontMetricsF fm(font());

    if (!m_hasData || m_items.isEmpty() || !hasAnyValue()) {
        p.setPen(muted);
        p.drawText(contentsRect(), Qt::AlignCenter, tr("No daily numbers for this month yet"));
        return;
    }

    const Scale s = scale();
    const Layout l = layout(s);
    const QRectF plot = l.plot;
    const core::UsageItem unitItem = m_items.first();
    const auto yFor = [&](double v) { return plot.bottom() - plot.height() * (v / s.max); };

    // Legend: the unit at the left, above the axis labels; the series at the right.
    p.setPen(muted);
    p.drawText(l.legend.adjusted(0, 0, 0, -6), Qt::AlignLeft | Qt::AlignVCenter,
               fmt.displayUnit(unitItem));
    struct Entry
    {
        QString label;
        QColor color;
        bool dashed;
    };
    QList<Entry> entries;
    for (core::UsageItem item : m_items)
        entries.append({core::UsageItems::name(item), usagecolors::item(item, pal), false});
    if (s.guide >= 0) {
        entries.append(
            {unitItem == core::UsageItem::Storage ? tr("Free amount") : tr("Free amount per day"),
             muted, true});
    }
    qreal x = l.legend.right() - kPad;
    const qreal legendY = l.legend.center().y() - 3;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const qreal w = fm.horizontalAdvance(it->label);
        x -= w;
        p.setPen(text);
        p.drawText(QRectF(x, l.legend.top(), w, l.legend.height() - 6),
                   Qt::AlignLeft | Qt::AlignVCenter, it->label);
        x -= kLegendSwatch + 6;
        if (it->dashed) {
            QPen pen(it->color, 1.5, Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(x - 4, legendY), QPointF(x + kLegendSwatch, legendY));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(it->color);
            p.drawRoundedRect(QRectF(x, legendY - kLegendSwatch / 2, kLegendSwatch, kLegendSwatch),
                              2, 2);
        }
        x -= 2 * kPad;
    }

    // Grid and y labels.
    p.setBrush(Qt::NoBrush);
    for (double v = 0; v <= s.max + s.step / 2; v += s.step) {
        const qreal y = crisp(yFor(v));
        p.setPen(QPen(v == 0 ? muted : grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(contentsRect().left(), y - fm.height() / 2,
                          plot.left() - kPad - contentsRect().left(), fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, fmt.number(v, s.decimals));
    }

    // The hovered day behind its column.
    if (m_hovered.isValid()) {
        const QRectF r = dayRect(m_hovered);
        p.setPen(Qt::NoPen);
        p.setBrush(usagecolors::mix(pal.color(QPalette::Window), text, 0.08));
        p.drawRect(r);
    }

    // Columns, stacked bottom-up in the order of the items; today's (still running) lighter.
    const qreal columnWidth = std::max<qreal>(1, l.slot * kColumnShare);
    for (int i = 0; i < m_report.daysInMonth; ++i) {
        const QDate day = m_report.month.addDays(i);
        const qreal left = plot.left() + l.slot * i + (l.slot - columnWidth) / 2;
        double base = 0;
        for (core::UsageItem item : m_items) {
            const qint64 v = valueAt(item, i);
            if (v <= 0)
                continue;
            const double top = base + fmt.inDisplayUnit(unitItem, double(v));
            QColor c = usagecolors::item(item, pal);
            if (day == m_report.today)
                c = usagecolors::mix(c, pal.color(QPalette::Window), 0.45);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            const qreal y0 = yFor(base);
            const qreal y1 = yFor(top);
            p.drawRect(QRectF(left, y1, columnWidth, std::max<qreal>(0.5, y0 - y1)));
            base = top;
        }
    }

    // The free amount line (one item).
    if (s.guide >= 0) {
        QPen pen(usagecolors::mix(text, pal.color(QPalette::Window), 0.25), 1.5, Qt::DashLine);
        p.setPen(pen);
        const qreal y = yFor(s.guide);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    // Day numbers below the columns; today in bold.
    const int todayIndex = m_report.today.isValid() && m_report.today >= m_report.month &&
                                   m_report.today < m_report.month.addMonths(1)
                               ? int(m_report.month.daysTo(m_report.today))
                               : -1;
    const qreal labelTop = plot.bottom() + 4;
    const auto drawDay = [&](int i, bool strong) {
        const QString label = fmt.locale().toString(i + 1);
        QFont f = font();
        f.setBold(strong);
        p.setFont(f);
        p.setPen(strong ? text : muted);
        const qreal cx = plot.left() + l.slot * (i + 0.5);
        p.drawText(QRectF(cx - 20, labelTop, 40, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   label);
    };
    const int last = m_report.daysInMonth - 1;
    for (int i = 0; i <= last; ++i) {
        // The 1st, every fifth day, and the last unless it is right after a fifth (31, not 30
        // and 31); none beside today's.
        const bool labelled = i == 0 || (i + 1) % 5 == 0 || (i == last && (i + 1) % 5 >= 2);
        if (!labelled || (todayIndex >= 0 && std::abs(i - todayIndex) < 2))
            continue;
        drawDay(i, false);
    }
    if (todayIndex >= 0)
        drawDay(todayIndex, true);
    p.setFont(font());
}

} // namespace sucai::ui
