// gzip staging copies (checked by the system's gzip, so the bytes are real gzip) and the
// Cache-Control presets.
#include "core/uploadencoding.h"
#include "fulldisk.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using sucai::core::CacheControl;
using sucai::core::UploadEncoding;

namespace {
using sucai::test::readFile;
using sucai::test::writeFile;
QByteArray gunzip(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!p.waitForFinished(30'000) || p.exitCode() != 0)
        return "gzip -dc failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}
} // namespace

class TestUploadEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("expected");
        QTest::newRow("html") << QStringLiteral("/site/index.html") << true;
        QTest::newRow("upper case") << QStringLiteral("/site/INDEX.HTM") << true;
        QTest::newRow("min.js") << QStringLiteral("app.min.js") << true;
        QTest::newRow("png") << QStringLiteral("logo.png") << false;
        QTest::newRow("already gz") << QStringLiteral("data.json.gz") << false;
        QTest::newRow("no suffix") << QStringLiteral("Makefile") << false;
        QTest::newRow("dot file") << QStringLiteral(".htaccess") << false;
        QTest::newRow("suffix inside name") << QStringLiteral("css-notes.pdf") << false;
    }

    void matches()
    {
        QFETCH(QString, path);
        QFETCH(bool, expected);
        QCOMPARE(UploadEncoding::matches(path, UploadEncoding::defaultGzipExtensions()), expected);
    }

    void matches_acceptsDotsInTheList()
    {
        QVERIFY(UploadEncoding::matches(QStringLiteral("a.glsl"), {QStringLiteral(".glsl")}));
        QVERIFY(!UploadEncoding::matches(QStringLiteral("a.glsl"), {}));
    }

    void gzip_roundTripsAndIsDeterministic_data()
    {
        QTest::addColumn<QByteArray>("data");
        QByteArray text;
        for (int i = 0; i < 50'000; ++i)
            text += "line " + QByteArray::number(i) + " of a log file\n";
        QByteArray noise(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator gen(5);
        for (char &c : noise)
            c = char(gen.generate());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("text, several chunks") << text;
        QTest::newRow("incompressible, several chunks") << noise;
    }

    void gzip_roundTripsAndIsDeterministic()
    {
        QFETCH(QByteArray, data);
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("in.txt"));
        QVERIFY(writeFile(src, data));
        QString error;
        const auto a = UploadEncoding::gzipFile(src, dir.filePath(QStringLiteral("a.gz")), &error);
        QVERIFY2(a.has_value(), qPrintable(error));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("a.gz"))).size(), *a);
        QCOMPARE(gunzip(dir.filePath(QStringLiteral("a.gz"))), data);
        // Same input, same bytes: a resumed multipart upload recompresses to identical parts.
        const auto b = UploadEncoding::gzipFile(src, dir.filePath(QStringLiteral("b.gz")), &error);
        QVERIFY(b.has_value());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("b.gz"))),
                 readFile(dir.filePath(QStringLiteral("a.gz"))));
        if (data.size() > 100'000 && data.startsWith("line"))
            QVERIFY(*a < data.size() / 5);
    }

    void gzip_missingSource_isAnErrorAndWritesNothing()
    {
        QTemporaryDir dir;
        QString error;
        const QString target = dir.filePath(QStringLiteral("out.gz"));
        QVERIFY(!UploadEncoding::gzipFile(dir.filePath(QStringLiteral("nope.txt")), target, &error)
                     .has_value());
        QVERIFY2(error.contains(QStringLiteral("nope.txt")), qPrintable(error));
        QVERIFY(!QFile::exists(target));
    }

    void gzip_unwritableTarget_isAnError()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("in.txt"));
        QVERIFY(writeFile(src, "hello"));
        QString error;
        QVERIFY(
            !UploadEncoding::gzipFile(src, dir.filePath(QStringLiteral("no/such/dir/x.gz")), &error)
                 .has_value());
        QVERIFY(!error.isEmpty());
    }

    void gzip_diskFull_isAnErrorAndLeavesNoTarget()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("in.bin"));
        QByteArray noise(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(9);
        for (char &c : noise)
            c = char(gen.generate());
        QVERIFY(writeFile(src, noise));
        const QString fullDir = dir.filePath(QStringLiteral("full"));
        const QString target = fullDir + QStringLiteral("/out.gz");
        QString error;
        std::optional<qint64> r;
        {
            sucai::test::FullDisk full(fullDir); // 64 KiB: the 1 MiB noise cannot fit
            if (full.how().isEmpty())
                QSKIP("cannot simulate a full disk here");
            r = UploadEncoding::gzipFile(src, target, &error);
        }
        QVERIFY(!r.has_value());
        QVERIFY2(error.contains(QStringLiteral("out.gz")), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(fullDir).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void cacheControl_presetsAndOwnValues()
    {
        QString error;
        QCOMPARE(*CacheControl::resolve(QStringLiteral("1d"), &error),
                 QByteArray("public, max-age=86400"));
        QCOMPARE(*CacheControl::resolve(QStringLiteral("IMMUTABLE"), &error),
                 QByteArray("public, max-age=31536000, immutable"));
        QCOMPARE(*CacheControl::resolve(QStringLiteral("private, max-age=60"), &error),
                 QByteArray("private, max-age=60"));
        QVERIFY(!CacheControl::resolve(QStringLiteral("a\r\nX-Evil: 1"), &error).has_value());
        QVERIFY(error.contains(QStringLiteral("Cache-Control")));
        QVERIFY(!CacheControl::resolve(QStringLiteral("max-age=60, 缓存"), &error).has_value());
        QVERIFY(!CacheControl::resolve(QString(), &error).has_value());
        QStringList ids;
        for (const auto &p : CacheControl::presets()) {
            QVERIFY(!p.label.isEmpty());
            ids << p.id;
        }
        QCOMPARE(ids.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestUploadEncoding)
#include "tst_uploadencoding.moc"
