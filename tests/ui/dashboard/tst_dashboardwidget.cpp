// The quota dashboard as a person sees it: a realistic month computed by the real UsageModel
// (storage at 30 of 50 GB, egress past 80 %, read requests past 100 %), what the bars say and
// which state they are in, the projection band on thin data, the chart's hover, the alert
// banner, the CSV and refresh signals, errors in place, and screenshots in English, Chinese
// and a dark theme.
#include "cloud/tencentusageprovider.h"
#include "core/clock.h"
#include "core/freetier.h"
#include "core/pricetable.h"
#include "core/usagemodel.h"
#include "dashboard/dailychart.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/usagebar.h"
#include "testenv.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

using namespace sucai;
using core::UsageItem;
using ui::UsageBar;

namespace {

constexpr qint64 GB = core::kBytesPerGB;

class FixedClock final : public core::Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return 0; }

private:
    QDateTime m_now;
};

struct Month
{
    core::UsageInput input;
    core::MonthReport report;
    ui::DashboardSource source;
    QList<core::UsageAlert> alerts;
};

// November 2026 up to `today` (the 20th: 19 whole days and a partial one), as a provider would
// report it.
Month november(QDate today = QDate(2026, 11, 20))
{
    Month m;
    core::UsageInput &in = m.input;
    in.month = QDate(2026, 11, 1);
    in.today = today;
    in.cdn.activation = QDate(2026, 9, 3);
    for (QDate d = in.month; d <= today; d = d.addDays(1)) {
        const int i = d.day() - 1;
        const bool partial = d == today;
        // 28.1 GB growing by 0.1 GB a day: 30 GB on the 20th.
        in.set(UsageItem::Storage, d, qint64((28.1 + 0.1 * i) * double(GB)));
        // 0.44 GB a day, 0.14 GB so far today: 8.5 GB on the 20th (85 % of 10 GB).
        in.set(UsageItem::Egress, d,
               partial && today.day() == 20 ? qint64(0.14 * double(GB))
                                            : qint64(0.44 * double(GB)));
        in.set(UsageItem::CdnOrigin, d, qint64(0.08 * double(GB)));
        // 53,000 a day, 43,000 so far today: 1,050,000 on the 20th (105 %).
        in.set(UsageItem::ReadRequests, d, partial && today.day() == 20 ? 43'000 : 53'000);
        in.set(UsageItem::WriteRequests, d, partial && today.day() == 20 ? 3'000 : 5'000);
        in.set(UsageItem::Cdn, d, qint64(1.05 * double(GB)));
    }
    QString error;
    const auto tier = core::FreeTier::load({}, &error);
    const auto prices = core::PriceTable::load({}, &error);
    Q_ASSERT(tier && prices);
    m.report = core::UsageModel::compute(in, *tier, *prices);
    m.source.profile = QStringLiteral("Tencent GZ");
    m.source.bucket = QStringLiteral("my-assets-1250000000");
    m.source.sourceName = QStringLiteral("Tencent Cloud Monitor and CDN");
    m.source.fetchedAt = QDateTime(today, QTime(6, 0), Qt::UTC);
    m.source.priceLabel = prices->label;
    m.alerts = core::UsageModel::newAlerts(m.report, core::AlertSettings{}, {});
    return m;
}

QString sourceText(const char *text)
{
    return QCoreApplication::translate("sucai::cloud::TencentUsageProvider", text);
}

} // namespace

