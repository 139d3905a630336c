// The window remembers its layout (geometry, side bar width, column widths) across starts,
// in QSettings (test mode: a private folder), and nothing else.
#include "browser/browsercontroller.h"
#include "mainwindow/mainwindow.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace sucai;

class TestWindowState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("windowstate"));
        QSettings().clear();
    }

    void splitterAndColumns_areRememberedAcrossStarts()
    {
        ui::BrowserController browser;
        {
            ui::MainWindow window(&browser);
            window.resize(1000, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({333, 667});
            auto *table = window.findChild<QTableView *>();
            QVERIFY(table);
            table->setColumnWidth(1, 123);
            QVERIFY(window.close());
        }
        ui::MainWindow again(&browser);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *splitter = again.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QCOMPARE(splitter->sizes().first(), 333);
        QCOMPARE(again.findChild<QTableView *>()->columnWidth(1), 123);
        QCOMPARE(again.size(), QSize(1000, 600));
        // Only layout in the settings file.
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(key.startsWith(QStringLiteral("window/")), qPrintable(key));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
