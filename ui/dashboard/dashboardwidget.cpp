#include "dashboardwidget.h"

#include "core/clock.h"
#include "dailychart.h"
#include "usagebar.h"
#include "usageformat.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace sucai::ui {

namespace {

constexpr int kMaxBannerLines = 3;
constexpr int kTickMs = 30'000; // "updated n min ago" stays right
constexpr qreal kRadius = 6;

// A rounded panel on the window: a card for a group of numbers, or, with a level, a tinted
// message (the alert banner, the error area) with a stripe of the level's colour.
class Panel final : public QFrame
{
public:
    explicit Panel(QWidget *parent = nullptr)
        : QFrame(parent)
    {}
    void setLevel(std::optional<usagecolors::Level> level)
    {
        m_level = level;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(r, kRadius, kRadius);
        if (m_level) {
            const QColor tint = usagecolors::tint(*m_level, pal);
            const QColor strong = usagecolors::level(*m_level, pal);
            p.setPen(QPen(usagecolors::mix(tint, strong, 0.35), 1));
            p.setBrush(tint);
            p.drawPath(path);
            p.setClipPath(path);
            p.setPen(Qt::NoPen);
            p.setBrush(strong);
            p.drawRect(QRectF(r.left(), r.top(), 4, r.height()));
        } else {
            p.setPen(QPen(usagecolors::track(pal), 1));
            p.setBrush(usagecolors::surface(pal));
            p.drawPath(path);
        }
    }

private:
    std::optional<usagecolors::Level> m_level;
};

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

void setTextColor(QWidget *w, const QColor &color)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    w->setPalette(p);
}

void setScaledFont(QWidget *w, qreal factor, bool bold)
{
    QFont f = w->font();
    if (factor != 1.0)
        f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}

// The lowest threshold below 100 % for an item: where its bar turns to the warning colour.
int warningPercentFor(const core::AlertSettings &settings, core::UsageItem item)
{
    const QList<int> percents = settings.percentsFor(item);
    if (percents.isEmpty())
        return 80; // alerts off: the bar still warns at the usual place
    int lowest = 100;
    for (int p : percents) {
        if (p > 0 && p < lowest)
            lowest = p;
    }
    return lowest;
}

} // namespace

DashboardSource DashboardSource::fromResult(const cloud::UsageResult &result,
                                            const QString &profile, const QString &bucket,
                                            const QString &priceLabel)
{
    DashboardSource s;
    s.profile = profile;
    s.bucket = bucket;
    s.sourceName = result.source;
    s.fetchedAt = result.fetchedAt;
    s.availability = result.availability;
    s.priceLabel = priceLabel;
    return s;
}

