// The dashboard's controller with a fake usage provider that reports a known month (egress past
// 80 %, read requests past 100 %): a refresh fills the view; each alert is notified once, also
// across a restart (fired keys in the settings), and stays in the banner until dismissed; the
// background timer refreshes; cached numbers show at once on a switch back; errors (provider,
// broken data files, a CSV that cannot be written) are shown in place; the CSV is written with
// a BOM through QSaveFile, also through the non-modal file dialog.
#include "cloud/usageprovider.h"
#include "core/clock.h"
#include "core/usagemodel.h"
#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardwidget.h"
#include "testenv.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sucai;
using core::UsageItem;
using namespace std::chrono_literals;

namespace {

constexpr qint64 GB = core::kBytesPerGB;
const QDate kToday(2026, 11, 20);

class FixedClock final : public core::Clock
{
public:
    // Noon UTC: the 20th in every time zone the tests may run in.
    QDateTime now = QDateTime(kToday, QTime(12, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
    qint64 monotonicMs() const override { return 0; }
};

// November 2026 up to `today`, as the dashboard widget's test has it: storage 30 of 50 GB,
// egress 8.5 of 10 GB (85 %), read requests 1,050,000 of 1,000,000 (105 %).
void fillNovember(core::UsageInput &in, QDate first, QDate today)
{
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        const int i = d.day() - 1;
        const bool partial = d == today;
        in.set(UsageItem::Storage, d, qint64((28.1 + 0.1 * i) * double(GB)));
        in.set(UsageItem::Egress, d,
               partial ? qint64(0.14 * double(GB)) : qint64(0.44 * double(GB)));
        in.set(UsageItem::CdnOrigin, d, qint64(0.08 * double(GB)));
        in.set(UsageItem::ReadRequests, d, partial ? 43'000 : 53'000);
        in.set(UsageItem::WriteRequests, d, partial ? 3'000 : 5'000);
        in.set(UsageItem::Cdn, d, qint64(1.05 * double(GB)));
    }
}

// A provider whose answers the test decides: the month above, an error, or no answer at all.
class FakeProvider final : public cloud::UsageProvider
{
public:
    int fetches = 0;
    bool hold = false;        // never answer
    cloud::StorageError fail; // answer with this error (and no numbers) when set
    QDate askedMonth;
    QDate askedToday;

    QString sourceName() const override { return QStringLiteral("Fake source"); }
    QList<UsageItem> supportedItems() const override { return core::UsageItems::all(); }

protected:
    void startFetch(QDate firstDay, QDate lastDay) override
    {
        ++fetches;
        askedMonth = month();
        askedToday = today();
        if (hold)
            return;
        cloud::UsageResult r = newResult();
        if (!fail.ok()) {
            r.error = fail;
            r.availability.fill(cloud::UsageResult::Availability::Failed);
        } else {
            fillNovember(r.input, firstDay, lastDay);
        }
        complete(r);
    }
    void abortFetch() override {}
};

ui::DashboardScope scope(const QString &key = QStringLiteral("p-1"))
{
    ui::DashboardScope s;
    s.profileKey = key;
    s.profileName = QStringLiteral("Tencent GZ");
    s.bucket = QStringLiteral("my-assets-1250000000");
    s.cdn.activation = QDate(2026, 9, 3);
    return s;
}

// A view, its controller and the provider they were given.
struct Rig
{
    FixedClock clock;
    QTemporaryDir data;
    ui::DashboardWidget view;
    ui::DashboardController controller{&view};
    FakeProvider *provider = nullptr;

    Rig()
    {
        controller.setClock(&clock);
        controller.loadTables(data.path()); // no user files: the shipped tier, example prices
    }

    FakeProvider *attach(const ui::DashboardScope &s = scope())
    {
        auto p = std::make_unique<FakeProvider>();
        provider = p.get();
        controller.setProvider(std::move(p), s);
        return provider;
    }

    bool waitRefreshed()
    {
        QSignalSpy spy(&controller, &ui::DashboardController::refreshed);
        return spy.wait(5000);
    }
};

qint64 sum(const QMap<QDate, qint64> &series)
{
    qint64 total = 0;
    for (const qint64 v : series)
        total += v;
    return total;
}

} // namespace

class TestDashboardController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Fired alerts and the CSV folder in a private settings file, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("dashboardcontroller"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QSettings().clear(); }

