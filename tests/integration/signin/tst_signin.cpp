// QR sign-in end to end, against real servers only (tests/servers/signin.sh, CTest fixture
// "signin"): an OpenID Connect provider from npm (oidc-provider, device flow) and a Ceph RGW
// with STS that trusts it. Sucai's DeviceAuthFlow asks for a code; the QR code is rendered by
// the real QrCodeWidget and DECODED with zbarimg to get the URL; the user's side is played by
// tests/servers/oidc/approve.mjs over HTTP; SignInSession exchanges the ID token at RGW's STS;
// the temporary credentials list, upload, and survive a forced expiry in the middle of a
// multipart upload (refresh-token grant + STS again, the upload goes on). Denial and expiry
// show their states.
#include "browser/browsercontroller.h"
#include "cloud/credentialstore.h"
#include "cloud/deviceauthflow.h"
#include "cloud/signinsession.h"
#include "cloud/storagejobs.h"
#include "mainwindow/mainwindow.h"
#include "models/bucketmodel.h"
#include "s3testenv.h"
#include "settings/accounts.h"
#include "signin/signindialog.h"
#include "testenv.h"
#include "transfer/transferengine.h"
#include "widgets/qrcodewidget.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace sucai;
using namespace sucai::cloud;
using State = DeviceAuthFlow::State;