std::array<DashboardSource::Availability, core::kUsageItemCount> DashboardSource::allAvailable()
{
    std::array<Availability, core::kUsageItemCount> a{};
    a.fill(Availability::Available);
    return a;
}

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_clock(&core::Clock::system())
{
    setObjectName(QStringLiteral("dashboard"));

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(16, 10, 16, 10);
    root->setSpacing(8);

    // Header.
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = makeLabel(QStringLiteral("dashboardTitle"), this);
    setScaledFont(m_title, 1.35, true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = makeLabel(QStringLiteral("dashboardSubtitle"), this);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setEnabled(false); // nothing to export yet
    header->addWidget(m_refresh, 0, Qt::AlignVCenter);
    header->addWidget(m_export, 0, Qt::AlignVCenter);
    root->addLayout(header);

    // Alert banner, until dismissed.
    auto *banner = new Panel(this);
    banner->setObjectName(QStringLiteral("alertBanner"));
    banner->setLevel(usagecolors::Level::Warning);
    m_banner = banner;
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(16, 6, 8, 6);
    bannerLayout->setSpacing(12);
    m_bannerText = makeLabel(QStringLiteral("alertText"), banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_dismiss = new QPushButton(banner);
    m_dismiss->setObjectName(QStringLiteral("dismissAlertsButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    banner->hide();
    root->addWidget(banner);

    // Error, in place.
    auto *errorArea = new Panel(this);
    errorArea->setObjectName(QStringLiteral("errorArea"));
    errorArea->setLevel(usagecolors::Level::Over);
    m_errorArea = errorArea;
    auto *errorLayout = new QVBoxLayout(errorArea);
    errorLayout->setContentsMargins(16, 8, 12, 8);
    errorLayout->setSpacing(2);
    m_errorTitle = makeLabel(QStringLiteral("errorTitle"), errorArea);
    setScaledFont(m_errorTitle, 1.0, true);
    m_errorText = makeLabel(QStringLiteral("errorText"), errorArea);
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_errorTitle);
    errorLayout->addWidget(m_errorText);
    errorArea->hide();
    root->addWidget(errorArea);

    // Body, scrolled when the window is small.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Window);
    auto *body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("dashboardBody"));
    scroll->setWidget(body);
    scroll->viewport()->setAutoFillBackground(false);
    body->setAutoFillBackground(false);
    root->addWidget(scroll, 1);

    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    bodyLayout->addLayout(top);

    // Bars.
    auto *barsCard = new Panel(body);
    barsCard->setObjectName(QStringLiteral("freeTierCard"));
    auto *barsLayout = new QVBoxLayout(barsCard);
    barsLayout->setContentsMargins(14, 8, 14, 10);
    barsLayout->setSpacing(6);
    m_barsTitle = makeLabel(QStringLiteral("freeTierTitle"), barsCard);
    setScaledFont(m_barsTitle, 1.0, true);
    barsLayout->addWidget(m_barsTitle);
    for (core::UsageItem item : core::UsageItems::all()) {
        auto *bar = new UsageBar(item, barsCard);
        m_bars[size_t(item)] = bar;
        barsLayout->addWidget(bar);
    }
    barsLayout->addStretch(1);
    top->addWidget(barsCard, 11);

    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    top->addLayout(side, 9);

    // Bill.
    auto *billCard = new Panel(body);
    billCard->setObjectName(QStringLiteral("billCard"));
    auto *billLayout = new QVBoxLayout(billCard);
    billLayout->setContentsMargins(14, 8, 14, 10);
    billLayout->setSpacing(6);
    m_billTitle = makeLabel(QStringLiteral("billTitle"), billCard);
    setScaledFont(m_billTitle, 1.0, true);
    m_billTitle->setWordWrap(true);
    billLayout->addWidget(m_billTitle);
    auto *billGrid = new QGridLayout;
    billGrid->setHorizontalSpacing(16);
    billGrid->setVerticalSpacing(3);
    billGrid->setColumnStretch(0, 1);
    m_billSoFarHeader = makeLabel(QStringLiteral("billSoFarHeader"), billCard);
    m_billEndHeader = makeLabel(QStringLiteral("billEndHeader"), billCard);
    billGrid->addWidget(m_billSoFarHeader, 0, 1, Qt::AlignRight);
    billGrid->addWidget(m_billEndHeader, 0, 2, Qt::AlignRight);
    int row = 1;
    for (core::UsageItem item : core::UsageItems::all()) {
        const QString id = core::UsageItems::id(item);
        m_billNames[size_t(item)] = makeLabel(QStringLiteral("billName_") + id, billCard);
        m_billSoFar[size_t(item)] = makeLabel(QStringLiteral("billSoFar_") + id, billCard);
        m_billEnd[size_t(item)] = makeLabel(QStringLiteral("billEnd_") + id, billCard);
        billGrid->addWidget(m_billNames[size_t(item)], row, 0);
        billGrid->addWidget(m_billSoFar[size_t(item)], row, 1, Qt::AlignRight);
        billGrid->addWidget(m_billEnd[size_t(item)], row, 2, Qt::AlignRight);
        ++row;
    }
    auto *rule = new QFrame(billCard);
    rule->setObjectName(QStringLiteral("billRule"));
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    billGrid->addWidget(rule, row++, 0, 1, 3);
    m_billTotalName = makeLabel(QStringLiteral("billTotalName"), billCard);
    m_billTotalSoFar = makeLabel(QStringLiteral("billTotalSoFar"), billCard);
    m_billTotalEnd = makeLabel(QStringLiteral("billTotalEnd"), billCard);
    for (QLabel *l : {m_billTotalName, m_billTotalSoFar, m_billTotalEnd})
        setScaledFont(l, 1.0, true);
    billGrid->addWidget(m_billTotalName, row, 0);
    billGrid->addWidget(m_billTotalSoFar, row, 1, Qt::AlignRight);
    billGrid->addWidget(m_billTotalEnd, row, 2, Qt::AlignRight);
    billLayout->addLayout(billGrid);
    m_billNote = makeLabel(QStringLiteral("billNote"), billCard);
    m_billNote->setWordWrap(true);
    setScaledFont(m_billNote, 0.9, false);
    billLayout->addWidget(m_billNote);
    side->addWidget(billCard);

    // Outlook: the first item to run out, and the new-user CDN package.
    auto *outlookCard = new Panel(body);
    outlookCard->setObjectName(QStringLiteral("outlookCard"));
    auto *outlook = new QVBoxLayout(outlookCard);
    outlook->setContentsMargins(14, 8, 14, 10);
    outlook->setSpacing(2);
    m_runOutTitle = makeLabel(QStringLiteral("runOutTitle"), outlookCard);
    setScaledFont(m_runOutTitle, 1.0, true);
    m_runOutText = makeLabel(QStringLiteral("runOutText"), outlookCard);
    m_runOutText->setWordWrap(true);
    m_cdnTitle = makeLabel(QStringLiteral("cdnPackageTitle"), outlookCard);
    setScaledFont(m_cdnTitle, 1.0, true);
    m_cdnDays = makeLabel(QStringLiteral("cdnPackageDays"), outlookCard);
    m_cdnText = makeLabel(QStringLiteral("cdnPackageText"), outlookCard);
    m_cdnText->setWordWrap(true);
    outlook->addWidget(m_runOutTitle);
    outlook->addWidget(m_runOutText);
    outlook->addSpacing(10);
    outlook->addWidget(m_cdnTitle);
    outlook->addWidget(m_cdnDays);
    outlook->addWidget(m_cdnText);
    outlook->addStretch(1);
    side->addWidget(outlookCard, 1);

    // Daily chart.
    auto *chartCard = new Panel(body);
    chartCard->setObjectName(QStringLiteral("chartCard"));
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(14, 6, 14, 8);
    chartLayout->setSpacing(4);
    auto *chartHeader = new QHBoxLayout;
    m_chartTitle = makeLabel(QStringLiteral("chartTitle"), chartCard);
    setScaledFont(m_chartTitle, 1.0, true);
    m_chartChoice = new QComboBox(chartCard);
    m_chartChoice->setObjectName(QStringLiteral("chartChoice"));
    m_chartChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chartHeader->addWidget(m_chartTitle, 1);
    chartHeader->addWidget(m_chartChoice);
    chartLayout->addLayout(chartHeader);
    m_chart = new DailyChart(chartCard);
    m_chart->setMinimumHeight(150);
    chartLayout->addWidget(m_chart, 1);
    bodyLayout->addWidget(chartCard, 1);

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &DashboardWidget::updateSubtitle);
    m_tick->start();

    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::refreshRequested);
    connect(m_export, &QPushButton::clicked, this, &DashboardWidget::exportCsvRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &DashboardWidget::dismissAlerts);
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &DashboardWidget::onChartChoice);

    retranslate();
    applyColors();
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setUsage(const core::MonthReport &report, const core::UsageInput &input,
                               const DashboardSource &source)
{
    m_report = report;
    m_input = input;
    m_source = source;
    m_hasUsage = true;
    m_chart->setData(input, report);
    updateHeader();
    updateBars();
    updateBill();
    updateOutlook();
    updateChartChoices();
    m_export->setEnabled(true);
}

