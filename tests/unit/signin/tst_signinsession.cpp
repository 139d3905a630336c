// SignInSession against a scripted provider + STS on 127.0.0.1: adopting a device-flow
// answer, the refresh before expiry (rotated refresh token stored before it is used), refresh
// on demand, revoked grants and STS refusals asking for a new sign-in, network trouble retried.
// The keychain is a real CredentialStore when a Secret Service runs (tests/run.sh starts one);
// the real provider and RGW are in tests/integration/signin.
#include "cloud/credentialstore.h"
#include "cloud/signinsession.h"
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
using Status = SignInSession::Status;

namespace {

QByteArray stsAnswer(const QByteArray &keyId, const QDateTime &expires)
{
    return "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>"
           "<AccessKeyId>" +
           keyId + "</AccessKeyId><SecretAccessKey>secret-" + keyId +
           "</SecretAccessKey><SessionToken>token-" + keyId + "</SessionToken><Expiration>" +
           expires.toString(Qt::ISODate).toLatin1() +
           "</Expiration></Credentials></AssumeRoleWithWebIdentityResult>"
           "</AssumeRoleWithWebIdentityResponse>";
}

FakeResponse tokenAnswer(const QByteArray &refresh)
{
    QJsonObject o{{QStringLiteral("access_token"), QStringLiteral("at")},
                  {QStringLiteral("id_token"), QStringLiteral("id.token.x")},
                  {QStringLiteral("expires_in"), 3600}};
    if (!refresh.isEmpty())
        o.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
    FakeResponse r = FakeResponse::ok(QJsonDocument(o).toJson(QJsonDocument::Compact));
    r.header("Content-Type", "application/json");
    return r;
}

} // namespace

class TestSignInSession : public QObject
{
    Q_OBJECT

    FakeS3Server *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    CredentialStore *m_store = nullptr;

