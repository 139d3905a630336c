#include "profiledialog.h"

#include "cloud/deviceauthflow.h"
#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sucai::ui {

namespace {

QLineEdit *lineEdit(const char *name, const QString &text, const QString &placeholder = {})
{
    auto *e = new QLineEdit(text);
    e->setObjectName(QLatin1StringView(name));
    e->setPlaceholderText(placeholder);
    return e;
}

// Tencent COS regions (cos.<region>.myqcloud.com); any other can be typed.
const char *const kCosRegions[] = {
    "ap-guangzhou", "ap-shanghai", "ap-beijing",       "ap-nanjing", "ap-chengdu",
    "ap-chongqing", "ap-hongkong", "ap-singapore",     "ap-seoul",   "ap-tokyo",
    "ap-bangkok",   "ap-jakarta",  "na-siliconvalley", "na-ashburn", "eu-frankfurt",
};

} // namespace

ProfileDialog::ProfileDialog(QNetworkAccessManager *network, const cloud::Profile &profile,
                             bool secretKnown, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_base(profile)
    , m_secretKnown(secretKnown)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New Profile")
                                          : tr("Profile “%1”").arg(profile.name));

    m_name = lineEdit("name", profile.name, tr("e.g. Team assets"));
    m_provider = new QComboBox;
    m_provider->addItem(tr("Tencent Cloud COS"), int(cloud::Endpoint::Provider::TencentCos));
    m_provider->addItem(tr("S3-compatible (AWS, MinIO, Ceph…)"),
                        int(cloud::Endpoint::Provider::S3Compatible));
    m_provider->setCurrentIndex(profile.provider == cloud::Endpoint::Provider::TencentCos ? 0 : 1);
    m_region = new QComboBox;
    m_region->setEditable(true);
    m_region->setObjectName(QStringLiteral("region"));
    for (const char *r : kCosRegions)
        m_region->addItem(QString::fromLatin1(r));
    m_region->setEditText(profile.region);
    m_appId = lineEdit("appId", profile.appId, tr("e.g. 1250000000"));
    m_endpoint = lineEdit("endpoint", profile.endpointUrl, tr("https://s3.example.com"));
    m_addressing = new QComboBox;
    m_addressing->addItem(tr("Path style (host/bucket/key)"));
    m_addressing->addItem(tr("Virtual host (bucket.host/key)"));
    m_addressing->setCurrentIndex(
        profile.addressing == cloud::Endpoint::Addressing::VirtualHost ? 1 : 0);
    m_signature = new QComboBox;
    m_signature->addItem(tr("AWS Signature V4"));
    m_signature->addItem(tr("COS signature (q-sign)"));
    m_signature->setCurrentIndex(profile.signature == cloud::SignatureKind::Cos ? 1 : 0);
    m_bucket = lineEdit("bucket", profile.defaultBucket, tr("optional"));
    m_cdn = lineEdit("cdn", profile.cdnDomain, tr("optional, e.g. cdn.example.com"));

    auto *where = new QGroupBox(tr("Storage"));
    m_where = new QFormLayout(where);
    m_where->addRow(tr("Name:"), m_name);
    m_where->addRow(tr("Service:"), m_provider);
    m_where->addRow(tr("Endpoint:"), m_endpoint);
    m_where->addRow(tr("Region:"), m_region);
    m_where->addRow(tr("APPID:"), m_appId);
    m_where->addRow(tr("Addressing:"), m_addressing);
    m_where->addRow(tr("Signature:"), m_signature);
    m_where->addRow(tr("Default bucket:"), m_bucket);
    m_where->addRow(tr("CDN domain:"), m_cdn);

    m_method = new QComboBox;
    m_method->addItem(tr("Access keys"));
    m_method->addItem(tr("QR sign-in (OpenID Connect + STS)"));
    m_method->setCurrentIndex(profile.signIn == cloud::SignInMethod::QrSignIn ? 1 : 0);
    m_keyId = lineEdit("keyId", profile.accessKeyId, tr("SecretId / access key ID"));
    m_secret = lineEdit("secret", {},
                        secretKnown ? tr("unchanged (kept in the keychain)")
                                    : tr("SecretKey / secret access key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_issuer = lineEdit("issuer", profile.issuer, tr("https://login.example.com"));
    m_clientId = lineEdit("clientId", profile.clientId);
    m_scopes = lineEdit("scopes", profile.scopes);
    m_sts = new QComboBox;
    m_sts->addItem(tr("AWS-compatible STS (Ceph, MinIO, AWS)"));
    m_sts->addItem(tr("Tencent Cloud STS"));
    m_sts->setCurrentIndex(profile.stsKind == cloud::StsKind::Tencent ? 1 : 0);
    m_stsEndpoint = lineEdit("stsEndpoint", profile.stsEndpoint, tr("default: the endpoint"));
    m_providerId = lineEdit("providerId", profile.providerId);
    m_roleArn = lineEdit("roleArn", profile.roleArn);
    m_minutes = new QSpinBox;
    m_minutes->setRange(15, 36 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(profile.sessionSeconds / 60);

    auto *auth = new QGroupBox(tr("Sign-in"));
    m_auth = new QFormLayout(auth);
    m_auth->addRow(tr("Sign in with:"), m_method);
    m_auth->addRow(tr("Access key ID:"), m_keyId);
    m_auth->addRow(tr("Secret key:"), m_secret);
    m_auth->addRow(tr("Issuer:"), m_issuer);
    m_auth->addRow(tr("Client ID:"), m_clientId);
    m_auth->addRow(tr("Scopes:"), m_scopes);
    m_auth->addRow(tr("STS:"), m_sts);
    m_auth->addRow(tr("STS endpoint:"), m_stsEndpoint);
    m_auth->addRow(tr("Provider ID:"), m_providerId);
    m_auth->addRow(tr("Role:"), m_roleArn);
    m_auth->addRow(tr("Session length:"), m_minutes);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_test = new QLabel;
    m_test->setWordWrap(true);
    m_test->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton = new QPushButton(tr("Test Connection"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_test, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(auth);
    layout->addWidget(m_problems);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::updateForm);
    for (QComboBox *c : findChildren<QComboBox *>())
        connect(c, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForm);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this](int index) {
        // COS speaks its own signature by default; S3 stores SigV4.
        m_signature->setCurrentIndex(index == 0 ? 1 : 0);
        if (index == 0 && m_region->currentText().isEmpty())
            m_region->setEditText(QStringLiteral("ap-guangzhou"));
    });
    updateForm();
}

ProfileDialog::~ProfileDialog() = default;

QLineEdit *ProfileDialog::field(const char *objectName) const
{
    return findChild<QLineEdit *>(QLatin1StringView(objectName));
}

cloud::Profile ProfileDialog::profile() const
{
    cloud::Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.provider = cloud::Endpoint::Provider(m_provider->currentData().toInt());
    p.region = m_region->currentText().trimmed();
    p.appId = m_appId->text().trimmed();
    p.endpointUrl = m_endpoint->text().trimmed();
    p.addressing = m_addressing->currentIndex() == 1 ? cloud::Endpoint::Addressing::VirtualHost
                                                     : cloud::Endpoint::Addressing::PathStyle;
    p.signature =
        m_signature->currentIndex() == 1 ? cloud::SignatureKind::Cos : cloud::SignatureKind::SigV4;
    p.defaultBucket = m_bucket->text().trimmed();
    p.cdnDomain = m_cdn->text().trimmed();
    p.signIn = m_method->currentIndex() == 1 ? cloud::SignInMethod::QrSignIn
                                             : cloud::SignInMethod::AccessKeys;
    p.accessKeyId = m_keyId->text().trimmed();
    p.issuer = m_issuer->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.scopes = m_scopes->text().simplified();
    p.stsKind =
        m_sts->currentIndex() == 1 ? cloud::StsKind::Tencent : cloud::StsKind::AwsCompatible;
    p.stsEndpoint = m_stsEndpoint->text().trimmed();
    p.providerId = m_providerId->text().trimmed();
    p.roleArn = m_roleArn->text().trimmed();
    p.sessionSeconds = m_minutes->value() * 60;
    return p;
}

QByteArray ProfileDialog::secretKey() const
{
    return m_secret->text().trimmed().toUtf8();
}

QStringList ProfileDialog::extraProblems() const
{
    QStringList out;
    if (m_method->currentIndex() == 0 && !m_secretKnown && m_secret->text().trimmed().isEmpty())
        out << tr("Enter the secret key (it is kept in the system keychain).");
    if (m_method->currentIndex() == 0 && m_secret->text().contains(u' '))
        out << tr("The secret key cannot contain spaces.");
    return out;
}

QString ProfileDialog::testResult() const
{
    return m_test->text();
}

void ProfileDialog::updateForm()
{
    const bool cos = m_provider->currentIndex() == 0;
    const bool keys = m_method->currentIndex() == 0;
    const bool tencentSts = m_sts->currentIndex() == 1;
    m_where->setRowVisible(m_endpoint, !cos);
    m_where->setRowVisible(m_addressing, !cos);
    m_where->setRowVisible(m_appId, cos);
    m_auth->setRowVisible(m_keyId, keys);
    m_auth->setRowVisible(m_secret, keys);
    for (QWidget *w : {static_cast<QWidget *>(m_issuer), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_scopes), static_cast<QWidget *>(m_sts),
                       static_cast<QWidget *>(m_roleArn), static_cast<QWidget *>(m_minutes)})
        m_auth->setRowVisible(w, !keys);
    m_auth->setRowVisible(m_stsEndpoint, !keys && !tencentSts);
    m_auth->setRowVisible(m_providerId, !keys && tencentSts);

    const QStringList list = problems();
    if (list.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
    } else {
        QString html = QStringLiteral("<span style=\"color:#c0392b\">");
        for (const QString &p : list)
            html += QStringLiteral("• ") + p.toHtmlEscaped() + QStringLiteral("<br>");
        m_problems->setText(html + QStringLiteral("</span>"));
        m_problems->show();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
    m_testButton->setEnabled(list.isEmpty());
    adjustSize();
}

void ProfileDialog::setTestResult(bool ok, const QString &text)
{
    m_testOk = ok;
    m_test->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                        .arg(ok ? QStringLiteral("#2e9d4f") : QStringLiteral("#c0392b"),
                             ok ? QStringLiteral("✓") : QStringLiteral("✗"), text.toHtmlEscaped()));
    m_testButton->setEnabled(true);
    Q_EMIT tested(ok);
}