class TestDashboardWidget final : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(6, 2), Qt::UTC)};
    QTranslator m_english;

    void show(ui::DashboardWidget &w, const Month &m)
    {
        w.setClock(&m_clock);
        w.setUsage(m.report, m.input, m.source);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

    static void screenshot(QWidget &w, const QString &name)
    {
        // Layout requests after the last change (a banner shown, an error) are posted events.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QString path =
            test::artefactDir(QStringLiteral("screenshots")) + u'/' + name + QStringLiteral(".png");
        QVERIFY2(w.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // As the app does for English: the plural forms of "%n day(s)".
        QVERIFY(m_english.load(QStringLiteral(":/i18n/sucai_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void bars_showTheMonthWithTheirStates()
    {
        const Month m = november();
        ui::DashboardWidget w;
        show(w, m);

        const struct
        {
            UsageItem item;
            QString amount;
            QString percent;
            UsageBar::State state;
        } expected[] = {
            {UsageItem::Storage, QStringLiteral("30.00 / 50 GB"), QStringLiteral("60 %"),
             UsageBar::State::Normal},
            {UsageItem::Egress, QStringLiteral("8.50 / 10 GB"), QStringLiteral("85 %"),
             UsageBar::State::Warning},
            {UsageItem::CdnOrigin, QStringLiteral("1.60 / 10 GB"), QStringLiteral("16 %"),
             UsageBar::State::Normal},
            {UsageItem::ReadRequests, QStringLiteral("1.05 / 1 M"), QStringLiteral("105 %"),
             UsageBar::State::Over},
            {UsageItem::WriteRequests, QStringLiteral("0.10 / 1 M"), QStringLiteral("9 %"),
             UsageBar::State::Normal},
            {UsageItem::Cdn, QStringLiteral("21.00 / 50 GB"), QStringLiteral("42 %"),
             UsageBar::State::Normal},
        };
        for (const auto &e : expected) {
            UsageBar *bar = w.bar(e.item);
            QVERIFY(bar);
            QCOMPARE(bar->amountText(), e.amount);
            QCOMPARE(bar->percentText(), e.percent);
            QCOMPARE(bar->state(), e.state);
            QCOMPARE(bar->property("state").value<UsageBar::State>(), e.state);
            QVERIFY(!bar->hasProjectionBand()); // 19 whole days of data
        }

        // Projection and run-out day, as the model says.
        const core::ItemUsage &egress = m.report.item(UsageItem::Egress);
        QCOMPARE(egress.runsOutOn, QDate(2026, 11, 23));
        UsageBar *egressBar = w.bar(UsageItem::Egress);
        QVERIFY2(egressBar->captionText().contains(QStringLiteral("→ 13.20 GB by 30 Nov (132 %)")),
                 qPrintable(egressBar->captionText()));
        QVERIFY(egressBar->captionText().contains(QStringLiteral("runs out ~23 Nov")));
        QVERIFY(egressBar->scaleMaximum() > 1.3); // the scale grows to show the projection
        UsageBar *reads = w.bar(UsageItem::ReadRequests);
        QVERIFY2(reads->captionText().contains(QStringLiteral("free amount used up on 19 Nov")),
                 qPrintable(reads->captionText()));
        QVERIFY(reads->toolTip().contains(QStringLiteral("1,050,000 requests")));
        QVERIFY(w.bar(UsageItem::Storage)
                    ->captionText()
                    .contains(QStringLiteral("→ 31.00 GB on 30 Nov")));

        // The bill, the first to run out, the CDN package.
        const auto label = [&](const char *name) {
            auto *l = w.findChild<QLabel *>(QLatin1String(name));
            return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
        };
        QVERIFY(m.report.costProjected > 0);
        QCOMPARE(label("billTotalEnd"),
                 QStringLiteral("¥%1").arg(double(m.report.costProjected) / 100, 0, 'f', 2));
        QCOMPARE(label("billSoFar_readRequests"), QStringLiteral("¥0.05"));
        QVERIFY(label("billNote").contains(QStringLiteral("Example prices")));
        QVERIFY2(label("runOutText")
                     .startsWith(QStringLiteral("Read requests: the free amount was used up on")),
                 qPrintable(label("runOutText")));
        QCOMPARE(m.report.cdnPackage.daysLeft, 103);
        QVERIFY2(label("cdnPackageDays").startsWith(QStringLiteral("103 day")),
                 qPrintable(label("cdnPackageDays")));
        QVERIFY(label("cdnPackageText").contains(QStringLiteral("Expires on 3 Mar 2027")));
        QVERIFY2(label("dashboardSubtitle")
                     .contains(QStringLiteral("Source: Tencent Cloud Monitor and CDN")),
                 qPrintable(label("dashboardSubtitle")));
        QVERIFY(label("dashboardSubtitle").contains(QStringLiteral("(2 min ago)")));
        QCOMPARE(label("dashboardTitle"), QStringLiteral("my-assets-1250000000 · Tencent GZ"));
    }

    void bars_showAProjectionBandOnThinData()
    {
        const Month m = november(QDate(2026, 11, 3));
        QVERIFY(m.report.item(UsageItem::Egress).thinData);
        ui::DashboardWidget w;
        show(w, m);
        UsageBar *egress = w.bar(UsageItem::Egress);
        QVERIFY(egress->hasProjectionBand());
        screenshot(w, QStringLiteral("dashboard_thin_en"));
        QVERIFY2(egress->captionText().contains(QStringLiteral("few days of data")),
                 qPrintable(egress->captionText()));
        QVERIFY2(egress->toolTip().contains(QStringLiteral("only 2 whole day")),
                 qPrintable(egress->toolTip()));
    }

    void bars_sayWhatASourceCannotMeasure()
    {
        Month m = november();
        m.source.sourceName = QStringLiteral("Measured by this app only");
        m.source.availability[size_t(UsageItem::Cdn)] =
            cloud::UsageResult::Availability::Unsupported;
        m.source.availability[size_t(UsageItem::CdnOrigin)] =
            cloud::UsageResult::Availability::Failed;
        ui::DashboardWidget w;
        show(w, m);
        QCOMPARE(w.bar(UsageItem::Cdn)->state(), UsageBar::State::Unavailable);
        QCOMPARE(w.bar(UsageItem::Cdn)->captionText(),
                 QStringLiteral("Not measured by this source"));
        QCOMPARE(w.bar(UsageItem::CdnOrigin)->state(), UsageBar::State::Unavailable);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("billEnd_cdn"))->text(), QStringLiteral("—"));
        // The chart offers only what has numbers.
        auto *choice = w.findChild<QComboBox *>(QStringLiteral("chartChoice"));
        QCOMPARE(choice->findData(QStringLiteral("cdn")), -1);
        QCOMPARE(choice->findData(QStringLiteral("traffic")), -1); // egress alone is no stack
        QVERIFY(choice->findData(QStringLiteral("egress")) >= 0);
    }

    void warningThreshold_followsTheAlertSettings()
    {
        const Month m = november();
        ui::DashboardWidget w;
        core::AlertSettings settings;
        settings.itemPercents.insert(UsageItem::Egress, {90, 100});
        settings.itemPercents.insert(UsageItem::Storage, {50, 100});
        w.setAlertSettings(settings);
        show(w, m);
        QCOMPARE(w.bar(UsageItem::Egress)->state(), UsageBar::State::Normal);   // 85 % < 90 %
        QCOMPARE(w.bar(UsageItem::Storage)->state(), UsageBar::State::Warning); // 60 % >= 50 %
    }

    void requests_countIn10kForChinese()
    {
        const Month m = november();
        ui::DashboardWidget w;
        w.setLocale(QLocale(QLocale::Chinese, QLocale::China));
        show(w, m);
        QVERIFY2(
            w.bar(UsageItem::ReadRequests)->amountText().startsWith(QStringLiteral("105.0 / 100 ")),
            qPrintable(w.bar(UsageItem::ReadRequests)->amountText()));
        QVERIFY(
            w.bar(UsageItem::WriteRequests)->amountText().startsWith(QStringLiteral("9.8 / 100 ")));
        QCOMPARE(w.bar(UsageItem::Egress)->amountText(), QStringLiteral("8.50 / 10 GB"));
        QCOMPARE(w.bar(UsageItem::ReadRequests)->percentText().remove(u' '),
                 QStringLiteral("105%"));
    }

    void buttons_emitTheirSignals()
    {
        const Month m = november();
        ui::DashboardWidget w;
        QSignalSpy csv(&w, &ui::DashboardWidget::exportCsvRequested);
        QSignalSpy refresh(&w, &ui::DashboardWidget::refreshRequested);
        auto *exportButton = w.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
        auto *refreshButton = w.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        QVERIFY(exportButton && refreshButton);
        QVERIFY(!exportButton->isEnabled()); // nothing to export yet
        show(w, m);
        QVERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(csv.count(), 1);
        // What the owner writes: the month's days so far, from the samples shown.
        const QByteArray file = core::UsageModel::toCsv(w.input());
        QCOMPARE(file.count("\r\n"), 1 + 20);
        QVERIFY(file.contains("2026-11-20,"));

        QTest::mouseClick(refreshButton, Qt::LeftButton);
        QCOMPARE(refresh.count(), 1);
        w.setBusy(true);
        QVERIFY(!refreshButton->isEnabled());
        QTest::mouseClick(refreshButton, Qt::LeftButton);
        QCOMPARE(refresh.count(), 1);
        w.setBusy(false);
        QVERIFY(refreshButton->isEnabled());
    }

    void banner_showsAlertsUntilDismissed()
    {
        const Month m = november();
        QCOMPARE(m.alerts.size(), 3); // egress 80 %, reads 80 % and 100 %
        ui::DashboardWidget w;
        show(w, m);
        auto *banner = w.findChild<QWidget *>(QStringLiteral("alertBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QSignalSpy acknowledged(&w, &ui::DashboardWidget::alertsAcknowledged);

        w.addAlerts(m.alerts);
        w.addAlerts(m.alerts); // the same again: not twice
        QVERIFY(banner->isVisible());
        QCOMPARE(w.pendingAlertKeys().size(), 3);
        const QString text = w.alertText();
        QVERIFY2(
            text.contains(QStringLiteral("Read requests: this month's free 1,000,000 is used up")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Internet egress has reached 80 %")));
        QVERIFY(
            !text.contains(QStringLiteral("Read requests has reached 80 %"))); // covered by 100 %
        QVERIFY(text.indexOf(QStringLiteral("Read requests")) <
                text.indexOf(QStringLiteral("Internet egress")));

        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("dismissAlertsButton")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(acknowledged.count(), 1);
        QStringList keys = acknowledged.at(0).at(0).toStringList();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("egress:80:2026-11"),
                                    QStringLiteral("readRequests:100:2026-11"),
                                    QStringLiteral("readRequests:80:2026-11")}));
        QVERIFY(w.pendingAlertKeys().isEmpty());
    }

    void chart_hoverShowsTheDaysValues()
    {
        const Month m = november();
        ui::DashboardWidget w;
        show(w, m);
        auto *choice = w.findChild<QComboBox *>(QStringLiteral("chartChoice"));
        ui::DailyChart *chart = w.chart();
        QVERIFY(chart->isStacked()); // traffic, stacked, by default
        choice->setCurrentIndex(choice->findData(QStringLiteral("egress")));
        QCOMPARE(chart->items(), QList<UsageItem>{UsageItem::Egress});

        QSignalSpy hovered(chart, &ui::DailyChart::hoveredDayChanged);
        const QDate day(2026, 11, 12);
        const QRectF column = chart->dayRect(day);
        QVERIFY(!column.isEmpty());
        QCOMPARE(chart->dayAt(column.center()), day);
        QTest::mouseMove(chart, column.center().toPoint());
        QTRY_COMPARE(chart->hoveredDay(), day);
        QCOMPARE(hovered.last().at(0).toDate(), day);
        const QString text = chart->dayText(day);
        const qint64 bytes = m.input.series(UsageItem::Egress).value(day);
        QVERIFY2(text.contains(QStringLiteral("Internet egress: 0.44 GB (%1 bytes)")
                                   .arg(QLocale().toString(bytes))),
                 qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("Thursday, November 12, 2026")));
        QTRY_COMPARE(QToolTip::text(), text);
        screenshot(w, QStringLiteral("dashboard_hover_en"));

        // The neighbour: another day.
        QTest::mouseMove(chart, chart->dayRect(day.addDays(1)).center().toPoint());
        QTRY_COMPARE(chart->hoveredDay(), day.addDays(1));

        // Stacked: each item and the total.
        choice->setCurrentIndex(choice->findData(QStringLiteral("requests")));
        QVERIFY(chart->isStacked());
        const QString stacked = chart->dayText(day);
        QVERIFY2(stacked.contains(QStringLiteral("Read requests: 0.05 M (53,000 requests)")),
                 qPrintable(stacked));
        QVERIFY(stacked.contains(QStringLiteral("Total: 0.06 M (58,000 requests)")));
        QVERIFY(chart->dayText(QDate(2026, 11, 25)).contains(QStringLiteral("Still to come")));
        QTest::mouseMove(chart, QPoint(1, 1));
        QTRY_VERIFY(!chart->hoveredDay().isValid());
    }

    void error_isShownInPlace()
    {
        const Month m = november();
        ui::DashboardWidget w;
        show(w, m);
        auto *area = w.findChild<QWidget *>(QStringLiteral("errorArea"));
        QVERIFY(!area->isVisible());
        const QByteArray body =
            R"json({"Response":{"Error":{"Code":"AuthFailure.UnauthorizedOperation",
            "Message":"you are not authorized to perform operation (monitor:GetMonitorData)"},
            "RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}})json";
        const cloud::StorageError error =
            cloud::TencentUsageApi::parseError(body, cloud::TencentUsageApi::Api::Monitor);
        w.setError(error.toUserText());
        QVERIFY(area->isVisible());
        QVERIFY2(w.errorText().contains(QStringLiteral("monitor:GetMonitorData")),
                 qPrintable(w.errorText()));
        QVERIFY(w.bar(UsageItem::Egress)->state() == UsageBar::State::Warning); // numbers stay
        screenshot(w, QStringLiteral("dashboard_error_en"));
        w.setError({});
        QVERIFY(!area->isVisible());
    }

    void emptyState_beforeTheFirstRefresh()
    {
        ui::DashboardWidget w;
        w.clearUsage(QStringLiteral("Local demo"));
        w.setBusy(true);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("dashboardTitle"))->text(),
                 QStringLiteral("All buckets · Local demo"));
        for (UsageItem item : core::UsageItems::all())
            QCOMPARE(w.bar(item)->state(), UsageBar::State::Unavailable);
        auto *refreshButton = w.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        QVERIFY(!refreshButton->isEnabled());
        QCOMPARE(refreshButton->text(), QStringLiteral("Refreshing…"));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
        QVERIFY(w.chart()->dayText(QDate(2026, 11, 1)).isEmpty());
        screenshot(w, QStringLiteral("dashboard_empty_en"));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en") << QStringLiteral("dashboard_en")
                            << QLocale(QLocale::English, QLocale::UnitedStates) << false;
        QTest::newRow("zh") << QStringLiteral("dashboard_zh")
                            << QLocale(QLocale::Chinese, QLocale::China) << false;
        QTest::newRow("dark") << QStringLiteral("dashboard_dark_en")
                              << QLocale(QLocale::English, QLocale::UnitedStates) << true;
    }
    void screenshots()
    {
        QFETCH(QString, name);
        QFETCH(QLocale, locale);
        QFETCH(bool, dark);
        QTranslator translator;
        if (locale.language() == QLocale::Chinese) {
            QVERIFY(translator.load(locale, QStringLiteral("sucai"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const QLocale previous;
        QLocale::setDefault(locale);
        {
            Month m = november();
            m.source.sourceName = sourceText("Tencent Cloud Monitor and CDN");
            ui::DashboardWidget w;
            if (dark) {
                QPalette p;
                p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
                p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
                p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
                p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
                p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
                p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
                p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
                p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
                p.setColor(QPalette::HighlightedText, Qt::white);
                w.setPalette(p);
            }
            show(w, m);
            w.addAlerts(m.alerts);
            auto *choice = w.findChild<QComboBox *>(QStringLiteral("chartChoice"));
            choice->setCurrentIndex(choice->findData(QStringLiteral("traffic")));
            QVERIFY(w.findChild<QWidget *>(QStringLiteral("alertBanner"))->isVisible());
            // Nothing cut off: every bar gets the height it asks for.
            for (UsageItem item : core::UsageItems::all())
                QVERIFY(w.bar(item)->height() >= w.bar(item)->sizeHint().height());
            screenshot(w, name);
            // Everything fits at 1000 x 700, banner included: nothing to scroll to.
            QVERIFY(!w.findChild<QScrollArea *>()->verticalScrollBar()->isVisible());
        }
        QLocale::setDefault(previous);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