void DashboardWidget::clearUsage(const QString &profile, const QString &bucket)
{
    m_report = {};
    m_input = {};
    m_source = {};
    m_source.profile = profile;
    m_source.bucket = bucket;
    m_hasUsage = false;
    m_chart->clear();
    updateHeader();
    updateBars();
    updateBill();
    updateOutlook();
    updateChartChoices();
    m_export->setEnabled(false);
}

void DashboardWidget::setError(const QString &message)
{
    m_errorText->setText(message);
    m_errorArea->setVisible(!message.isEmpty());
}

QString DashboardWidget::errorText() const
{
    return m_errorArea->isHidden() ? QString() : m_errorText->text();
}

void DashboardWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy);
    m_refresh->setText(busy ? tr("Refreshing…") : tr("Refresh"));
}

void DashboardWidget::setAlertSettings(const core::AlertSettings &settings)
{
    m_alertSettings = settings;
    for (UsageBar *bar : m_bars)
        bar->setWarningPercent(warningPercentFor(settings, bar->item()));
    updateOutlook(); // the CDN package's days left turn to the warning colour at cdnExpiryDays
}

void DashboardWidget::addAlerts(const QList<core::UsageAlert> &alerts)
{
    for (const core::UsageAlert &a : alerts) {
        const bool known = std::any_of(m_alerts.cbegin(), m_alerts.cend(),
                                       [&](const core::UsageAlert &b) { return b.key == a.key; });
        if (!known)
            m_alerts.append(a);
    }
    updateBanner();
}

