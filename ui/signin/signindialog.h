#pragma once

#include "cloud/deviceauthflow.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace sucai::ui {

class QrCodeWidget;

// QR sign-in (RFC 8628): the QR code of verification_uri_complete, the user code in large
// type to compare with the phone (§5.4), "Copy link" / "Open in browser", a countdown from
// expires_in, and one state line: waiting for the scan, approved, denied, expired ("New
// code"), failed. A passive view of a DeviceAuthFlow that the caller owns and starts; after
// approval the caller exchanges the tokens and calls finish().
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(cloud::DeviceAuthFlow *flow, const QString &profileName,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The flow to show (when not given to the constructor).
    void setFlow(cloud::DeviceAuthFlow *flow);
    // Approved, and the storage keys are being fetched (finish() not called yet).
    bool waitingForKeys() const { return m_waitingForKeys; }

    // After approved(): ok closes the dialog (accepted); otherwise the message stays shown
    // with "Try again".
    void finish(bool ok, const QString &message = {});

    // For tests and screenshots.
    QrCodeWidget *qrCode() const { return m_qr; }
    QString stateText() const;
    QString userCodeText() const;
    QString countdownText() const;
    bool newCodeOffered() const;

Q_SIGNALS:
    void approved(); // the flow has tokens: exchange them

protected:
    void reject() override;

private:
    void onState(cloud::DeviceAuthFlow::State state);
    void onCode(const cloud::DeviceCode &code);
    void tick();
    void setStateLine(const QString &text, const QString &tone);

    QPointer<cloud::DeviceAuthFlow> m_flow;
    QrCodeWidget *m_qr;
    QStackedWidget *m_stack;
    QLabel *m_qrCover;
    QLabel *m_intro;
    QLabel *m_userCode;
    QLabel *m_countdown;
    QLabel *m_state;
    QLabel *m_link;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_newCode;
    QPushButton *m_cancel;
    QTimer m_tick;
    bool m_waitingForKeys = false;
};

} // namespace sucai::ui