    void refresh_showsTheProvidersNumbers()
    {
        Rig rig;
        QSignalSpy refreshed(&rig.controller, &ui::DashboardController::refreshed);
        FakeProvider *p = rig.attach(); // nothing cached: it asks at once
        QVERIFY(rig.view.isBusy());
        QVERIFY(!rig.view.hasUsage());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(p->fetches, 1);
        QCOMPARE(p->askedMonth, QDate(2026, 11, 1));
        QCOMPARE(p->askedToday, kToday);

        QVERIFY(!rig.view.isBusy());
        QVERIFY(rig.view.hasUsage());
        QCOMPARE(rig.view.errorText(), QString());
        const core::UsageInput &in = rig.view.input();
        QCOMPARE(in.month, QDate(2026, 11, 1));
        QCOMPARE(rig.view.report().item(UsageItem::Egress).used, sum(in.series(UsageItem::Egress)));
        QCOMPARE(rig.view.report().item(UsageItem::ReadRequests).used, 1'050'000);
        QCOMPARE(rig.view.report().item(UsageItem::Egress).quota, 10 * GB);
        // The scope's CDN profile reached the model: the new-user package is known.
        QVERIFY(rig.view.report().cdnPackage.known);
        QCOMPARE(rig.view.report().cdnPackage.expiresOn, QDate(2027, 3, 3));
        QCOMPARE(rig.view.source().profile, QStringLiteral("Tencent GZ"));
        QCOMPARE(rig.view.source().bucket, QStringLiteral("my-assets-1250000000"));
        QCOMPARE(rig.view.source().sourceName, QStringLiteral("Fake source"));
        QVERIFY(rig.view.source().priceLabel.contains(QStringLiteral("Example")));

        // The view's Refresh button asks again.
        auto *button = rig.view.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(p->fetches, 2);
    }

    void alerts_fireOnceEach()
    {
        Rig rig;
        QSignalSpy notified(&rig.controller, &ui::DashboardController::notify);
        rig.attach();
        QVERIFY(rig.waitRefreshed());
        QCOMPARE(notified.size(), 1); // one notification for the three crossings
        const QString title = notified.at(0).at(0).toString();
        const QString message = notified.at(0).at(1).toString();
        QVERIFY2(title.contains(QStringLiteral("Tencent GZ")), qPrintable(title));
        QVERIFY2(message.contains(QStringLiteral("Read requests")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Internet egress has reached 80 %")));
        // Read requests' 80 % is covered by its 100 %: one line per item.
        QCOMPARE(message.count(u'\n'), 1);
        QStringList pending = rig.view.pendingAlertKeys();
        pending.sort();
        QCOMPARE(pending, (QStringList{QStringLiteral("egress:80:2026-11"),
                                       QStringLiteral("readRequests:100:2026-11"),
                                       QStringLiteral("readRequests:80:2026-11")}));

        // The same numbers again: nothing new to say.
        rig.controller.refresh();
        QVERIFY(rig.waitRefreshed());
        QCOMPARE(rig.provider->fetches, 2);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(rig.view.pendingAlertKeys().size(), 3);

        // A lower threshold crossed now is new, and fires once.
        core::AlertSettings settings;
        settings.itemPercents.insert(UsageItem::Storage, {50, 100});
        rig.controller.setAlertSettings(settings);
        QCOMPARE(notified.size(), 2);
        QVERIFY2(
            notified.at(1).at(1).toString().contains(core::UsageItems::name(UsageItem::Storage)),
            qPrintable(notified.at(1).at(1).toString()));
        QVERIFY(rig.view.pendingAlertKeys().contains(QStringLiteral("storage:50:2026-11")));
        rig.controller.refresh();
        QVERIFY(rig.waitRefreshed());
        QCOMPARE(notified.size(), 2);
    }

    void alerts_firedKeysSurviveARestart()
    {
        {
            Rig first;
            QSignalSpy notified(&first.controller, &ui::DashboardController::notify);
            first.attach();
            QVERIFY(first.waitRefreshed());
            QCOMPARE(notified.size(), 1);
        }
        {
            // Restarted: no notification, but the banner still shows what was never dismissed.
            Rig second;
            QSignalSpy notified(&second.controller, &ui::DashboardController::notify);
            second.attach();
            QVERIFY(second.waitRefreshed());
            QCOMPARE(notified.size(), 0);
            QCOMPARE(second.view.pendingAlertKeys().size(), 3);
            second.view.resize(1000, 700);
            second.view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&second.view));
            QTest::mouseClick(
                second.view.findChild<QPushButton *>(QStringLiteral("dismissAlertsButton")),
                Qt::LeftButton);
            QVERIFY(second.view.pendingAlertKeys().isEmpty());
        }
        {
            // Dismissed: not even in the banner any more.
            Rig third;
            QSignalSpy notified(&third.controller, &ui::DashboardController::notify);
            third.attach();
            QVERIFY(third.waitRefreshed());
            QCOMPARE(notified.size(), 0);
            QVERIFY(third.view.pendingAlertKeys().isEmpty());
        }
        {
            // Another profile has alerts of its own.
            Rig other;
            QSignalSpy notified(&other.controller, &ui::DashboardController::notify);
            other.attach(scope(QStringLiteral("p-2/with a slash")));
            QVERIFY(other.waitRefreshed());
            QCOMPARE(notified.size(), 1);
        }
        // Kept per profile and month in the settings.
        QSettings settings;
        QVERIFY(settings.value(QStringLiteral("dashboard/alerts/p-1/2026-11/fired"))
                    .toStringList()
                    .contains(QStringLiteral("egress:80:2026-11")));
        QCOMPARE(settings.value(QStringLiteral("dashboard/alerts/p-1/2026-11/acknowledged"))
                     .toStringList()
                     .size(),
                 3);
    }

