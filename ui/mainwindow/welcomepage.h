#pragma once

#include "cloud/credentials.h"
#include "cloud/profile.h"

#include <QWidget>

class QAbstractButton;
class QPushButton;
class QLabel;

namespace sucai::ui {

// What the browser area shows when no folder is open: on first start (no account) a welcome
// with the ways in — QR sign-in, access keys, the local demo where it runs, AWS CLI import —
// and later a hint to choose a bucket, with the same actions to add another account.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    void setHasAccounts(bool has);
    // Looks for the local demo server (packaging/demo.sh) and enables "Open the local demo".
    void refreshDemo();

    // The demo server's profile and keys, from its env file ($SUCAI_DEMO_ENV, or
    // build/demo/rgw/env beside the build the app runs from). False when it is not there.
    static bool localDemo(cloud::Profile *profile, cloud::Credentials *credentials);

    // Large buttons: a title and a line of explanation each.
    QPushButton *qrButton() const { return m_qr; }
    QPushButton *keysButton() const { return m_keys; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void qrRequested();
    void keysRequested();
    void demoRequested();
    void importRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_qr;
    QPushButton *m_keys;
    QPushButton *m_demo;
    QPushButton *m_import;
};

} // namespace sucai::ui
