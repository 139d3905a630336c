#include "welcomepage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sucai::ui {

namespace {

// A wide push button with a bold title and a wrapped explanation under it (what
// QPushButton means to be; its height does not follow the wrapped text).
class ActionButton final : public QPushButton
{
public:
    ActionButton(const QString &title, const QString &description)
    {
        m_title = new QLabel(title);
        QFont f = m_title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        m_title->setFont(f);
        m_text = new QLabel(description);
        m_text->setWordWrap(true);
        for (QLabel *l : {m_title, m_text})
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *icon = new QLabel;
        icon->setPixmap(style()->standardIcon(QStyle::SP_ArrowForward).pixmap(20, 20));
        icon->setAlignment(Qt::AlignTop);
        icon->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(m_title);
        texts->addWidget(m_text);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(12, 10, 12, 10);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addLayout(texts, 1);
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setAccessibleName(title);
        setAccessibleDescription(description);
        fitHeight();
    }
    void setDescription(const QString &text)
    {
        m_text->setText(text);
        setAccessibleDescription(text);
        fitHeight();
    }
    // The page gives the buttons a fixed width (kWidth): tall enough for the description
    // wrapped at that width, in any language.
    void fitHeight() { setMinimumHeight(layout()->totalHeightForWidth(kButtonWidth)); }
    static constexpr int kButtonWidth = 496;

private:
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    m_title->setFont(f);
    m_text = new QLabel;
    m_text->setWordWrap(true);

    m_qr = new ActionButton(tr("Sign in with QR code"),
                            tr("Scan a code with your phone and sign in through your "
                               "organisation's login: temporary keys, nothing to type."));
    m_keys = new ActionButton(tr("Add access keys"),
                              tr("Tencent Cloud COS SecretId and SecretKey, or any S3 key "
                                 "pair. The secret stays in the system keychain."));
    m_demo = new ActionButton(tr("Open the local demo"),
                              tr("A bucket of sample materials on this computer's demo "
                                 "server."));
    m_import = new ActionButton(tr("Import AWS CLI profiles"),
                                tr("From ~/.aws/credentials and ~/.aws/config; secrets go "
                                   "to the keychain."));
    m_qr->setObjectName(QStringLiteral("welcomeQr"));
    m_keys->setObjectName(QStringLiteral("welcomeKeys"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    connect(m_qr, &QAbstractButton::clicked, this, &WelcomePage::qrRequested);
    connect(m_keys, &QAbstractButton::clicked, this, &WelcomePage::keysRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QAbstractButton::clicked, this, &WelcomePage::importRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(6);
    column->addWidget(m_text);
    column->addSpacing(14);
    for (QPushButton *b : {m_qr, m_keys, m_demo, m_import})
        column->addWidget(b);

    auto *box = new QWidget;
    box->setLayout(column);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    box->setFixedWidth(ActionButton::kButtonWidth);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    setHasAccounts(false);
    refreshDemo();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setHasAccounts(bool has)
{
    m_title->setText(has ? tr("Choose a bucket") : tr("Welcome to Sucai"));
    m_text->setText(has ? tr("Choose a bucket on the left to browse its materials, or add "
                             "another account:")
                        : tr("Sucai keeps your images, videos and documents in cloud storage "
                             "at hand. Connect an account to begin:"));
}

void WelcomePage::refreshDemo()
{
    cloud::Profile p;
    cloud::Credentials c;
    const bool there = localDemo(&p, &c);
    m_demo->setEnabled(there);
    static_cast<ActionButton *>(m_demo)->setDescription(
        there ? tr("A bucket of sample materials on this computer's demo "
                   "server (%1).")
                    .arg(p.endpointUrl)
              : tr("Not running here: start it with packaging/demo.sh."));
}

bool WelcomePage::localDemo(cloud::Profile *profile, cloud::Credentials *credentials)
{
    QString path = qEnvironmentVariable("SUCAI_DEMO_ENV");
    if (path.isEmpty())
        path = QDir(QCoreApplication::applicationDirPath())
                   .absoluteFilePath(QStringLiteral("../demo/rgw/env"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QHash<QByteArray, QByteArray> env;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    const QByteArray endpoint = env.value("SUCAI_S3_ENDPOINT");
    if (endpoint.isEmpty() || env.value("SUCAI_S3_ACCESS_KEY").isEmpty())
        return false;
    profile->name = tr("Local demo");
    profile->provider = cloud::Endpoint::Provider::S3Compatible;
    profile->endpointUrl = QString::fromUtf8(endpoint);
    profile->region = QString::fromUtf8(env.value("SUCAI_S3_REGION", "default"));
    profile->addressing = cloud::Endpoint::Addressing::PathStyle;
    profile->signature = cloud::SignatureKind::SigV4;
    profile->defaultBucket = QStringLiteral("demo");
    profile->accessKeyId = QString::fromUtf8(env.value("SUCAI_S3_ACCESS_KEY"));
    profile->transient = true;
    credentials->accessKeyId = env.value("SUCAI_S3_ACCESS_KEY");
    credentials->secretAccessKey = env.value("SUCAI_S3_SECRET_KEY");
    return credentials->isValid();
}

} // namespace sucai::ui
