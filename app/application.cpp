#include "application.h"

#include "browser/browsercontroller.h"
#include "cloud/credentialstore.h"
#include "cloud/profile.h"
#include "cloud/storageclient.h"
#include "core/usageledger.h"
#include "mainwindow/mainwindow.h"
#include "settings/accounts.h"
#include "transfer/transferservice.h"
#include "transfers/transferscontroller.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace sucai {

namespace {

// Like aws-cli: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_ENDPOINT_URL, AWS_REGION,
// AWS_SESSION_TOKEN) in the environment give an "Environment" profile. Never persisted.
bool environmentProfile(cloud::Profile *profile, cloud::Credentials *creds)
{
    const QByteArray key = qgetenv("AWS_ACCESS_KEY_ID");
    const QByteArray secret = qgetenv("AWS_SECRET_ACCESS_KEY");
    if (key.isEmpty() || secret.isEmpty())
        return false;
    QString region = qEnvironmentVariable("AWS_REGION");
    if (region.isEmpty())
        region = qEnvironmentVariable("AWS_DEFAULT_REGION", QStringLiteral("us-east-1"));
    const QString url = qEnvironmentVariable("AWS_ENDPOINT_URL");
    cloud::Profile p;
    p.id = QStringLiteral("environment");
    p.name = QApplication::translate("sucai::Application", "Environment");
    p.transient = true;
    p.region = region;
    p.signature = cloud::SignatureKind::SigV4;
    // A custom endpoint (MinIO, Ceph, a local demo) rarely has wildcard DNS: path style there.
    p.endpointUrl = url.isEmpty() ? QStringLiteral("https://s3.%1.amazonaws.com").arg(region) : url;
    p.addressing = url.isEmpty() ? cloud::Endpoint::Addressing::VirtualHost
                                 : cloud::Endpoint::Addressing::PathStyle;
    // As the AWS SDKs read it: when_supported / when_required.
    p.checksums = qEnvironmentVariable("AWS_REQUEST_CHECKSUM_CALCULATION");
    p.accessKeyId = QString::fromUtf8(key);
    if (!p.endpoint().isValid())
        return false;
    creds->accessKeyId = key;
    creds->secretAccessKey = secret;
    creds->sessionToken = qgetenv("AWS_SESSION_TOKEN");
    *profile = p;
    return true;
}

} // namespace

int Application::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sucai"));
    QApplication::setOrganizationName(QStringLiteral("Sucai"));
    QApplication::setApplicationVersion(QStringLiteral(SUCAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sucai.Sucai"));
    installTranslations(app, QLocale());

    // One window per user: two would run the same journal's transfers twice.
    QString dataDir = qEnvironmentVariable("SUCAI_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QLockFile instanceLock(dataDir + QStringLiteral("/sucai.lock"));
    instanceLock.setStaleLockTime(0); // a crashed instance's lock (dead PID) is taken over
    if (!instanceLock.tryLock(200)) {
        QMessageBox box(QMessageBox::Information, QStringLiteral("Sucai"),
                        QApplication::translate("sucai::Application",
                                                "Sucai is already running for this user. Use "
                                                "its window, or quit it first."));
        box.exec(); // nothing else runs yet: the only dialog of this process
        return 1;
    }

    // Services first, UI last; torn down in reverse (the UI goes before what it uses).
    auto network = std::make_unique<QNetworkAccessManager>();
    auto keychain = std::make_unique<cloud::CredentialStore>();
    auto transfers = std::make_unique<transfer::TransferService>(dataDir);
    auto transfersUi = std::make_unique<ui::TransfersController>(transfers.get());
    auto browser = std::make_unique<ui::BrowserController>();
    auto accounts = std::make_unique<ui::Accounts>(network.get(), keychain.get(), transfers.get());
    cloud::Profile envProfile;
    cloud::Credentials envCreds;
    const bool fromEnvironment = environmentProfile(&envProfile, &envCreds);
    if (fromEnvironment) {
        // Like the CLI: resumable work is keyed by where it goes and with which key id.
        const cloud::Endpoint ep = envProfile.endpoint();
        accounts->addTransient(envProfile, envCreds,
                               QString::fromLatin1(ep.scheme() + "://" + ep.hostAndPort()) + u'#' +
                                   QString::fromLatin1(envCreds.accessKeyId));
    }
    accounts->loadSaved();
    // The dashboard reads the engine's usage ledger through a connection of its own (SQLite
    // connections belong to the thread that opened them).
    auto ledger = std::make_unique<core::UsageLedger>();
    if (!ledger->open(dataDir + QStringLiteral("/usage.db")))
        ledger.reset();
    auto window = std::make_unique<ui::MainWindow>(browser.get(), transfersUi.get());
    window->setUsageLedger(ledger.get());
    window->setAccounts(accounts.get());
    window->show();

    // `sucai s3://BUCKET/PREFIX/` opens that folder.
    const QStringList args = QApplication::arguments();
    for (const QString &arg : args.mid(1)) {
        if (arg.startsWith(u"s3://") && browser->client())
            browser->openAddress(arg);
    }

    // For the demo without a display, and for people filing bug reports: save what the window
    // shows once the first page is in (or after a few seconds).
    const QString shot = qEnvironmentVariable("SUCAI_SCREENSHOT");
    if (!shot.isEmpty()) {
        auto *timer = new QTimer(window.get());
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, window.get(), [w = window.get(), shot] {
            w->grab().save(shot);
            if (qEnvironmentVariableIsSet("SUCAI_QUIT_AFTER_SCREENSHOT"))
                QApplication::quit();
        });
        timer->start(2500);
    }

    const int rc = QApplication::exec();
    window.reset();
    browser.reset();
    transfersUi.reset();
    accounts.reset();
    ledger.reset();
    transfers.reset(); // stops the engine thread; unfinished transfers resume next time
    keychain.reset();
    network.reset();
    return rc;
}

} // namespace sucai