    void timer_refreshesInTheBackground()
    {
        Rig rig;
        rig.controller.setRefreshInterval(100ms);
        QCOMPARE(rig.controller.refreshInterval(), 100ms);
        FakeProvider *p = rig.attach();
        QVERIFY(rig.waitRefreshed());
        QTRY_VERIFY_WITH_TIMEOUT(p->fetches >= 3, 10'000);
        // Without a provider, no more refreshes; what is known still shows.
        QSignalSpy refreshed(&rig.controller, &ui::DashboardController::refreshed);
        rig.controller.setProvider(nullptr, scope());
        QVERIFY(!rig.controller.provider());
        QVERIFY(rig.view.hasUsage());
        QTest::qWait(300);
        QCOMPARE(refreshed.size(), 0);
        QVERIFY(!rig.view.isBusy());
    }

    void cache_showsTheNumbersAtOnceOnASwitchBack()
    {
        Rig rig;
        rig.attach();
        QVERIFY(rig.waitRefreshed());

        ui::DashboardScope other = scope(QStringLiteral("p-2"));
        other.bucket = QStringLiteral("other-1250000000");
        FakeProvider *second = rig.attach(other);
        QVERIFY(!rig.view.hasUsage()); // nothing known of that one yet
        QCOMPARE(rig.view.source().bucket, QStringLiteral("other-1250000000"));
        second->hold = true;

        // Back: the numbers are there before any answer, and young enough not to ask again.
        FakeProvider *back = rig.attach();
        back->hold = true;
        QVERIFY(rig.view.hasUsage());
        QCOMPARE(rig.view.source().bucket, QStringLiteral("my-assets-1250000000"));
        QCOMPARE(rig.view.report().item(UsageItem::ReadRequests).used, 1'050'000);
        QTest::qWait(50);
        QCOMPARE(back->fetches, 0);
        QVERIFY(!rig.view.isBusy());

        // Older than the interval: shown at once and asked again.
        rig.clock.now = rig.clock.now.addSecs(31 * 60);
        FakeProvider *later = rig.attach();
        QVERIFY(rig.view.hasUsage());
        QVERIFY(rig.view.isBusy());
        QVERIFY(rig.waitRefreshed());
        QCOMPARE(later->fetches, 1);
    }

    void providerError_isShownInPlace()
    {
        Rig rig;
        FakeProvider *p = rig.attach();
        QVERIFY(rig.waitRefreshed());
        QVERIFY(rig.view.errorText().isEmpty());

        p->fail = cloud::StorageError::service(
            200, "AuthFailure.UnauthorizedOperation",
            QStringLiteral("This key may not read Cloud Monitor data. Grant its CAM user or role "
                           "the permission monitor:GetMonitorData."));
        rig.controller.refresh();
        QVERIFY(rig.waitRefreshed());
        QVERIFY2(rig.view.errorText().contains(QStringLiteral("monitor:GetMonitorData")),
                 qPrintable(rig.view.errorText()));
        // The good numbers stay.
        QVERIFY(rig.view.hasUsage());
        QCOMPARE(rig.view.report().item(UsageItem::ReadRequests).used, 1'050'000);
        QVERIFY(!rig.controller.cache()
                     .lastError(cloud::UsageCache::key(
                         QStringLiteral("p-1"), QStringLiteral("my-assets-1250000000"), kToday))
                     .ok());

        // Fixed: the error goes.
        p->fail = {};
        rig.controller.refresh();
        QVERIFY(rig.waitRefreshed());
        QCOMPARE(rig.view.errorText(), QString());

        // An error on the very first refresh: shown, nothing to show beside it.
        Rig fresh;
        auto failing = std::make_unique<FakeProvider>();
        failing->fail = cloud::StorageError::make(cloud::StorageError::Kind::Network,
                                                  QStringLiteral("host unreachable"));
        fresh.controller.setProvider(std::move(failing), scope(QStringLiteral("p-3")));
        QVERIFY(fresh.waitRefreshed());
        QVERIFY2(fresh.view.errorText().contains(QStringLiteral("host unreachable")),
                 qPrintable(fresh.view.errorText()));
    }

    void brokenDataFile_isShownInPlaceAndTheShippedTierUsed()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(ui::DashboardController::freeTierPath(dir.path()),
                                "{\"egresGB\": 20}"));
        Rig rig;
        rig.controller.loadTables(dir.path());
        rig.attach();
        QVERIFY(rig.waitRefreshed());
        QVERIFY2(rig.view.errorText().contains(QStringLiteral("freetier.json")),
                 qPrintable(rig.view.errorText()));
        QCOMPARE(rig.view.report().item(UsageItem::Egress).quota, 10 * GB);

