#include "application.h"

#include "browser/browsercontroller.h"
#include "cloud/storageclient.h"
#include "mainwindow/mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace sucai {

namespace {

// Like aws-cli: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_ENDPOINT_URL, AWS_REGION,
// AWS_SESSION_TOKEN) in the environment give an "Environment" profile. Never persisted.
std::unique_ptr<cloud::StorageClient> environmentClient(QNetworkAccessManager *nam)
{
    const QByteArray key = qgetenv("AWS_ACCESS_KEY_ID");
    const QByteArray secret = qgetenv("AWS_SECRET_ACCESS_KEY");
    if (key.isEmpty() || secret.isEmpty())
        return nullptr;
    QString region = qEnvironmentVariable("AWS_REGION");
    if (region.isEmpty())
        region = qEnvironmentVariable("AWS_DEFAULT_REGION", QStringLiteral("us-east-1"));
    const QString url = qEnvironmentVariable("AWS_ENDPOINT_URL");
    // A custom endpoint (MinIO, Ceph, a local demo) rarely has wildcard DNS: path style there.
    const cloud::Endpoint endpoint =
        url.isEmpty()
            ? cloud::Endpoint::s3(QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(region)),
                                  region, cloud::Endpoint::Addressing::VirtualHost)
            : cloud::Endpoint::s3(QUrl(url), region, cloud::Endpoint::Addressing::PathStyle);
    if (!endpoint.isValid())
        return nullptr;
    auto client =
        std::make_unique<cloud::StorageClient>(nam, endpoint, cloud::SignatureKind::SigV4);
    cloud::Credentials creds;
    creds.accessKeyId = key;
    creds.secretAccessKey = secret;
    creds.sessionToken = qgetenv("AWS_SESSION_TOKEN");
    client->setCredentials(creds);
    return client;
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

    // Services first, UI last; torn down in reverse (the UI goes before what it uses).
    auto network = std::make_unique<QNetworkAccessManager>();
    auto client = environmentClient(network.get());
    auto browser = std::make_unique<ui::BrowserController>();
    if (client)
        browser->setClient(client.get(),
                           QApplication::translate("sucai::Application", "Environment"));
    auto window = std::make_unique<ui::MainWindow>(browser.get());
    window->show();

    // `sucai s3://BUCKET/PREFIX/` opens that folder.
    const QStringList args = QApplication::arguments();
    for (const QString &arg : args.mid(1)) {
        if (arg.startsWith(u"s3://") && client)
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
    client.reset();
    network.reset();
    return rc;
}

} // namespace sucai
