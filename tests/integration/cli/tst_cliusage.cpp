// `sucai-cli usage` as a user runs it, against the real RGW (the `rgw` CTest fixture): known
// traffic through sucai-cli itself, then its numbers from the ledger and from RGW's admin API.
// Tencent Cloud is never contacted: the CLI's Tencent calls go to a local fake
// (SUCAI_TENCENT_API_BASE) or are refused before any request.
#include "s3testenv.h"
#include "testenv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A stand-in for the Tencent Cloud API endpoint: answers every POST with one JSON body and
// remembers the requests' actions and bodies.
class FakeTencentApi final : public QObject
{
public:
    explicit FakeTencentApi(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    int connections = 0;
    QList<QByteArray> actions;
    QList<QByteArray> bodies;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        QByteArray action;
        for (const QByteArray &line : buf.left(end).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = l.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = l.mid(colon + 1).trimmed().toLongLong();
            else if (name == "x-tc-action")
                action = l.mid(colon + 1).trimmed();
        }
        if (buf.size() < end + 4 + length)
            return;
        actions.append(action);
        bodies.append(buf.mid(end + 4, length));
        buf.clear();
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(m_answer.size()) + "\r\nConnection: close\r\n\r\n" + m_answer);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QJsonObject itemOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("item")).toString() == id)
            return v.toObject();
    }
    return {};
}

qint64 usedOf(const QJsonObject &report, const QString &id)
{
    return itemOf(report, id).value(QStringLiteral("used")).toInteger(-1);
}

} // namespace