    Profile profile() const
    {
        Profile p;
        p.id = QStringLiteral("p-test-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        p.name = QStringLiteral("QR");
        p.endpointUrl = m_server->baseUrl().toString();
        p.region = QStringLiteral("default");
        p.signIn = SignInMethod::QrSignIn;
        p.issuer = m_server->baseUrl().toString();
        p.clientId = QStringLiteral("sucai-test");
        p.roleArn = QStringLiteral("arn:aws:iam:::role/r");
        p.sessionSeconds = 900;
        return p;
    }
    OidcEndpoints endpoints() const
    {
        OidcEndpoints e;
        e.issuer = m_server->baseUrl();
        e.token = QUrl(m_server->baseUrl().toString() + QStringLiteral("/token"));
        e.deviceAuthorization = QUrl(m_server->baseUrl().toString() + QStringLiteral("/device"));
        return e;
    }
    static OidcTokens deviceTokens(const QByteArray &refresh)
    {
        OidcTokens t;
        t.idToken = "id.token.0";
        t.accessToken = "at-0";
        t.refreshToken = refresh;
        t.subject = QStringLiteral("alice");
        return t;
    }
    QByteArray storedRefreshToken(const QString &id)
    {
        QByteArray value;
        bool done = false;
        m_store->read(id, CredentialStore::Secret::RefreshToken, nullptr,
                      [&](std::optional<QByteArray> v, const QString &) {
                          value = v.value_or(QByteArray());
                          done = true;
                      });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return "<timeout>";
        return value;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakeS3Server(this);
        m_server->setRequireAuthorization(false);
        QVERIFY(m_server->listen());
        m_nam = new QNetworkAccessManager(this);
        m_store = new CredentialStore(QStringLiteral("Sucai-test-signinsession"), this);
    }
    void cleanup()
    {
        QCOMPARE(m_server->violations(), QStringList());
        delete m_store;
        delete m_nam;
        delete m_server;
    }

    void adoptExchangesAndRefreshesBeforeExpiry()
    {
        const Profile p = profile();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // First credentials live 6 s: with a 3 s lead the refresh comes ~3 s later.
        m_server->enqueue(FakeResponse::ok(stsAnswer("ASIA1", now.addSecs(6))));
        m_server->enqueue(tokenAnswer("rt-2")); // refresh grant, rotated token
        m_server->enqueue(FakeResponse::ok(stsAnswer("ASIA2", now.addSecs(3600))));

        SignInSession s(m_nam, p, m_store);
        s.setRefreshLeadSeconds(3);
        QSignalSpy creds(&s, &SignInSession::credentialsChanged);
        s.adopt(endpoints(), deviceTokens("rt-1"));
        QVERIFY(creds.wait(10000));
        QCOMPARE(s.status(), Status::SignedIn);
        QCOMPARE(s.credentials().accessKeyId, QByteArray("ASIA1"));
        QCOMPARE(s.userName(), QStringLiteral("alice"));
        QVERIFY(s.nextRefreshAt() <= now.addSecs(4));

        QVERIFY(creds.wait(15000));
        QCOMPARE(s.credentials().accessKeyId, QByteArray("ASIA2"));
        QCOMPARE(s.credentials().sessionToken, QByteArray("token-ASIA2"));
        QCOMPARE(s.refreshCount(), 2);

        const auto &req = m_server->requests();
        QCOMPARE(req.size(), 3);
        const QUrlQuery first(QString::fromUtf8(req.at(0).body));
        QCOMPARE(first.queryItemValue(QStringLiteral("WebIdentityToken")),
                 QStringLiteral("id.token.0"));
        QCOMPARE(first.queryItemValue(QStringLiteral("DurationSeconds")), QStringLiteral("900"));
        QCOMPARE(req.at(1).path, QByteArray("/token"));
        QVERIFY(req.at(1).body.contains("grant_type=refresh_token&refresh_token=rt-1"));
        QVERIFY(QString::fromUtf8(req.at(2).body).contains(u"WebIdentityToken=id.token.x"));

        if (m_store->persistent()) {
            QCOMPARE(storedRefreshToken(p.id), QByteArray("rt-2"));
            // A new session (the next start) picks the still valid credentials up.
            SignInSession again(m_nam, p, m_store);
            QSignalSpy restored(&again, &SignInSession::credentialsChanged);
            again.restore();
            QVERIFY(restored.wait(10000));
            QCOMPARE(again.credentials().accessKeyId, QByteArray("ASIA2"));
            QCOMPARE(m_server->requests().size(), 3); // nothing asked of the network
        }
        s.signOut();
    }

    void restoreWithExpiredSessionUsesRefreshToken()
    {
        if (!m_store->persistent()) {
            if (qEnvironmentVariableIntValue("SUCAI_REQUIRE_KEYCHAIN"))
                QFAIL("no keychain, but SUCAI_REQUIRE_KEYCHAIN=1 (tests/run.sh starts one)");
            QSKIP("no keychain in this environment");
        }
        const Profile p = profile();
        bool written = false;
        m_store->write(p.id, CredentialStore::Secret::RefreshToken, "rt-stored", nullptr,
                       [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY(written);
        const QString base = m_server->baseUrl().toString();
        FakeResponse discovery = FakeResponse::ok(
            QJsonDocument(QJsonObject{{QStringLiteral("issuer"), base},
                                      {QStringLiteral("token_endpoint"),
                                       QString(base + QStringLiteral("/token"))},
                                      {QStringLiteral("device_authorization_endpoint"),
                                       QString(base + QStringLiteral("/device"))}})
                .toJson());
        m_server->enqueue(discovery);
        m_server->enqueue(tokenAnswer("rt-next"));
        m_server->enqueue(
            FakeResponse::ok(stsAnswer("ASIA9", QDateTime::currentDateTimeUtc().addSecs(3600))));
        SignInSession s(m_nam, p, m_store);
        QSignalSpy creds(&s, &SignInSession::credentialsChanged);
        s.restore();
        QVERIFY(creds.wait(10000));
        QCOMPARE(s.credentials().accessKeyId, QByteArray("ASIA9"));
        QCOMPARE(storedRefreshToken(p.id), QByteArray("rt-next"));
        s.signOut();
        QTRY_COMPARE(storedRefreshToken(p.id), QByteArray());
    }

    void restoreWithNothingNeedsSignIn()
    {
        SignInSession s(m_nam, profile(), m_store);
        QSignalSpy need(&s, &SignInSession::needsSignIn);
        s.restore();
        QVERIFY(need.wait(10000));
        QCOMPARE(s.status(), Status::NeedsSignIn);
        QVERIFY(!s.credentials().isValid());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void revokedGrantNeedsSignIn()
    {
        m_server->enqueue(
            FakeResponse::ok(stsAnswer("ASIA1", QDateTime::currentDateTimeUtc().addSecs(3600))));
        FakeResponse revoked;
        revoked.status = 400;
        revoked.body =
            R"({"error":"invalid_grant","error_description":"grant request is invalid"})";
        m_server->enqueue(revoked);
        SignInSession s(m_nam, profile(), m_store);
        QSignalSpy creds(&s, &SignInSession::credentialsChanged);
        QSignalSpy need(&s, &SignInSession::needsSignIn);
        s.adopt(endpoints(), deviceTokens("rt-1"));
        QVERIFY(creds.wait(10000));
        s.refreshNow(); // e.g. the server said ExpiredToken
        QVERIFY(need.wait(10000));
        QCOMPARE(s.status(), Status::NeedsSignIn);
        // The credentials had an hour left: they stay usable until then.
        QCOMPARE(s.credentials().accessKeyId, QByteArray("ASIA1"));
        // Never again with the dead token.
        s.refreshNow();
        QCOMPARE(s.status(), Status::NeedsSignIn);
        QCOMPARE(m_server->requests().size(), 2);
        s.signOut();
    }

    void stsRefusalNeedsSignIn()
    {
        m_server->enqueue(
            FakeResponse::s3Error(403, "AccessDenied").header("Content-Type", "text/xml"));
        SignInSession s(m_nam, profile(), m_store);
        QSignalSpy need(&s, &SignInSession::needsSignIn);
        s.adopt(endpoints(), deviceTokens({}));
        QVERIFY(need.wait(10000));
        QVERIFY(s.reason().contains(u"refused"));
        s.signOut();
    }

    void networkTroubleIsRetried()
    {
        FakeResponse drop;
        drop.closeWithoutAnswer = true;
        m_server->enqueue(drop);
        m_server->enqueue(drop); // Qt may resend a request on a dropped connection once
        m_server->setFallback(
            FakeResponse::ok(stsAnswer("ASIA5", QDateTime::currentDateTimeUtc().addSecs(3600))));
        SignInSession s(m_nam, profile(), m_store);
        QSignalSpy failed(&s, &SignInSession::refreshFailed);
        QSignalSpy creds(&s, &SignInSession::credentialsChanged);
        s.adopt(endpoints(), deviceTokens({}));
        QVERIFY(failed.wait(10000));
        QCOMPARE(s.status(), Status::Refreshing);
        QVERIFY(creds.wait(15000)); // the retry after 5 s
        QCOMPARE(s.credentials().accessKeyId, QByteArray("ASIA5"));
        s.signOut();
    }
};

QTEST_GUILESS_MAIN(TestSignInSession)
#include "tst_signinsession.moc"
