#pragma once

#include "endpoint.h"
#include "storageclient.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace sucai::cloud {

// How a profile gets its storage credentials.
enum class SignInMethod {
    AccessKeys, // a long-lived key pair; the secret lives in the keychain
    QrSignIn,   // OpenID Connect device flow (RFC 8628), then STS AssumeRoleWithWebIdentity
};

// Where QR sign-in exchanges the identity token for temporary storage keys.
enum class StsKind {
    AwsCompatible, // AWS STS, Ceph RGW, MinIO: form POST Action=AssumeRoleWithWebIdentity
    Tencent,       // sts.tencentcloudapi.com, TC3 request shape with Authorization: SKIP
};

// One account as the user set it up. Everything here is non-secret and may be kept in
// QSettings; the secret key, refresh tokens and session credentials only ever go to the
// keychain (CredentialStore), keyed by `id`.
struct Profile
{
    QString id;   // stable, generated once ("p-" + random hex); keychain entries hang off it
    QString name; // what the side bar shows

    Endpoint::Provider provider = Endpoint::Provider::S3Compatible;
    QString region;      // "ap-guangzhou", "us-east-1", "default"
    QString appId;       // Tencent COS only
    QString endpointUrl; // S3-compatible only: "https://s3.example.com", "http://127.0.0.1:7480"
    Endpoint::Addressing addressing = Endpoint::Addressing::PathStyle;
    SignatureKind signature = SignatureKind::SigV4;
    QString defaultBucket;
    QString cdnDomain; // "cdn.example.com" or "https://cdn.example.com"; empty when none
    QString checksums; // "auto" (empty), "crc32", "off" — see applyChecksumPreference

    SignInMethod signIn = SignInMethod::AccessKeys;
    QString accessKeyId; // not secret (shown to tell keys apart); the secret is in the keychain

    // QR sign-in
    QString issuer;   // OpenID Connect issuer, e.g. "https://login.example.com/realms/team"
    QString clientId; // a public client registered for the device flow
    QString scopes = QStringLiteral("openid offline_access");
    bool useAccessToken = false; // exchange the access token instead of the ID token
    StsKind stsKind = StsKind::AwsCompatible;
    QString stsEndpoint; // AWS-compatible STS URL; empty: the storage endpoint itself
    QString stsRegion;   // Tencent STS region (default: the profile's region)
    QString providerId;  // Tencent STS ProviderId
    QString roleArn;
    int sessionSeconds = 3600; // DurationSeconds asked for

    // Never persisted: the "Environment" profile built from AWS_* variables.
    bool transient = false;

    static QString newId();

    // The endpoint the storage client talks to (invalid if the fields don't make one).
    Endpoint endpoint() const;
    // The STS endpoint URL for AWS-compatible exchanges.
    QUrl stsUrl() const;
    // Public base of the CDN domain ("https://cdn.example.com"), empty when none is set.
    QUrl cdnBase() const;

    // What is wrong, one translated sentence per problem; empty when the profile can be used.
    QStringList validate() const;

    void save(QSettings &settings) const; // into the current group
    static Profile load(const QSettings &settings);

    bool operator==(const Profile &) const = default;
};

// The profiles a user has, in QSettings under "profiles/<id>/…" (never secrets).
class ProfileStore
{
public:
    static QList<Profile> load(QSettings &settings);
    static void save(QSettings &settings, const Profile &profile);
    static void remove(QSettings &settings, const QString &id);
};

} // namespace sucai::cloud