class TestCliUsage final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    QString m_uid;

    // Runs sucai-cli with the event loop running meanwhile (the fake Tencent API lives on it).
    Result cli(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SUCAI_CLI_PATH), QStringList{QStringLiteral("--path-style")} + args);
        Result r;
        if (!finished.wait(120'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Result cli(const QStringList &args) { return cli(args, m_env); }

    // A bucket of the test's own with K = 3 uploads of 1000 + 2000 + 3000 bytes and G = 2
    // downloads (2000 + 3000 bytes), all through sucai-cli.
    bool knownTraffic(const QString &bucket, const QString &stem)
    {
        Result r = cli({QStringLiteral("mb"), QStringLiteral("s3://") + bucket});
        if (r.code != 0) {
            qWarning() << r.err;
            return false;
        }
        const QString src = m_tmp.filePath(stem + QStringLiteral("/src"));
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const QString f = src + QStringLiteral("/o%1.bin").arg(i);
            if (!sucai::test::writeFile(f, sucai::test::randomBytes((i + 1) * 1000, quint32(i))))
                return false;
            files << f;
        }
        r = cli(QStringList{QStringLiteral("put")} + files +
                QStringList{QStringLiteral("s3://") + bucket + u'/'});
        if (r.code != 0 || r.out.count("upload: ") != 3) {
            qWarning() << r.out << r.err;
            return false;
        }
        const QString dst = m_tmp.filePath(stem + QStringLiteral("/dst/"));
        QDir().mkpath(dst);
        for (int i = 1; i < 3; ++i) {
            r = cli(
                {QStringLiteral("get"), QStringLiteral("s3://%1/o%2.bin").arg(bucket).arg(i), dst});
            if (r.code != 0) {
                qWarning() << r.err;
                return false;
            }
        }
        return true;
    }

    static void verifyReportShape(const QJsonObject &o)
    {
        for (const char *key : {"format", "month", "today", "complete", "daysInMonth", "source",
                                "sourceName", "bucket", "fetchedAt", "items", "total", "currency",
                                "examplePrices", "priceLabel", "firstToRunOut", "errors"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("format")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("errors")).isArray());
        QVERIFY(!o.value(QStringLiteral("currency")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("total")).toObject().contains(QStringLiteral("costSoFar")));
        QVERIFY(
            o.value(QStringLiteral("total")).toObject().contains(QStringLiteral("costProjected")));
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QStringList ids;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            for (const char *key :
                 {"item", "name", "status", "unit", "used", "quota", "percent", "projected",
                  "projectedLow", "projectedHigh", "costSoFar", "costProjected", "runsOutOn"})
                QVERIFY2(item.contains(QLatin1String(key)), key);
            ids << item.value(QStringLiteral("item")).toString();
        }
        QCOMPARE(ids, QStringList({QStringLiteral("storage"), QStringLiteral("egress"),
                                   QStringLiteral("cdnOrigin"), QStringLiteral("readRequests"),
                                   QStringLiteral("writeRequests"), QStringLiteral("cdn")}));
        // The shipped free tier.
        QCOMPARE(itemOf(o, QStringLiteral("egress")).value(QStringLiteral("quota")).toInteger(),
                 10LL * 1024 * 1024 * 1024);
        QCOMPARE(
            itemOf(o, QStringLiteral("readRequests")).value(QStringLiteral("quota")).toInteger(),
            1'000'000);
        QCOMPARE(itemOf(o, QStringLiteral("egress")).value(QStringLiteral("unit")).toString(),
                 QStringLiteral("bytes"));
        QCOMPARE(
            itemOf(o, QStringLiteral("writeRequests")).value(QStringLiteral("unit")).toString(),
            QStringLiteral("requests"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = sucai::test::readServerEnv(QStringLiteral("rgw"));
        QVERIFY2(!env.isEmpty(), "RGW env file missing: run through ctest (fixture rgw)");
        m_uid = env.value(QStringLiteral("SUCAI_S3_USER"));
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_env.keys()) {
            if (name.startsWith(u"AWS_") || name.startsWith(u"TENCENTCLOUD_") ||
                name.startsWith(u"SUCAI_TENCENT"))
                m_env.remove(name);
        }
        m_env.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                     env.value(QStringLiteral("SUCAI_S3_ENDPOINT")));
        m_env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                     env.value(QStringLiteral("SUCAI_S3_ACCESS_KEY")));
        m_env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                     env.value(QStringLiteral("SUCAI_S3_SECRET_KEY")));
        m_env.insert(QStringLiteral("AWS_REGION"), env.value(QStringLiteral("SUCAI_S3_REGION")));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QVERIFY(m_tmp.isValid());
        // The journal, ledger and tables of these runs, not the user's.
        m_env.insert(QStringLiteral("SUCAI_DATA_DIR"), m_tmp.filePath(QStringLiteral("data")));
    }

    void badMonth_isAUsageError()
    {
        for (const QString &month : {QStringLiteral("2026-13"), QStringLiteral("november"),
                                     QStringLiteral("2026-1"), QStringLiteral("26-11")}) {
            const Result r = cli({QStringLiteral("usage"), QStringLiteral("--month"), month});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--month takes a month as YYYY-MM"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        // A month that has not begun has no numbers.
        const QDate next = QDate::currentDate().addMonths(1);
        const Result r = cli({QStringLiteral("usage"), QStringLiteral("--month"),
                              next.toString(QStringLiteral("yyyy-MM"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("has not begun"), r.err.constData());

        const Result s = cli(
            {QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("cloudwatch")});
        QCOMPARE(s.code, 2);
        QVERIFY2(s.err.contains("--source takes tencent, rgw or ledger"), s.err.constData());
    }

    void ledger_matchesTheTransfersOfTheCli()
    {
        const QString bucket = sucai::test::uniqueBucketName(QStringLiteral("ledger"));
        QVERIFY(knownTraffic(bucket, QStringLiteral("ledger")));

        Result r =
            cli({QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("ledger"),
                 QStringLiteral("--bucket"), bucket, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        verifyReportShape(o);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("ledger"));
        QCOMPARE(o.value(QStringLiteral("sourceName")).toString(),
                 QStringLiteral("Measured by this app only"));
        QCOMPARE(o.value(QStringLiteral("bucket")).toString(), bucket);
        QCOMPARE(o.value(QStringLiteral("month")).toString(),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
        QCOMPARE(o.value(QStringLiteral("complete")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
        // Exactly the bytes the two downloads brought, one PUT per upload, a GET per download.
        QCOMPARE(usedOf(o, QStringLiteral("egress")), 2000 + 3000);
        QCOMPARE(usedOf(o, QStringLiteral("writeRequests")), 3);
        QVERIFY(usedOf(o, QStringLiteral("readRequests")) >= 2);
        // Today's size from a scan of the bucket.
        QCOMPARE(usedOf(o, QStringLiteral("storage")), 1000 + 2000 + 3000);
        // The ledger knows no CDN.
        QCOMPARE(itemOf(o, QStringLiteral("cdn")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("unsupported"));
        QVERIFY(itemOf(o, QStringLiteral("cdn")).value(QStringLiteral("used")).isNull());
        const QJsonObject egress = itemOf(o, QStringLiteral("egress"));
        QCOMPARE(egress.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(egress.value(QStringLiteral("percent")).toDouble(), 0.0);
        QVERIFY(egress.value(QStringLiteral("projected")).toInteger() >= 5000);
        QVERIFY(egress.value(QStringLiteral("projectedLow")).toInteger() <=
                egress.value(QStringLiteral("projectedHigh")).toInteger());
        QCOMPARE(egress.value(QStringLiteral("costSoFar")).toDouble(), 0.0);
        QVERIFY(o.value(QStringLiteral("firstToRunOut")).isNull());

        // For people: the source named, human units, the bill with its currency.
        r = cli({QStringLiteral("usage"), QStringLiteral("--bucket"), bucket}); // ledger: default
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Measured by this app only")), r.out.constData());
        QVERIFY2(text.contains(QStringLiteral("Internet egress")), r.out.constData());
        QVERIFY2(text.contains(QStringLiteral("4.9 KB")), r.out.constData()); // 5000 bytes
        QVERIFY2(text.contains(QStringLiteral("1,000,000")), r.out.constData());
        QVERIFY2(text.contains(QStringLiteral("10 GB")), r.out.constData());
        QVERIFY2(text.contains(QStringLiteral("CNY")), r.out.constData());
        QVERIFY2(text.contains(QStringLiteral("not a quote")), r.out.constData()); // example label
        QVERIFY2(text.contains(QStringLiteral("First to run out")), r.out.constData());

        // Another bucket of the same key has none of this traffic.
        r = cli({QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("ledger"),
                 QStringLiteral("--bucket"), bucket + QStringLiteral("-none"),
                 QStringLiteral("--month"),
                 QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM")),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject past = r.json();
        verifyReportShape(past);
        QCOMPARE(usedOf(past, QStringLiteral("egress")), 0);
        // A past month is complete: no projection.
        QCOMPARE(past.value(QStringLiteral("complete")).toBool(), true);
        QVERIFY(itemOf(past, QStringLiteral("egress")).value(QStringLiteral("projected")).isNull());
        QVERIFY(past.value(QStringLiteral("total"))
                    .toObject()
                    .value(QStringLiteral("costProjected"))
                    .isNull());
    }

    void rgw_adminApiShowsKnownTraffic()
    {
        const QString bucket = sucai::test::uniqueBucketName(QStringLiteral("rgwusage"));
        QVERIFY(knownTraffic(bucket, QStringLiteral("rgw")));
        const qint64 downloaded = 2000 + 3000;
        const qint64 writes = 3 + 1; // the PUTs + create_bucket

        // RGW writes its usage log every second (rgw_usage_log_tick_interval = 1 in the
        // fixture): ask until it shows all the traffic.
        QJsonObject o;
        QDeadlineTimer deadline(60'000);
        for (;;) {
            const Result r =
                cli({QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("rgw"),
                     QStringLiteral("--bucket"), bucket, QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.constData());
            o = r.json();
            if (usedOf(o, QStringLiteral("egress")) >= downloaded &&
                usedOf(o, QStringLiteral("writeRequests")) >= writes &&
                usedOf(o, QStringLiteral("readRequests")) >= 2)
                break;
            QVERIFY2(!deadline.hasExpired(), "the usage log did not show the traffic in time");
            QTest::qWait(500);
        }
        verifyReportShape(o);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("rgw"));
        QCOMPARE(o.value(QStringLiteral("sourceName")).toString(),
                 QStringLiteral("Ceph RGW admin API"));
        // The user came from the key (ListBuckets' owner): no --uid was given.
        QCOMPARE(o.value(QStringLiteral("uid")).toString(), m_uid);
        // The bucket is this test's alone: exactly what it did.
        QCOMPARE(usedOf(o, QStringLiteral("egress")), downloaded);
        QCOMPARE(usedOf(o, QStringLiteral("writeRequests")), writes);
        QCOMPARE(usedOf(o, QStringLiteral("storage")), 1000 + 2000 + 3000);
        QCOMPARE(itemOf(o, QStringLiteral("cdnOrigin")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("unsupported"));

        // The same numbers for people, with an explicit user.
        const Result r =
            cli({QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("rgw"),
                 QStringLiteral("--uid"), m_uid, QStringLiteral("--bucket"), bucket});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Ceph RGW admin API"), r.out.constData());
        QVERIFY2(r.out.contains("4.9 KB"), r.out.constData());
        QVERIFY2(r.out.contains("n/a"), r.out.constData()); // CDN: not measured

        // A user without the usage=read cap: the message says which cap is missing.
        const auto env = sucai::test::readServerEnv(QStringLiteral("rgw"));
        QProcessEnvironment other = m_env;
        other.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                     env.value(QStringLiteral("SUCAI_S3_OTHER_ACCESS_KEY")));
        other.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                     env.value(QStringLiteral("SUCAI_S3_OTHER_SECRET_KEY")));
        const Result denied = cli(
            {QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("rgw")}, other);
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.err.contains("usage=read"), denied.err.constData());
    }

    void unreachable_failsClearly()
    {
        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                   QStringLiteral("http://127.0.0.1:%1").arg(port));
        const Result r = cli({QStringLiteral("usage"), QStringLiteral("--source"),
                              QStringLiteral("rgw"), QStringLiteral("--uid"), m_uid},
                             env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Cannot reach the server"), r.err.constData());
    }

    void tencent_withoutCredentials_refusedBeforeAnyRequest()
    {
        FakeTencentApi api("{}");
        QVERIFY(api.listen());
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        env.insert(QStringLiteral("SUCAI_TENCENT_API_BASE"), api.url());
        const Result r =
            cli({QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("tencent"),
                 QStringLiteral("--appid"), QStringLiteral("1250000000"),
                 QStringLiteral("--bucket"), QStringLiteral("assets")},
                env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("TENCENTCLOUD_SECRET_ID"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(api.connections, 0);

        // Without an APPID there is nothing to ask Cloud Monitor about.
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDexample"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("example-secret"));
        const Result s =
            cli({QStringLiteral("usage"), QStringLiteral("--source"), QStringLiteral("tencent"),
                 QStringLiteral("--bucket"), QStringLiteral("assets")},
                env);
        QCOMPARE(s.code, 2);
        QVERIFY2(s.err.contains("APPID"), s.err.constData());
        QCOMPARE(api.connections, 0);
    }

    void tencent_noPermission_namesTheCamPermission()
    {
        FakeTencentApi api("{\"Response\":{\"Error\":{\"Code\":"
                           "\"AuthFailure.UnauthorizedOperation\",\"Message\":\"you are not "
                           "authorized to perform operation (monitor:GetMonitorData)\"},"
                           "\"RequestId\":\"6ef60bec-0242-43af-bb20-270359fb54a7\"}}");
        QVERIFY(api.listen());
        QProcessEnvironment env = m_env;
        // A COS profile (the default source is then Tencent Cloud), its key in the Tencent
        // variables; with --bucket no COS request is needed, and the API calls go to the fake.
        env.remove(QStringLiteral("AWS_ENDPOINT_URL"));
        env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDexample"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("example-secret"));
        env.insert(QStringLiteral("SUCAI_TENCENT_API_BASE"), api.url());
        const Result r =
            cli({QStringLiteral("--signature"), QStringLiteral("cos"), QStringLiteral("--region"),
                 QStringLiteral("ap-guangzhou"), QStringLiteral("--appid"),
                 QStringLiteral("1250000000"), QStringLiteral("usage"), QStringLiteral("--bucket"),
                 QStringLiteral("assets"), QStringLiteral("--json")},
                env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("monitor:GetMonitorData"), r.err.constData());
        const QJsonObject o = r.json();
        verifyReportShape(o);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("tencent"));
        QCOMPARE(o.value(QStringLiteral("bucket")).toString(), QStringLiteral("assets"));
        QVERIFY(o.value(QStringLiteral("errors"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("monitor:GetMonitorData")));
        QCOMPARE(itemOf(o, QStringLiteral("egress")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        // It asked Cloud Monitor about the bucket by its full name, then the CDN API.
        QVERIFY(!api.actions.isEmpty());
        QCOMPARE(api.actions.first(), QByteArray("GetMonitorData"));
        QVERIFY2(api.bodies.first().contains("\"assets-1250000000\""),
                 api.bodies.first().constData());
        QVERIFY2(api.bodies.first().contains("\"1250000000\""), api.bodies.first().constData());
        QCOMPARE(api.actions.last(), QByteArray("DescribeCdnData"));

        // A Tencent API that cannot be reached.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        env.insert(QStringLiteral("SUCAI_TENCENT_API_BASE"),
                   QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        // A COS endpoint by its host (S3 signatures) also defaults to Tencent Cloud; the APPID
        // comes from the bucket's full name.
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                   QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
        const Result u = cli({QStringLiteral("usage"), QStringLiteral("--bucket"),
                              QStringLiteral("assets-1250000000")},
                             env);
        QCOMPARE(u.code, 1);
        QVERIFY2(u.err.contains("Cannot reach Tencent Cloud"), u.err.constData());
        QVERIFY(u.out.isEmpty()); // nothing to show
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
