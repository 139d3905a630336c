// RFC 8628 device flow: the pure request/answer functions, and DeviceAuthFlow polling a
// scripted provider on 127.0.0.1 (tests/support/fakes3server.h) through Qt's real network
// stack: interval, slow_down, authorization_pending, access_denied, expired_token, network
// back-off, expiry and cancel. The real provider is exercised in tests/integration/signin.
#include "cloud/deviceauthflow.h"
#include "fakes3server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sucai::cloud;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;
using State = DeviceAuthFlow::State;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A JWT-shaped token (not signed: the flow does not verify, the STS does).
QByteArray fakeJwt(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + '.' + part(json(claims)) + '.' +
           part("signature");
}

FakeResponse jsonAnswer(int status, const QJsonObject &o)
{
    FakeResponse r;
    r.status = status;
    r.body = json(o);
    r.header("Content-Type", "application/json");
    return r;
}

FakeResponse oauthError(const char *error)
{
    return jsonAnswer(400, {{QStringLiteral("error"), QString::fromLatin1(error)}});
}

} // namespace

class TestDeviceAuthFlow : public QObject
{
    Q_OBJECT

    FakeS3Server *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    QUrl issuer() const { return m_server->baseUrl(); }

    FakeResponse discovery() const
    {
        const QString base = m_server->baseUrl().toString();
        return jsonAnswer(
            200, {{QStringLiteral("issuer"), base},
                  {QStringLiteral("device_authorization_endpoint"),
                   QString(base + QStringLiteral("/device/auth"))},
                  {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/token"))},
                  {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/jwks"))}});
    }

    static FakeResponse deviceCode(int expiresIn, int interval = 1)
    {
        QJsonObject o{{QStringLiteral("device_code"), QStringLiteral("dev-code-123")},
                      {QStringLiteral("user_code"), QStringLiteral("WDJB-MJHT")},
                      {QStringLiteral("verification_uri"), QStringLiteral("https://x.test/device")},
                      {QStringLiteral("verification_uri_complete"),
                       QStringLiteral("https://x.test/device?user_code=WDJB-MJHT")},
                      {QStringLiteral("expires_in"), expiresIn}};
        if (interval > 0)
            o.insert(QStringLiteral("interval"), interval);
        return jsonAnswer(200, o);
    }

    static FakeResponse tokens()
    {
        const QByteArray id =
            fakeJwt({{QStringLiteral("sub"), QStringLiteral("alice-1")},
                     {QStringLiteral("preferred_username"), QStringLiteral("alice")},
                     {QStringLiteral("exp"), 4102444800LL}});
        return jsonAnswer(200, {{QStringLiteral("access_token"), QStringLiteral("at-1")},
                                {QStringLiteral("id_token"), QString::fromLatin1(id)},
                                {QStringLiteral("refresh_token"), QStringLiteral("rt-1")},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"), 3600}});
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakeS3Server(this);
        m_server->setRequireAuthorization(false);
        QVERIFY(m_server->listen());
        m_nam = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        QCOMPARE(m_server->violations(), QStringList());
        delete m_nam;
        delete m_server;
    }

    void discoveryUrlAndForms()
    {
        QCOMPARE(OidcApi::discoveryUrl(QUrl(QStringLiteral("https://id.test/realms/a/"))),
                 QUrl(QStringLiteral("https://id.test/realms/a/.well-known/openid-configuration")));
        QCOMPARE(OidcApi::deviceAuthorizationForm(QStringLiteral("my app"),
                                                  QStringLiteral(" openid  offline_access ")),
                 QByteArray("client_id=my%20app&scope=openid%20offline_access"));
        QCOMPARE(OidcApi::deviceTokenForm("a+b/c", QStringLiteral("cid")),
                 QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"
                            "&device_code=a%2Bb%2Fc&client_id=cid"));
        QCOMPARE(OidcApi::refreshForm("r/1", QStringLiteral("cid")),
                 QByteArray("grant_type=refresh_token&refresh_token=r%2F1&client_id=cid"));
    }

    void parseDiscoveryChecksIssuer()
    {
        StorageError e;
        const QByteArray doc =
            R"({"issuer":"https://id.test","token_endpoint":"https://id.test/t", "device_authorization_endpoint":"https://id.test/d"})";
        OidcEndpoints ep =
            OidcApi::parseDiscovery(doc, QUrl(QStringLiteral("https://id.test/")), &e);
        QVERIFY(e.ok());
        QCOMPARE(ep.token, QUrl(QStringLiteral("https://id.test/t")));
        QCOMPARE(ep.deviceAuthorization, QUrl(QStringLiteral("https://id.test/d")));

        OidcApi::parseDiscovery(doc, QUrl(QStringLiteral("https://evil.test")), &e);
        QCOMPARE(e.kind, StorageError::Kind::Protocol);
        QVERIFY(e.message.contains(u"evil.test"));

        e = {};
        ep = OidcApi::parseDiscovery(
            R"({"issuer":"https://id.test","token_endpoint":"https://id.test/t"})",
            QUrl(QStringLiteral("https://id.test")), &e);
        QVERIFY(!e.ok());
        QVERIFY(e.message.contains(u"device"));

        e = {};
        OidcApi::parseDiscovery("<html>", QUrl(QStringLiteral("https://id.test")), &e);
        QCOMPARE(e.kind, StorageError::Kind::Protocol);

        // A plain-http token endpoint under an https issuer would leak the tokens.
        e = {};
        OidcApi::parseDiscovery(
            R"({"issuer":"https://id.test","token_endpoint":"http://id.test/t", "device_authorization_endpoint":"https://id.test/d"})",
            QUrl(QStringLiteral("https://id.test")), &e);
        QVERIFY(!e.ok());
    }

    void parseDeviceAuthorization()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        StorageError e;
        DeviceCode c = OidcApi::parseDeviceAuthorization(deviceCode(600, 0).body, 200, now, &e);
        QVERIFY(e.ok());
        QCOMPARE(c.userCode, QStringLiteral("WDJB-MJHT"));
        QCOMPARE(c.qrUrl(), QUrl(QStringLiteral("https://x.test/device?user_code=WDJB-MJHT")));
        QCOMPARE(c.expiresAt, now.addSecs(600));
        QCOMPARE(c.intervalSeconds, 0); // none given: the flow uses its default

        // Without verification_uri_complete the QR carries verification_uri.
        c = OidcApi::parseDeviceAuthorization(
            R"({"device_code":"d","user_code":"U","verification_uri":"https://x.test/d","expires_in":60,"interval":7})",
            200, now, &e);
        QVERIFY(e.ok());
        QCOMPARE(c.qrUrl(), QUrl(QStringLiteral("https://x.test/d")));
        QCOMPARE(c.intervalSeconds, 7);

        OidcApi::parseDeviceAuthorization(R"({"user_code":"U"})", 200, now, &e);
        QCOMPARE(e.kind, StorageError::Kind::Protocol);

        e = {};
        OidcApi::parseDeviceAuthorization(R"({"error":"invalid_client"})", 401, now, &e);
        QCOMPARE(e.code, QByteArray("invalid_client"));
        QVERIFY(e.message.contains(u"client ID"));
    }

    void parseTokenAnswers()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        OidcTokens t;
        StorageError e;
        QCOMPARE(OidcApi::parseTokenAnswer(tokens().body, 200, now, &t, &e),
                 OidcApi::Answer::Tokens);
        QCOMPARE(t.accessToken, QByteArray("at-1"));
        QCOMPARE(t.refreshToken, QByteArray("rt-1"));
        QCOMPARE(t.subject, QStringLiteral("alice-1"));
        QCOMPARE(t.displayName, QStringLiteral("alice"));
        QCOMPARE(t.expiresAt, now.addSecs(3600));
        QCOMPARE(t.idTokenExpiresAt, QDateTime::fromSecsSinceEpoch(4102444800LL, Qt::UTC));

        const struct
        {
            const char *error;
            OidcApi::Answer answer;
        } cases[] = {{"authorization_pending", OidcApi::Answer::AuthorizationPending},
                     {"slow_down", OidcApi::Answer::SlowDown},
                     {"access_denied", OidcApi::Answer::AccessDenied},
                     {"expired_token", OidcApi::Answer::ExpiredToken},
                     {"invalid_grant", OidcApi::Answer::InvalidGrant},
                     {"invalid_client", OidcApi::Answer::Failed}};
        for (const auto &c : cases)
            QCOMPARE(OidcApi::parseTokenAnswer(oauthError(c.error).body, 400, now, &t, &e),
                     c.answer);
        QCOMPARE(OidcApi::parseTokenAnswer("not json", 502, now, &t, &e), OidcApi::Answer::Failed);
        QCOMPARE(OidcApi::parseTokenAnswer("{}", 200, now, &t, &e), OidcApi::Answer::Failed);
        QCOMPARE(e.kind, StorageError::Kind::Protocol);
    }

    void approvedAfterPendingAndSlowDown()
    {
        m_server->enqueue(discovery());
        m_server->enqueue(deviceCode(600, 1));
        m_server->enqueue(oauthError("authorization_pending"));
        m_server->enqueue(oauthError("slow_down"));
        m_server->enqueue(tokens());

        DeviceAuthFlow flow(m_nam, issuer(), QStringLiteral("sucai-test"),
                            QStringLiteral("openid offline_access"));
        QSignalSpy code(&flow, &DeviceAuthFlow::codeReady);
        QSignalSpy done(&flow, &DeviceAuthFlow::finished);
        flow.start();
        QVERIFY(code.wait(5000));
        QCOMPARE(flow.state(), State::WaitingForUser);
        QCOMPARE(flow.code().userCode, QStringLiteral("WDJB-MJHT"));
        QVERIFY(flow.secondsLeft() > 590);
        QVERIFY(done.wait(15000));
        QCOMPARE(flow.state(), State::Approved);
        QCOMPARE(flow.tokens().refreshToken, QByteArray("rt-1"));
        QCOMPARE(flow.pollCount(), 3);
        QCOMPARE(flow.currentIntervalSeconds(), 6); // 1 s, then +5 s after slow_down

        const auto &req = m_server->requests();
        QCOMPARE(req.size(), 5);
        QCOMPARE(req.at(0).path, QByteArray("/.well-known/openid-configuration"));
        QCOMPARE(req.at(1).path, QByteArray("/device/auth"));
        QCOMPARE(QUrlQuery(QString::fromUtf8(req.at(1).body))
                     .queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("sucai-test"));
        QCOMPARE(req.at(2).path, QByteArray("/token"));
        QVERIFY(req.at(2).body.contains("device_code=dev-code-123"));
        // The intervals on the wire: ≥ 1 s, ≥ 1 s, then ≥ 6 s after slow_down.
        QVERIFY(req.at(3).receivedMs - req.at(2).receivedMs >= 900);
        QVERIFY(req.at(4).receivedMs - req.at(3).receivedMs >= 5900);
    }

    void deniedAndExpiredAnswers_data()
    {
        QTest::addColumn<QByteArray>("error");
        QTest::addColumn<int>("state");
        QTest::newRow("access_denied") << QByteArray("access_denied") << int(State::Denied);
        QTest::newRow("expired_token") << QByteArray("expired_token") << int(State::Expired);
        QTest::newRow("invalid_client") << QByteArray("invalid_client") << int(State::Failed);
    }
    void deniedAndExpiredAnswers()
    {
        QFETCH(QByteArray, error);
        QFETCH(int, state);
        m_server->enqueue(discovery());
        m_server->enqueue(deviceCode(600, 1));
        m_server->enqueue(oauthError(error.constData()));
        DeviceAuthFlow flow(m_nam, issuer(), QStringLiteral("c"), QStringLiteral("openid"));
        QSignalSpy done(&flow, &DeviceAuthFlow::finished);
        flow.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(int(flow.state()), state);
        QVERIFY(flow.tokens().accessToken.isEmpty());
        QCOMPARE(done.size(), 1);

        // "New code": a second start asks for a new device code without discovering again.
        if (flow.state() == State::Expired) {
            m_server->enqueue(deviceCode(600, 1));
            m_server->enqueue(tokens());
            flow.start();
            QVERIFY(done.wait(10000));
            QCOMPARE(flow.state(), State::Approved);
            QCOMPARE(m_server->requests().size(), 5);
            QCOMPARE(m_server->requests().at(3).path, QByteArray("/device/auth"));
        }
    }

    void codeExpiresLocally()
    {
        m_server->enqueue(discovery());
        m_server->enqueue(deviceCode(2, 1));
        m_server->setFallback(oauthError("authorization_pending"));
        DeviceAuthFlow flow(m_nam, issuer(), QStringLiteral("c"), QStringLiteral("openid"));
        QSignalSpy done(&flow, &DeviceAuthFlow::finished);
        flow.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(flow.state(), State::Expired);
        const int polls = flow.pollCount();
        QTest::qWait(1500);
        QCOMPARE(m_server->requests().size(), 2 + polls); // polling stopped with the expiry
    }

    void networkErrorsBackOff()
    {
        m_server->enqueue(discovery());
        m_server->enqueue(deviceCode(600, 1));
        FakeResponse drop;
        drop.closeWithoutAnswer = true;
        m_server->setFallback(drop); // Qt may retry a dropped keep-alive request on its own
        DeviceAuthFlow flow(m_nam, issuer(), QStringLiteral("c"), QStringLiteral("openid"));
        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(flow.pollCount() >= 2, 10000);
        QCOMPARE(flow.state(), State::WaitingForUser); // still waiting: the code is valid
        QElapsedTimer t;
        t.start();
        // The third poll waits longer than the second (2 s → 4 s).
        QTRY_VERIFY_WITH_TIMEOUT(flow.pollCount() >= 3, 10000);
        QVERIFY2(t.elapsed() >= 2500, qPrintable(QString::number(t.elapsed())));
        flow.cancel();
    }

    void cancelStopsPollingAtOnce()
    {
        m_server->enqueue(discovery());
        m_server->enqueue(deviceCode(600, 1));
        m_server->enqueue(FakeResponse::hanging());
        DeviceAuthFlow flow(m_nam, issuer(), QStringLiteral("c"), QStringLiteral("openid"));
        QSignalSpy states(&flow, &DeviceAuthFlow::stateChanged);
        QSignalSpy done(&flow, &DeviceAuthFlow::finished);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, 5000); // a poll is in flight
        flow.cancel();
        QCOMPARE(flow.state(), State::Cancelled);
        QCOMPARE(done.size(), 1);
        QTest::qWait(2500);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(done.size(), 1);
    }

    void unreachableProviderFails()
    {
        const QUrl dead = m_server->baseUrl();
        delete m_server;
        m_server = new FakeS3Server(this); // cleanup() wants one
        DeviceAuthFlow flow(m_nam, dead, QStringLiteral("c"), QStringLiteral("openid"));
        QSignalSpy done(&flow, &DeviceAuthFlow::finished);
        flow.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(flow.state(), State::Failed);
        QCOMPARE(flow.error().kind, StorageError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestDeviceAuthFlow)
#include "tst_deviceauthflow.moc"
