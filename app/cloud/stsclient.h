#pragma once

#include "credentials.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sucai::core {
class Clock;
}

namespace sucai::cloud {

// AssumeRoleWithWebIdentity: an OpenID Connect token in, temporary storage keys out.
// Two dialects (../shared/notes/tencent-cloud.md "STS", signin-oidc-sts.md):
// - AWS-compatible (AWS STS, Ceph RGW, MinIO): an unsigned form POST to the endpoint's root,
//   XML answer <Credentials><AccessKeyId/><SecretAccessKey/><SessionToken/><Expiration/>.
// - Tencent STS (sts.tencentcloudapi.com, 2018-08-13): a TC3-shaped JSON POST whose
//   Authorization is the literal "SKIP", JSON answer {"Response":{"Credentials":{"TmpSecretId",
//   "TmpSecretKey","Token"},"ExpiredTime",…}}.
// The request shapes and parsers are pure functions (unit-tested); the job sends one call.
struct StsRequest
{
    enum class Dialect { AwsCompatible, Tencent };
    Dialect dialect = Dialect::AwsCompatible;
    QUrl endpoint;         // AWS-compatible: the STS URL; Tencent: empty for the real host
    QByteArray region;     // Tencent: X-TC-Region (required)
    QByteArray providerId; // Tencent: the identity provider's name
    QByteArray roleArn;
    QByteArray roleSessionName; // letters, digits and =,.@- ; at most 64 characters
    QByteArray webIdentityToken;
    int durationSeconds = 3600;
};

class StsApi final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::StsApi)

public:
    static constexpr const char *kTencentHost = "sts.tencentcloudapi.com";
    static constexpr const char *kTencentVersion = "2018-08-13";
    static constexpr const char *kAwsVersion = "2011-06-15";

    // "sucai-<user>-<time>" cut to what STS accepts.
    static QByteArray sessionName(const QString &hint, qint64 unixSeconds);

    // AWS-compatible form body (application/x-www-form-urlencoded; spaces as %20, never '+').
    static QByteArray awsForm(const StsRequest &r);
    // Tencent JSON body (compact, keys in the documented order does not matter; sorted).
    static QByteArray tencentPayload(const StsRequest &r);
    // Tencent headers: Content-Type, X-TC-Action, X-TC-Version, X-TC-Timestamp, X-TC-Region,
    // Authorization: SKIP.
    static QList<QPair<QByteArray, QByteArray>> tencentHeaders(const StsRequest &r,
                                                               qint64 unixSeconds);

    // Answers: credentials, or an invalid value and *error set.
    static Credentials parseAws(const QByteArray &xml, int httpStatus, StorageError *error);
    static Credentials parseTencent(const QByteArray &json, int httpStatus, StorageError *error);
};

// One exchange. Emits finished() once; then credentials() or error().
class AssumeRoleWithWebIdentityJob final : public QObject
{
    Q_OBJECT

public:
    AssumeRoleWithWebIdentityJob(QNetworkAccessManager *network, StsRequest request,
                                 const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~AssumeRoleWithWebIdentityJob() override;

    void start();
    void abort();
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    const Credentials &credentials() const { return m_credentials; }
    const StorageError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    StsRequest m_request;
    const core::Clock *m_clock;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30000;
    Credentials m_credentials;
    StorageError m_error;
    bool m_done = false;
};

} // namespace sucai::cloud
