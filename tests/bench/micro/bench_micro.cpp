// B8 micro-benchmarks: the per-request and per-byte costs that sit on Sucai's transfer path.
//
//   bench_micro                      all of them (Qt Test output, RESULT lines per benchmark)
//   bench_micro crc64_throughput     one of them; any Qt Test option works (-iterations N, …)
//   SUCAI_CRC64_FORCE_TABLE=1 bench_micro crc64_throughput    the table fallback, for comparison
//
// Besides Qt's "msecs per iteration", a summary table at the end gives each result in the unit
// that matters (µs/request, GB/s, ms/page) and the goal from the benchmark issue where there is
// one. Goals are reported, not asserted: this is not a test (it is not registered with CTest).
#include "cloud/cossigner.h"
#include "cloud/credentials.h"
#include "cloud/endpoint.h"
#include "cloud/s3xml.h"
#include "cloud/sigv4signer.h"
#include "core/crc64.h"
#include "core/sha256.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace sucai;

namespace {

// Counts the iterations QBENCHMARK runs and the wall time they take, so that a rate can be
// printed beside Qt's own per-iteration figure.
class Rate
{
public:
    Rate() { m_timer.start(); }
    void tick() { ++m_iterations; }
    double secondsPerIteration() const
    {
        return m_iterations ? double(m_timer.nsecsElapsed()) / 1e9 / double(m_iterations) : 0.0;
    }
    qint64 iterations() const { return m_iterations; }

private:
    QElapsedTimer m_timer;
    qint64 m_iterations = 0;
};

// Qt runs a benchmark function several times (calibration, then the measured run), so the
// rates are collected here and printed once, in cleanupTestCase(): the best run (the least
// disturbed by other processes) and the median of all runs.
struct Sample
{
    QString unit;
    bool higherIsBetter = true;
    QString goal; // e.g. "<= 5"; empty: none
    double goalValue = 0;
    QList<double> values;
};
QMap<QString, Sample> &samples()
{
    static QMap<QString, Sample> s;
    return s;
}
QStringList &order()
{
    static QStringList o;
    return o;
}

void record(const QString &name, double value, const QString &unit, bool higherIsBetter,
            double goalValue = 0)
{
    if (!samples().contains(name))
        order().append(name);
    Sample &s = samples()[name];
    s.unit = unit;
    s.higherIsBetter = higherIsBetter;
    s.goalValue = goalValue;
    s.values.append(value);
}

void printSummary()
{
    std::printf("\n%-40s %12s %12s  %s\n", "benchmark", "best", "median", "goal");
    for (const QString &name : std::as_const(order())) {
        Sample s = samples().value(name);
        std::sort(s.values.begin(), s.values.end());
        const double best = s.higherIsBetter ? s.values.last() : s.values.first();
        const double median = s.values.at(s.values.size() / 2);
        QString goal;
        if (s.goalValue > 0) {
            const bool met = s.higherIsBetter ? best >= s.goalValue : best <= s.goalValue;
            goal = QStringLiteral("%1 %2 %3: %4")
                       .arg(s.higherIsBetter ? QStringLiteral(">=") : QStringLiteral("<="))
                       .arg(s.goalValue)
                       .arg(s.unit, met ? QStringLiteral("met") : QStringLiteral("MISSED"));
        }
        std::printf("%-40s %12.3f %12.3f  %s %s\n", qPrintable(name), best, median,
                    qPrintable(s.unit), qPrintable(goal));
    }
    std::fflush(stdout);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(8);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

cloud::Credentials credentials()
{
    cloud::Credentials c;
    c.accessKeyId = "AKIDEXAMPLEBENCH0001";
    c.secretAccessKey = "bench-secret-key-0123456789abcdefghijklmn";
    return c;
}

// A typical upload request as FileUpload sends it: path style, a key with a folder and a
// space, Content-Type, Content-MD5 and Cache-Control.
cloud::HttpRequest typicalPut(const cloud::Endpoint &endpoint, const QString &bucket)
{
    cloud::HttpRequest r = endpoint.request(
        "PUT", bucket, QStringLiteral("assets/images/banners/spring sale 0042.png"));
    r.setHeader("Content-Type", "image/png");
    r.setHeader("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==");
    r.setHeader("Cache-Control", "public, max-age=86400");
    r.setHeader("Content-Length", "48213");
    return r;
}

// A ListObjectsV2 page as RGW returns it (namespaced, 1000 keys, owner, storage class).
QByteArray listPage(int keys)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                     "<Name>bench</Name><Prefix>assets/</Prefix><MaxKeys>1000</MaxKeys>"
                     "<IsTruncated>true</IsTruncated>"
                     "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="
                     "</NextContinuationToken><KeyCount>1000</KeyCount>";
    for (int i = 0; i < keys; ++i) {
        xml += "<Contents><Key>assets/images/level-" + QByteArray::number(i / 100) + "/sprite_" +
               QByteArray::number(i) +
               ".png</Key><LastModified>2024-02-10T08:15:42.123Z</LastModified>"
               "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>" +
               QByteArray::number(1000 + i * 37) +
               "</Size><StorageClass>STANDARD</StorageClass><Owner><ID>sucai-test</ID>"
               "<DisplayName>Sucai Test</DisplayName></Owner><Type>Normal</Type></Contents>";
    }
    xml += "</ListBucketResult>";
    return xml;
}

} // namespace

