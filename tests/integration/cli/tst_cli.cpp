// sucai-cli as a user runs it, against the real RGW (the `rgw` CTest fixture).
#include "cloud/storagejobs.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

using sucai::test::readFile;
using sucai::test::writeFile;

QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        files.insert(QDir(root).relativeFilePath(f), readFile(f));
    }
    return files;
}
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment m_env;
    QString m_bucket;
    QTemporaryDir m_tmp;

    Result cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(SUCAI_CLI_PATH), QStringList{QStringLiteral("--path-style")} + args);
        Result r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QString s3(const QString &key = {}) const
    {
        return QStringLiteral("s3://") + m_bucket + u'/' + key;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = sucai::test::readServerEnv(QStringLiteral("rgw"));
        QVERIFY2(!env.isEmpty(), "RGW env file missing: run through ctest (fixture rgw)");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                     env.value(QStringLiteral("SUCAI_S3_ENDPOINT")));
        m_env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                     env.value(QStringLiteral("SUCAI_S3_ACCESS_KEY")));
        m_env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                     env.value(QStringLiteral("SUCAI_S3_SECRET_KEY")));
        m_env.insert(QStringLiteral("AWS_REGION"), env.value(QStringLiteral("SUCAI_S3_REGION")));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_bucket = sucai::test::uniqueBucketName(QStringLiteral("cli"));
        QVERIFY(m_tmp.isValid());
        // The journal of these runs, not the user's (~/.local/share/sucai-cli).
        m_env.insert(QStringLiteral("SUCAI_DATA_DIR"), m_tmp.filePath(QStringLiteral("data")));
        const Result r = cli({QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void usageErrors_exitWith2()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("get"), s3(QStringLiteral("folder/")), m_tmp.path()}).code, 2);
        const Result r = cli({QStringLiteral("put"), m_tmp.path(), s3()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("put -r"));
    }

    void putRecursive_getRecursive_roundTripsTree()
    {
        const QString src = m_tmp.filePath(QStringLiteral("src"));
        QVERIFY(writeFile(src + QStringLiteral("/a.json"), "{\"a\": 1}"));
        QVERIFY(writeFile(src + QStringLiteral("/images/春节 活动.png"),
                          sucai::test::randomBytes(70'000, 1)));
        QVERIFY(writeFile(src + QStringLiteral("/deep/x/y/z+%#.bin"),
                          sucai::test::randomBytes(1234, 2)));
        QVERIFY(writeFile(src + QStringLiteral("/empty.txt"), {}));
        // Above the multipart threshold: exercises create/parts/complete/verify.
        QVERIFY(writeFile(src + QStringLiteral("/video/big.bin"),
                          sucai::test::randomBytes(70 * 1024 * 1024, 3)));

        Result r =
            cli({QStringLiteral("put"), QStringLiteral("-r"), src, s3(QStringLiteral("tree/"))});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.count("upload: "), 5);

        r = cli({QStringLiteral("ls"), QStringLiteral("-r"), QStringLiteral("--json"),
                 s3(QStringLiteral("tree/"))});
        QCOMPARE(r.code, 0);
        QStringList keys;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.isEmpty())
                keys << QJsonDocument::fromJson(line)
                            .object()
                            .value(QStringLiteral("key"))
                            .toString();
        }
        keys.sort();
        QCOMPARE(keys,
                 QStringList(
                     {QStringLiteral("tree/a.json"), QStringLiteral("tree/deep/x/y/z+%#.bin"),
                      QStringLiteral("tree/empty.txt"), QStringLiteral("tree/images/春节 活动.png"),
                      QStringLiteral("tree/video/big.bin")}));

        r = cli(
            {QStringLiteral("stat"), QStringLiteral("--json"), s3(QStringLiteral("tree/a.json"))});
        QCOMPARE(r.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("contentType")).toString(),
            QStringLiteral("application/json"));

        const QString dst = m_tmp.filePath(QStringLiteral("dst"));
        r = cli({QStringLiteral("get"), QStringLiteral("-r"), s3(QStringLiteral("tree/")), dst});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(tree(dst), tree(src));
    }

    void put_gzipAndCacheControl_setHeaders()
    {
        const QString css = m_tmp.filePath(QStringLiteral("style/site.css"));
        QByteArray text;
        for (int i = 0; i < 500; ++i)
            text += ".c" + QByteArray::number(i) + " { color: #123456; margin: 0 auto; }\n";
        QVERIFY(writeFile(css, text));
        Result r =
            cli({QStringLiteral("put"), QStringLiteral("--gzip"), QStringLiteral("--cache-control"),
                 QStringLiteral("immutable"), css, s3(QStringLiteral("style/"))});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("--json"), QStringLiteral("stat"),
                 s3(QStringLiteral("style/site.css"))});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("contentEncoding")).toString(), QStringLiteral("gzip"));
        QCOMPARE(o.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/css"));
        QCOMPARE(o.value(QStringLiteral("cacheControl")).toString(),
                 QStringLiteral("public, max-age=31536000, immutable"));
        QVERIFY(o.value(QStringLiteral("size")).toInteger() < text.size() / 4);

        // Bad values are refused before anything is sent.
        r = cli({QStringLiteral("put"), QStringLiteral("--cache-control"),
                 QStringLiteral("max-age=1\r\nX-Injected: 1"), css, s3(QStringLiteral("style/"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("Cache-Control"));
        r = cli({QStringLiteral("put"), QStringLiteral("--content-type"), QStringLiteral("html"),
                 css, s3(QStringLiteral("style/"))});
        QCOMPARE(r.code, 2);
    }

    void ls_foldersAndBuckets()
    {
        Result r = cli({QStringLiteral("ls"), s3()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("PRE tree/"));
        r = cli({QStringLiteral("ls")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(m_bucket.toUtf8()));
    }

    void cpMvRm_onServer()
    {
        Result r = cli(
            {QStringLiteral("cp"), s3(QStringLiteral("tree/a.json")), s3(QStringLiteral("c/"))});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("mv"), QStringLiteral("-r"), s3(QStringLiteral("c/")),
                 s3(QStringLiteral("m/"))});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("ls"), QStringLiteral("-r"), s3(QStringLiteral("c/"))});
        QVERIFY(r.out.trimmed().isEmpty());
        r = cli({QStringLiteral("ls"), QStringLiteral("-r"), s3(QStringLiteral("m/"))});
        QVERIFY(r.out.contains("m/a.json"));
        r = cli({QStringLiteral("rm"), QStringLiteral("-r"), s3(QStringLiteral("m/"))});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("ls"), QStringLiteral("-r"), s3(QStringLiteral("m/"))});
        QVERIFY(r.out.trimmed().isEmpty());
    }

    void presign_givesWorkingUrl()
    {
        Result r = cli({QStringLiteral("presign"), QStringLiteral("--expires"),
                        QStringLiteral("120"), s3(QStringLiteral("tree/a.json"))});
        QCOMPARE(r.code, 0);
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--fail"),
                                            QString::fromUtf8(r.out.trimmed())});
        QVERIFY(curl.waitForFinished(30'000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("{\"a\": 1}"));
        QCOMPARE(cli({QStringLiteral("presign"), QStringLiteral("--expires"),
                      QStringLiteral("9999999"), s3(QStringLiteral("tree/a.json"))})
                     .code,
                 2);
    }

    void get_refusesKeysThatEscapeTheFolder()
    {
        // Keys a hostile bucket could hold ("../" keys are covered by the unit test of
        // safeLocalPath: our own client refuses to create them).
        QNetworkAccessManager nam;
        auto client = sucai::test::makeRgwClient(&nam);
        QVERIFY(client);
        const QStringList evil = {QStringLiteral("evil/abs//etc/passwd"),
                                  QStringLiteral("evil/back\\slash.txt"),
                                  QStringLiteral("evil/ok.txt")};
        for (const auto &k : evil) {
            auto *job = client->putObjectData(m_bucket, k, "pwned");
            QVERIFY(sucai::test::runJob(job).ok());
            job->deleteLater();
        }
        const QString dst = m_tmp.filePath(QStringLiteral("evil-out"));
        const Result r =
            cli({QStringLiteral("get"), QStringLiteral("-r"), s3(QStringLiteral("evil/")), dst});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("refused to download"));
        QCOMPARE(tree(dst).keys(), QStringList{QStringLiteral("ok.txt")});
        QVERIFY(!QFile::exists(QStringLiteral("/etc/passwd.sucai-part")));
    }

    void get_missingKey_exits1_andLeavesNoFile()
    {
        const QString dst = m_tmp.filePath(QStringLiteral("missing"));
        QDir().mkpath(dst);
        const Result r = cli({QStringLiteral("get"), s3(QStringLiteral("no/such.bin")), dst});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("NoSuchKey"));
        QVERIFY(QDir(dst).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
