#include "usagebar.h"

#include "usageformat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sucai::ui {

namespace {

constexpr qreal kLineGap = 5;    // between the text line and the bar (room for the marker)
constexpr qreal kCaptionGap = 4; // between the bar and the caption
constexpr qreal kMarkerReach = 3;
constexpr qreal kColumnGap = 12;
// The bar's scale stops growing here (or at the used amount, if more): a projection far beyond
// it is drawn at the end of the bar rather than squeezing the fill into a sliver.
constexpr double kMaxScale = 2.0;

usagecolors::Level levelFor(UsageBar::State state)
{
    switch (state) {
    case UsageBar::State::Warning:
        return usagecolors::Level::Warning;
    case UsageBar::State::Over:
        return usagecolors::Level::Over;
    default:
        return usagecolors::Level::Normal;
    }
}

// Whether `amount` is at least `percent` % of `quota`, exactly (no floating point).
bool reaches(qint64 amount, qint64 quota, int percent)
{
    return static_cast<long double>(amount) * 100 >= static_cast<long double>(quota) * percent;
}

} // namespace

UsageBar::UsageBar(core::UsageItem item, QWidget *parent)
    : QWidget(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("usageBar_") + core::UsageItems::id(item));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_usage.item = item;
    updateTexts();
}

UsageBar::~UsageBar() = default;

QString UsageBar::name() const
{
    return core::UsageItems::name(m_item);
}

void UsageBar::setUsage(const core::ItemUsage &usage, const core::MonthReport &report)
{
    m_usage = usage;
    m_monthEnd = report.month.isValid() ? report.month.addMonths(1).addDays(-1) : QDate();
    m_today = report.today;
    m_complete = report.complete;
    m_currency = report.currency;
    m_unavailable = false;
    m_unavailableReason.clear();
    updateTexts();
}

void UsageBar::setUnavailable(const QString &reason)
{
    m_usage = core::ItemUsage{};
    m_usage.item = m_item;
    m_unavailable = true;
    m_unavailableReason = reason;
    updateTexts();
}

void UsageBar::setWarningPercent(int percent)
{
    m_warningPercent = std::clamp(percent, 1, 100);
    updateTexts();
}

