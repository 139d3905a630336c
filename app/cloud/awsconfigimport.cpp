#include "awsconfigimport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace sucai::cloud {

namespace {

// One INI section as botocore's RawConfigParser sees it: lower-case keys, values trimmed, and
// "nested" values (a key with an empty value followed by indented `key = value` lines).
struct Section
{
    QString name;
    QHash<QString, QString> values;
    QHash<QString, QHash<QString, QString>> nested;
};

struct IniFile
{
    QList<Section> sections; // in file order; a repeated header adds to the first one
    bool found = false;
    QString error; // translated; the file exists but could not be read
};

const QRegularExpression &inlineComment()
{
    // After a value, as the AWS SDKs allow: whitespace, then # or ;.
    static const QRegularExpression re(QStringLiteral(R"(\s[#;].*$)"));
    return re;
}

QString stripInlineComment(const QString &value)
{
    QString v = value;
    v.remove(inlineComment());
    return v.trimmed();
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

IniFile parseIni(const QString &path)
{
    IniFile ini;
    QFile file(path);
    if (!file.exists())
        return ini;
    ini.found = true;
    if (!file.open(QIODevice::ReadOnly)) {
        ini.error = AwsConfigImport::tr("Could not read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return ini;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    Section *section = nullptr;
    QString lastKey;           // the last key of the current section
    qsizetype lastIndent = -1; // its indentation
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView raw : lines) {
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype indent = indentOf(raw);

        // A continuation line: more indented than the key above it. Under a key with an empty
        // value it is a nested `key = value` (botocore's `s3 =` sub-sections); under a key
        // with a value it continues that value, which none of the keys read here uses.
        if (section && !lastKey.isEmpty() && indent > lastIndent) {
            if (section->values.value(lastKey).isEmpty()) {
                const qsizetype eq = line.indexOf(u'=');
                if (eq > 0) {
                    section->nested[lastKey].insert(
                        line.left(eq).trimmed().toString().toLower(),
                        stripInlineComment(line.mid(eq + 1).toString()));
                }
            }
            continue;
        }

        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            lastKey.clear();
            if (close < 0) {
                section = nullptr; // not a header: ignore the section's lines
                continue;
            }
            const QString name = line.mid(1, close - 1).trimmed().toString();
            section = nullptr;
            for (Section &s : ini.sections) {
                if (s.name == name)
                    section = &s;
            }
            if (!section) {
                ini.sections.append(Section{name, {}, {}});
                section = &ini.sections.last();
            }
            continue;
        }

        // key = value, or key: value (whichever delimiter comes first, as configparser).
        const qsizetype eq = line.indexOf(u'=');
        const qsizetype colon = line.indexOf(u':');
        const qsizetype delimiter = (eq < 0) ? colon : (colon < 0 ? eq : qMin(eq, colon));
        if (!section || delimiter <= 0)
            continue;
        lastKey = line.left(delimiter).trimmed().toString().toLower();
        lastIndent = indent;
        section->values.insert(lastKey, stripInlineComment(line.mid(delimiter + 1).toString()));
        section->nested.remove(lastKey);
    }
    return ini;
}

QString expandUser(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString pathFromEnvironment(const char *variable, const QString &fallback)
{
    const QString fromEnv = qEnvironmentVariable(variable);
    return expandUser(fromEnv.isEmpty() ? fallback : fromEnv);
}

// "profile name" → "name" (quotes allowed, as botocore's shlex.split); empty if not a profile.
QString configProfileName(const QString &section)
{
    if (section == u"default")
        return section;
    static const QRegularExpression re(
        QStringLiteral(R"re(^profile\s+(?:"([^"]+)"|'([^']+)'|(\S+))\s*$)re"));
    const auto m = re.match(section);
    if (!m.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (m.hasCaptured(group))
            return m.captured(group);
    }
    return {};
}

QString servicesSectionName(const QString &section)
{
    static const QRegularExpression re(QStringLiteral(R"(^services\s+(\S+)\s*$)"));
    const auto m = re.match(section);
    return m.hasMatch() ? m.captured(1) : QString();
}

// A profile as the two files give it, kept apart: keys in the credentials file come before
// credential_process, keys in the config file after it (botocore's provider chain).
struct RawProfile
{
    QString name;
    QHash<QString, QString> credentials;
    QHash<QString, QString> config;
    QHash<QString, QHash<QString, QString>> nested; // credentials file wins, as for values

    QString value(const QString &key) const
    {
        return credentials.contains(key) ? credentials.value(key) : config.value(key);
    }
    bool has(const QString &key) const
    {
        return !credentials.value(key).isEmpty() || !config.value(key).isEmpty();
    }
    bool hasPrefix(QStringView prefix) const
    {
        for (const auto *values : {&credentials, &config}) {
            for (auto it = values->cbegin(); it != values->cend(); ++it) {
                if (it.key().startsWith(prefix))
                    return true;
            }
        }
        return false;
    }
};

struct CosHost
{
    QString region;
    QString bucket;
    QString appId;
};

// cos.<region>.myqcloud.com or <bucket>-<appid>.cos.<region>.myqcloud.com
std::optional<CosHost> cosHost(const QString &host)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:([a-z0-9][a-z0-9-]*)-(\d+)\.)?cos\.([a-z]+-[a-z0-9-]+)\.myqcloud\.com$)"));
    const auto m = re.match(host.toLower());
    if (!m.hasMatch())
        return std::nullopt;
    return CosHost{m.captured(3), m.captured(1), m.captured(2)};
}

QString awsS3Endpoint(const QString &region)
{
    const QString suffix = region.startsWith(u"cn-") ? QStringLiteral("amazonaws.com.cn")
                                                     : QStringLiteral("amazonaws.com");
    return QStringLiteral("https://s3.") + region + u'.' + suffix;
}

bool isAwsHost(const QString &host)
{
    const QString h = host.toLower();
    return h.endsWith(u".amazonaws.com") || h.endsWith(u".amazonaws.com.cn");
}

} // namespace

QString AwsConfigImport::defaultCredentialsPath()
{
    return pathFromEnvironment("AWS_SHARED_CREDENTIALS_FILE",
                               QDir::homePath() + u"/.aws/credentials");
}

QString AwsConfigImport::defaultConfigPath()
{
    return pathFromEnvironment("AWS_CONFIG_FILE", QDir::homePath() + u"/.aws/config");
}

AwsImportResult AwsConfigImport::importProfiles(const QString &credentialsPath,
                                                const QString &configPath)
{
    AwsImportResult result;
    const IniFile credentialsFile = parseIni(
        credentialsPath.isEmpty() ? defaultCredentialsPath() : expandUser(credentialsPath));
    const IniFile configFile =
        parseIni(configPath.isEmpty() ? defaultConfigPath() : expandUser(configPath));
    for (const IniFile *f : {&credentialsFile, &configFile}) {
        if (!f->error.isEmpty())
            result.skipped.append(f->error);
    }

    QList<RawProfile> raw;
    QHash<QString, qsizetype> index;
    auto profileNamed = [&](const QString &name) -> RawProfile & {
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, raw.size());
            raw.append(RawProfile{name, {}, {}, {}});
        }
        return raw[*it];
    };
    QHash<QString, Section> services;

    for (const Section &s : credentialsFile.sections) {
        RawProfile &p = profileNamed(s.name);
        p.credentials.insert(s.values);
        p.nested.insert(s.nested);
    }
    for (const Section &s : configFile.sections) {
        const QString name = configProfileName(s.name);
        if (!name.isEmpty()) {
            RawProfile &p = profileNamed(name);
            p.config.insert(s.values);
            for (auto it = s.nested.cbegin(); it != s.nested.cend(); ++it) {
                if (!p.nested.contains(it.key()))
                    p.nested.insert(it.key(), it.value());
            }
        } else if (const QString servicesName = servicesSectionName(s.name);
                   !servicesName.isEmpty()) {
            services.insert(servicesName, s);
        }
    }

    for (const RawProfile &p : std::as_const(raw)) {
        auto skip = [&](const QString &why) {
            result.skipped.append(tr("Profile “%1” was not imported: %2").arg(p.name, why));
        };

        // The order of botocore's credential chain within one profile.
        if (p.has(QStringLiteral("role_arn")) || p.has(QStringLiteral("source_profile")) ||
            p.has(QStringLiteral("credential_source")) ||
            p.has(QStringLiteral("web_identity_token_file"))) {
            skip(tr("it assumes a role (role_arn, source_profile), and Sucai does not assume "
                    "roles from the AWS files. Use QR sign-in or access keys instead."));
            continue;
        }
        if (p.hasPrefix(u"sso_")) {
            skip(tr("it signs in through AWS IAM Identity Center (sso_…), which Sucai does not "
                    "support. Use access keys instead."));
            continue;
        }
        const bool keysInCredentials =
            !p.credentials.value(QStringLiteral("aws_access_key_id")).isEmpty();
        if (!keysInCredentials && p.has(QStringLiteral("credential_process"))) {
            skip(tr("its keys come from a program (credential_process), which Sucai does not "
                    "run."));
            continue;
        }
        const auto &keys = keysInCredentials ? p.credentials : p.config;
        const QString keyId = keys.value(QStringLiteral("aws_access_key_id"));
        const QString secret = keys.value(QStringLiteral("aws_secret_access_key"));
        if (keyId.isEmpty()) {
            skip(tr("it has no access key (aws_access_key_id)."));
            continue;
        }
        if (secret.isEmpty()) {
            skip(tr("it has an access key id but no secret key (aws_secret_access_key)."));
            continue;
        }

        ImportedProfile imported;
        Profile &profile = imported.profile;
        profile.id = Profile::newId();
        profile.name = p.name;
        profile.provider = Endpoint::Provider::S3Compatible;
        profile.signature = SignatureKind::SigV4;
        profile.signIn = SignInMethod::AccessKeys;
        profile.accessKeyId = keyId;
        imported.secretAccessKey = secret.toUtf8();
        imported.sessionToken = keys.value(QStringLiteral("aws_session_token")).toUtf8();
        if (!imported.sessionToken.isEmpty()) {
            imported.warnings.append(tr("These are temporary keys (aws_session_token): they "
                                        "stop working when they expire, and Sucai cannot "
                                        "renew them."));
        }

        const QString configuredRegion = p.value(QStringLiteral("region"));
        const QString region =
            configuredRegion.isEmpty() ? QStringLiteral("us-east-1") : configuredRegion;
        const QString regionAssumed = tr("No region is set; us-east-1 is assumed.");

        // S3 settings: the profile's nested `s3 =` section, and the `services` section it
        // names (service-specific endpoints win over the global endpoint_url).
        const QHash<QString, QString> s3 = p.nested.value(QStringLiteral("s3"));
        const QString servicesName = p.value(QStringLiteral("services"));
        const QHash<QString, QString> serviceS3 =
            services.value(servicesName).nested.value(QStringLiteral("s3"));
        QString endpointUrl;
        const QString ignoreEndpoints =
            p.value(QStringLiteral("ignore_configured_endpoint_urls")).toLower();
        if (ignoreEndpoints != u"true") {
            for (const QString &candidate : {serviceS3.value(QStringLiteral("endpoint_url")),
                                             s3.value(QStringLiteral("endpoint_url")),
                                             p.value(QStringLiteral("endpoint_url"))}) {
                if (!candidate.isEmpty()) {
                    endpointUrl = candidate;
                    break;
                }
            }
        }
        const QString style = s3.value(QStringLiteral("addressing_style")).toLower();
        if (!style.isEmpty() && style != u"auto" && style != u"path" && style != u"virtual") {
            imported.warnings.append(
                tr("Unknown addressing_style “%1”; the default is used.").arg(style));
        }

        if (endpointUrl.isEmpty()) {
            if (configuredRegion.isEmpty())
                imported.warnings.append(regionAssumed);
            profile.region = region;
            profile.endpointUrl = awsS3Endpoint(region);
            profile.addressing = style == u"path" ? Endpoint::Addressing::PathStyle
                                                  : Endpoint::Addressing::VirtualHost;
        } else {
            const QUrl url(endpointUrl, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != u"http" && scheme != u"https")) {
                skip(tr("its endpoint_url “%1” is not an http or https URL.").arg(endpointUrl));
                continue;
            }
            if (const auto cos = cosHost(url.host())) {
                profile.provider = Endpoint::Provider::TencentCos;
                profile.region = cos->region;
                profile.appId = cos->appId;
                profile.defaultBucket = cos->bucket;
                profile.addressing = Endpoint::Addressing::VirtualHost;
                if (!configuredRegion.isEmpty() && configuredRegion != cos->region) {
                    imported.warnings.append(
                        tr("The region %1 differs from the region of the COS endpoint; %2 is "
                           "used.")
                            .arg(configuredRegion, cos->region));
                }
                if (scheme != u"https")
                    imported.warnings.append(tr("Tencent COS is reached over HTTPS."));
                if (profile.appId.isEmpty()) {
                    imported.warnings.append(
                        tr("Tencent COS bucket names end in the APPID (\"assets-1250000000\"): "
                           "enter the APPID in the profile, or use full bucket names."));
                }
            } else {
                if (configuredRegion.isEmpty())
                    imported.warnings.append(regionAssumed);
                profile.region = region;
                profile.endpointUrl = endpointUrl;
                const bool virtualHost =
                    style == u"virtual" || (style != u"path" && isAwsHost(url.host()));
                profile.addressing = virtualHost ? Endpoint::Addressing::VirtualHost
                                                 : Endpoint::Addressing::PathStyle;
            }
        }
        result.profiles.append(std::move(imported));
    }
    return result;
}

} // namespace sucai::cloud