class TestSignIn final : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    CredentialStore *m_store = nullptr;

    // Keys of this run only: the fixture's bucket outlives a test process.
    const QString m_prefix = QStringLiteral("qr-%1/").arg(QDateTime::currentMSecsSinceEpoch());

    QString env(const char *key) const { return m_env.value(QString::fromLatin1(key)); }

    Profile profile() const
    {
        Profile p;
        p.id = Profile::newId();
        p.name = QStringLiteral("RGW via QR");
        p.endpointUrl = env("SUCAI_STS_ENDPOINT");
        p.region = QStringLiteral("default");
        p.signIn = SignInMethod::QrSignIn;
        p.issuer = env("SUCAI_OIDC_ISSUER");
        p.clientId = env("SUCAI_OIDC_CLIENT_ID");
        p.roleArn = env("SUCAI_STS_ROLE_ARN");
        p.defaultBucket = env("SUCAI_SIGNIN_BUCKET");
        p.sessionSeconds = 900;
        return p;
    }

    std::unique_ptr<DeviceAuthFlow> newFlow()
    {
        auto flow = std::make_unique<DeviceAuthFlow>(&m_nam, QUrl(env("SUCAI_OIDC_ISSUER")),
                                                     env("SUCAI_OIDC_CLIENT_ID"),
                                                     QStringLiteral("openid offline_access"));
        flow->setDefaultIntervalSeconds(1); // the provider names no interval; 5 s is RFC's
        return flow;
    }

    // What a phone would see: the code drawn by the real widget, read back by a decoder.
    QString scanQr(const QUrl &url)
    {
        ui::QrCodeWidget widget;
        widget.resize(320, 320);
        if (!widget.setText(url.toString(QUrl::FullyEncoded)))
            return {};
        const QString png = m_dir.filePath(QStringLiteral("signin-qr.png"));
        widget.grab().save(png);
        return decodePng(png);
    }

    static QString decodePng(const QString &png)
    {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                               QStringLiteral("-Sbinary"), png});
        if (!zbar.waitForFinished(30'000))
            return {};
        return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    }

    // The user's side: approve.mjs walks the provider's pages (or denies).
    bool playUser(const QString &url, bool deny = false)
    {
        const QString node = env("SUCAI_NODE");
        const QString approve = env("SUCAI_OIDC_APPROVE");
        if (node.isEmpty() || approve.isEmpty())
            return false;
        QStringList cmd{approve, url, QStringLiteral("alice")};
        if (deny)
            cmd << QStringLiteral("--deny");
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(node, cmd);
        // Keep the event loop running: the flow polls meanwhile.
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60'000))
            return false;
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Device flow → QR → user → tokens.
    bool signIn(DeviceAuthFlow &flow)
    {
        QSignalSpy code(&flow, &DeviceAuthFlow::codeReady);
        QSignalSpy done(&flow, &DeviceAuthFlow::finished);
        flow.start();
        if (!code.wait(20'000))
            return false;
        const QString scanned = scanQr(flow.code().qrUrl());
        if (scanned != flow.code().qrUrl().toString(QUrl::FullyEncoded)) {
            qWarning() << "QR decoded to" << scanned;
            return false;
        }
        if (!playUser(scanned))
            return false;
        return (done.size() > 0 || done.wait(30'000)) && flow.state() == State::Approved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SucaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("signin"));
        m_env = test::readServerEnv(QStringLiteral("signin"));
        QVERIFY2(!m_env.isEmpty(), "signin fixture not running (tests/servers/signin.sh)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                 "zbarimg missing: run packaging/install-deps.sh");
        QVERIFY(m_dir.isValid());
        m_store = new CredentialStore(QStringLiteral("Sucai-test-signin"), this);
    }

    void deviceFlowToCredentialsToStorage()
    {
        auto flow = newFlow();
        QVERIFY(signIn(*flow));
        QVERIFY(!flow->tokens().idToken.isEmpty());
        QVERIFY2(!flow->tokens().refreshToken.isEmpty(), "offline_access gave no refresh token");
        QCOMPARE(flow->code().qrUrl().query().contains(u"user_code"), true);

        const Profile p = profile();
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(u' ')));
        SignInSession session(&m_nam, p, m_store);
        QSignalSpy creds(&session, &SignInSession::credentialsChanged);
        session.adopt(flow->endpoints(), flow->tokens());
        QVERIFY2(creds.wait(20'000), qPrintable(session.reason()));
        QCOMPARE(session.status(), SignInSession::Status::SignedIn);
        QVERIFY(session.credentials().isTemporary());
        QVERIFY(session.credentials().expiresAt > QDateTime::currentDateTimeUtc().addSecs(600));

        StorageClient client(&m_nam, p.endpoint(), SignatureKind::SigV4);
        client.setCredentials(session.credentials());
        const QString bucket = p.defaultBucket;
        const QByteArray data = "uploaded with QR sign-in credentials\n";
        auto *put =
            client.putObjectData(bucket, QString(m_prefix + QStringLiteral("hello.txt")), data);
        QVERIFY2(test::runJob(put).ok(), qPrintable(put->error().toUserText()));
        put->deleteLater();
        ListObjectsParams lp;
        lp.prefix = m_prefix;
        auto *list = client.listObjects(bucket, lp);
        QVERIFY(test::runJob(list).ok());
        QCOMPARE(list->page().objects.size(), 1);
        QCOMPARE(list->page().objects.first().size, data.size());
        list->deleteLater();

        // The role grants this bucket only.
        auto *buckets = client.listBuckets();
        QCOMPARE(test::runJob(buckets).httpStatus, 403);
        buckets->deleteLater();
        session.signOut();
    }

    void expiryMidMultipartUploadRefreshesAndGoesOn()
    {
        auto flow = newFlow();
        QVERIFY(signIn(*flow));
        const Profile p = profile();
        SignInSession session(&m_nam, p, m_store);
        QSignalSpy creds(&session, &SignInSession::credentialsChanged);
        session.adopt(flow->endpoints(), flow->tokens());
        QVERIFY2(creds.wait(20'000), qPrintable(session.reason()));
        const Credentials first = session.credentials();

        transfer::TransferEngine engine(nullptr, nullptr);
        engine.addProfile(QStringLiteral("qr"), p.endpoint(), SignatureKind::SigV4, first);
        transfer::TransferEngine::Settings s;
        s.maxTasks = 1;
        s.maxPartsPerFile = 1;
        s.multipartThreshold = 5 * 1024 * 1024;
        s.partSize = 5 * 1024 * 1024;
        engine.setSettings(s);
        engine.setUploadRate(8 * 1024 * 1024); // ~3 s: time to expire in the middle
        // The app's wiring: the engine asks, the session refreshes, the engine goes on.
        connect(&engine, &transfer::TransferEngine::credentialsExpired, &session,
                &SignInSession::refreshNow);
        connect(
            &session, &SignInSession::credentialsChanged, &engine,
            [&engine](const Credentials &c) { engine.setCredentials(QStringLiteral("qr"), c); });

        const QString path = m_dir.filePath(QStringLiteral("big.bin"));
        const QByteArray data = test::randomBytes(22 * 1024 * 1024, 42);
        QVERIFY(test::writeFile(path, data));
        QSignalSpy finished(&engine, &transfer::TransferEngine::taskFinished);
        QSignalSpy expired(&engine, &transfer::TransferEngine::credentialsExpired);
        bool forced = false;
        connect(&engine, &transfer::TransferEngine::taskUpdated, this,
                [&](const transfer::TransferSnapshot &snap) {
                    if (forced || snap.partsDone < 1)
                        return;
                    forced = true;
                    // The session ends: its end time passes and the server refuses the keys.
                    // RGW's session token seals the real end time (15 min at the least), so the
                    // refusal is brought on with a wrong secret instead: RGW answers any
                    // failed STS authentication with the same bare 403 AccessDenied that an
                    // expired session gets.
                    Credentials dead = first;
                    std::reverse(dead.secretAccessKey.begin(), dead.secretAccessKey.end());
                    dead.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
                    engine.setCredentials(QStringLiteral("qr"), dead);
                });
        const qint64 id = engine.enqueueUpload(engine.newBatch(QStringLiteral("qr")),
                                               QStringLiteral("qr"), path, p.defaultBucket,
                                               QString(m_prefix + QStringLiteral("big.bin")), {});
        // A task parked for new credentials reports Paused, then goes on: wait for the end.
        const auto lastState = [&finished] {
            return finished.isEmpty()
                       ? core::TransferState::Queued
                       : finished.last().first().value<transfer::TransferSnapshot>().state;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lastState() == core::TransferState::Done ||
                                     lastState() == core::TransferState::Failed,
                                 120'000);
        const auto snap = finished.last().first().value<transfer::TransferSnapshot>();
        QCOMPARE(snap.id, id);
        QVERIFY2(snap.state == core::TransferState::Done, qPrintable(snap.error));
        QVERIFY(forced);
        QVERIFY(expired.size() >= 1); // the engine noticed the expiry
        QCOMPARE(finished.first().first().value<transfer::TransferSnapshot>().state,
                 core::TransferState::Paused); // and parked the upload meanwhile
        QVERIFY(session.refreshCount() >= 2);  // and the session refreshed
        QVERIFY(session.credentials().accessKeyId != first.accessKeyId);

        // Byte for byte on the server.
        StorageClient client(&m_nam, p.endpoint(), SignatureKind::SigV4);
        client.setCredentials(session.credentials());
        const QString back = m_dir.filePath(QStringLiteral("back.bin"));
        auto *get =
            client.getObject(p.defaultBucket, QString(m_prefix + QStringLiteral("big.bin")), back);
        QVERIFY(test::runJob(get).ok());
        get->deleteLater();
        QCOMPARE(QCryptographicHash::hash(test::readFile(back), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        session.signOut();
    }

    void signInThroughTheWindow_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void signInThroughTheWindow()
    {
        // The whole thing as a person does it: a saved QR profile, the window's sign-in
        // dialog, the code scanned off the dialog's screenshot, approval on the "phone".
        QFETCH(QString, locale);
        QTranslator translator;
        if (locale != u"en") {
            QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China),
                                    QStringLiteral("sucai"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        QSettings().clear();
        ui::BrowserController browser;
        ui::Accounts accounts(&m_nam, m_store);
        ui::MainWindow window(&browser);
        window.setAccounts(&accounts);
        window.resize(1000, 620);
        window.show();
        cloud::Profile p = profile();
        p.name = QStringLiteral("Team (QR)");
        accounts.save(p);
        window.selectAccount(p.id);
        QTRY_COMPARE_WITH_TIMEOUT(accounts.state(p.id), ui::Accounts::State::NeedsSignIn, 20'000);

        window.signIn(p.id);
        auto *dialog = window.findChild<ui::SignInDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->userCodeText().isEmpty(), 20'000);
        QVERIFY(dialog->countdownText().contains(u':'));
        const QString shot = test::artefactDir(QStringLiteral("screenshots")) +
                             QStringLiteral("/signin-dialog-%1.png").arg(locale);
        QVERIFY(dialog->grab().save(shot));
        const QString url = decodePng(shot); // off the dialog as the user sees it
        QVERIFY2(url.contains(u"user_code="), qPrintable(url));
        QVERIFY(url.contains(QString(dialog->userCodeText()).remove(u'-')) ||
                url.contains(dialog->userCodeText()));
        QSignalSpy accepted(dialog, &QDialog::accepted); // closing deletes the dialog
        QVERIFY(playUser(url));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 30'000);
        QCOMPARE(accounts.state(p.id), ui::Accounts::State::Ready);
        QVERIFY(accounts.client(p.id)->credentials().isTemporary());
        // Its default bucket opens with the temporary keys.
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->bucket(), p.defaultBucket, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!browser.model()->isLoading(), 20'000);
        QVERIFY(window.grab().save(test::artefactDir(QStringLiteral("screenshots")) +
                                   QStringLiteral("/signed-in-%1.png").arg(locale)));
        accounts.signOut(p.id);
        QCOMPARE(accounts.state(p.id), ui::Accounts::State::NeedsSignIn);
        accounts.remove(p.id);
        if (locale != u"en")
            QCoreApplication::removeTranslator(&translator);
    }

    void deniedShowsDenied()
    {
        auto flow = newFlow();
        QSignalSpy code(&flow.operator*(), &DeviceAuthFlow::codeReady);
        QSignalSpy done(flow.get(), &DeviceAuthFlow::finished);
        flow->start();
        QVERIFY(code.wait(20'000));
        QVERIFY(playUser(flow->code().qrUrl().toString(), /*deny=*/true));
        QVERIFY(done.size() > 0 || done.wait(30'000));
        QCOMPARE(flow->state(), State::Denied);
        QVERIFY(flow->tokens().accessToken.isEmpty());
    }

    void unusedCodeExpires()
    {
        // Device codes of 3 s, through the provider's live settings file (CTest
        // RESOURCE_LOCK signin_settings keeps other users of the file away meanwhile).
        const QString settings = env("SUCAI_OIDC_SETTINGS");
        QVERIFY(!settings.isEmpty());
        QVERIFY(test::writeFile(settings, R"({"deviceCodeTTL":3})"));
        auto flow = newFlow();
        QSignalSpy code(flow.get(), &DeviceAuthFlow::codeReady);
        QSignalSpy done(flow.get(), &DeviceAuthFlow::finished);
        flow->start();
        const bool ended = done.wait(60'000);
        QFile::remove(settings);
        QVERIFY(ended);
        QCOMPARE(code.size(), 1);
        QCOMPARE(flow->state(), State::Expired);
        QVERIFY(flow->pollCount() >= 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // QrCodeWidget is a widget
    TestSignIn t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_signin.moc"
