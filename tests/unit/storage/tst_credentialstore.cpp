// CredentialStore against the real keychain (gnome-keyring under dbus-run-session, as
// tests/run.sh starts it): write, read, overwrite, remove, the order of quick writes, session
// credentials as JSON. And the same binary run as a child process without a D-Bus session:
// the store goes session-only, keeps working in memory, and writes no file with the secret.
//
// Without a reachable keychain the keychain tests are skipped, or fail when
// SUCAI_REQUIRE_KEYCHAIN=1 (as in CI, where the keychain is part of the test set-up).
#include "cloud/credentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using sucai::cloud::Credentials;
using sucai::cloud::CredentialStore;
using Secret = sucai::cloud::CredentialStore::Secret;

namespace {

constexpr int kTimeoutMs = 20000;
const char kChildArg[] = "--session-only-child";

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

struct WriteResult
{
    bool finished = false;
    bool ok = false;
    QString error;
};
struct ReadResult
{
    bool finished = false;
    std::optional<QByteArray> value;
    QString error;
};

WriteResult writeAndWait(CredentialStore &store, const QString &id, Secret kind,
                         const QByteArray &value)
{
    auto result = std::make_shared<WriteResult>();
    QObject context;
    store.write(id, kind, value, &context, [result](bool ok, QString error) {
        *result = {true, ok, std::move(error)};
    });
    (void)QTest::qWaitFor([&] { return result->finished; }, kTimeoutMs);
    return *result;
}

ReadResult readAndWait(CredentialStore &store, const QString &id, Secret kind)
{
    auto result = std::make_shared<ReadResult>();
    QObject context;
    store.read(id, kind, &context, [result](std::optional<QByteArray> value, QString error) {
        *result = {true, std::move(value), std::move(error)};
    });
    (void)QTest::qWaitFor([&] { return result->finished; }, kTimeoutMs);
    return *result;
}

std::optional<bool> removeAndWait(CredentialStore &store, const QString &id)
{
    auto result = std::make_shared<std::optional<bool>>();
    QObject context;
    store.remove(id, &context, [result](bool ok) { *result = ok; });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, kTimeoutMs);
    return *result;
}

