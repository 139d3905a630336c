#pragma once

#include "cloud/profile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace sucai::ui {

// Add or edit a profile: where the storage is (Tencent COS by region + APPID, or any
// S3-compatible endpoint), how requests are signed, the default bucket and CDN domain, and how
// it signs in (access keys — the secret goes to the keychain, never to settings — or QR
// sign-in through an OpenID Connect provider and STS). Every problem is listed in words and OK
// stays off until there is none; "Test Connection" tries the settings for real and says what
// is wrong (unreachable host, TLS, bad key, clock skew, no permission).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // `secretKnown`: an access-key profile whose secret is already in the keychain (the field
    // may stay empty: "unchanged").
    ProfileDialog(QNetworkAccessManager *network, const cloud::Profile &profile,
                  bool secretKnown = false, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    cloud::Profile profile() const;
    QByteArray secretKey() const; // empty: unchanged

    // For tests.
    QStringList problems() const { return profile().validate() + extraProblems(); }
    QString testResult() const;
    void testConnection();
    QLineEdit *field(const char *objectName) const;

Q_SIGNALS:
    void tested(bool ok);

private:
    QStringList extraProblems() const;
    void updateForm();
    void setTestResult(bool ok, const QString &text);

    QNetworkAccessManager *m_network;
    cloud::Profile m_base;
    bool m_secretKnown;
    QFormLayout *m_where = nullptr;
    QFormLayout *m_auth = nullptr;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_region;
    QLineEdit *m_appId;
    QLineEdit *m_endpoint;
    QComboBox *m_addressing;
    QComboBox *m_signature;
    QLineEdit *m_bucket;
    QLineEdit *m_cdn;
    QComboBox *m_method;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLineEdit *m_issuer;
    QLineEdit *m_clientId;
    QLineEdit *m_scopes;
    QComboBox *m_sts;
    QLineEdit *m_stsEndpoint;
    QLineEdit *m_providerId;
    QLineEdit *m_roleArn;
    QSpinBox *m_minutes;
    QLabel *m_problems;
    QLabel *m_test;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    QPointer<QObject> m_testJob;
    bool m_testOk = false;
};

} // namespace sucai::ui
