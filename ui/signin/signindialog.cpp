#include "signindialog.h"

#include "widgets/qrcodewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sucai::ui {

using State = cloud::DeviceAuthFlow::State;

SignInDialog::SignInDialog(cloud::DeviceAuthFlow *flow, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
{
    setWindowTitle(tr("Sign In with QR Code"));
    setModal(true);

    auto *title = new QLabel(tr("Sign in to %1").arg(profileName.toHtmlEscaped()));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.35);
    tf.setBold(true);
    title->setFont(tf);

    m_qr = new QrCodeWidget;
    m_qr->setMinimumSize(240, 240);
    m_qrCover = new QLabel;
    m_qrCover->setAlignment(Qt::AlignCenter);
    m_qrCover->setWordWrap(true);
    m_qrCover->setMinimumSize(240, 240);
    m_qrCover->setFrameShape(QFrame::StyledPanel);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_qrCover);
    m_stack->addWidget(m_qr);
    m_stack->setFixedSize(260, 260);

    m_intro = new QLabel(tr("Scan the code with your phone's camera, or open the link on any "
                            "device, and sign in there. Nothing to type on this computer."));
    m_intro->setWordWrap(true);

    auto *compare = new QLabel(tr("Check that the other device shows this code:"));
    compare->setWordWrap(true);
    m_userCode = new QLabel;
    QFont cf = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    cf.setPointSizeF(QApplication::font().pointSizeF() * 2.4);
    cf.setBold(true);
    cf.setLetterSpacing(QFont::PercentageSpacing, 112);
    m_userCode->setFont(cf);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userCode->setAccessibleName(tr("Sign-in code"));

    m_copy = new QPushButton(tr("Copy Link"));
    m_open = new QPushButton(tr("Open in Browser"));
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_copy);
    linkButtons->addWidget(m_open);
    linkButtons->addStretch(1);

    m_link = new QLabel;
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setWordWrap(true);
    QFont sf = m_link->font();
    sf.setPointSizeF(sf.pointSizeF() * 0.9);
    m_link->setFont(sf);
    m_link->setForegroundRole(QPalette::PlaceholderText);

    m_countdown = new QLabel;

    auto *right = new QVBoxLayout;
    right->addWidget(m_intro);
    right->addSpacing(12);
    right->addWidget(compare);
    right->addWidget(m_userCode);
    right->addSpacing(8);
    right->addLayout(linkButtons);
    right->addWidget(m_link);
    right->addStretch(1);
    right->addWidget(m_countdown);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_stack, 0, Qt::AlignTop);
    body->addLayout(right, 1);

    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_newCode = new QPushButton(tr("New Code"));
    m_cancel = new QPushButton(tr("Cancel"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(m_newCode);
    bottom->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addLayout(body);
    layout->addSpacing(10);
    layout->addLayout(bottom);
    setMinimumWidth(640);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_flow)
            QApplication::clipboard()->setText(m_flow->code().qrUrl().toString());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_flow)
            QDesktopServices::openUrl(m_flow->code().qrUrl());
    });
    connect(m_newCode, &QPushButton::clicked, this, [this] {
        if (m_flow) {
            m_newCode->setText(tr("New Code"));
            m_flow->start();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SignInDialog::tick);

    setFlow(flow);
}

void SignInDialog::setFlow(cloud::DeviceAuthFlow *flow)
{
    if (m_flow)
        m_flow->disconnect(this);
    m_flow = flow;
    if (!flow) {
        onState(State::Idle);
        return;
    }
    connect(flow, &cloud::DeviceAuthFlow::stateChanged, this, &SignInDialog::onState);
    connect(flow, &cloud::DeviceAuthFlow::codeReady, this, &SignInDialog::onCode);
    onState(flow->state());
    if (flow->state() == State::WaitingForUser)
        onCode(flow->code());
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::stateText() const
{
    return m_state->text();
}

QString SignInDialog::userCodeText() const
{
    return m_userCode->text();
}

QString SignInDialog::countdownText() const
{
    return m_countdown->text();
}

bool SignInDialog::newCodeOffered() const
{
    return !m_newCode->isHidden();
}

void SignInDialog::setStateLine(const QString &text, const QString &tone)
{
    // A coloured dot says the tone at a glance; the words say the rest.
    QString colour = palette().color(QPalette::PlaceholderText).name();
    if (tone == u"ok")
        colour = QStringLiteral("#2e9d4f");
    else if (tone == u"bad")
        colour = QStringLiteral("#d23c3c");
    else if (tone == u"wait")
        colour = QStringLiteral("#e0a21b");
    m_state->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp; %2")
                         .arg(colour, text.toHtmlEscaped()));
}

void SignInDialog::onCode(const cloud::DeviceCode &code)
{
    m_qr->setText(code.qrUrl().toString(QUrl::FullyEncoded));
    m_stack->setCurrentWidget(m_qr);
    m_userCode->setText(code.userCode);
    m_link->setText(code.qrUrl().toDisplayString());
    tick();
    m_tick.start();
}

void SignInDialog::tick()
{
    if (!m_flow || m_flow->state() != State::WaitingForUser) {
        m_tick.stop();
        return;
    }
    const qint64 left = m_flow->secondsLeft();
    m_countdown->setText(
        tr("The code expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void SignInDialog::onState(State state)
{
    const bool waiting = state == State::WaitingForUser;
    const bool ended = state == State::Denied || state == State::Expired || state == State::Failed;
    m_copy->setEnabled(waiting);
    m_open->setEnabled(waiting);
    m_newCode->setVisible(ended);
    m_userCode->setEnabled(waiting || state == State::Approved);
    if (!waiting)
        m_countdown->clear();
    switch (state) {
    case State::Idle:
    case State::Discovering:
    case State::Requesting:
        m_stack->setCurrentWidget(m_qrCover);
        m_qrCover->setText(tr("Getting a code…"));
        setStateLine(tr("Contacting the sign-in provider…"), QStringLiteral("wait"));
        break;
    case State::WaitingForUser:
        setStateLine(tr("Waiting for you to scan the code and sign in…"), QStringLiteral("wait"));
        break;
    case State::Approved:
        m_stack->setCurrentWidget(m_qrCover);
        m_qrCover->setText(tr("✓\nSigned in"));
        setStateLine(tr("Approved. Getting storage keys…"), QStringLiteral("ok"));
        m_waitingForKeys = true;
        Q_EMIT approved();
        break;
    case State::Denied:
        m_stack->setCurrentWidget(m_qrCover);
        m_qrCover->setText(tr("Sign-in was declined."));
        setStateLine(tr("The sign-in was declined on the other device. Get a new code to try "
                        "again."),
                     QStringLiteral("bad"));
        break;
    case State::Expired:
        m_stack->setCurrentWidget(m_qrCover);
        m_qrCover->setText(tr("This code has expired."));
        setStateLine(tr("The code expired before anyone signed in. Get a new code."),
                     QStringLiteral("bad"));
        break;
    case State::Failed:
        m_stack->setCurrentWidget(m_qrCover);
        m_qrCover->setText(tr("No code"));
        setStateLine(m_flow ? m_flow->error().toUserText() : QString(), QStringLiteral("bad"));
        break;
    case State::Cancelled:
        break;
    }
}

void SignInDialog::finish(bool ok, const QString &message)
{
    m_waitingForKeys = false;
    if (ok) {
        accept();
        return;
    }
    m_stack->setCurrentWidget(m_qrCover);
    m_qrCover->setText(tr("Not signed in"));
    setStateLine(message, QStringLiteral("bad"));
    m_newCode->setText(tr("Try Again"));
    m_newCode->setVisible(true);
}

void SignInDialog::reject()
{
    if (m_flow)
        m_flow->cancel(); // stops polling at once
    QDialog::reject();
}

} // namespace sucai::ui