void DashboardWidget::clearAlerts()
{
    m_alerts.clear();
    updateBanner();
}

QStringList DashboardWidget::pendingAlertKeys() const
{
    QStringList keys;
    for (const core::UsageAlert &a : m_alerts)
        keys.append(a.key);
    return keys;
}

QString DashboardWidget::alertText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void DashboardWidget::setClock(const core::Clock *clock)
{
    m_clock = clock ? clock : &core::Clock::system();
    updateSubtitle();
}

void DashboardWidget::dismissAlerts()
{
    const QStringList keys = pendingAlertKeys();
    m_alerts.clear();
    updateBanner();
    if (!keys.isEmpty())
        Q_EMIT alertsAcknowledged(keys);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
        applyColors();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void DashboardWidget::retranslate()
{
    setBusy(m_busy);
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save this month's daily usage as a CSV file"));
    m_refresh->setToolTip(tr("Ask the source for the latest numbers"));
    m_dismiss->setText(tr("Dismiss"));
    m_errorTitle->setText(tr("The usage numbers could not be refreshed"));
    m_barsTitle->setText(tr("Free tier this month"));
    m_billTitle->setText(tr("Estimated bill beyond the free tier"));
    m_billSoFarHeader->setText(tr("So far"));
    m_billEndHeader->setText(tr("By month end"));
    m_billTotalName->setText(tr("Total"));
    m_runOutTitle->setText(tr("First to run out"));
    m_cdnTitle->setText(tr("CDN new-user package"));
    m_chartTitle->setText(tr("Daily usage"));
    for (core::UsageItem item : core::UsageItems::all())
        m_billNames[size_t(item)]->setText(core::UsageItems::name(item));
    updateHeader();
    updateBars();
    updateBill();
    updateOutlook();
    updateChartChoices();
    updateBanner();
}

void DashboardWidget::applyColors()
{
    const QPalette &pal = palette();
    const QColor muted = usagecolors::muted(pal);
    for (QWidget *w : std::initializer_list<QWidget *>{m_subtitle, m_billSoFarHeader,
                                                       m_billEndHeader, m_billNote, m_cdnText})
        setTextColor(w, muted);
    setTextColor(m_errorTitle, usagecolors::level(usagecolors::Level::Over, pal));
    updateBill();
    updateOutlook();
}

void DashboardWidget::updateHeader()
{
    const QString profile = m_source.profile;
    const QString bucket = m_source.bucket.isEmpty() ? tr("All buckets") : m_source.bucket;
    m_title->setText(profile.isEmpty() ? bucket
                                       : tr("%1 · %2", "bucket · profile").arg(bucket, profile));
    updateSubtitle();
}

void DashboardWidget::updateSubtitle()
{
    const UsageFormat fmt(locale());
    QStringList parts;
    if (m_hasUsage && m_report.month.isValid())
        parts << fmt.monthTitle(m_report.month);
    if (!m_source.sourceName.isEmpty())
        parts << tr("Source: %1").arg(m_source.sourceName);
    if (m_source.fetchedAt.isValid()) {
        const QDateTime local = m_source.fetchedAt.toLocalTime();
        const QDateTime now = m_clock->nowUtc().toLocalTime();
        const QString time = local.date() == now.date()
                                 ? fmt.locale().toString(local.time(), QLocale::ShortFormat)
                                 : fmt.locale().toString(local, QLocale::ShortFormat);
        const qint64 minutes = local.secsTo(now) / 60;
        QString ago;
        if (minutes < 1 && local.secsTo(now) > -60)
            ago = tr("just now");
        else if (minutes >= 1 && minutes < 60)
            ago = tr("%n min ago", nullptr, int(minutes));
        else if (minutes >= 60 && minutes < 24 * 60)
            ago = tr("%n h ago", nullptr, int(minutes / 60));
        parts << (ago.isEmpty() ? tr("Updated %1").arg(time)
                                : tr("Updated %1 (%2)", "time (how long ago)").arg(time, ago));
    } else if (!m_hasUsage) {
        parts << tr("No usage numbers yet");
    }
    m_subtitle->setText(parts.join(tr(" · ", "separator")));
}

void DashboardWidget::updateBars()
{
    for (UsageBar *bar : m_bars) {
        const core::UsageItem item = bar->item();
        if (!m_hasUsage) {
            bar->setUnavailable(tr("No numbers yet"));
            continue;
        }
        switch (m_source.availabilityOf(item)) {
        case DashboardSource::Availability::Available:
            bar->setUsage(m_report.item(item), m_report);
            break;
        case DashboardSource::Availability::Unsupported:
            bar->setUnavailable(tr("Not measured by this source"));
            break;
        case DashboardSource::Availability::Failed:
            bar->setUnavailable(tr("Could not be read this time"));
            break;
        }
    }
}

void DashboardWidget::updateBill()
{
    const UsageFormat fmt(locale());
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = usagecolors::muted(pal);
    const QString dash = QStringLiteral("—");
    const QString currency = m_report.currency;
    const auto show = [&](QLabel *label, qint64 minor, bool known) {
        label->setText(known && !currency.isEmpty() ? fmt.money(minor, currency) : dash);
        setTextColor(label, known && minor > 0 ? text : muted);
    };
    for (core::UsageItem item : core::UsageItems::all()) {
        const bool known =
            m_hasUsage && m_source.availabilityOf(item) == DashboardSource::Availability::Available;
        const core::ItemUsage &u = m_report.item(item);
        show(m_billSoFar[size_t(item)], u.costSoFar, known);
        show(m_billEnd[size_t(item)], u.costProjected, known && !m_report.complete);
        setTextColor(m_billNames[size_t(item)], known ? text : muted);
    }
    show(m_billTotalSoFar, m_report.costSoFar, m_hasUsage);
    show(m_billTotalEnd, m_report.costProjected, m_hasUsage && !m_report.complete);
    setTextColor(m_billTotalName, text);
    if (m_hasUsage && m_report.costProjected > 0)
        setTextColor(m_billTotalEnd, usagecolors::level(usagecolors::Level::Over, pal));

    m_billTitle->setText(currency.isEmpty()
                             ? tr("Estimated bill beyond the free tier")
                             : tr("Estimated bill beyond the free tier (%1)").arg(currency));
    QString note;
    if (m_hasUsage && m_report.examplePrices)
        note = tr("Example prices, not a quote: put your own in prices.json in the data folder.");
    else if (m_hasUsage && !m_source.priceLabel.isEmpty())
        note = tr("Prices: %1").arg(m_source.priceLabel);
    if (m_hasUsage && m_report.complete)
        note = note.isEmpty() ? tr("The month is over: these are its final numbers.")
                              : tr("%1 The month is over.").arg(note);
    m_billNote->setText(note);
    m_billNote->setToolTip(m_source.priceLabel);
    m_billNote->setVisible(!note.isEmpty());
    m_billEndHeader->setText(m_report.complete ? tr("Month") : tr("By month end"));
}

void DashboardWidget::updateOutlook()
{
    const UsageFormat fmt(locale());
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);

    // The first item to run out, and on which day.
    if (!m_hasUsage) {
        m_runOutText->setText(QStringLiteral("—"));
        setTextColor(m_runOutText, usagecolors::muted(pal));
    } else if (m_report.firstToRunOut) {
        const QString name = core::UsageItems::name(*m_report.firstToRunOut);
        const QDate day = m_report.firstRunOutDay;
        const bool past = m_report.complete || (m_report.today.isValid() && day <= m_report.today);
        const QString date = fmt.shortDate(day);
        if (past) {
            m_runOutText->setText(tr("%1: the free amount was used up on %2.").arg(name, date));
        } else {
            const int days = int(m_report.today.daysTo(day));
            m_runOutText->setText(
                tr("%1: at this pace the free amount runs out on %2, in %n day(s).", nullptr, days)
                    .arg(name, date));
        }
        setTextColor(
            m_runOutText,
            usagecolors::level(past ? usagecolors::Level::Over : usagecolors::Level::Warning, pal));
    } else {
        m_runOutText->setText(m_report.complete
                                  ? tr("Every item stayed within its free amount.")
                                  : tr("At this pace every item stays within its free amount "
                                       "this month."));
        setTextColor(m_runOutText, text);
    }

    // The new-user CDN package.
    const core::CdnPackageWindow &w = m_report.cdnPackage;
    if (!m_hasUsage) {
        m_cdnDays->setText(QStringLiteral("—"));
        m_cdnText->clear();
        setTextColor(m_cdnDays, usagecolors::muted(pal));
    } else if (!w.known) {
        m_cdnDays->setText(tr("No activation date"));
        m_cdnText->setText(tr("Set the CDN activation date in the profile to follow the package."));
        setTextColor(m_cdnDays, usagecolors::muted(pal));
    } else if (w.activeToday) {
        m_cdnDays->setText(tr("%n day(s) left", nullptr, w.daysLeft));
        m_cdnText->setText(
            tr("Expires on %1\nActivated on %2").arg(fmt.date(w.expiresOn), fmt.date(w.start)));
        const bool soon =
            m_alertSettings.cdnExpiryDays >= 0 && w.daysLeft <= m_alertSettings.cdnExpiryDays;
        setTextColor(m_cdnDays, soon ? usagecolors::level(usagecolors::Level::Warning, pal)
                                     : usagecolors::level(usagecolors::Level::Normal, pal));
    } else if (m_report.today.isValid() && m_report.today >= w.expiresOn) {
        m_cdnDays->setText(tr("Expired"));
        m_cdnText->setText(tr("Expired on %1").arg(fmt.date(w.expiresOn)));
        setTextColor(m_cdnDays, usagecolors::muted(pal));
    } else {
        m_cdnDays->setText(tr("Not started"));
        m_cdnText->setText(tr("Starts on %1").arg(fmt.date(w.start)));
        setTextColor(m_cdnDays, usagecolors::muted(pal));
    }
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_cdnDays->setFont(big);
}