void ProfileDialog::testConnection()
{
    if (m_testJob || !problems().isEmpty())
        return;
    m_testButton->setEnabled(false);
    m_test->setText(tr("Testing…"));
    const cloud::Profile p = profile();
    if (p.signIn == cloud::SignInMethod::QrSignIn) {
        // Without a sign-in there are no keys to try: check that the provider answers and
        // offers the device flow.
        auto *job = new cloud::OidcDiscoveryJob(m_network, QUrl(p.issuer), this);
        m_testJob = job;
        connect(job, &cloud::OidcDiscoveryJob::finished, this, [this, job] {
            job->deleteLater();
            if (!job->error().ok())
                setTestResult(false, job->error().toUserText());
            else if (!job->endpoints().deviceAuthorization.isValid() ||
                     job->endpoints().deviceAuthorization.isEmpty())
                setTestResult(false, tr("The provider answers but does not offer sign-in from "
                                        "another device."));
            else
                setTestResult(true, tr("The sign-in provider answers and offers QR sign-in. "
                                       "Save, then sign in to reach the storage."));
        });
        job->start(15000);
        return;
    }
    auto *client = new cloud::StorageClient(m_network, p.endpoint(), p.signature, this);
    m_testJob = client;
    cloud::Credentials c;
    c.accessKeyId = p.accessKeyId.toUtf8();
    c.secretAccessKey = m_secret->text().trimmed().toUtf8();
    if (c.secretAccessKey.isEmpty() && m_secretKnown) {
        setTestResult(false, tr("Enter the secret key again to test it (it is not read back "
                                "from the keychain here)."));
        client->deleteLater();
        return;
    }
    client->setCredentials(c);
    core::RetryPolicy::Settings once;
    once.maxAttempts = 2; // a second try only for what corrects itself (clock skew)
    client->setRetrySettings(once);
    client->setTransferTimeoutMs(15000);
    cloud::StorageJob *job = nullptr;
    if (!p.defaultBucket.isEmpty()) {
        cloud::ListObjectsParams lp;
        lp.maxKeys = 1;
        job = client->listObjects(p.defaultBucket, lp);
    } else {
        job = client->listBuckets();
    }
    const QString bucket = p.defaultBucket;
    connect(job, &cloud::StorageJob::finished, this,
            [this, client, bucket](const cloud::StorageError &e) {
                client->deleteLater();
                if (!e.ok())
                    setTestResult(false, e.toUserText());
                else if (bucket.isEmpty())
                    setTestResult(true, tr("Connected: the keys can list the buckets."));
                else
                    setTestResult(true,
                                  tr("Connected: the keys can read bucket “%1”.").arg(bucket));
            });
    job->start();
}

} // namespace sucai::ui
