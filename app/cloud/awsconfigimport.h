#pragma once

#include "profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sucai::cloud {

// One profile found in the AWS CLI's files, ready to be saved: the profile (non-secret) and
// the secrets that go to the keychain.
struct ImportedProfile
{
    Profile profile;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // non-empty for temporary keys (they expire; nothing renews them)
    QStringList warnings;    // translated sentences about this profile (assumed region, …)
};

struct AwsImportResult
{
    QList<ImportedProfile> profiles; // in file order: credentials file, then config-only ones
    // Translated sentences, one per profile that was not imported (naming it and saying
    // why: role, SSO, credential_process, no keys) and per file that could not be read.
    QStringList skipped;
};

// Reads the AWS CLI's shared files the way aws-cli (botocore) does:
//   credentials: [default], [name]            (~/.aws/credentials, AWS_SHARED_CREDENTIALS_FILE)
//   config:      [default], [profile name]    (~/.aws/config, AWS_CONFIG_FILE)
// with values of the credentials file winning over the config file for the same profile.
// Keys: aws_access_key_id, aws_secret_access_key, aws_session_token, region, endpoint_url,
// services (a [services name] section with an `s3 =` sub-section), and the nested `s3 =`
// sub-section with endpoint_url and addressing_style = path|virtual|auto. Key names are
// case-insensitive; # and ; start comments (whole lines, or after whitespace following a
// value, as in the AWS SDKs); CRLF line ends and a UTF-8 BOM are fine.
//
// Each profile becomes: provider S3Compatible, SigV4, sign-in AccessKeys, a fresh id;
// endpoint = the S3 endpoint_url (service-specific first), else
// https://s3.<region>.amazonaws.com (virtual-host addressing); region defaults to us-east-1.
// Addressing for a custom endpoint is path style unless addressing_style = virtual: that is
// what RGW, MinIO and IP-address endpoints need. An endpoint on cos.<region>.myqcloud.com
// makes a Tencent COS profile (region from the host; APPID and bucket too when the host is
// <bucket>-<appid>.cos.<region>.myqcloud.com); COS accepts SigV4.
//
// Profiles that get their keys another way (role_arn/source_profile/credential_source,
// sso_*, credential_process, web_identity_token_file) are skipped with the reason.
class AwsConfigImport
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::AwsConfigImport)

public:
    // Empty paths: the environment variable, then the file under ~/.aws. A missing file is
    // not an error (there is just nothing in it). The files are small: read synchronously.
    static AwsImportResult importProfiles(const QString &credentialsPath = {},
                                          const QString &configPath = {});

    // The paths importProfiles() reads when given none.
    static QString defaultCredentialsPath();
    static QString defaultConfigPath();
};

} // namespace sucai::cloud