void UsageBar::updateTexts()
{
    const UsageFormat fmt(locale());
    const core::ItemUsage &u = m_usage;
    const QString dash = QStringLiteral("—");

    m_band = false;
    m_showProjection = false;
    m_scaleMax = 1.0;
    m_projectionText.clear();
    m_runOutText.clear();
    m_runOutPast = false;

    if (m_unavailable) {
        m_state = State::Unavailable;
        m_amountText = dash;
        m_percentText = dash;
        m_projectionText = m_unavailableReason;
    } else if (!u.hasData) {
        m_state = State::NoData;
        m_amountText = u.quota > 0 ? fmt.usedOfQuota(m_item, 0, u.quota) : dash;
        m_percentText = u.quota > 0 ? fmt.percent(0) : dash;
        m_projectionText = tr("No data for this month yet");
    } else if (u.quota <= 0) {
        m_state = u.used > 0 ? State::Over : State::Normal;
        m_amountText = tr("%1 used", "an amount with no free part").arg(fmt.amount(m_item, u.used));
        m_percentText = dash;
        m_projectionText = u.used > 0 ? tr("No free amount this month: all of it is billed")
                                      : tr("No free amount this month");
    } else {
        if (reaches(u.used, u.quota, 100))
            m_state = State::Over;
        else if (reaches(u.used, u.quota, m_warningPercent))
            m_state = State::Warning;
        else
            m_state = State::Normal;
        m_amountText = fmt.usedOfQuota(m_item, u.used, u.quota);
        m_percentText = fmt.percent(u.usedFraction());

        m_showProjection = !m_complete && m_monthEnd.isValid();
        m_band = m_showProjection && u.thinData && u.projectedHigh > u.projectedLow;
        if (m_showProjection) {
            const QString amount = m_band ? fmt.range(m_item, u.projectedLow, u.projectedHigh)
                                          : fmt.amount(m_item, u.projected);
            const QString day = fmt.shortDate(m_monthEnd);
            const QString pct = fmt.percent(u.projectedFraction());
            m_projectionText =
                m_item == core::UsageItem::Storage
                    ? tr("→ %1 on %2 (%3)", "projected storage size on the last day")
                          .arg(amount, day, pct)
                    : tr("→ %1 by %2 (%3)", "projected month total").arg(amount, day, pct);
            if (m_band)
                m_projectionText = tr("%1, few days of data", "a projection shown as a range")
                                       .arg(m_projectionText);
        } else if (m_complete) {
            m_projectionText = tr("Month complete");
        }
        if (u.runsOutOn) {
            const QString day = fmt.shortDate(*u.runsOutOn);
            m_runOutPast = m_complete || (m_today.isValid() && *u.runsOutOn <= m_today);
            m_runOutText = m_runOutPast ? tr("free amount used up on %1").arg(day)
                                        : tr("runs out ~%1").arg(day);
        }
        const double top =
            m_showProjection ? std::max(u.usedFraction(), double(u.projectedHigh) / double(u.quota))
                             : u.usedFraction();
        m_scaleMax = std::clamp(top, 1.0, std::max(kMaxScale, u.usedFraction()));
    }

    m_captionText = m_projectionText;
    if (!m_runOutText.isEmpty()) {
        m_captionText = m_captionText.isEmpty()
                            ? m_runOutText
                            : tr("%1 · %2", "caption parts").arg(m_captionText, m_runOutText);
    }

    // Exact numbers, for whoever wants them.
    QStringList tip{name()};
    if (m_unavailable) {
        tip << m_unavailableReason;
    } else {
        if (u.hasData) {
            tip << (m_item == core::UsageItem::Storage ? tr("Latest daily average: %1 (%2)")
                                                       : tr("Used this month: %1 (%2)"))
                       .arg(fmt.amount(m_item, u.used), fmt.exact(m_item, u.used));
        }
        if (u.quota > 0) {
            tip << (m_item == core::UsageItem::Storage ? tr("Free: %1 (%2) every day")
                                                       : tr("Free this month: %1 (%2)"))
                       .arg(fmt.quota(m_item, u.quota), fmt.exact(m_item, u.quota));
            if (u.hasData)
                tip << tr("Used: %1 of the free amount").arg(m_percentText);
        } else {
            tip << tr("No free amount this month");
        }
        if (u.hasData && m_showProjection) {
            const QString day = fmt.shortDate(m_monthEnd);
            if (m_band) {
                tip << tr("Projected by %1: %2, most likely %3 (only %n whole day(s) of data)",
                          nullptr, u.daysOfData)
                           .arg(day, fmt.range(m_item, u.projectedLow, u.projectedHigh),
                                fmt.amount(m_item, u.projected));
            } else {
                tip << tr("Projected by %1: %2 (%3)")
                           .arg(day, fmt.amount(m_item, u.projected),
                                fmt.exact(m_item, u.projected));
            }
        }
        if (!m_runOutText.isEmpty()) {
            tip << (m_runOutPast ? tr("Free amount used up on %1")
                                 : tr("At this pace the free amount runs out on %1"))
                       .arg(fmt.locale().toString(*u.runsOutOn, QLocale::LongFormat));
        }
        if (u.hasData && !m_currency.isEmpty() && (u.costSoFar > 0 || u.costProjected > 0)) {
            tip << tr("Estimated beyond the free tier: %1 so far, %2 by the month's end")
                       .arg(fmt.money(u.costSoFar, m_currency),
                            fmt.money(u.costProjected, m_currency));
        }
        if (u.hasData && u.lastDataDay.isValid())
            tip << tr("Data up to %1").arg(fmt.shortDate(u.lastDataDay));
    }
    setToolTip(tip.join(u'\n'));
    setAccessibleName(name());
    setAccessibleDescription(
        QStringList{m_amountText, m_percentText, m_captionText}.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QFont UsageBar::captionFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

UsageBar::Geometry UsageBar::geometry() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF cfm(captionFont());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    const QRectF r = contentsRect();
    const qreal lineH = std::ceil(fm.height());
    const qreal barH = std::max<qreal>(8, std::round(lineH * 0.55));
    Geometry g;
    g.line = QRectF(r.left(), r.top(), r.width(), lineH);
    g.bar = QRectF(r.left(), g.line.bottom() + kLineGap, r.width(), barH);
    g.caption = QRectF(r.left(), g.bar.bottom() + kCaptionGap, r.width(), std::ceil(cfm.height()));
    // Wide enough for "100 %" and more, so that the percentages of all bars line up.
    const UsageFormat fmt(locale());
    g.percentWidth = std::ceil(
        std::max(bfm.horizontalAdvance(fmt.percent(9.99)), bfm.horizontalAdvance(m_percentText)));
    return g;
}

QRectF UsageBar::barRect() const
{
    return geometry().bar;
}

QSize UsageBar::sizeHint() const
{
    const Geometry g = geometry();
    const QMargins m = contentsMargins();
    return {460, int(std::ceil(g.caption.bottom() - g.line.top())) + m.top() + m.bottom() + 2};
}

QSize UsageBar::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

void UsageBar::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        updateTexts();
        break;
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void UsageBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPalette &pal = palette();
    const Geometry g = geometry();
    const bool active = m_state != State::Unavailable;
    const QColor text = active ? pal.color(QPalette::WindowText) : usagecolors::muted(pal);
    const QColor muted = usagecolors::muted(pal);
    const bool hasFill =
        m_state == State::Normal || m_state == State::Warning || m_state == State::Over;
    const QColor levelColor = usagecolors::level(levelFor(m_state), pal);

    // Text line: name at the left; amount and percentage at the right, in columns.
    QFont bold = font();
    bold.setBold(true);
    const qreal percentLeft = g.line.right() - g.percentWidth;
    p.setFont(bold);
    p.setPen(hasFill && m_usage.quota > 0 ? levelColor : muted);
    p.drawText(QRectF(percentLeft, g.line.top(), g.percentWidth, g.line.height()),
               Qt::AlignRight | Qt::AlignVCenter, m_percentText);
    p.setFont(font());
    const QFontMetricsF fm(font());
    const qreal amountRight = percentLeft - kColumnGap;
    const qreal amountWidth = fm.horizontalAdvance(m_amountText);
    p.setPen(text);
    p.drawText(QRectF(amountRight - amountWidth, g.line.top(), amountWidth, g.line.height()),
               Qt::AlignRight | Qt::AlignVCenter, m_amountText);
    const qreal nameWidth =
        std::max<qreal>(0, amountRight - amountWidth - kColumnGap - g.line.left());
    p.drawText(QRectF(g.line.left(), g.line.top(), nameWidth, g.line.height()),
               Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(name(), Qt::ElideRight, nameWidth));

    // The bar.
    const QRectF bar = g.bar;
    const qreal radius = bar.height() / 2;
    const auto xFor = [&](double fraction) {
        return bar.left() + bar.width() * std::clamp(fraction / m_scaleMax, 0.0, 1.0);
    };
    QPainterPath trackPath;
    trackPath.addRoundedRect(bar, radius, radius);
    QColor trackColor = usagecolors::track(pal);
    p.setPen(Qt::NoPen);
    p.setBrush(trackColor);
    p.drawPath(trackPath);

    const core::ItemUsage &u = m_usage;
    const bool fractions = hasFill && u.quota > 0;
    QColor projectionColor = muted;
    if (fractions && m_showProjection) {
        if (reaches(u.projected, u.quota, 100))
            projectionColor = usagecolors::level(usagecolors::Level::Over, pal);
        else if (reaches(u.projected, u.quota, m_warningPercent))
            projectionColor = usagecolors::level(usagecolors::Level::Warning, pal);
    }

    p.save();
    p.setClipPath(trackPath);
    if (fractions && m_band) {
        const qreal x0 = xFor(double(u.projectedLow) / double(u.quota));
        const qreal x1 = xFor(double(u.projectedHigh) / double(u.quota));
        QColor band = projectionColor;
        band.setAlphaF(0.35f);
        p.setBrush(band);
        p.drawRect(QRectF(x0, bar.top(), std::max<qreal>(1, x1 - x0), bar.height()));
    }
    if (fractions) {
        const qreal x = xFor(u.usedFraction());
        if (x > bar.left()) {
            p.setBrush(levelColor);
            // Rounded at the right end; the left end is rounded by the clip.
            p.drawRoundedRect(QRectF(bar.left() - bar.height(), bar.top(),
                                     x - bar.left() + bar.height(), bar.height()),
                              radius, radius);
        }
        if (m_scaleMax > 1.0) {
            // A notch where the free amount ends.
            const qreal x1 = xFor(1.0);
            p.setBrush(usagecolors::surface(pal));
            p.drawRect(QRectF(x1 - 1, bar.top(), 2, bar.height()));
        }
    }
    p.restore();

    if (fractions && m_showProjection) {
        const qreal x = std::clamp(xFor(u.projectedFraction()), bar.left() + 1, bar.right() - 1);
        QPen pen(projectionColor, 2.0, Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(x, bar.top() - kMarkerReach), QPointF(x, bar.bottom() + kMarkerReach));
    }

    // Caption: projection at the left (muted), run-out day at the right (coloured).
    const QFont cf = captionFont();
    const QFontMetricsF cfm(cf);
    p.setFont(cf);
    qreal runOutWidth = 0;
    if (!m_runOutText.isEmpty()) {
        runOutWidth = cfm.horizontalAdvance(m_runOutText);
        p.setPen(usagecolors::level(
            m_runOutPast ? usagecolors::Level::Over : usagecolors::Level::Warning, pal));
        p.drawText(g.caption, Qt::AlignRight | Qt::AlignVCenter, m_runOutText);
    }
    const qreal leftWidth =
        std::max<qreal>(0, g.caption.width() - (runOutWidth > 0 ? runOutWidth + kColumnGap : 0));
    p.setPen(muted);
    p.drawText(QRectF(g.caption.left(), g.caption.top(), leftWidth, g.caption.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               cfm.elidedText(m_projectionText, Qt::ElideRight, leftWidth));
}

} // namespace sucai::ui
