// Profiles in the window against the real RGW (fixture rgw): the welcome page on a first start,
// the profile editor's validation and "Test Connection" (a good key, a wrong secret, a host
// that does not answer), saving with the secret in the keychain (never in the settings file),
// two accounts side by side in the side bar with their own buckets and credentials. Rendered
// to PNG in English and Chinese.
#include "browser/browsercontroller.h"
#include "cloud/credentialstore.h"
#include "cloud/storagejobs.h"
#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardwidget.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/welcomepage.h"
#include "models/bucketmodel.h"
#include "s3testenv.h"
#include "settings/accounts.h"
#include "settings/profiledialog.h"
#include "testenv.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace sucai;

class TestAccounts final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QHash<QString, QString> m_env;
    std::unique_ptr<cloud::StorageClient> m_admin;
    std::unique_ptr<cloud::StorageClient> m_other;
    QString m_bucket;      // the test user's
    QString m_otherBucket; // the other user's
    cloud::CredentialStore *m_store = nullptr;

    QString env(const char *key) const { return m_env.value(QString::fromLatin1(key)); }

    cloud::Profile rgwProfile(const QString &name, const QString &keyId) const
    {
        cloud::Profile p;
        p.id = cloud::Profile::newId();
        p.name = name;
        p.provider = cloud::Endpoint::Provider::S3Compatible;
        p.endpointUrl = env("SUCAI_S3_ENDPOINT");
        p.region = env("SUCAI_S3_REGION");
        p.signature = cloud::SignatureKind::SigV4;
        p.accessKeyId = keyId;
        return p;
    }

    static QString shotPath(const QString &name)
    {
        return test::artefactDir(QStringLiteral("screenshots")) + u'/' + name;
    }

    QString testConnection(ui::ProfileDialog &d)
    {
        QSignalSpy tested(&d, &ui::ProfileDialog::tested);
        d.testConnection();
        if (!tested.wait(30'000))
            return QStringLiteral("<no answer>");
        return (tested.first().first().toBool() ? QStringLiteral("OK ") : QStringLiteral("NO ")) +
               d.testResult();
    }

    void welcomeAndEditor(const QString &locale)
    {
        QSettings().clear();
        ui::BrowserController browser;
        ui::Accounts accounts(&m_nam, m_store);
        ui::MainWindow window(&browser);
        window.setAccounts(&accounts);
        window.resize(1000, 620);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->isVisible());
        QVERIFY(welcome->qrButton()->isVisible());
        QVERIFY(welcome->keysButton()->isEnabled());
        QVERIFY(window.grab().save(shotPath(QStringLiteral("welcome-%1.png").arg(locale))));

        // "Add access keys" opens the editor; an empty one lists what is missing.
        welcome->keysButton()->click();
        auto *dialog = window.findChild<ui::ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->problems().isEmpty());
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->field("name")->setText(QStringLiteral("Team assets"));
        dialog->field("appId")->setText(QStringLiteral("12x"));
        QVERIFY(dialog->problems().join(u' ').contains(locale == u"en" ? QStringLiteral("APPID")
                                                                       : QStringLiteral("APPID")));
        QVERIFY(dialog->grab().save(shotPath(QStringLiteral("profile-dialog-%1.png").arg(locale))));
        dialog->reject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("accounts"));
        QSettings().clear();
        m_env = test::readServerEnv(QStringLiteral("rgw"));
        QVERIFY2(!m_env.isEmpty(), "RGW env file missing: run through ctest (fixture rgw)");
        m_admin = test::makeRgwClient(&m_nam);
        m_other = test::makeRgwClient(&m_nam, /*otherUser=*/true);
        m_bucket = test::uniqueBucketName(QStringLiteral("acct"));
        m_otherBucket = test::uniqueBucketName(QStringLiteral("acct-other"));
        auto *mb = m_admin->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
        mb = m_other->createBucket(m_otherBucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
        m_store = new cloud::CredentialStore(QStringLiteral("Sucai-test-accounts"), this);
    }

    void welcome_english() { welcomeAndEditor(QStringLiteral("en")); }

    void welcome_chinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("sucai"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        welcomeAndEditor(QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&translator);
    }

    void testConnectionSaysWhatIsWrong()
    {
        cloud::Profile p = rgwProfile(QStringLiteral("RGW"), env("SUCAI_S3_ACCESS_KEY"));
        p.defaultBucket = m_bucket;
        {
            ui::ProfileDialog d(&m_nam, p);
            d.field("secret")->setText(env("SUCAI_S3_SECRET_KEY"));
            QVERIFY(d.problems().isEmpty());
            const QString r = testConnection(d);
            QVERIFY2(r.startsWith(u"OK ") && r.contains(m_bucket), qPrintable(r));
        }
        {
            ui::ProfileDialog d(&m_nam, p);
            d.field("secret")->setText(QStringLiteral("not-the-secret"));
            const QString r = testConnection(d);
            QVERIFY2(r.startsWith(u"NO ") && r.contains(u"secret key is wrong"), qPrintable(r));
        }
        {
            cloud::Profile wrongId = p;
            wrongId.accessKeyId = QStringLiteral("NOSUCHKEY0000000");
            ui::ProfileDialog d(&m_nam, wrongId);
            d.field("secret")->setText(env("SUCAI_S3_SECRET_KEY"));
            const QString r = testConnection(d);
            QVERIFY2(r.startsWith(u"NO ") && r.contains(u"InvalidAccessKeyId"), qPrintable(r));
        }
        {
            cloud::Profile dead = p;
            dead.endpointUrl = QStringLiteral("http://127.0.0.1:1");
            ui::ProfileDialog d(&m_nam, dead);
            d.field("secret")->setText(env("SUCAI_S3_SECRET_KEY"));
            const QString r = testConnection(d);
            QVERIFY2(r.startsWith(u"NO "), qPrintable(r));
        }
    }

    void twoAccountsSideBySide()
    {
        QSettings().clear();
        if (!m_store->persistent() && qEnvironmentVariableIntValue("SUCAI_REQUIRE_KEYCHAIN"))
            QFAIL("no keychain, but SUCAI_REQUIRE_KEYCHAIN=1");
        ui::BrowserController browser;
        ui::Accounts accounts(&m_nam, m_store);
        ui::MainWindow window(&browser);
        window.setAccounts(&accounts);
        window.resize(1000, 620);
        window.show();

        const cloud::Profile mine = rgwProfile(QStringLiteral("Mine"), env("SUCAI_S3_ACCESS_KEY"));
        cloud::Profile theirs =
            rgwProfile(QStringLiteral("Theirs"), env("SUCAI_S3_OTHER_ACCESS_KEY"));
        theirs.defaultBucket = m_otherBucket;
        theirs.cdnDomain = QStringLiteral("cdn.example.test");
        accounts.save(mine, env("SUCAI_S3_SECRET_KEY").toUtf8());
        accounts.save(theirs, env("SUCAI_S3_OTHER_SECRET_KEY").toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(accounts.state(mine.id), ui::Accounts::State::Ready, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(accounts.state(theirs.id), ui::Accounts::State::Ready, 20'000);

        // No secret in the settings file, ever.
        QSettings().sync();
        const QByteArray ini = test::readFile(QSettings().fileName());
        QVERIFY(ini.contains(env("SUCAI_S3_ACCESS_KEY").toUtf8())); // the key id is not secret
        QVERIFY(!ini.contains(env("SUCAI_S3_SECRET_KEY").toUtf8()));
        QVERIFY(!ini.contains(env("SUCAI_S3_OTHER_SECRET_KEY").toUtf8()));

        auto *sidebar = window.findChild<QTreeWidget *>();
        QCOMPARE(sidebar->topLevelItemCount(), 2);
        const auto bucketsUnder = [sidebar](int top) {
            QStringList names;
            for (int i = 0; i < sidebar->topLevelItem(top)->childCount(); ++i)
                names << sidebar->topLevelItem(top)->child(i)->text(0);
            return names;
        };
        window.selectAccount(mine.id);
        QTRY_VERIFY_WITH_TIMEOUT(bucketsUnder(0).contains(m_bucket), 20'000);
        QVERIFY(!bucketsUnder(0).contains(m_otherBucket));
        // The other account: its own keys, its own buckets; its default bucket opens.
        window.selectAccount(theirs.id);
        QTRY_VERIFY_WITH_TIMEOUT(bucketsUnder(1).contains(m_otherBucket), 20'000);
        QVERIFY(!bucketsUnder(1).contains(m_bucket));
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->bucket(), m_otherBucket, 20'000);
        QCOMPARE(browser.client()->credentials().accessKeyId,
                 env("SUCAI_S3_OTHER_ACCESS_KEY").toUtf8());
        QVERIFY(window.grab().save(shotPath(QStringLiteral("accounts-en.png"))));

        // The usage dashboard follows the account and bucket in view: for an S3 store, this
        // app's own measurements and a size scan of the bucket.
        const QByteArray object = test::randomBytes(123'456, 3);
        auto *put = m_other->putObjectData(m_otherBucket, QStringLiteral("sized.bin"), object);
        QVERIFY(test::runJob(put).ok());
        put->deleteLater();
        window.showDashboard();
        QVERIFY(window.dashboard() && window.dashboard()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardController()->isRefreshing(), 30'000);
        const auto &storage = window.dashboard()->input().series(core::UsageItem::Storage);
        QVERIFY2(!storage.isEmpty(), "no bucket size scan");
        QCOMPARE(storage.last(), qint64(object.size()));
        window.dashboard()->window()->close();

        // Its CDN domain: the context menu offers the file's CDN URL (no purge: not Tencent).
        browser.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->rowForKey(QStringLiteral("sized.bin")) >= 0,
                                 20'000);
        QTableView *table = nullptr;
        for (QTableView *t : window.findChildren<QTableView *>()) {
            if (t->model() && t->model()->rowCount() > 0 && t->isVisible())
                table = t;
        }
        QVERIFY(table);
        const int row = browser.model()->rowForKey(QStringLiteral("sized.bin"));
        table->selectRow(row);
        Q_EMIT table->customContextMenuRequested(
            table->visualRect(table->model()->index(row, 0)).center());
        QMenu *cdn = nullptr;
        QTRY_VERIFY((cdn = window.findChild<QMenu *>(QStringLiteral("cdnMenu"))) != nullptr);
        QStringList labels;
        for (QAction *a : cdn->actions())
            labels << a->text();
        QVERIFY2(!labels.join(u'|').contains(u"Purge"), qPrintable(labels.join(u'|')));
        cdn->actions().constFirst()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("https://cdn.example.test/sized.bin"));
        cdn->parentWidget()->close();

        // Back to the first: what the other showed is gone.
        window.selectAccount(mine.id);
        QCOMPARE(browser.model()->bucket(), QString());
        QCOMPARE(browser.client()->credentials().accessKeyId, env("SUCAI_S3_ACCESS_KEY").toUtf8());

        // The next start finds both, keys from the keychain.
        ui::Accounts again(&m_nam, m_store);
        again.loadSaved();
        QCOMPARE(again.ids().size(), 2);
        again.open(theirs.id);
        QTRY_COMPARE_WITH_TIMEOUT(again.state(theirs.id), ui::Accounts::State::Ready, 20'000);
        QCOMPARE(again.client(theirs.id)->credentials().secretAccessKey,
                 env("SUCAI_S3_OTHER_SECRET_KEY").toUtf8());

        // Removing forgets the secret too.
        accounts.remove(theirs.id);
        QCOMPARE(sidebar->topLevelItemCount(), 1);
        ui::Accounts third(&m_nam, m_store);
        third.loadSaved();
        QCOMPARE(third.ids(), QStringList{mine.id});
        accounts.remove(mine.id);
        QTRY_VERIFY(window.welcomePage()->isVisible());
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