// The child process: no D-Bus session. Prints one line per check and exits 0 when all hold.
int runSessionOnlyChild(const QString &service)
{
    QTextStream out(stdout);
    int failures = 0;
    auto check = [&](bool condition, const char *what) {
        out << (condition ? "ok   " : "FAIL ") << what << Qt::endl;
        if (!condition)
            ++failures;
    };

    CredentialStore store(service);
    QStringList reasons;
    QObject::connect(&store, &CredentialStore::persistenceUnavailable,
                     [&](const QString &reason) { reasons.append(reason); });
    const QString id = QStringLiteral("p-child");

    const WriteResult w1 = writeAndWait(store, id, Secret::SecretKey, "child-secret-one");
    check(w1.finished && w1.ok && w1.error.isEmpty(), "write succeeds into memory");
    check(!store.persistent(), "persistent() is false");
    check(reasons.size() == 1, "persistenceUnavailable emitted");
    check(!reasons.value(0).isEmpty() && !reasons.value(0).contains(u"child-secret"),
          "reason given, without the secret");
    out << "reason: " << reasons.value(0) << Qt::endl;

    const WriteResult w2 = writeAndWait(store, id, Secret::RefreshToken, "child-secret-two");
    check(w2.ok, "second write succeeds");
    check(reasons.size() == 1, "persistenceUnavailable emitted only once");

    const ReadResult r1 = readAndWait(store, id, Secret::SecretKey);
    check(r1.value == QByteArray("child-secret-one") && r1.error.isEmpty(), "read from memory");
    const ReadResult r2 = readAndWait(store, id, Secret::SessionCredentials);
    check(r2.finished && !r2.value && r2.error.isEmpty(), "missing entry is nullopt");

    check(removeAndWait(store, id) == true, "remove succeeds");
    const ReadResult r3 = readAndWait(store, id, Secret::RefreshToken);
    check(r3.finished && !r3.value && r3.error.isEmpty(), "removed entry is gone");

    return failures == 0 ? 0 : 1;
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    bool m_keychainOk = false;
    QString m_keychainProblem;
    QStringList m_ids;

    QString newProfileId()
    {
        m_ids.append(QStringLiteral("p-test-") + randomHex());
        return m_ids.constLast();
    }

    // QSKIP or QFAIL (when the environment promises a keychain) from the calling test.
    bool keychainMissing(const char *&message)
    {
        if (m_keychainOk)
            return false;
        static QByteArray text;
        text = QStringLiteral("No usable keychain (%1). Run under dbus-run-session with an "
                              "unlocked gnome-keyring, as tests/run.sh does.")
                   .arg(m_keychainProblem)
                   .toUtf8();
        message = text.constData();
        return true;
    }

#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        const char *why = nullptr;                                                                 \
        if (keychainMissing(why)) {                                                                \
            if (qEnvironmentVariable("SUCAI_REQUIRE_KEYCHAIN") == u"1")                            \
                QFAIL(why);                                                                        \
            QSKIP(why);                                                                            \
        }                                                                                          \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        m_service = QStringLiteral("SucaiTest-") + randomHex();
        // Probe: a write that really reaches the keychain leaves the store persistent.
        CredentialStore store(m_service);
        QString reason;
        connect(&store, &CredentialStore::persistenceUnavailable,
                [&](const QString &r) { reason = r; });
        const QString probe = newProfileId();
        const WriteResult w = writeAndWait(store, probe, Secret::SecretKey, "probe");
        if (!w.finished)
            m_keychainProblem = QStringLiteral("no answer within %1 ms").arg(kTimeoutMs);
        else if (!w.ok)
            m_keychainProblem = w.error;
        else if (!store.persistent())
            m_keychainProblem = reason;
        else
            m_keychainOk = true;
        if (m_keychainOk)
            QVERIFY(removeAndWait(store, probe) == true);
    }

    void cleanupTestCase()
    {
        if (!m_keychainOk)
            return;
        CredentialStore store(m_service);
        for (const QString &id : std::as_const(m_ids))
            QVERIFY(removeAndWait(store, id) == true);
    }

    void roundTrip_writeReadOverwriteRemove()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const QString id = newProfileId();

        WriteResult w = writeAndWait(store, id, Secret::SecretKey, "wJalrXUtnFEMI/K7MDENG");
        QVERIFY(w.finished);
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY(w.error.isEmpty());
        QVERIFY(store.persistent());

        ReadResult r = readAndWait(store, id, Secret::SecretKey);
        QVERIFY(r.finished);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.value, std::optional<QByteArray>("wJalrXUtnFEMI/K7MDENG"));

        // Overwrite; the other kinds of the same profile are separate entries.
        QVERIFY(writeAndWait(store, id, Secret::SecretKey, "second").ok);
        QVERIFY(writeAndWait(store, id, Secret::RefreshToken, "refresh-1").ok);
        QCOMPARE(readAndWait(store, id, Secret::SecretKey).value,
                 std::optional<QByteArray>("second"));
        QCOMPARE(readAndWait(store, id, Secret::RefreshToken).value,
                 std::optional<QByteArray>("refresh-1"));

        // Binary values survive.
        const QByteArray binary("\x00\x01\xff\n\r\"{}", 9);
        QVERIFY(writeAndWait(store, id, Secret::SessionCredentials, binary).ok);
        QCOMPARE(readAndWait(store, id, Secret::SessionCredentials).value,
                 std::optional<QByteArray>(binary));

        // Another store (as after a restart) sees the same entries: they are in the keychain.
        CredentialStore other(m_service);
        QCOMPARE(readAndWait(other, id, Secret::SecretKey).value,
                 std::optional<QByteArray>("second"));

        QCOMPARE(removeAndWait(store, id), std::optional<bool>(true));
        for (const Secret kind :
             {Secret::SecretKey, Secret::RefreshToken, Secret::SessionCredentials}) {
            r = readAndWait(other, id, kind);
            QVERIFY(r.finished);
            QCOMPARE(r.value, std::nullopt);
            QCOMPARE(r.error, QString());
        }
        // Removing what is not there is fine.
        QCOMPARE(removeAndWait(store, id), std::optional<bool>(true));
    }

    void read_missingEntry_isNulloptWithoutError()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const ReadResult r = readAndWait(store, newProfileId(), Secret::RefreshToken);
        QVERIFY(r.finished);
        QCOMPARE(r.value, std::nullopt);
        QCOMPARE(r.error, QString());
        QVERIFY(store.persistent());
    }

    void write_twoQuickWrites_newestWins()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const QString id = newProfileId();
        QStringList order;
        QObject context;
        // A rotated refresh token stored twice in a row, without waiting in between.
        store.write(id, Secret::RefreshToken, "old-token", &context, [&](bool ok, QString) {
            order.append(ok ? QStringLiteral("old") : QStringLiteral("old failed"));
        });
        store.write(id, Secret::RefreshToken, "new-token", &context, [&](bool ok, QString) {
            order.append(ok ? QStringLiteral("new") : QStringLiteral("new failed"));
        });
        // A read asked for after them sees the newest.
        ReadResult r = readAndWait(store, id, Secret::RefreshToken);
        QCOMPARE(order, QStringList({QStringLiteral("old"), QStringLiteral("new")}));
        QCOMPARE(r.value, std::optional<QByteArray>("new-token"));
        // And so does the keychain itself.
        CredentialStore other(m_service);
        QCOMPARE(readAndWait(other, id, Secret::RefreshToken).value,
                 std::optional<QByteArray>("new-token"));
    }

    void callbacks_areNeverSynchronous()
    {
        // Holds for both the keychain and the session-only path.
        CredentialStore store(m_service);
        bool called = false;
        QObject context;
        store.read(newProfileId(), Secret::SecretKey, &context,
                   [&](std::optional<QByteArray>, QString) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kTimeoutMs);
    }

    void callbacks_notCalledAfterContextDestroyed()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const QString id = newProfileId();
        bool deadCalled = false;
        auto *dead = new QObject;
        store.write(id, Secret::SecretKey, "v", dead, [&](bool, QString) { deadCalled = true; });
        store.read(id, Secret::SecretKey, dead,
                   [&](std::optional<QByteArray>, QString) { deadCalled = true; });
        store.remove(id, dead, [&](bool) { deadCalled = true; });
        delete dead;
        // The queue is in order: once this read answers, the three before it have run.
        const ReadResult r = readAndWait(store, id, Secret::SecretKey);
        QVERIFY(r.finished);
        QCOMPARE(r.value, std::nullopt); // the write happened, then the remove
        QVERIFY(!deadCalled);
    }

    void destroyingTheStore_dropsPendingCallbacks()
    {
        REQUIRE_KEYCHAIN();
        bool called = false;
        QObject context;
        {
            CredentialStore store(m_service);
            store.read(newProfileId(), Secret::SecretKey, &context,
                       [&](std::optional<QByteArray>, QString) { called = true; });
            // Start the keychain job (the store's queued step) but not its D-Bus round trip:
            // the store goes away while the job is in flight.
            QCoreApplication::sendPostedEvents(&store);
            QVERIFY(!called);
        }
        // Let a job that may still be running finish and delete itself.
        CredentialStore other(m_service);
        QVERIFY(readAndWait(other, newProfileId(), Secret::SecretKey).finished);
        QVERIFY(!called);
    }

    void sessionCredentials_roundTripThroughKeychain()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const QString id = newProfileId();
        Credentials c;
        c.accessKeyId = "ASIAEXAMPLE";
        c.secretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        c.sessionToken = "FwoGZXIvYXdzEBYaDH+abc/def==";
        c.expiresAt = QDateTime(QDate(2030, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
        QVERIFY(writeAndWait(store, id, Secret::SessionCredentials,
                             CredentialStore::credentialsToJson(c))
                    .ok);
        const ReadResult r = readAndWait(store, id, Secret::SessionCredentials);
        QVERIFY(r.value);
        const auto back = CredentialStore::credentialsFromJson(*r.value);
        QVERIFY(back);
        QCOMPARE(back->accessKeyId, c.accessKeyId);
        QCOMPARE(back->secretAccessKey, c.secretAccessKey);
        QCOMPARE(back->sessionToken, c.sessionToken);
        QCOMPARE(back->expiresAt, c.expiresAt);
        QVERIFY(back->isTemporary());
    }

    void credentialsJson_roundTrip_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QDateTime>("expires");
        QTest::newRow("long-lived")
            << QByteArray("AKIAIOSFODNN7EXAMPLE") << QByteArray("wJalrXUtnFEMI/K7MDENG")
            << QByteArray() << QDateTime();
        QTest::newRow("temporary, UTC")
            << QByteArray("ASIA1") << QByteArray("s") << QByteArray("tok+/=")
            << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QTest::newRow("temporary, offset")
            << QByteArray("ASIA1") << QByteArray("s") << QByteArray("tok")
            << QDateTime(QDate(2024, 1, 2), QTime(11, 4, 5, 6), Qt::OffsetFromUTC, 8 * 3600);
        QTest::newRow("quotes and backslashes") << QByteArray("AK\"ID") << QByteArray("a\\b\"c")
                                                << QByteArray("\x01\x7f\xe9", 3) << QDateTime();
    }
    void credentialsJson_roundTrip()
    {
        QFETCH(QByteArray, id);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, token);
        QFETCH(QDateTime, expires);
        Credentials c;
        c.accessKeyId = id;
        c.secretAccessKey = secret;
        c.sessionToken = token;
        c.expiresAt = expires;
        const QByteArray json = CredentialStore::credentialsToJson(c);
        QVERIFY(json.startsWith('{'));
        QVERIFY(!json.contains('\n'));
        QVERIFY(!json.contains(": ")); // compact
        const auto back = CredentialStore::credentialsFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->accessKeyId, id);
        QCOMPARE(back->secretAccessKey, secret);
        QCOMPARE(back->sessionToken, token);
        QCOMPARE(back->expiresAt.isValid(), expires.isValid());
        if (expires.isValid())
            QCOMPARE(back->expiresAt, expires); // the same instant
    }

    void credentialsJson_rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("secret");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no secret") << QByteArray(R"({"accessKeyId":"a"})");
        QTest::newRow("number id") << QByteArray(R"({"accessKeyId":1,"secretAccessKey":"s"})");
        QTest::newRow("bad expiry")
            << QByteArray(R"({"accessKeyId":"a","secretAccessKey":"s","expiresAt":"soon"})");
    }
    void credentialsJson_rejectsGarbage()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(CredentialStore::credentialsFromJson(json), std::nullopt);
    }

    void entryKey_perProfileAndKind()
    {
        QCOMPARE(CredentialStore::entryKey(QStringLiteral("p-1"), Secret::SecretKey),
                 QStringLiteral("p-1/secret-key"));
        QCOMPARE(CredentialStore::entryKey(QStringLiteral("p-1"), Secret::RefreshToken),
                 QStringLiteral("p-1/refresh-token"));
        QCOMPARE(CredentialStore::entryKey(QStringLiteral("p-1"), Secret::SessionCredentials),
                 QStringLiteral("p-1/session"));
        QCOMPARE(CredentialStore().serviceName(), QStringLiteral("Sucai"));
    }

    void withoutDbus_goesSessionOnly_andWritesNoFile()
    {
        // The same binary, as a child without a D-Bus session bus (and without X11, so libdbus
        // cannot autolaunch one), with its home and XDG folders in a fresh directory.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kChildArg), m_service + u"-child"});
        QVERIFY(finished.wait(60000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        qInfo().noquote() << "child:\n" << output;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY(output.contains(u"ok   persistent() is false"));

        // Never a plaintext fallback: no file anywhere under the child's home holds a secret.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("child-secret"), qPrintable(path));
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], kChildArg) == 0)
        return runSessionOnlyChild(QString::fromLocal8Bit(argv[2]));
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