void DashboardWidget::updateChartChoices()
{
    const QString previous = m_chartChoice->currentData().toString();
    const auto available = [&](core::UsageItem item) {
        return m_hasUsage &&
               m_source.availabilityOf(item) == DashboardSource::Availability::Available &&
               m_report.item(item).hasData;
    };
    QSignalBlocker block(m_chartChoice);
    m_chartChoice->clear();
    const auto addGroup = [&](const QString &key, const QString &label,
                              const QList<core::UsageItem> &items) {
        QStringList ids;
        for (core::UsageItem item : items) {
            if (available(item))
                ids << core::UsageItems::id(item);
        }
        if (ids.size() > 1) {
            m_chartChoice->addItem(label, key);
            m_chartChoice->setItemData(m_chartChoice->count() - 1, ids, Qt::UserRole + 1);
        }
    };
    addGroup(QStringLiteral("traffic"), tr("Traffic, stacked"),
             {core::UsageItem::Egress, core::UsageItem::CdnOrigin, core::UsageItem::Cdn});
    addGroup(QStringLiteral("requests"), tr("Requests, stacked"),
             {core::UsageItem::ReadRequests, core::UsageItem::WriteRequests});
    for (core::UsageItem item : core::UsageItems::all()) {
        if (!available(item))
            continue;
        const QString id = core::UsageItems::id(item);
        m_chartChoice->addItem(core::UsageItems::name(item), id);
        m_chartChoice->setItemData(m_chartChoice->count() - 1, QStringList{id}, Qt::UserRole + 1);
    }
    const int index = m_chartChoice->findData(previous);
    m_chartChoice->setCurrentIndex(index >= 0 ? index : 0);
    m_chartChoice->setVisible(m_chartChoice->count() > 0);
    onChartChoice();
}

