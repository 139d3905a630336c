// AwsConfigImport: profiles from realistic ~/.aws/credentials and ~/.aws/config files (written
// to a temporary folder) — sections, comments, CRLF, nested s3 settings, services sections,
// Tencent COS endpoints, the environment variables, and the profiles that are skipped.
#include "cloud/awsconfigimport.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using sucai::cloud::AwsConfigImport;
using sucai::cloud::AwsImportResult;
using sucai::cloud::Endpoint;
using sucai::cloud::ImportedProfile;
using sucai::cloud::SignatureKind;
using sucai::cloud::SignInMethod;

namespace {

const char kCredentials[] = R"(# Written by aws configure
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[work]
aws_access_key_id=ASIAWORKEXAMPLE
aws_secret_access_key=workSecret+/=
aws_session_token = IQoJb3JpZ2luX2VjEXAMPLETOKEN==

; keys here come before a credential_process in the config file
[scripted]
aws_access_key_id = AKIASCRIPTED
aws_secret_access_key = scriptedSecret
)";

const char kConfig[] = R"([default]
region = eu-west-1
output = json

[profile work]
region = cn-north-1

[profile rgw]
aws_access_key_id = RGWKEY0123456789
aws_secret_access_key = rgwsecret
endpoint_url = http://127.0.0.1:7480

[profile minio]
region = us-west-2
aws_access_key_id = MINIOKEY
aws_secret_access_key = miniosecret
s3 =
    endpoint_url = http://minio.local:9000
    addressing_style = virtual

[profile cos]
region = ap-guangzhou
aws_access_key_id = AKIDcosExample
aws_secret_access_key = cosSecret
endpoint_url = https://cos.ap-guangzhou.myqcloud.com

[profile role]
role_arn = arn:aws:iam::123456789012:role/admin
source_profile = default

[profile sso]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = ReadOnly
region = us-east-1

[profile proc]
credential_process = /usr/local/bin/get-aws-creds --profile proc

[profile scripted]
credential_process = /usr/local/bin/never-run

[profile regiononly]
region = us-east-2

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[preview]
cloudfront = true

[services localstack]
s3 =
  endpoint_url = http://localhost:4566
sts =
  endpoint_url = http://localhost:4567

[profile local]
services = localstack
endpoint_url = https://ignored.example.com
aws_access_key_id = test
aws_secret_access_key = test
)";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

const ImportedProfile *find(const AwsImportResult &r, const QString &name)
{
    for (const ImportedProfile &p : r.profiles) {
        if (p.profile.name == name)
            return &p;
    }
    return nullptr;
}

QStringList names(const AwsImportResult &r)
{
    QStringList out;
    for (const ImportedProfile &p : r.profiles)
        out << p.profile.name;
    return out;
}

bool skippedMentions(const AwsImportResult &r, const QString &name, const QString &word)
{
    for (const QString &s : r.skipped) {
        if (s.contains(u"“" + name + u"”") && s.contains(word))
            return true;
    }
    return false;
}

} // namespace

class TestAwsConfigImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AwsImportResult importFiles(const QByteArray &credentials, const QByteArray &config)
    {
        const QString c = m_dir.filePath(QStringLiteral("credentials"));
        const QString f = m_dir.filePath(QStringLiteral("config"));
        QFile::remove(c);
        QFile::remove(f);
        if (!credentials.isNull())
            writeFile(c, credentials);
        if (!config.isNull())
            writeFile(f, config);
        return AwsConfigImport::importProfiles(c, f);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void realisticFiles_importKeyProfiles()
    {
        const AwsImportResult r = importFiles(kCredentials, kConfig);
        // Credentials-file order first, then profiles only in the config file.
        QCOMPARE(names(r), QStringList({QStringLiteral("default"), QStringLiteral("work"),
                                        QStringLiteral("scripted"), QStringLiteral("rgw"),
                                        QStringLiteral("minio"), QStringLiteral("cos"),
                                        QStringLiteral("local")}));

        for (const ImportedProfile &p : r.profiles) {
            QVERIFY(p.profile.id.startsWith(u"p-"));
            QCOMPARE(p.profile.signIn, SignInMethod::AccessKeys);
            QCOMPARE(p.profile.signature, SignatureKind::SigV4);
            QVERIFY2(p.profile.validate().isEmpty(),
                     qPrintable(p.profile.name + u": " + p.profile.validate().join(u' ')));
            QVERIFY(p.profile.endpoint().isValid());
        }
        QSet<QString> ids;
        for (const ImportedProfile &p : r.profiles)
            ids.insert(p.profile.id);
        QCOMPARE(ids.size(), r.profiles.size());

        // [default]: keys from credentials, region from config, AWS endpoint.
        const ImportedProfile *d = find(r, QStringLiteral("default"));
        QVERIFY(d);
        QCOMPARE(d->profile.provider, Endpoint::Provider::S3Compatible);
        QCOMPARE(d->profile.accessKeyId, QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        QCOMPARE(d->secretAccessKey, QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        QVERIFY(d->sessionToken.isEmpty());
        QCOMPARE(d->profile.region, QStringLiteral("eu-west-1"));
        QCOMPARE(d->profile.endpointUrl, QStringLiteral("https://s3.eu-west-1.amazonaws.com"));
        QCOMPARE(d->profile.addressing, Endpoint::Addressing::VirtualHost);
        QCOMPARE(d->warnings, QStringList());

        // [work]: temporary keys, a China region.
        const ImportedProfile *w = find(r, QStringLiteral("work"));
        QVERIFY(w);
        QCOMPARE(w->secretAccessKey, QByteArray("workSecret+/="));
        QCOMPARE(w->sessionToken, QByteArray("IQoJb3JpZ2luX2VjEXAMPLETOKEN=="));
        QCOMPARE(w->profile.endpointUrl, QStringLiteral("https://s3.cn-north-1.amazonaws.com.cn"));
        QCOMPARE(w->warnings.size(), 1);
        QVERIFY(w->warnings.at(0).contains(u"aws_session_token"));

        // [scripted]: static keys in the credentials file win over credential_process.
        const ImportedProfile *s = find(r, QStringLiteral("scripted"));
        QVERIFY(s);
        QCOMPARE(s->profile.accessKeyId, QStringLiteral("AKIASCRIPTED"));
        QCOMPARE(s->profile.region, QStringLiteral("us-east-1"));
        QCOMPARE(s->warnings.size(), 1); // no region: us-east-1 assumed
        QVERIFY(s->warnings.at(0).contains(u"us-east-1"));

        // [profile rgw]: keys in the config file, a local endpoint: path style.
        const ImportedProfile *g = find(r, QStringLiteral("rgw"));
        QVERIFY(g);
        QCOMPARE(g->profile.endpointUrl, QStringLiteral("http://127.0.0.1:7480"));
        QCOMPARE(g->profile.addressing, Endpoint::Addressing::PathStyle);
        QCOMPARE(g->profile.region, QStringLiteral("us-east-1"));
        QCOMPARE(g->secretAccessKey, QByteArray("rgwsecret"));

        // [profile minio]: nested s3 settings.
        const ImportedProfile *m = find(r, QStringLiteral("minio"));
        QVERIFY(m);
        QCOMPARE(m->profile.endpointUrl, QStringLiteral("http://minio.local:9000"));
        QCOMPARE(m->profile.addressing, Endpoint::Addressing::VirtualHost);
        QCOMPARE(m->profile.region, QStringLiteral("us-west-2"));

        // [profile cos]: Tencent COS detected from the endpoint.
        const ImportedProfile *c = find(r, QStringLiteral("cos"));
        QVERIFY(c);
        QCOMPARE(c->profile.provider, Endpoint::Provider::TencentCos);
        QCOMPARE(c->profile.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(c->profile.signature, SignatureKind::SigV4);
        QCOMPARE(c->profile.endpoint().hostAndPort(), QByteArray("cos.ap-guangzhou.myqcloud.com"));
        QCOMPARE(c->profile.accessKeyId, QStringLiteral("AKIDcosExample"));

        // [profile local]: the services section's s3 endpoint wins over endpoint_url.
        const ImportedProfile *l = find(r, QStringLiteral("local"));
        QVERIFY(l);
        QCOMPARE(l->profile.endpointUrl, QStringLiteral("http://localhost:4566"));
        QCOMPARE(l->profile.addressing, Endpoint::Addressing::PathStyle);

        // Skipped, each with its reason.
        QCOMPARE(r.skipped.size(), 4);
        QVERIFY2(skippedMentions(r, QStringLiteral("role"), QStringLiteral("role_arn")),
                 qPrintable(r.skipped.join(u'\n')));
        QVERIFY2(skippedMentions(r, QStringLiteral("sso"), QStringLiteral("sso_")),
                 qPrintable(r.skipped.join(u'\n')));
        QVERIFY2(skippedMentions(r, QStringLiteral("proc"), QStringLiteral("credential_process")),
                 qPrintable(r.skipped.join(u'\n')));
        QVERIFY2(
            skippedMentions(r, QStringLiteral("regiononly"), QStringLiteral("aws_access_key_id")),
            qPrintable(r.skipped.join(u'\n')));
        // No secret in any message.
        const QString all = r.skipped.join(u'\n');
        for (const ImportedProfile &p : r.profiles) {
            QVERIFY(!all.contains(QString::fromUtf8(p.secretAccessKey)));
            for (const QString &warning : p.warnings)
                QVERIFY(!warning.contains(QString::fromUtf8(p.secretAccessKey)));
        }
    }

    void syntax_crlfBomCommentsCaseAndColons()
    {
        const QByteArray credentials = "\xEF\xBB\xBF"
                                       "# comment\r\n"
                                       "  ; indented comment\r\n"
                                       "[default]   # trailing comment on the header\r\n"
                                       "AWS_ACCESS_KEY_ID = AKIACRLF   # the key id\r\n"
                                       "aws_secret_access_key: crlfSecret/abc ; comment\r\n"
                                       "\r\n"
                                       "\t\r\n"
                                       "[spaces]\r\n"
                                       "  aws_access_key_id   =   AKIASPACES  \r\n"
                                       "  aws_secret_access_key=sp#notacomment\r\n";
        const QByteArray config = "[profile \"quoted name\"]\r\n"
                                  "region\t=\tap-southeast-1\r\n"
                                  "aws_access_key_id = AKIAQUOTED\r\n"
                                  "aws_secret_access_key = quotedSecret\r\n"
                                  "[profilebogus]\r\n"
                                  "aws_access_key_id = NOTAPROFILE\r\n"
                                  "aws_secret_access_key = x\r\n"
                                  "[nondefault]\r\n"
                                  "aws_access_key_id = NOTAPROFILEEITHER\r\n"
                                  "aws_secret_access_key = x\r\n";
        const AwsImportResult r = importFiles(credentials, config);
        QCOMPARE(names(r), QStringList({QStringLiteral("default"), QStringLiteral("spaces"),
                                        QStringLiteral("quoted name")}));
        QCOMPARE(r.skipped, QStringList());

        QCOMPARE(r.profiles[0].profile.accessKeyId, QStringLiteral("AKIACRLF"));
        QCOMPARE(r.profiles[0].secretAccessKey, QByteArray("crlfSecret/abc"));
        QCOMPARE(r.profiles[1].profile.accessKeyId, QStringLiteral("AKIASPACES"));
        // '#' without whitespace before it is part of the value.
        QCOMPARE(r.profiles[1].secretAccessKey, QByteArray("sp#notacomment"));
        QCOMPARE(r.profiles[2].profile.region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(r.profiles[2].profile.endpointUrl,
                 QStringLiteral("https://s3.ap-southeast-1.amazonaws.com"));
    }

    void credentialsFile_winsOverConfig()
    {
        const AwsImportResult r = importFiles("[dev]\n"
                                              "aws_access_key_id = FROMCREDENTIALS\n"
                                              "aws_secret_access_key = credSecret\n"
                                              "region = eu-north-1\n",
                                              "[profile dev]\n"
                                              "aws_access_key_id = FROMCONFIG\n"
                                              "aws_secret_access_key = configSecret\n"
                                              "region = eu-south-1\n"
                                              "s3 =\n"
                                              "  addressing_style = path\n");
        QCOMPARE(r.profiles.size(), 1);
        const ImportedProfile &p = r.profiles.first();
        QCOMPARE(p.profile.accessKeyId, QStringLiteral("FROMCREDENTIALS"));
        QCOMPARE(p.secretAccessKey, QByteArray("credSecret"));
        QCOMPARE(p.profile.region, QStringLiteral("eu-north-1"));
        QCOMPARE(p.profile.endpointUrl, QStringLiteral("https://s3.eu-north-1.amazonaws.com"));
        QCOMPARE(p.profile.addressing, Endpoint::Addressing::PathStyle);
    }

    void endpoints_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("endpointUrl");
        QTest::addColumn<int>("addressing");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("warnings");

        const int s3 = int(Endpoint::Provider::S3Compatible);
        const int cos = int(Endpoint::Provider::TencentCos);
        const int path = int(Endpoint::Addressing::PathStyle);
        const int vhost = int(Endpoint::Addressing::VirtualHost);

        QTest::newRow("aws endpoint url: virtual")
            << QByteArray("region = eu-central-1\nendpoint_url = https://s3.eu-central-1."
                          "amazonaws.com\n")
            << s3 << QStringLiteral("https://s3.eu-central-1.amazonaws.com") << vhost
            << QStringLiteral("eu-central-1") << QString() << QString() << 0;
        QTest::newRow("custom endpoint, addressing auto: path")
            << QByteArray("region = default\nendpoint_url = https://s3.example.com\n"
                          "s3 =\n  addressing_style = auto\n")
            << s3 << QStringLiteral("https://s3.example.com") << path << QStringLiteral("default")
            << QString() << QString() << 0;
        QTest::newRow("aws without endpoint, path style asked")
            << QByteArray("region = ap-northeast-1\ns3 =\n  addressing_style = path\n") << s3
            << QStringLiteral("https://s3.ap-northeast-1.amazonaws.com") << path
            << QStringLiteral("ap-northeast-1") << QString() << QString() << 0;
        QTest::newRow("unknown addressing style")
            << QByteArray("region = us-east-1\ns3 =\n  addressing_style = sideways\n") << s3
            << QStringLiteral("https://s3.us-east-1.amazonaws.com") << vhost
            << QStringLiteral("us-east-1") << QString() << QString() << 1;
        QTest::newRow("ignore_configured_endpoint_urls")
            << QByteArray("region = us-east-2\nendpoint_url = http://127.0.0.1:9000\n"
                          "ignore_configured_endpoint_urls = true\n")
            << s3 << QStringLiteral("https://s3.us-east-2.amazonaws.com") << vhost
            << QStringLiteral("us-east-2") << QString() << QString() << 0;
        QTest::newRow("cos, no region in the file")
            << QByteArray("endpoint_url = https://cos.ap-shanghai.myqcloud.com\n") << cos
            << QString() << vhost << QStringLiteral("ap-shanghai") << QString() << QString() << 0;
        QTest::newRow("cos nested, region differs")
            << QByteArray("region = ap-beijing\ns3 =\n  endpoint_url = "
                          "https://cos.ap-chengdu.myqcloud.com\n")
            << cos << QString() << vhost << QStringLiteral("ap-chengdu") << QString() << QString()
            << 1;
        QTest::newRow("cos bucket host")
            << QByteArray("region = ap-guangzhou\n"
                          "endpoint_url = https://my-assets-1250000000.cos.ap-guangzhou."
                          "myqcloud.com\n")
            << cos << QString() << vhost << QStringLiteral("ap-guangzhou")
            << QStringLiteral("1250000000") << QStringLiteral("my-assets") << 0;
        QTest::newRow("cos over http")
            << QByteArray("region = ap-hongkong\nendpoint_url = http://COS.AP-HONGKONG.myqcloud."
                          "com\n")
            << cos << QString() << vhost << QStringLiteral("ap-hongkong") << QString() << QString()
            << 1;
        QTest::newRow("cos accelerate is just S3-compatible")
            << QByteArray("region = ap-guangzhou\n"
                          "endpoint_url = https://cos.accelerate.myqcloud.com\n")
            << s3 << QStringLiteral("https://cos.accelerate.myqcloud.com") << path
            << QStringLiteral("ap-guangzhou") << QString() << QString() << 0;
    }
    void endpoints()
    {
        QFETCH(QByteArray, settings);
        QFETCH(int, provider);
        QFETCH(QString, endpointUrl);
        QFETCH(int, addressing);
        QFETCH(QString, region);
        QFETCH(QString, appId);
        QFETCH(QString, bucket);
        QFETCH(int, warnings);

        const AwsImportResult r = importFiles(
            {}, "[default]\naws_access_key_id = AKID\naws_secret_access_key = sk\n" + settings);
        QCOMPARE(r.skipped, QStringList());
        QCOMPARE(r.profiles.size(), 1);
        const ImportedProfile &p = r.profiles.first();
        QCOMPARE(int(p.profile.provider), provider);
        QCOMPARE(p.profile.endpointUrl, endpointUrl);
        QCOMPARE(int(p.profile.addressing), addressing);
        QCOMPARE(p.profile.region, region);
        QCOMPARE(p.profile.appId, appId);
        QCOMPARE(p.profile.defaultBucket, bucket);
        // COS without an APPID in the host always gets the APPID hint on top.
        const int appIdHint = (provider == int(Endpoint::Provider::TencentCos) && appId.isEmpty());
        QVERIFY2(p.warnings.size() == warnings + appIdHint, qPrintable(p.warnings.join(u'\n')));
        QVERIFY2(p.profile.validate().isEmpty(), qPrintable(p.profile.validate().join(u' ')));
    }

    void badProfiles_skippedWithReason_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("word");
        QTest::newRow("no secret")
            << QByteArray("aws_access_key_id = AKID\n") << QStringLiteral("aws_secret_access_key");
        QTest::newRow("ftp endpoint")
            << QByteArray("aws_access_key_id = A\naws_secret_access_key = s\n"
                          "endpoint_url = ftp://files.example.com\n")
            << QStringLiteral("ftp://files.example.com");
        QTest::newRow("endpoint without host")
            << QByteArray("aws_access_key_id = A\naws_secret_access_key = s\n"
                          "endpoint_url = localhost:9000\n")
            << QStringLiteral("localhost:9000");
        QTest::newRow("web identity") << QByteArray("role_arn = arn:aws:iam::1:role/r\n"
                                                    "web_identity_token_file = /var/run/token\n")
                                      << QStringLiteral("role");
        QTest::newRow("role with keys too")
            << QByteArray("aws_access_key_id = A\naws_secret_access_key = s\n"
                          "role_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n")
            << QStringLiteral("role_arn");
        QTest::newRow("sso legacy")
            << QByteArray("sso_start_url = https://x.awsapps.com/start\nsso_region = us-east-1\n")
            << QStringLiteral("sso");
    }
    void badProfiles_skippedWithReason()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, word);
        const AwsImportResult r = importFiles({}, "[profile bad]\n" + settings);
        QCOMPARE(r.profiles.size(), 0);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY2(skippedMentions(r, QStringLiteral("bad"), word),
                 qPrintable(r.skipped.join(u'\n')));
    }

    void missingFiles_nothingAndNoComplaint()
    {
        const AwsImportResult r = importFiles({}, {});
        QCOMPARE(r.profiles.size(), 0);
        QCOMPARE(r.skipped, QStringList());
    }

    void unreadableFile_isReported()
    {
        // A folder where the file should be cannot be read (permissions do not stop root).
        const QString folder = m_dir.filePath(QStringLiteral("credentials-folder"));
        QVERIFY(QDir().mkpath(folder));
        const AwsImportResult r =
            AwsConfigImport::importProfiles(folder, m_dir.filePath(QStringLiteral("none")));
        QCOMPARE(r.profiles.size(), 0);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY(r.skipped.first().contains(QDir::toNativeSeparators(folder)));
    }

    void environmentVariables_choosePaths()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("elsewhere")));
        QVERIFY(writeFile(home.filePath(QStringLiteral("elsewhere/creds")),
                          "[fromenv]\naws_access_key_id = ENVKEY\naws_secret_access_key = e\n"));
        QVERIFY(writeFile(home.filePath(QStringLiteral("elsewhere/conf")),
                          "[profile fromenv]\nregion = sa-east-1\n"));
        // And decoys where ~/.aws would be.
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".aws/credentials")),
                          "[decoy]\naws_access_key_id = D\naws_secret_access_key = d\n"));

        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldCreds = qgetenv("AWS_SHARED_CREDENTIALS_FILE");
        const QByteArray oldConfig = qgetenv("AWS_CONFIG_FILE");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            oldCreds.isNull() ? qunsetenv("AWS_SHARED_CREDENTIALS_FILE")
                              : qputenv("AWS_SHARED_CREDENTIALS_FILE", oldCreds);
            oldConfig.isNull() ? qunsetenv("AWS_CONFIG_FILE")
                               : qputenv("AWS_CONFIG_FILE", oldConfig);
        });
        qputenv("HOME", QFile::encodeName(home.path()));

        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        qunsetenv("AWS_CONFIG_FILE");
        QCOMPARE(AwsConfigImport::defaultCredentialsPath(),
                 home.filePath(QStringLiteral(".aws/credentials")));
        QCOMPARE(AwsConfigImport::defaultConfigPath(),
                 home.filePath(QStringLiteral(".aws/config")));
        QCOMPARE(names(AwsConfigImport::importProfiles()), QStringList({QStringLiteral("decoy")}));

        // "~" is expanded, as aws-cli does.
        qputenv("AWS_SHARED_CREDENTIALS_FILE", "~/elsewhere/creds");
        qputenv("AWS_CONFIG_FILE",
                QFile::encodeName(home.filePath(QStringLiteral("elsewhere/conf"))));
        const AwsImportResult r = AwsConfigImport::importProfiles();
        QCOMPARE(names(r), QStringList({QStringLiteral("fromenv")}));
        QCOMPARE(r.profiles.first().profile.region, QStringLiteral("sa-east-1"));

        // Arguments win over the environment.
        QCOMPARE(
            names(AwsConfigImport::importProfiles(home.filePath(QStringLiteral(".aws/credentials")),
                                                  home.filePath(QStringLiteral("none")))),
            QStringList({QStringLiteral("decoy")}));
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigImport)
#include "tst_awsconfigimport.moc"