        // A user's override that is right applies.
        QVERIFY(test::writeFile(ui::DashboardController::freeTierPath(dir.path()),
                                "{\"egressGB\": 20}"));
        rig.controller.loadTables(dir.path());
        QCOMPARE(rig.view.errorText(), QString());
        QCOMPARE(rig.view.report().item(UsageItem::Egress).quota, 20 * GB);
        QCOMPARE(ui::DashboardController::pricesPath(QStringLiteral("/d")),
                 QStringLiteral("/d/prices.json"));
    }

    void csv_isWrittenWithABom()
    {
        Rig rig;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("usage.csv"));
        QVERIFY(!rig.controller.exportCsvTo(path)); // nothing shown yet
        QVERIFY(rig.view.errorText().contains(QStringLiteral("no numbers")));
        rig.attach();
        QVERIFY(rig.waitRefreshed());

        QSignalSpy exported(&rig.controller, &ui::DashboardController::csvExported);
        QVERIFY(rig.controller.exportCsvTo(path));
        QCOMPARE(exported.size(), 1);
        QCOMPARE(rig.view.errorText(), QString()); // the earlier failure is gone
        const QByteArray csv = test::readFile(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv, core::UsageModel::toCsv(rig.view.input(), true));
        QCOMPARE(csv.count("\r\n"), 1 + 20); // header, 1..20 November
        QVERIFY(csv.contains("\r\n2026-11-20,"));

        // A place that cannot be written: said in place, no half file.
        const QString bad = out.filePath(QStringLiteral("missing/folder/usage.csv"));
        QVERIFY(!rig.controller.exportCsvTo(bad));
        QVERIFY2(rig.view.errorText().contains(QStringLiteral("usage.csv")),
                 qPrintable(rig.view.errorText()));
        QVERIFY(!QFile::exists(bad));
    }

    void csv_throughTheNonModalDialog()
    {
        Rig rig;
        rig.view.resize(1000, 700);
        rig.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rig.view));
        rig.attach();
        QVERIFY(rig.waitRefreshed());

        QTest::mouseClick(rig.view.findChild<QPushButton *>(QStringLiteral("exportCsvButton")),
                          Qt::LeftButton);
        QFileDialog *dialog = rig.controller.csvDialog();
        QVERIFY(dialog);
        // open(), not exec(): we are back here with the dialog up and the event loop ours.
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(
            QStringLiteral("my-assets-1250000000-usage-2026-11.csv")));
        // A second click brings the same dialog forward.
        QTest::mouseClick(rig.view.findChild<QPushButton *>(QStringLiteral("exportCsvButton")),
                          Qt::LeftButton);
        QCOMPARE(rig.controller.csvDialog(), dialog);

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("chosen.csv"));
        QSignalSpy exported(&rig.controller, &ui::DashboardController::csvExported);
        // The user types a name and accepts.
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // public in QDialog: the OK button
        QCOMPARE(exported.size(), 1);
        QVERIFY(test::readFile(path).startsWith("\xEF\xBB\xBF"));
        QTRY_VERIFY(!rig.controller.csvDialog()); // closed and deleted
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/csvFolder")).toString(), out.path());
    }
};

QTEST_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
