#include "profile.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace sucai::cloud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sucai::cloud::Profile", text);
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
           !url.host().isEmpty();
}

const char *providerName(Endpoint::Provider p)
{
    return p == Endpoint::Provider::TencentCos ? "cos" : "s3";
}

} // namespace

QString Profile::newId()
{
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("p-") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

Endpoint Profile::endpoint() const
{
    Endpoint e;
    if (provider == Endpoint::Provider::TencentCos) {
        e = Endpoint::tencentCos(region.trimmed(), appId.trimmed());
    } else {
        e = Endpoint::s3(QUrl(endpointUrl.trimmed()), region.trimmed(), addressing);
    }
    if (e.isValid())
        applyChecksumPreference(e, checksums);
    return e;
}

QUrl Profile::stsUrl() const
{
    return QUrl(stsEndpoint.trimmed().isEmpty() ? endpointUrl.trimmed() : stsEndpoint.trimmed());
}

QUrl Profile::cdnBase() const
{
    QString domain = cdnDomain.trimmed();
    if (domain.isEmpty())
        return {};
    if (!domain.contains(u"://"))
        domain.prepend(u"https://");
    while (domain.endsWith(u'/'))
        domain.chop(1);
    const QUrl url(domain);
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("Give the profile a name.");
    if (provider == Endpoint::Provider::TencentCos) {
        static const QRegularExpression regionRe(QStringLiteral("^[a-z]+(-[a-z0-9]+)+$"));
        if (!regionRe.match(region.trimmed()).hasMatch())
            problems << tr("Enter the COS region, such as ap-guangzhou.");
        static const QRegularExpression appIdRe(QStringLiteral("^[0-9]{5,}$"));
        if (!appId.trimmed().isEmpty() && !appIdRe.match(appId.trimmed()).hasMatch())
            problems << tr("The APPID is a number, such as 1250000000.");
    } else if (!isHttpUrl(endpointUrl)) {
        problems << tr("Enter the endpoint as a URL starting with http:// or https://.");
    }
    if (!cdnDomain.trimmed().isEmpty() && cdnBase().isEmpty())
        problems << tr("The CDN domain is not a valid host name.");
    if (signIn == SignInMethod::AccessKeys) {
        if (accessKeyId.trimmed().isEmpty())
            problems << tr("Enter the access key ID (SecretId).");
        else if (accessKeyId.trimmed().contains(u' '))
            problems << tr("The access key ID cannot contain spaces.");
    } else {
        if (!isHttpUrl(issuer))
            problems << tr("Enter the sign-in issuer as a URL starting with http:// or https://.");
        if (clientId.trimmed().isEmpty())
            problems << tr("Enter the client ID registered with the sign-in provider.");
        if (roleArn.trimmed().isEmpty())
            problems << tr("Enter the role to assume (RoleArn).");
        if (stsKind == StsKind::Tencent && providerId.trimmed().isEmpty())
            problems << tr("Enter the identity provider name (ProviderId) for Tencent STS.");
        if (stsKind == StsKind::AwsCompatible && !stsEndpoint.trimmed().isEmpty() &&
            !isHttpUrl(stsEndpoint))
            problems << tr("The STS endpoint must be a URL starting with http:// or https://.");
        if (stsKind == StsKind::AwsCompatible && stsEndpoint.trimmed().isEmpty() &&
            provider == Endpoint::Provider::TencentCos)
            problems << tr("Tencent COS profiles exchange sign-ins at Tencent STS.");
        if (sessionSeconds < 900 || sessionSeconds > 129600)
            problems << tr("The session length must be between 15 minutes and 36 hours.");
    }
    if (problems.isEmpty() && !endpoint().isValid())
        problems << tr("These settings do not make a storage endpoint.");
    return problems;
}

void Profile::save(QSettings &s) const
{
    s.setValue(QStringLiteral("name"), name);
    s.setValue(QStringLiteral("provider"), QString::fromLatin1(providerName(provider)));
    s.setValue(QStringLiteral("region"), region);
    s.setValue(QStringLiteral("appId"), appId);
    s.setValue(QStringLiteral("endpointUrl"), endpointUrl);
    s.setValue(QStringLiteral("addressing"), addressing == Endpoint::Addressing::VirtualHost
                                                 ? QStringLiteral("virtual")
                                                 : QStringLiteral("path"));
    s.setValue(QStringLiteral("signature"),
               signature == SignatureKind::Cos ? QStringLiteral("cos") : QStringLiteral("sigv4"));
    s.setValue(QStringLiteral("defaultBucket"), defaultBucket);
    s.setValue(QStringLiteral("cdnDomain"), cdnDomain);
    s.setValue(QStringLiteral("checksums"), checksums);
    s.setValue(QStringLiteral("signIn"),
               signIn == SignInMethod::QrSignIn ? QStringLiteral("qr") : QStringLiteral("keys"));
    s.setValue(QStringLiteral("accessKeyId"), accessKeyId);
    s.setValue(QStringLiteral("issuer"), issuer);
    s.setValue(QStringLiteral("clientId"), clientId);
    s.setValue(QStringLiteral("scopes"), scopes);
    s.setValue(QStringLiteral("useAccessToken"), useAccessToken);
    s.setValue(QStringLiteral("sts"),
               stsKind == StsKind::Tencent ? QStringLiteral("tencent") : QStringLiteral("aws"));
    s.setValue(QStringLiteral("stsEndpoint"), stsEndpoint);
    s.setValue(QStringLiteral("stsRegion"), stsRegion);
    s.setValue(QStringLiteral("providerId"), providerId);
    s.setValue(QStringLiteral("roleArn"), roleArn);
    s.setValue(QStringLiteral("sessionSeconds"), sessionSeconds);
}

Profile Profile::load(const QSettings &s)
{
    Profile p;
    const auto str = [&s](const char *key, const QString &def = {}) {
        return s.value(QLatin1StringView(key), def).toString();
    };
    p.name = str("name");
    p.provider = str("provider") == u"cos" ? Endpoint::Provider::TencentCos
                                           : Endpoint::Provider::S3Compatible;
    p.region = str("region");
    p.appId = str("appId");
    p.endpointUrl = str("endpointUrl");
    p.addressing = str("addressing") == u"virtual" ? Endpoint::Addressing::VirtualHost
                                                   : Endpoint::Addressing::PathStyle;
    p.signature = str("signature") == u"cos" ? SignatureKind::Cos : SignatureKind::SigV4;
    p.defaultBucket = str("defaultBucket");
    p.cdnDomain = str("cdnDomain");
    p.checksums = str("checksums");
    p.signIn = str("signIn") == u"qr" ? SignInMethod::QrSignIn : SignInMethod::AccessKeys;
    p.accessKeyId = str("accessKeyId");
    p.issuer = str("issuer");
    p.clientId = str("clientId");
    p.scopes = str("scopes", p.scopes);
    p.useAccessToken = s.value(QStringLiteral("useAccessToken"), false).toBool();
    p.stsKind = str("sts") == u"tencent" ? StsKind::Tencent : StsKind::AwsCompatible;
    p.stsEndpoint = str("stsEndpoint");
    p.stsRegion = str("stsRegion");
    p.providerId = str("providerId");
    p.roleArn = str("roleArn");
    p.sessionSeconds = s.value(QStringLiteral("sessionSeconds"), 3600).toInt();
    return p;
}

QList<Profile> ProfileStore::load(QSettings &settings)
{
    QList<Profile> out;
    settings.beginGroup(QStringLiteral("profiles"));
    QStringList ids = settings.childGroups();
    // The order the user gave them (the side bar's), then the rest by id.
    const QStringList order = settings.value(QStringLiteral("order")).toStringList();
    std::stable_sort(ids.begin(), ids.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    for (const QString &id : std::as_const(ids)) {
        settings.beginGroup(id);
        Profile p = Profile::load(settings);
        settings.endGroup();
        p.id = id;
        out << p;
    }
    settings.endGroup();
    return out;
}

void ProfileStore::save(QSettings &settings, const Profile &profile)
{
    Q_ASSERT(!profile.id.isEmpty() && !profile.transient);
    if (profile.id.isEmpty() || profile.transient)
        return;
    settings.beginGroup(QStringLiteral("profiles"));
    settings.remove(profile.id); // fields that became empty must not linger
    settings.beginGroup(profile.id);
    profile.save(settings);
    settings.endGroup();
    QStringList order = settings.value(QStringLiteral("order")).toStringList();
    if (!order.contains(profile.id)) {
        order << profile.id;
        settings.setValue(QStringLiteral("order"), order);
    }
    settings.endGroup();
}

void ProfileStore::remove(QSettings &settings, const QString &id)
{
    if (id.isEmpty())
        return;
    settings.beginGroup(QStringLiteral("profiles"));
    settings.remove(id);
    QStringList order = settings.value(QStringLiteral("order")).toStringList();
    order.removeAll(id);
    settings.setValue(QStringLiteral("order"), order);
    settings.endGroup();
}

} // namespace sucai::cloud