void DashboardWidget::onChartChoice()
{
    QList<core::UsageItem> items;
    const QStringList ids = m_chartChoice->currentData(Qt::UserRole + 1).toStringList();
    for (const QString &id : ids) {
        if (const auto item = core::UsageItems::fromId(id))
            items << *item;
    }
    m_chart->setItems(items);
}

void DashboardWidget::updateBanner()
{
    if (m_alerts.isEmpty()) {
        m_banner->hide();
        m_bannerText->clear();
        return;
    }
    bool over = false;
    QStringList lines;
    for (const core::UsageAlert &a : m_alerts) {
        if (a.kind == core::UsageAlert::Kind::Threshold && a.percent >= 100)
            over = true;
    }
    // The most pressing first: used up, then thresholds by height, then the CDN package.
    QList<core::UsageAlert> sorted = m_alerts;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const core::UsageAlert &a, const core::UsageAlert &b) {
            const int pa = a.kind == core::UsageAlert::Kind::Threshold ? a.percent : -1;
            const int pb = b.kind == core::UsageAlert::Kind::Threshold ? b.percent : -1;
            return pa > pb;
        });
    // One line per item: its highest threshold says it all.
    QList<core::UsageAlert> shown;
    for (const core::UsageAlert &a : sorted) {
        const bool covered = std::any_of(shown.cbegin(), shown.cend(), [&](const auto &s) {
            return s.kind == a.kind && s.item == a.item;
        });
        if (!covered)
            shown.append(a);
    }
    for (qsizetype i = 0; i < shown.size() && i < kMaxBannerLines; ++i)
        lines << core::UsageModel::alertText(shown.at(i), locale());
    if (shown.size() > kMaxBannerLines)
        lines << tr("And %n more.", nullptr, int(shown.size() - kMaxBannerLines));
    m_bannerText->setText(lines.join(u'\n'));
    static_cast<Panel *>(m_banner)->setLevel(over ? usagecolors::Level::Over
                                                  : usagecolors::Level::Warning);
    m_banner->show();
}

} // namespace sucai::ui
