// The dashboard's alert thresholds: parsing what people type, the dialog's fields to
// AlertSettings (per item, empty = no alerts), invalid input keeps OK off, and the QSettings
// round trip. Screenshots in English and Chinese.
#include "dashboard/alertsettingsdialog.h"
#include "testenv.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace sucai;
using sucai::ui::AlertSettingsDialog;

class TestAlertSettingsDialog final : public QObject
{
    Q_OBJECT

    static QPushButton *okButton(AlertSettingsDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("alertsettings"));
        QSettings().clear();
    }

    void parse()
    {
        bool ok = false;
        QCOMPARE(AlertSettingsDialog::parsePercents(QStringLiteral(" 100, 80 ,80%"), &ok),
                 (QList<int>{80, 100}));
        QVERIFY(ok);
        QCOMPARE(AlertSettingsDialog::parsePercents(QStringLiteral("50，90"), &ok),
                 (QList<int>{50, 90})); // a Chinese comma too
        QCOMPARE(AlertSettingsDialog::parsePercents(QString(), &ok), QList<int>{});
        QVERIFY(ok);
        AlertSettingsDialog::parsePercents(QStringLiteral("80, lots"), &ok);
        QVERIFY(!ok);
        AlertSettingsDialog::parsePercents(QStringLiteral("0"), &ok);
        QVERIFY(!ok);
        QCOMPARE(AlertSettingsDialog::formatPercents({80, 100}), QStringLiteral("80, 100"));
    }

    void fieldsToSettings()
    {
        core::AlertSettings in;
        AlertSettingsDialog d(in);
        QCOMPARE(d.field(core::UsageItem::Egress)->text(), QStringLiteral("80, 100"));
        QCOMPARE(d.cdnDays()->value(), 14);
        d.field(core::UsageItem::Egress)->setText(QStringLiteral("50, 90, 100"));
        d.field(core::UsageItem::WriteRequests)->clear(); // no alerts for writes
        d.cdnDays()->setValue(-1);
        QVERIFY(okButton(d)->isEnabled());
        const core::AlertSettings out = d.settings();
        QCOMPARE(out.percentsFor(core::UsageItem::Egress), (QList<int>{50, 90, 100}));
        QCOMPARE(out.percentsFor(core::UsageItem::WriteRequests), QList<int>{});
        QCOMPARE(out.percentsFor(core::UsageItem::Storage), (QList<int>{80, 100}));
        QVERIFY(!out.itemPercents.contains(core::UsageItem::Storage)); // follows the default
        QCOMPARE(out.cdnExpiryDays, -1);

        d.field(core::UsageItem::Cdn)->setText(QStringLiteral("eighty"));
        QVERIFY(!okButton(d)->isEnabled());
        d.field(core::UsageItem::Cdn)->setText(QStringLiteral("80"));
        QVERIFY(okButton(d)->isEnabled());

        QSettings s;
        AlertSettingsDialog::save(s, out);
        const core::AlertSettings back = AlertSettingsDialog::load(s);
        QCOMPARE(back.percentsFor(core::UsageItem::Egress), (QList<int>{50, 90, 100}));
        QCOMPARE(back.percentsFor(core::UsageItem::WriteRequests), QList<int>{});
        QCOMPARE(back.percentsFor(core::UsageItem::ReadRequests), (QList<int>{80, 100}));
        QCOMPARE(back.cdnExpiryDays, -1);
    }

    void screenshots()
    {
        for (const bool chinese : {false, true}) {
            QTranslator translator;
            if (chinese) {
                QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China),
                                        QStringLiteral("sucai"), QStringLiteral("_"),
                                        QStringLiteral(":/i18n")));
                QCoreApplication::installTranslator(&translator);
            }
            AlertSettingsDialog d{core::AlertSettings{}};
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QVERIFY(d.grab().save(test::artefactDir(QStringLiteral("screenshots")) +
                                  (chinese ? QStringLiteral("/alert-settings-zh_CN.png")
                                           : QStringLiteral("/alert-settings-en.png"))));
            if (chinese)
                QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestAlertSettingsDialog)
#include "tst_alertsettingsdialog.moc"