class BenchMicro final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Signing cost per request, with the signing key cached (as it is after the first request
    // of the day): canonical request, SHA-256 of it, one HMAC-SHA256, header formatting.
    void sigv4_signPut()
    {
        const cloud::SigV4Signer signer("us-east-1");
        const auto endpoint = cloud::Endpoint::s3(QUrl(QStringLiteral("http://127.0.0.1:7480")),
                                                  QStringLiteral("us-east-1"),
                                                  cloud::Endpoint::Addressing::PathStyle);
        const cloud::Credentials creds = credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const cloud::HttpRequest base = typicalPut(endpoint, QStringLiteral("bench"));
        cloud::HttpRequest req = base;
        signer.sign(req, creds, now); // derive the day's key once
        QVERIFY(req.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential="));
        Rate rate;
        QBENCHMARK
        {
            req = base;
            signer.sign(req, creds, now);
            rate.tick();
        }
        record(QStringLiteral("sigv4_signPut"), rate.secondsPerIteration() * 1e6,
               QStringLiteral("us/request"), false, 5.0);
    }

    // The whole request skeleton too: endpoint.request() (path encoding), headers, signing.
    void sigv4_buildAndSignPut()
    {
        const cloud::SigV4Signer signer("us-east-1");
        const auto endpoint = cloud::Endpoint::s3(QUrl(QStringLiteral("http://127.0.0.1:7480")),
                                                  QStringLiteral("us-east-1"),
                                                  cloud::Endpoint::Addressing::PathStyle);
        const cloud::Credentials creds = credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString bucket = QStringLiteral("bench");
        Rate rate;
        QByteArray url;
        QBENCHMARK
        {
            cloud::HttpRequest req = typicalPut(endpoint, bucket);
            signer.sign(req, creds, now);
            url = req.encodedUrl();
            rate.tick();
        }
        QVERIFY(!url.isEmpty());
        record(QStringLiteral("sigv4_buildAndSignPut"), rate.secondsPerIteration() * 1e6,
               QStringLiteral("us/request"), false);
    }

    void cos_signPut()
    {
        const cloud::CosSigner signer;
        const auto endpoint = cloud::Endpoint::tencentCos(QStringLiteral("ap-guangzhou"),
                                                          QStringLiteral("1250000000"));
        const cloud::Credentials creds = credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const cloud::HttpRequest base = typicalPut(endpoint, QStringLiteral("assets"));
        cloud::HttpRequest req = base;
        signer.sign(req, creds, now);
        QVERIFY(req.header("Authorization").contains("q-signature="));
        Rate rate;
        QBENCHMARK
        {
            req = base;
            signer.sign(req, creds, now);
            rate.tick();
        }
        record(QStringLiteral("cos_signPut"), rate.secondsPerIteration() * 1e6,
               QStringLiteral("us/request"), false);
    }

    void crc64_throughput_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("64 MiB") << (64 << 20);
        QTest::newRow("1 MiB (in cache)") << (1 << 20);
        QTest::newRow("16 KiB (an upload buffer)") << (16 << 10);
        QTest::newRow("4 KiB (a small object)") << (4 << 10);
    }
    void crc64_throughput()
    {
        QFETCH(int, size);
        const QByteArray data = randomBytes(size);
        quint64 crc = 0;
        Rate rate;
        QBENCHMARK
        {
            crc ^= core::Crc64::of(data);
            rate.tick();
        }
        QVERIFY(rate.iterations() > 0);
        record(QStringLiteral("crc64[%1]").arg(QLatin1String(QTest::currentDataTag())),
               double(size) / rate.secondsPerIteration() / 1e9, QStringLiteral("GB/s"), true,
               size == (64 << 20) ? 5.0 : 0.0);
        QVERIFY(crc != 1); // keep the result alive
    }

    void md5_throughput()
    {
        const QByteArray data = randomBytes(64 << 20);
        QByteArray digest;
        Rate rate;
        QBENCHMARK
        {
            digest = QCryptographicHash::hash(data, QCryptographicHash::Md5);
            rate.tick();
        }
        QCOMPARE(digest.size(), 16);
        // For comparison: FileUpload sends a Content-MD5 with each part.
        record(QStringLiteral("md5[64 MiB]"),
               double(data.size()) / rate.secondsPerIteration() / 1e9, QStringLiteral("GB/s"),
               true);
    }

    void sha256_throughput()
    {
        const QByteArray data = randomBytes(64 << 20);
        QByteArray digest;
        Rate rate;
        QBENCHMARK
        {
            digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
            rate.tick();
        }
        QCOMPARE(digest.size(), 32);
        // For comparison: what signing the payload (instead of UNSIGNED-PAYLOAD) would cost.
        record(QStringLiteral("sha256[64 MiB] (Qt)"),
               double(data.size()) / rate.secondsPerIteration() / 1e9, QStringLiteral("GB/s"),
               true);
    }

    void sha256own_throughput()
    {
        // core::Sha256, what the signers use (SHA extensions where the CPU has them).
        const QByteArray data = randomBytes(64 << 20);
        sucai::core::Sha256::Digest digest{};
        Rate rate;
        QBENCHMARK
        {
            digest = sucai::core::Sha256::hash(data);
            rate.tick();
        }
        QVERIFY(digest[0] != 0 || digest[1] != 0);
        record(QStringLiteral("sha256[64 MiB] (own, %1)")
                   .arg(sucai::core::Sha256::accelerated() ? QStringLiteral("SHA-NI")
                                                           : QStringLiteral("portable")),
               double(data.size()) / rate.secondsPerIteration() / 1e9, QStringLiteral("GB/s"),
               true);
    }

    void s3xml_parseListObjects1000()
    {
        const QByteArray xml = listPage(1000);
        cloud::ListObjectsPage page;
        cloud::StorageError error;
        QVERIFY(cloud::s3xml::parseListObjectsV2(xml, page, error));
        QCOMPARE(page.objects.size(), 1000);
        QVERIFY(page.isTruncated);
        Rate rate;
        QBENCHMARK
        {
            page = {};
            cloud::s3xml::parseListObjectsV2(xml, page, error);
            rate.tick();
        }
        QCOMPARE(page.objects.size(), 1000);
        const double s = rate.secondsPerIteration();
        record(QStringLiteral("s3xml_listObjectsV2[1000 keys]"), s * 1e3, QStringLiteral("ms/page"),
               false);
        record(QStringLiteral("s3xml_listObjectsV2[%1 KiB of XML]").arg(xml.size() / 1024),
               double(xml.size()) / s / 1e6, QStringLiteral("MB/s"), true);
    }

    void cleanupTestCase() { printSummary(); }
};

QTEST_GUILESS_MAIN(BenchMicro)
#include "bench_micro.moc"
