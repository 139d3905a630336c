// Fault injection for StorageJob and the S3 jobs: Qt's real QNetworkAccessManager against a
// scriptable HTTP/1.1 server on 127.0.0.1 (tests/support/fakes3server.h) that answers with
// canned responses, faults included (cut bodies, silence, slowness), and checks every request it
// receives (SigV4 signature recomputed from the wire, Accept-Encoding, Content-Length, MD5s).
#include "cloud/awschunkedbody.h"
#include "cloud/httpdate.h"
#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "core/crc64.h"
#include "fakes3server.h"
#include "fulldisk.h"
#include "s3testenv.h"
#include "testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QXmlStreamReader>

#include <csignal>
#include <cstring>
#include <memory>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sucai;
using namespace sucai::cloud;
using sucai::test::FakeResponse;
using sucai::test::FakeS3Server;
using sucai::test::FullDisk;
using Kind = sucai::cloud::StorageError::Kind;

namespace {

const QByteArray kAccessKey = "AKIDFAKETEST0001";
const QByteArray kSecret = "fakeSecret/For+Tests=0123456789abcdef";
const QByteArray kRegion = "us-east-1";
const QString kBucket = QStringLiteral("bucket");

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// CRC-32 (IEEE, reflected), bit by bit: an oracle independent of zlib.
quint32 crc32Of(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

// As S3 sends it: base64 of the big-endian value.
QByteArray crc32Header(quint32 v)
{
    const char be[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(be, 4).toBase64();
}

QByteArray quoted(const QByteArray &etag)
{
    return '"' + etag + '"';
}

QByteArray listingXml(const QStringList &rawKeys, bool urlEncoded = false)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult "
                     "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bucket</Name>";
    if (urlEncoded)
        xml += "<EncodingType>url</EncodingType>";
    xml += "<IsTruncated>false</IsTruncated>";
    for (const QString &k : rawKeys) {
        xml += "<Contents><Key>" + k.toHtmlEscaped().toUtf8() +
               "</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified>"
               "<ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag><Size>" +
               QByteArray::number(k.size()) +
               "</Size><StorageClass>STANDARD</StorageClass></Contents>";
    }
    return xml + "</ListBucketResult>";
}

const QByteArray kListing =
    listingXml({QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c/d.txt")});

const QByteArray kCompleteResult =
    "<CompleteMultipartUploadResult><Location>http://127.0.0.1/bucket/big.bin</Location>"
    "<Bucket>bucket</Bucket><Key>big.bin</Key><ETag>\"3858f62230ac3c915f300c664312c11f-2\"</ETag>"
    "</CompleteMultipartUploadResult>";

const QByteArray kErrorIn200 =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
    "<Message>We encountered an internal error. Please try again.</Message>"
    "<RequestId>656c76696e6727732072657175657374</RequestId></Error>";

const QByteArray kNginxHtml = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                              "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx"
                              "</center>\r\n</body>\r\n</html>\r\n";

using sucai::test::writeFile;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<<cannot read>>");
}

// The <Key> texts of a DeleteObjects body, read with an independent parser.
QStringList bodyKeys(const QByteArray &xml)
{
    QStringList keys;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Key")
            keys << r.readElementText();
    }
    if (r.hasError())
        keys << QStringLiteral("<<XML error: %1>>").arg(r.errorString());
    return keys;
}

QString elementText(const QByteArray &xml, QStringView name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name)
            return r.readElementText();
    }
    return {};
}

QDateTime amzDate(const QByteArray &v)
{
    // Date and time apart: a local-time parse would refuse an hour a DST change skips.
    return QDateTime(QDate::fromString(QString::fromLatin1(v.left(8)), QStringLiteral("yyyyMMdd")),
                     QTime::fromString(QString::fromLatin1(v.mid(9, 6)), QStringLiteral("HHmmss")),
                     QTimeZone::utc());
}

// The job's back-off timer (StorageJob keeps it as a direct child while waiting to retry).
bool backOffTimerActive(const QObject *job)
{
    for (const QTimer *t : job->findChildren<QTimer *>(Qt::FindDirectChildrenOnly)) {
        if (t->isActive())
            return true;
    }
    return false;
}

FakeResponse truncatedGet(const QByteArray &body, qint64 sent)
{
    FakeResponse r = FakeResponse::ok();
    r.body = body;
    r.header("ETag", quoted(md5Hex(body))).header("Content-Type", "application/octet-stream");
    r.closeAfterBodyBytes = sent;
    return r;
}

FakeResponse wholeGet(const QByteArray &body)
{
    return truncatedGet(body, -1);
}

} // namespace

Q_DECLARE_METATYPE(sucai::test::FakeResponse)

class TestStorageJob final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FakeS3Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StorageClient> m_client;

    StorageError run(StorageJob *job, int timeoutMs = 30'000)
    {
        return test::runJob(job, timeoutMs);
    }
    QString path(const QString &name) const { return m_tmp->filePath(name); }
    const test::ReceivedRequest &request(int i) const { return m_server->requests().at(i); }
    int requestCount() const { return int(m_server->requests().size()); }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_server = std::make_unique<FakeS3Server>();
        QVERIFY(m_server->listen());
        m_server->expectSigV4(kAccessKey, kSecret, kRegion);
        // A fresh manager per test: no connection of an earlier test is reused.
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_client = std::make_unique<StorageClient>(m_nam.get(),
                                                   Endpoint::s3(m_server->baseUrl(),
                                                                QString::fromLatin1(kRegion),
                                                                Endpoint::Addressing::PathStyle),
                                                   SignatureKind::SigV4);
        Credentials creds;
        creds.accessKeyId = kAccessKey;
        creds.secretAccessKey = kSecret;
        m_client->setCredentials(creds);
        m_client->setRetrySettings({.maxAttempts = 3, .baseDelayMs = 10, .maxDelayMs = 50});
        m_client->setTransferTimeoutMs(10'000);
    }

    void cleanup()
    {
        m_client.reset(); // deletes unfinished jobs (children)
        m_nam.reset();
        const QStringList violations = m_server->violations();
        m_server.reset();
        m_tmp.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    // --- The fake server's own strictness --------------------------------------------------

    void fakeServer_flagsBadlySignedRequests_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no credentials") << QByteArray() << QStringLiteral("no Authorization");
        QTest::newRow("wrong secret")
            << QByteArray("not-the-secret") << QStringLiteral("signature mismatch");
    }
    void fakeServer_flagsBadlySignedRequests()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, expected);
        Credentials creds;
        if (!secret.isEmpty()) {
            creds.accessKeyId = kAccessKey;
            creds.secretAccessKey = secret;
        }
        m_client->setCredentials(creds);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        QVERIFY(run(job.get()).ok());
        const QStringList v = m_server->violations();
        QVERIFY2(v.size() == 1 && v.first().contains(expected), qPrintable(v.join(u'\n')));
        m_server->clearViolations();
    }

    // --- Retries -----------------------------------------------------------------------------

    void retry_transientFailureThenOk_succeedsOnSecondAttempt_data()
    {
        QTest::addColumn<FakeResponse>("first");
        QTest::newRow("503 SlowDown") << FakeResponse::s3Error(503, "SlowDown");
        QTest::newRow("500 InternalError") << FakeResponse::s3Error(500, "InternalError");
        QTest::newRow("500 without body") << FakeResponse::withStatus(500);
        FakeResponse html = FakeResponse::withStatus(502);
        html.body = kNginxHtml;
        html.header("Content-Type", "text/html");
        QTest::newRow("502 HTML from a proxy") << html;
        QTest::newRow("429 without body") << FakeResponse::withStatus(429);
        FakeResponse cut = FakeResponse::ok(kListing);
        cut.closeAfterBodyBytes = 50;
        QTest::newRow("connection dropped mid-body") << cut;
    }
    void retry_transientFailureThenOk_succeedsOnSecondAttempt()
    {
        QFETCH(FakeResponse, first);
        const bool dropped = first.closeAfterBodyBytes >= 0;
        m_server->enqueue(first);
        m_server->enqueue(FakeResponse::ok(kListing));
        if (dropped) // Qt may resend by itself on a connection closed mid-answer
            m_server->setFallback(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 2);
        if (dropped)
            QVERIFY(requestCount() >= 2);
        else
            QCOMPARE(requestCount(), 2);
        QCOMPARE(request(1).method, request(0).method);
        QCOMPARE(request(1).target, request(0).target);
        QCOMPARE(job->page().objects.size(), 3);
    }

    void retry_exhausted_reportsLastErrorAfterMaxAttempts()
    {
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(FakeResponse::s3Error(503, "SlowDown"));
        m_server->enqueue(FakeResponse::ok(kListing)); // a 4th attempt would succeed
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Service);
        QCOMPARE(e.code, QByteArray("SlowDown"));
        QCOMPARE(e.httpStatus, 503);
        QCOMPARE(e.requestId, QByteArray("FAKE-2")); // of the last answer
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(requestCount(), 3);
        QCOMPARE(m_server->queued(), 1);
    }

    // CompleteMultipartUpload is not idempotent: a failure the server may have acted on is not
    // repeated blindly; throttling and InternalError (the server says it did not act) are.
    void completeMultipart_failure_retriedOnlyWhenSafe_data()
    {
        QTest::addColumn<FakeResponse>("first");
        QTest::addColumn<bool>("retried");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("500 without code: not retried")
            << FakeResponse::withStatus(500) << false << Kind::Service;
        FakeResponse html = FakeResponse::withStatus(502);
        html.body = kNginxHtml;
        html.header("Content-Type", "text/html");
        QTest::newRow("502 from a proxy: not retried") << html << false << Kind::Service;
        FakeResponse dropped = FakeResponse::ok(kCompleteResult);
        dropped.closeAfterBodyBytes = 10;
        QTest::newRow("connection dropped: not retried") << dropped << false << Kind::Network;
        QTest::newRow("500 InternalError: retried")
            << FakeResponse::s3Error(500, "InternalError") << true << Kind::None;
        QTest::newRow("503 SlowDown: retried")
            << FakeResponse::s3Error(503, "SlowDown") << true << Kind::None;
        QTest::newRow("200 carrying InternalError: retried")
            << FakeResponse::ok(kErrorIn200) << true << Kind::None;
    }
    void completeMultipart_failure_retriedOnlyWhenSafe()
    {
        QFETCH(FakeResponse, first);
        QFETCH(bool, retried);
        QFETCH(Kind, kind);
        const bool dropped = first.closeAfterBodyBytes >= 0;
        m_server->enqueue(first);
        m_server->enqueue(FakeResponse::ok(kCompleteResult));
        if (dropped)
            m_server->setFallback(FakeResponse::ok(kCompleteResult));
        const QList<PartInfo> parts{{2, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 5, {}, {}},
                                    {1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 5, {}, {}}};
        std::unique_ptr<CompleteMultipartUploadJob> job(m_client->completeMultipartUpload(
            kBucket, QStringLiteral("big.bin"), "UPLOAD-1", parts));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, kind);
        QCOMPARE(job->attempts(), retried ? 2 : 1);
        if (!dropped) {
            QCOMPARE(requestCount(), retried ? 2 : 1);
            QCOMPARE(m_server->queued(), retried ? 0 : 1);
        }
        // else: our policy made one attempt, but Qt's HTTP layer now and then resends a request
        // whose connection closed mid-answer by itself, this POST included (see
        // completeMultipart_closedBeforeAnyAnswer_isResentByQt).
        if (kind == Kind::None)
            QCOMPARE(job->etag(), QByteArray("3858f62230ac3c915f300c664312c11f-2"));

        const auto &req = request(0);
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/bucket/big.bin"));
        QCOMPARE(req.queryValue("uploadId"), QByteArray("UPLOAD-1"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/xml"));
        QCOMPARE(elementText(req.body, u"PartNumber"), QStringLiteral("1")); // sorted
    }

    // Characterisation of Qt, not of our policy: when a connection closes before any byte of
    // the answer (the stale keep-alive race), Qt's HTTP layer resends the request by itself,
    // POST included, below RetryPolicy. A CompleteMultipartUpload can thus reach the server
    // twice; its caller must accept NoSuchUpload after a completion that in fact succeeded.
    void completeMultipart_closedBeforeAnyAnswer_isResentByQt()
    {
        FakeResponse dropped;
        dropped.closeWithoutAnswer = true;
        m_server->enqueue(dropped);
        m_server->enqueue(FakeResponse::ok(kCompleteResult));
        const QList<PartInfo> parts{{1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 5, {}, {}}};
        std::unique_ptr<CompleteMultipartUploadJob> job(m_client->completeMultipartUpload(
            kBucket, QStringLiteral("big.bin"), "UPLOAD-1", parts));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 1); // our policy did not retry…
        QCOMPARE(requestCount(), 2);  // …but the server saw it twice
        QCOMPARE(request(1).body, request(0).body);
    }

    void signatureDoesNotMatch_isNotRetried_keepsRequestId_data()
    {
        QTest::addColumn<QByteArray>("amzId");
        QTest::addColumn<QByteArray>("cosId");
        QTest::addColumn<QByteArray>("bodyId");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("x-amz-request-id header")
            << QByteArray("REQ-AMZ-1") << QByteArray() << QByteArray() << QByteArray("REQ-AMZ-1");
        QTest::newRow("x-cos-request-id preferred")
            << QByteArray("REQ-AMZ-1") << QByteArray("REQ-COS-2") << QByteArray()
            << QByteArray("REQ-COS-2");
        QTest::newRow("RequestId in the body preferred")
            << QByteArray("REQ-AMZ-1") << QByteArray() << QByteArray("REQ-BODY-3")
            << QByteArray("REQ-BODY-3");
    }
    void signatureDoesNotMatch_isNotRetried_keepsRequestId()
    {
        QFETCH(QByteArray, amzId);
        QFETCH(QByteArray, cosId);
        QFETCH(QByteArray, bodyId);
        QFETCH(QByteArray, expected);
        FakeResponse r = FakeResponse::s3Error(
            403, "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
            bodyId);
        r.header("x-amz-request-id", amzId);
        if (!cosId.isEmpty())
            r.header("x-cos-request-id", cosId);
        m_server->enqueue(r);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Service);
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.code, QByteArray("SignatureDoesNotMatch"));
        QCOMPARE(e.requestId, expected);
        QCOMPARE(e.resource, kBucket);
        const QString text = e.toUserText();
        QVERIFY2(text.contains(u"secret key") && text.contains(QString::fromLatin1(expected)),
                 qPrintable(text));
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(requestCount(), 1);
        QCOMPARE(m_server->queued(), 1);
    }

    // Loose timing: the gap between the two requests shows the delay the client waited.
    void retryAfter_isHonouredUpToTheCap_data()
    {
        QTest::addColumn<QByteArray>("retryAfter"); // "date+N": an HTTP-date N s ahead
        QTest::addColumn<int>("capMs");
        QTest::addColumn<int>("minGapMs");
        QTest::addColumn<int>("maxGapMs");
        QTest::newRow("seconds, under the cap") << QByteArray("1") << 5000 << 900 << 4000;
        QTest::newRow("seconds, beyond the cap") << QByteArray("3600") << 300 << 250 << 3000;
        QTest::newRow("HTTP-date") << QByteArray("date+2") << 5000 << 900 << 4000;
        QTest::newRow("none: own short back-off") << QByteArray() << 5000 << 0 << 500;
    }
    void retryAfter_isHonouredUpToTheCap()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, capMs);
        QFETCH(int, minGapMs);
        QFETCH(int, maxGapMs);
        m_client->setRetrySettings({.maxAttempts = 2, .baseDelayMs = 1, .maxDelayMs = capMs});
        FakeResponse busy = FakeResponse::s3Error(503, "SlowDown");
        if (retryAfter.startsWith("date+")) {
            const int secs = retryAfter.mid(5).toInt();
            busy.header("Retry-After",
                        formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(secs)));
        } else if (!retryAfter.isEmpty()) {
            busy.header("Retry-After", retryAfter);
        }
        m_server->enqueue(busy);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 2);
        const qint64 gap = request(1).receivedMs - request(0).receivedMs;
        QVERIFY2(gap >= minGapMs && gap <= maxGapMs,
                 qPrintable(QStringLiteral("waited %1 ms, expected %2..%3")
                                .arg(gap)
                                .arg(minGapMs)
                                .arg(maxGapMs)));
    }

    // --- Clock skew ------------------------------------------------------------------------

    void clockSkew_correctedFromServerDate_andResigned_data()
    {
        QTest::addColumn<qint64>("skewMs");
        QTest::newRow("server 2 h ahead") << qint64(2 * 3600 * 1000);
        QTest::newRow("server 2 h behind") << qint64(-2 * 3600 * 1000);
    }
    void clockSkew_correctedFromServerDate_andResigned()
    {
        QFETCH(qint64, skewMs);
        FakeResponse skewed = FakeResponse::s3Error(
            403, "RequestTimeTooSkewed",
            "The difference between the request time and the current time is too large.");
        skewed.header("Date", formatHttpDate(QDateTime::currentDateTimeUtc().addMSecs(skewMs)));
        m_server->enqueue(skewed);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 2);
        QCOMPARE(job->attempts(), 2);
        const qint64 learnt = m_client->clockSkewMs();
        QVERIFY2(qAbs(learnt - skewMs) < 60'000, qPrintable(QString::number(learnt)));
        const QDateTime first = amzDate(request(0).header("x-amz-date"));
        const QDateTime second = amzDate(request(1).header("x-amz-date"));
        QVERIFY(first.isValid() && second.isValid());
        const qint64 moved = first.msecsTo(second);
        QVERIFY2(qAbs(moved - skewMs) < 60'000, qPrintable(QString::number(moved)));
        QVERIFY(request(0).header("Authorization") != request(1).header("Authorization"));
    }

    void clockSkew_secondSkewAnswer_isNotLooped()
    {
        FakeResponse skewed = FakeResponse::s3Error(403, "RequestTimeTooSkewed");
        skewed.header("Date", formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(7200)));
        m_server->enqueue(skewed);
        m_server->enqueue(skewed);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QCOMPARE(e.code, QByteArray("RequestTimeTooSkewed"));
        QVERIFY2(e.toUserText().contains(u"clock"), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 2);
        QCOMPARE(m_server->queued(), 1);
    }

    void clockSkew_withoutDate_isPlainError()
    {
        FakeResponse skewed = FakeResponse::s3Error(403, "RequestTimeTooSkewed");
        skewed.header("Date", QByteArray()); // null: no Date header at all
        m_server->enqueue(skewed);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        QCOMPARE(run(job.get()).code, QByteArray("RequestTimeTooSkewed"));
        QCOMPARE(requestCount(), 1);
        QCOMPARE(m_client->clockSkewMs(), 0);
    }

    // --- Downloads -----------------------------------------------------------------------------

    void getObject_truncatedBody_failsAndLeavesNoFile_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("earlier file kept untouched") << true;
    }
    void getObject_truncatedBody_failsAndLeavesNoFile()
    {
        QFETCH(bool, existing);
        const QString target = path(QStringLiteral("photo.jpg"));
        const QByteArray old = "the user's earlier version";
        if (existing)
            QVERIFY(writeFile(target, old));
        const QByteArray body = test::randomBytes(1000, 11);
        // Every answer is cut, including any that Qt's HTTP layer asks for on its own.
        m_server->setFallback(truncatedGet(body, 400));
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("photo.jpg"), target));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Network);
        QVERIFY(!e.toUserText().isEmpty());
        QCOMPARE(job->attempts(), 3);
        QVERIFY(requestCount() >= 3);
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
        if (existing)
            QCOMPARE(readFile(target), old);
        else
            QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files | QDir::Hidden).size(),
                 existing ? 1 : 0);
    }

    void getObject_truncatedThenWhole_writesExactlyTheObject()
    {
        const QString target = path(QStringLiteral("photo.jpg"));
        const QByteArray body = test::randomBytes(100'000, 12);
        m_server->enqueue(truncatedGet(body, 40'000));
        m_server->setFallback(wholeGet(body)); // also for a resend Qt may make by itself
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("photo.jpg"), target));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(readFile(target), body); // the retry starts over, it does not append
        QCOMPARE(job->bytesWritten(), body.size());
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
    }

    void getObject_checksums_data()
    {
        QTest::addColumn<QByteArray>("etag");     // null: no ETag header
        QTest::addColumn<QByteArray>("crc64");    // null: no x-cos-hash-crc64ecma header
        QTest::addColumn<QByteArray>("encoding"); // Content-Encoding
        QTest::addColumn<QByteArray>("crc32");    // null: no x-amz-checksum-crc32 header
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArrayList>("mentions"); // both values of a mismatch
        const QByteArray body = test::randomBytes(5000, 21);
        const QByteArray other = test::randomBytes(5000, 22);
        const QByteArray md5 = md5Hex(body);
        const QByteArray otherMd5 = md5Hex(other);
        const QByteArray crc = QByteArray::number(core::Crc64::of(body));
        const QByteArray otherCrc = QByteArray::number(core::Crc64::of(other));
        QTest::newRow("ETag matches") << quoted(md5) << QByteArray() << QByteArray() << QByteArray()
                                      << Kind::None << QByteArrayList();
        QTest::newRow("ETag matches, upper case")
            << quoted(md5.toUpper()) << QByteArray() << QByteArray() << QByteArray() << Kind::None
            << QByteArrayList();
        QTest::newRow("ETag of other data")
            << quoted(otherMd5) << QByteArray() << QByteArray() << QByteArray() << Kind::Integrity
            << QByteArrayList{otherMd5, md5};
        QTest::newRow("multipart ETag is not an MD5")
            << QByteArray("\"0123456789abcdef0123456789abcdef-3\"") << QByteArray() << QByteArray()
            << QByteArray() << Kind::None << QByteArrayList();
        QTest::newRow("CRC64 matches") << QByteArray() << crc << QByteArray() << QByteArray()
                                       << Kind::None << QByteArrayList();
        QTest::newRow("CRC64 mismatches")
            << QByteArray() << otherCrc << QByteArray() << QByteArray() << Kind::Integrity
            << QByteArrayList{otherCrc, crc};
        QTest::newRow("CRC64 matches, ETag of other data")
            << quoted(otherMd5) << crc << QByteArray() << QByteArray() << Kind::Integrity
            << QByteArrayList{otherMd5, md5};
        QTest::newRow("gzip-encoded object stored as is")
            << quoted(otherMd5) << QByteArray() << QByteArray("gzip") << QByteArray() << Kind::None
            << QByteArrayList();
        const quint32 c32 = crc32Of(body);
        const quint32 otherC32 = crc32Of(other);
        QTest::newRow("CRC32 matches") << QByteArray() << QByteArray() << QByteArray()
                                       << crc32Header(c32) << Kind::None << QByteArrayList();
        QTest::newRow("CRC32 mismatches")
            << QByteArray() << QByteArray() << QByteArray() << crc32Header(otherC32)
            << Kind::Integrity
            << QByteArrayList{QByteArray::number(otherC32), QByteArray::number(c32)};
        QTest::newRow("composite multipart CRC32 is not checked")
            << QByteArray() << QByteArray() << QByteArray()
            << QByteArray(crc32Header(otherC32) + "-3") << Kind::None << QByteArrayList();
    }
    void getObject_checksums()
    {
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, crc64);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, crc32);
        QFETCH(Kind, kind);
        QFETCH(QByteArrayList, mentions);
        const QByteArray body = test::randomBytes(5000, 21);
        FakeResponse r = FakeResponse::ok();
        r.body = body;
        r.header("Content-Type", "application/octet-stream");
        if (!etag.isEmpty())
            r.header("ETag", etag);
        if (!crc64.isEmpty())
            r.header("x-cos-hash-crc64ecma", crc64);
        if (!encoding.isEmpty())
            r.header("Content-Encoding", encoding);
        if (!crc32.isEmpty())
            r.header("x-amz-checksum-crc32", crc32);
        m_server->enqueue(r);
        const QString target = path(QStringLiteral("data.bin"));
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("data.bin"), target));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, kind);
        QCOMPARE(requestCount(), 1); // a checksum mismatch is not retried blindly
        // S3 returns its stored checksums only when asked.
        QCOMPARE(request(0).header("x-amz-checksum-mode"), QByteArray("ENABLED"));
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
        if (kind == Kind::None) {
            QCOMPARE(readFile(target), body); // byte for byte: nothing inflated or altered
            return;
        }
        QVERIFY(!QFile::exists(target));
        const QString text = e.toUserText();
        for (const QByteArray &m : std::as_const(mentions))
            QVERIFY2(text.contains(QString::fromLatin1(m), Qt::CaseInsensitive), qPrintable(text));
    }

    void getObject_sendsGetWithoutBody()
    {
        m_server->enqueue(wholeGet("x"));
        std::unique_ptr<GetObjectJob> job(m_client->getObject(
            kBucket, QStringLiteral("素材/a b+c.png"), path(QStringLiteral("x"))));
        QVERIFY(run(job.get()).ok());
        QCOMPARE(request(0).method, QByteArray("GET"));
        QCOMPARE(request(0).path, QByteArray("/bucket/素材/a b+c.png"));
        QCOMPARE(request(0).target, QByteArray("/bucket/%E7%B4%A0%E6%9D%90/a%20b%2Bc.png"));
        QVERIFY(request(0).body.isEmpty());
    }

    // A ranged GET answered with the whole object (a server or proxy that ignores Range) or
    // with another range must not be stored as the requested bytes.
    void getObject_range_onlyTheRequestedBytes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange"); // empty: none
        QTest::addColumn<int>("from");                // slice of the object the server sends
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("ok");
        QTest::newRow("206 with the range asked for")
            << 206 << QByteArray("bytes 100-149/1000") << 100 << 50 << true;
        QTest::newRow("200 with the whole object (Range ignored)")
            << 200 << QByteArray() << 0 << 1000 << false;
        QTest::newRow("206 with another range")
            << 206 << QByteArray("bytes 0-49/1000") << 0 << 50 << false;
    }
    void getObject_range_onlyTheRequestedBytes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(int, from);
        QFETCH(int, length);
        QFETCH(bool, ok);
        const QByteArray object = test::randomBytes(1000, 13);
        FakeResponse r = FakeResponse::withStatus(status);
        r.body = object.mid(from, length);
        r.header("ETag", quoted(md5Hex(object))).header("Content-Type", "application/octet-stream");
        if (!contentRange.isEmpty())
            r.header("Content-Range", contentRange);
        m_server->enqueue(r);
        const QString target = path(QStringLiteral("slice.bin"));
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("big.bin"), target, 100, 50));
        const StorageError e = run(job.get());
        QCOMPARE(request(0).header("Range"), QByteArray("bytes=100-149"));
        QVERIFY(!request(0).hasHeader("x-amz-checksum-mode")); // nothing to check a slice with
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
        if (ok) {
            QVERIFY2(e.ok(), qPrintable(e.toUserText()));
            QCOMPARE(readFile(target), object.mid(100, 50));
            QCOMPARE(job->meta().size, 1000);
        } else {
            QVERIFY2(!e.ok(), "wrong bytes were accepted as the requested range");
            QVERIFY(!QFile::exists(target));
        }
    }

    // Resumable download (setResume): the partial file's bytes are kept and only the rest is
    // fetched with Range + If-Match; what lands under the final name is the whole object, checked
    // as a whole where the server gives a whole-object checksum.
    void getObject_resume_fetchesTheRest_data()
    {
        QTest::addColumn<QString>("etagKind"); // md5 | multipart
        QTest::addColumn<bool>("crc");         // x-cos-hash-crc64ecma of the whole object
        QTest::newRow("ETag is the whole MD5") << QStringLiteral("md5") << false;
        QTest::newRow("multipart ETag, no checksum") << QStringLiteral("multipart") << false;
        QTest::newRow("multipart ETag, CRC64") << QStringLiteral("multipart") << true;
    }
    void getObject_resume_fetchesTheRest()
    {
        QFETCH(QString, etagKind);
        QFETCH(bool, crc);
        const QByteArray object = test::randomBytes(10'000, 14);
        const QByteArray etag =
            etagKind == u"md5" ? md5Hex(object) : QByteArray("0123456789abcdef0123456789abcdef-2");
        const QString target = path(QStringLiteral("resume.bin"));
        QVERIFY(writeFile(GetObjectJob::partialPath(target), object.left(4000))); // paused earlier
        FakeResponse r = FakeResponse::withStatus(206);
        r.body = object.mid(4000);
        r.header("ETag", quoted(etag))
            .header("Content-Range", "bytes 4000-9999/10000")
            .header("Content-Type", "application/octet-stream");
        if (crc)
            r.header("x-cos-hash-crc64ecma", QByteArray::number(core::Crc64::of(object)));
        m_server->enqueue(r);
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("resume.bin"), target));
        job->setResume(etag);
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(request(0).header("Range"), QByteArray("bytes=4000-"));
        QCOMPARE(request(0).header("If-Match"), quoted(etag));
        QCOMPARE(job->resumedFrom(), 4000);
        QVERIFY2(readFile(target) == object, "the file is not the whole object");
        QCOMPARE(job->bytesWritten(), object.size());
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
    }

    void getObject_resume_answerForAnotherRange_isNotAppended()
    {
        const QByteArray object = test::randomBytes(10'000, 16);
        const QByteArray etag = "0123456789abcdef0123456789abcdef-2"; // cannot be checked
        const QString target = path(QStringLiteral("resume.bin"));
        QVERIFY(writeFile(GetObjectJob::partialPath(target), object.left(4000)));
        FakeResponse r = FakeResponse::withStatus(206);
        r.body = object.left(6000); // bytes 0-5999, not the 4000- that was asked for
        r.header("ETag", quoted(etag)).header("Content-Range", "bytes 0-5999/10000");
        m_server->enqueue(r);
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("resume.bin"), target));
        job->setResume(etag);
        const StorageError e = run(job.get());
        if (e.ok())
            QVERIFY2(readFile(target) == object, "a wrong range was appended to the partial file");
        else
            QVERIFY(!QFile::exists(target));
    }

    void getObject_resume_objectChanged_dropsPartial()
    {
        const QString target = path(QStringLiteral("resume.bin"));
        QVERIFY(writeFile(GetObjectJob::partialPath(target), QByteArray(4000, 'x')));
        m_server->enqueue(FakeResponse::s3Error(412, "PreconditionFailed"));
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("resume.bin"), target));
        job->setResume("0123456789abcdef0123456789abcdef");
        const StorageError e = run(job.get());
        QCOMPARE(e.httpStatus, 412);
        QCOMPARE(requestCount(), 1);
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target))); // useless now
        QVERIFY(!QFile::exists(target));
    }

    void getObject_resume_cutAgain_keepsEveryByteForNextTime()
    {
        const QByteArray object = test::randomBytes(10'000, 15);
        const QByteArray etag = md5Hex(object);
        const QString target = path(QStringLiteral("resume.bin"));
        m_server->setFallback(truncatedGet(object, 3000)); // 200 with the whole object, cut
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("resume.bin"), target));
        job->setResume(etag);
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Network);
        QVERIFY(!QFile::exists(target));
        // Kept for the next resume, and holding only bytes of the object, from its start.
        const QByteArray partial = readFile(GetObjectJob::partialPath(target));
        QVERIFY(!partial.isEmpty());
        QVERIFY2(object.startsWith(partial), "the partial file is not a prefix of the object");
    }

    void getObject_missingTargetFolder_isLocalIoError()
    {
        m_server->enqueue(wholeGet("data"));
        m_server->enqueue(wholeGet("data"));
        const QString target = path(QStringLiteral("no/such/dir/f.bin"));
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("f"), target));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::LocalIo);
        QVERIFY2(e.toUserText().contains(u"no/such/dir"), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 1);
    }

    void getObject_emptyObject_createsEmptyFile()
    {
        FakeResponse r = FakeResponse::ok();
        r.header("ETag", quoted(md5Hex({})));
        m_server->enqueue(r);
        const QString target = path(QStringLiteral("empty.bin"));
        QVERIFY(writeFile(target, "old")); // replaced by the (empty) object
        std::unique_ptr<GetObjectJob> job(
            m_client->getObject(kBucket, QStringLiteral("e"), target));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QVERIFY(QFile::exists(target));
        QCOMPARE(QFileInfo(target).size(), 0);
    }

    // --- Uploads -------------------------------------------------------------------------------

    void putObject_emptyFile_sendsContentLengthZero()
    {
        const QString file = path(QStringLiteral("empty.bin"));
        QVERIFY(writeFile(file, {}));
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex({}))));
        std::unique_ptr<PutObjectJob> job(m_client->putObject(kBucket, QStringLiteral("e"), file));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(request(0).header("Content-Length"), QByteArray("0"));
        QVERIFY(request(0).body.isEmpty());
    }

    // Qt resends a request by itself when a connection closes before any byte of the answer:
    // the upload body must then be read again from its start, checksums included.
    void putObject_connectionClosedBeforeAnswer_bodySentAgainWhole()
    {
        const QByteArray data = test::randomBytes(100 * 1024, 34);
        const QString file = path(QStringLiteral("upload.bin"));
        QVERIFY(writeFile(file, data));
        FakeResponse dropped;
        dropped.closeWithoutAnswer = true;
        m_server->enqueue(dropped);
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        std::unique_ptr<PutObjectJob> job(m_client->putObject(kBucket, QStringLiteral("u"), file));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 2);
        QVERIFY(request(0).body == data);
        QVERIFY(request(1).body == data);
    }

    void putObject_verifiesEtag_sendsExactBytes_data()
    {
        QTest::addColumn<QString>("etag"); // md5 | other | none
        QTest::addColumn<QString>("crc");  // match | other | none
        QTest::addColumn<Kind>("kind");
        QTest::newRow("ETag is the MD5")
            << QStringLiteral("md5") << QStringLiteral("none") << Kind::None;
        QTest::newRow("ETag of other data")
            << QStringLiteral("other") << QStringLiteral("none") << Kind::Integrity;
        QTest::newRow("no ETag") << QStringLiteral("none") << QStringLiteral("none") << Kind::None;
        QTest::newRow("CRC64 matches")
            << QStringLiteral("md5") << QStringLiteral("match") << Kind::None;
        QTest::newRow("CRC64 mismatches")
            << QStringLiteral("md5") << QStringLiteral("other") << Kind::Integrity;
    }
    void putObject_verifiesEtag_sendsExactBytes()
    {
        QFETCH(QString, etag);
        QFETCH(QString, crc);
        QFETCH(Kind, kind);
        const QByteArray data = test::randomBytes(300 * 1024 + 7, 31);
        const QByteArray other = test::randomBytes(1000, 32);
        const QString file = path(QStringLiteral("upload.bin"));
        QVERIFY(writeFile(file, data));
        FakeResponse r;
        if (etag == u"md5")
            r.header("ETag", quoted(md5Hex(data)));
        else if (etag == u"other")
            r.header("ETag", quoted(md5Hex(other)));
        if (crc == u"match")
            r.header("x-cos-hash-crc64ecma", QByteArray::number(core::Crc64::of(data)));
        else if (crc == u"other")
            r.header("x-cos-hash-crc64ecma", QByteArray::number(core::Crc64::of(other)));
        m_server->enqueue(r);

        std::unique_ptr<PutObjectJob> job(
            m_client->putObject(kBucket, QStringLiteral("dir/file name+1.bin"), file));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, kind);
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(requestCount(), 1);
        const auto &req = request(0);
        QCOMPARE(req.method, QByteArray("PUT"));
        QCOMPARE(req.path, QByteArray("/bucket/dir/file name+1.bin"));
        QCOMPARE(req.header("Content-Length"), QByteArray::number(data.size()));
        QVERIFY(!req.hasHeader("Transfer-Encoding"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/octet-stream"));
        QVERIFY(req.body == data); // QCOMPARE would print 300 KB
        if (kind == Kind::None) {
            QCOMPARE(job->result().etag, etag == u"md5" ? md5Hex(data) : QByteArray());
            return;
        }
        const QString text = e.toUserText();
        if (etag == u"other") {
            QVERIFY2(text.contains(QString::fromLatin1(md5Hex(other))) &&
                         text.contains(QString::fromLatin1(md5Hex(data))),
                     qPrintable(text));
        } else {
            QVERIFY2(text.contains(QString::number(core::Crc64::of(other))) &&
                         text.contains(QString::number(core::Crc64::of(data))),
                     qPrintable(text));
        }
    }

    void putObject_retry_resendsWholeBody()
    {
        const QByteArray data = test::randomBytes(200 * 1024, 33);
        const QString file = path(QStringLiteral("upload.bin"));
        QVERIFY(writeFile(file, data));
        m_server->enqueue(FakeResponse::s3Error(503, "SlowDown"));
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        std::unique_ptr<PutObjectJob> job(
            m_client->putObject(kBucket, QStringLiteral("u.bin"), file));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(requestCount(), 2);
        QVERIFY(request(0).body == data);
        QVERIFY(request(1).body == data);
        QCOMPARE(job->result().etag, md5Hex(data));
    }

    void putObjectData_sendsContentLength()
    {
        const QByteArray data = "small in-memory body";
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        ObjectHeaders h;
        h.contentType = "text/plain; charset=utf-8";
        h.userMetadata.append(qMakePair(QByteArray("Origin"), QByteArray("sucai test")));
        std::unique_ptr<PutObjectJob> job(
            m_client->putObjectData(kBucket, QStringLiteral("note.txt"), data, h));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(request(0).body, data);
        QCOMPARE(request(0).header("Content-Length"), QByteArray::number(data.size()));
        QCOMPARE(request(0).header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(request(0).header("x-amz-meta-origin"), QByteArray("sucai test"));
    }

    void putObject_contentMd5_forSmallBodies_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("trailer");
        QTest::addColumn<bool>("expected");
        QTest::newRow("4 KB") << qint64(4096) << false << true;
        QTest::newRow("empty") << qint64(0) << false << true;
        QTest::newRow("at the limit") << PutObjectJob::kContentMd5MaxSize << false << true;
        QTest::newRow("above the limit") << PutObjectJob::kContentMd5MaxSize + 1 << false << false;
        QTest::newRow("with a CRC32 trailer") << qint64(4096) << true << false;
    }
    void putObject_contentMd5_forSmallBodies()
    {
        QFETCH(qint64, size);
        QFETCH(bool, trailer);
        QFETCH(bool, expected);
        m_client->setTrailingChecksums(trailer);
        const QByteArray data = test::randomBytes(size, 48);
        const QString file = path(QStringLiteral("small.bin"));
        QVERIFY(writeFile(file, data));
        // Refused once (as if damaged on the way), then stored: the same Content-MD5 again.
        m_server->enqueue(FakeResponse::s3Error(400, "BadDigest"));
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        std::unique_ptr<PutObjectJob> job(m_client->putObject(kBucket, QStringLiteral("s"), file));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 2);
        for (int i = 0; i < 2; ++i) {
            // The fake checks a Content-MD5 against the payload (violations fail cleanup()).
            QCOMPARE(request(i).hasHeader("Content-MD5"), expected);
            if (expected)
                QCOMPARE(request(i).header("Content-MD5"),
                         QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
        }
    }

    // --- S3 trailing checksums (aws-chunked, CRC32 trailer) --------------------------------

    void trailingChecksums_onByDefaultOnlyForAws()
    {
        const auto client = [&](const char *url, SignatureKind sig = SignatureKind::SigV4) {
            return std::make_unique<StorageClient>(m_nam.get(),
                                                   Endpoint::s3(QUrl(QString::fromLatin1(url)),
                                                                QStringLiteral("us-east-1"),
                                                                Endpoint::Addressing::PathStyle),
                                                   sig);
        };
        QVERIFY(client("https://s3.eu-west-1.amazonaws.com")->trailingChecksums());
        QVERIFY(client("https://s3.cn-north-1.amazonaws.com.cn")->trailingChecksums());
        QVERIFY(!client("http://127.0.0.1:7480")->trailingChecksums());
        QVERIFY(!client("https://amazonaws.com.example.net")->trailingChecksums());
        auto cos = client("https://s3.amazonaws.com", SignatureKind::Cos);
        QVERIFY(!cos->trailingChecksums());
        cos->setTrailingChecksums(true); // COS signatures cannot carry it
        QVERIFY(!cos->trailingChecksums());
        auto local = client("http://127.0.0.1:7480");
        local->setTrailingChecksums(true);
        QVERIFY(local->trailingChecksums());
    }

    void putObject_crc32Trailer_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("empty file") << 0 << true;
        QTest::newRow("1 byte") << 1 << true;
        QTest::newRow("one whole chunk") << int(AwsChunkedBody::kChunkSize) << true;
        QTest::newRow("chunk + 1") << int(AwsChunkedBody::kChunkSize) + 1 << true;
        QTest::newRow("300 KB + 7") << 300 * 1024 + 7 << true;
        QTest::newRow("in memory") << 5000 << false;
    }
    void putObject_crc32Trailer()
    {
        QFETCH(int, size);
        QFETCH(bool, fromFile);
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(size, 40);
        const QString file = path(QStringLiteral("upload.bin"));
        QVERIFY(writeFile(file, data));
        m_server->enqueue(FakeResponse{}
                              .header("ETag", quoted(md5Hex(data)))
                              .header("x-amz-checksum-crc32", crc32Header(crc32Of(data))));
        std::unique_ptr<PutObjectJob> job(
            fromFile ? m_client->putObject(kBucket, QStringLiteral("u.bin"), file)
                     : m_client->putObjectData(kBucket, QStringLiteral("u.bin"), data));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        const auto &req = request(0);
        // The fake server decodes the body and checks framing, lengths and the trailer itself
        // (violations fail cleanup()); here: what went out, against an oracle apart from zlib.
        QVERIFY(req.payload == data);
        QCOMPARE(req.header("x-amz-content-sha256"),
                 QByteArray("STREAMING-UNSIGNED-PAYLOAD-TRAILER"));
        QCOMPARE(req.header("Content-Encoding"), QByteArray("aws-chunked"));
        QCOMPARE(req.header("x-amz-decoded-content-length"), QByteArray::number(size));
        QCOMPARE(req.header("x-amz-trailer"), QByteArray("x-amz-checksum-crc32"));
        QCOMPARE(req.header("Content-Length"), QByteArray::number(req.body.size()));
        QCOMPARE(req.body.size(), AwsChunkedBody::encodedSize(size));
        QCOMPARE(req.trailer("x-amz-checksum-crc32"), crc32Header(crc32Of(data)));
        QCOMPARE(job->result().crc32, std::optional<quint32>(crc32Of(data)));
        QCOMPARE(job->result().etag, md5Hex(data));
    }

    void putObject_crc32Trailer_keepsGzipEncoding()
    {
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(1000, 41);
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        ObjectHeaders h;
        h.contentEncoding = "gzip";
        std::unique_ptr<PutObjectJob> job(
            m_client->putObjectData(kBucket, QStringLiteral("a.css"), data, h));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(request(0).header("Content-Encoding"), QByteArray("aws-chunked,gzip"));
    }

    // The server refused the body (damaged on the way): nothing was stored, so it goes out
    // again, read from the file afresh.
    void putObject_crc32Trailer_badDigest_sentAgain()
    {
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(150 * 1024, 42);
        const QString file = path(QStringLiteral("upload.bin"));
        QVERIFY(writeFile(file, data));
        m_server->enqueue(FakeResponse::s3Error(
            400, "BadDigest", "The CRC32 you specified did not match the calculated checksum."));
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        std::unique_ptr<PutObjectJob> job(m_client->putObject(kBucket, QStringLiteral("u"), file));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 2);
        QVERIFY(request(0).payload == data);
        QVERIFY(request(1).payload == data);
        QCOMPARE(request(1).trailer("x-amz-checksum-crc32"), crc32Header(crc32Of(data)));
    }

    // Qt resends by itself after a connection closed before the answer: the encoding and the
    // checksum start over with the body (AwsChunkedBody::seek(0)).
    void putObject_crc32Trailer_connectionClosedBeforeAnswer_sentAgainWhole()
    {
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(200 * 1024, 43);
        const QString file = path(QStringLiteral("upload.bin"));
        QVERIFY(writeFile(file, data));
        FakeResponse dropped;
        dropped.closeWithoutAnswer = true;
        m_server->enqueue(dropped);
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        std::unique_ptr<PutObjectJob> job(m_client->putObject(kBucket, QStringLiteral("u"), file));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 2);
        QVERIFY(request(1).payload == data);
        QCOMPARE(request(1).trailer("x-amz-checksum-crc32"), crc32Header(crc32Of(data)));
        QCOMPARE(job->result().crc32, std::optional<quint32>(crc32Of(data)));
    }

    void putObject_crc32Trailer_serverEchoDiffers_failsNamingBoth()
    {
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(3000, 44);
        const QByteArray other = test::randomBytes(3000, 45);
        m_server->enqueue(FakeResponse{}
                              .header("ETag", quoted(md5Hex(data)))
                              .header("x-amz-checksum-crc32", crc32Header(crc32Of(other))));
        std::unique_ptr<PutObjectJob> job(
            m_client->putObjectData(kBucket, QStringLiteral("u"), data));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Integrity);
        const QString text = e.toUserText();
        QVERIFY2(text.contains(QString::fromLatin1(crc32Header(crc32Of(other)))) &&
                     text.contains(QString::fromLatin1(crc32Header(crc32Of(data)))),
                 qPrintable(text));
    }

    void multipart_crc32_algorithmPartsAndComplete()
    {
        m_server->enqueue(FakeResponse::ok("<InitiateMultipartUploadResult><UploadId>U</UploadId>"
                                           "</InitiateMultipartUploadResult>"));
        std::unique_ptr<CreateMultipartUploadJob> create(
            m_client->createMultipartUpload(kBucket, QStringLiteral("big.bin"), {}, true));
        QVERIFY(run(create.get()).ok());
        QCOMPARE(request(0).header("x-amz-checksum-algorithm"), QByteArray("CRC32"));

        const QByteArray data = test::randomBytes(90'000, 46);
        const QByteArray slice = data.mid(10'000, 70'000);
        const QString file = path(QStringLiteral("big.bin"));
        QVERIFY(writeFile(file, data));
        m_server->enqueue(FakeResponse{}
                              .header("ETag", quoted(md5Hex(slice)))
                              .header("x-amz-checksum-crc32", crc32Header(crc32Of(slice))));
        std::unique_ptr<UploadPartJob> part(m_client->uploadPart(
            kBucket, QStringLiteral("big.bin"), "U", 2, file, 10'000, 70'000, true));
        const StorageError e = run(part.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QVERIFY(request(1).payload == slice);
        QCOMPARE(request(1).header("x-amz-decoded-content-length"), QByteArray("70000"));
        QCOMPARE(part->part().crc32, std::optional<quint32>(crc32Of(slice)));

        m_server->enqueue(FakeResponse::ok(kCompleteResult));
        std::unique_ptr<CompleteMultipartUploadJob> complete(m_client->completeMultipartUpload(
            kBucket, QStringLiteral("big.bin"), "U", {part->part()}));
        QVERIFY(run(complete.get()).ok());
        const QByteArray body = request(2).body;
        const QByteArray element =
            "<ChecksumCRC32>" + crc32Header(crc32Of(slice)) + "</ChecksumCRC32>";
        QVERIFY2(body.contains(element), body.constData());
    }

    // A part of an upload created without a checksum algorithm goes out plain, whatever the
    // client's setting (the server would refuse a checksum it was not told about).
    void uploadPart_withoutCrc32_isPlainEvenWhenClientHasTrailers()
    {
        m_client->setTrailingChecksums(true);
        const QByteArray data = test::randomBytes(8000, 47);
        const QString file = path(QStringLiteral("p.bin"));
        QVERIFY(writeFile(file, data));
        m_server->enqueue(FakeResponse{}.header("ETag", quoted(md5Hex(data))));
        std::unique_ptr<UploadPartJob> part(
            m_client->uploadPart(kBucket, QStringLiteral("p.bin"), "U", 1, file, 0, 8000));
        QVERIFY(run(part.get()).ok());
        QVERIFY(request(0).body == data);
        QVERIFY(!request(0).hasHeader("x-amz-trailer"));
        QVERIFY(!part->part().crc32);
    }

    void uploadPart_sendsTheSlice_verifiesEtag_data()
    {
        QTest::addColumn<bool>("etagMatches");
        QTest::newRow("ETag is the slice's MD5") << true;
        QTest::newRow("ETag of other data") << false;
    }
    void uploadPart_sendsTheSlice_verifiesEtag()
    {
        QFETCH(bool, etagMatches);
        const QByteArray data = test::randomBytes(20'000, 35);
        const QByteArray slice = data.mid(1000, 5000);
        const QString file = path(QStringLiteral("big.bin"));
        QVERIFY(writeFile(file, data));
        m_server->enqueue(
            FakeResponse{}.header("ETag", quoted(md5Hex(etagMatches ? slice : data))));
        std::unique_ptr<UploadPartJob> job(
            m_client->uploadPart(kBucket, QStringLiteral("big.bin"), "UP-1", 3, file, 1000, 5000));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, etagMatches ? Kind::None : Kind::Integrity);
        const auto &req = request(0);
        QCOMPARE(req.method, QByteArray("PUT"));
        QCOMPARE(req.queryValue("partNumber"), QByteArray("3"));
        QCOMPARE(req.queryValue("uploadId"), QByteArray("UP-1"));
        QCOMPARE(req.header("Content-Length"), QByteArray("5000"));
        QVERIFY(req.body == slice);
        QCOMPARE(job->md5().toHex(), md5Hex(slice));
        QCOMPARE(job->crc64(), core::Crc64::of(slice));
        if (etagMatches) {
            QCOMPARE(job->part().partNumber, 3);
            QCOMPARE(job->part().etag, md5Hex(slice));
            QCOMPARE(job->part().size, 5000);
        }
    }

    void createMultipart_500_isNotRetried()
    {
        m_server->enqueue(FakeResponse::withStatus(500));
        m_server->enqueue(FakeResponse::ok("<InitiateMultipartUploadResult><UploadId>U</UploadId>"
                                           "</InitiateMultipartUploadResult>"));
        std::unique_ptr<CreateMultipartUploadJob> job(
            m_client->createMultipartUpload(kBucket, QStringLiteral("big.bin")));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Service);
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(requestCount(), 1); // a second POST ?uploads would start a second upload
        QVERIFY(request(0).hasQuery("uploads"));
    }

    void listParts_followsPages_refusesAStuckMarker_data()
    {
        QTest::addColumn<QByteArray>("secondPage");
        QTest::addColumn<bool>("ok");
        QTest::newRow("two pages")
            << QByteArray("<ListPartsResult><IsTruncated>false</IsTruncated><Part><PartNumber>3</"
                          "PartNumber>"
                          "<ETag>\"c\"</ETag><Size>5</Size></Part></ListPartsResult>")
            << true;
        QTest::newRow("marker does not advance")
            << QByteArray("<ListPartsResult><IsTruncated>true</IsTruncated><NextPartNumberMarker>2"
                          "</NextPartNumberMarker></ListPartsResult>")
            << false;
    }
    void listParts_followsPages_refusesAStuckMarker()
    {
        QFETCH(QByteArray, secondPage);
        QFETCH(bool, ok);
        m_server->enqueue(FakeResponse::ok(
            "<ListPartsResult><IsTruncated>true</IsTruncated><NextPartNumberMarker>2"
            "</NextPartNumberMarker><Part><PartNumber>1</PartNumber><ETag>\"a\"</ETag><Size>5"
            "</Size></Part><Part><PartNumber>2</PartNumber><ETag>\"b\"</ETag><Size>5</Size>"
            "</Part></ListPartsResult>"));
        m_server->enqueue(FakeResponse::ok(secondPage));
        m_server->enqueue(FakeResponse::ok(secondPage)); // a loop would come back for more
        std::unique_ptr<ListPartsJob> job(
            m_client->listParts(kBucket, QStringLiteral("big.bin"), "UP-1"));
        const StorageError e = run(job.get());
        QCOMPARE(requestCount(), 2);
        QVERIFY(!request(0).hasQuery("part-number-marker"));
        QCOMPARE(request(1).queryValue("part-number-marker"), QByteArray("2"));
        QCOMPARE(request(1).queryValue("uploadId"), QByteArray("UP-1"));
        if (ok) {
            QVERIFY2(e.ok(), qPrintable(e.toUserText()));
            QCOMPARE(job->parts().size(), 3);
            QCOMPARE(job->parts().at(2).etag, QByteArray("c"));
        } else {
            QCOMPARE(e.kind, Kind::Protocol);
        }
    }

    void listMultipartUploads_followsPages()
    {
        m_server->enqueue(FakeResponse::ok(
            "<ListMultipartUploadsResult><IsTruncated>true</IsTruncated>"
            "<NextKeyMarker>a b+c</NextKeyMarker><NextUploadIdMarker>U2</NextUploadIdMarker>"
            "<Upload><Key>a</Key><UploadId>U1</UploadId></Upload>"
            "<Upload><Key>a b+c</Key><UploadId>U2</UploadId></Upload>"
            "</ListMultipartUploadsResult>"));
        m_server->enqueue(FakeResponse::ok(
            "<ListMultipartUploadsResult><IsTruncated>false</IsTruncated>"
            "<Upload><Key>z</Key><UploadId>U3</UploadId></Upload></ListMultipartUploadsResult>"));
        std::unique_ptr<ListMultipartUploadsJob> job(
            m_client->listMultipartUploads(kBucket, QStringLiteral("pre fix/")));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->uploads().size(), 3);
        QCOMPARE(request(0).queryValue("prefix"), QByteArray("pre fix/"));
        QCOMPARE(request(1).queryValue("key-marker"), QByteArray("a b+c"));
        QCOMPARE(request(1).queryValue("upload-id-marker"), QByteArray("U2"));
    }

    void ipv6Endpoint_reachesServer()
    {
        FakeS3Server v6;
        if (!v6.listen(QHostAddress::LocalHostIPv6))
            QSKIP("No IPv6 loopback here");
        v6.expectSigV4(kAccessKey, kSecret, kRegion);
        v6.enqueue(FakeResponse::ok(kListing));
        const Endpoint endpoint = Endpoint::s3(v6.baseUrl(), QString::fromLatin1(kRegion),
                                               Endpoint::Addressing::PathStyle);
        QVERIFY(endpoint.isValid());
        StorageClient client(m_nam.get(), endpoint, SignatureKind::SigV4);
        client.setCredentials(m_client->credentials());
        std::unique_ptr<ListObjectsJob> job(client.listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(v6.requests().size(), 1);
        QCOMPARE(v6.requests().at(0).header("Host"), v6.hostHeader());
        QVERIFY2(v6.violations().isEmpty(), qPrintable(v6.violations().join(u'\n')));
    }

    void temporaryCredentials_sendSignedSessionToken()
    {
        Credentials creds;
        creds.accessKeyId = kAccessKey;
        creds.secretAccessKey = kSecret;
        creds.sessionToken = "FwoGZXIvYXdzEXAMPLE/token+with=chars";
        m_client->setCredentials(creds);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        QVERIFY(run(job.get()).ok());
        QCOMPARE(request(0).header("x-amz-security-token"), creds.sessionToken);
        // The server's check (cleanup) fails any x-amz-* header left out of SignedHeaders.
        QVERIFY(request(0).header("Authorization").contains("x-amz-security-token"));
    }

    // --- Timeouts ------------------------------------------------------------------------------

    void timeout_silentServer_isTimeoutError_data()
    {
        QTest::addColumn<bool>("download");
        QTest::newRow("never answers") << false;
        QTest::newRow("stalls mid-body") << true;
    }
    void timeout_silentServer_isTimeoutError()
    {
        QFETCH(bool, download);
        m_client->setTransferTimeoutMs(300);
        const QByteArray body = test::randomBytes(1000, 41);
        for (int i = 0; i < 3; ++i) {
            if (download) {
                FakeResponse r = wholeGet(body);
                r.stallAfterBodyBytes = 100;
                m_server->enqueue(r);
            } else {
                m_server->enqueue(FakeResponse::hanging());
            }
        }
        const QString target = path(QStringLiteral("t.bin"));
        std::unique_ptr<StorageJob> job(download ? static_cast<StorageJob *>(m_client->getObject(
                                                       kBucket, QStringLiteral("t.bin"), target))
                                                 : m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Timeout);
        QVERIFY2(e.toUserText().contains(u"stopped responding"), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(requestCount(), 3);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
    }

    void timeout_slowButSteadyAnswer_isNotATimeout()
    {
        m_client->setTransferTimeoutMs(400);
        QStringList keys;
        for (int i = 0; i < 20; ++i)
            keys << QStringLiteral("slow/key-%1.bin").arg(i);
        FakeResponse slow = FakeResponse::ok(listingXml(keys));
        slow.chunkBytes = int(slow.body.size() / 10) + 1;
        slow.chunkIntervalMs = 80; // ~800 ms in all, never 400 ms without a byte
        m_server->enqueue(slow);
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(job->page().objects.size(), 20);
    }

    // --- Listings ------------------------------------------------------------------------------

    void listing_brokenXmlOn200_isProtocolError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("cut listing")
            << kListing.left(kListing.size() / 2) << QByteArray("application/xml");
        QTest::newRow("cut just before the end")
            << kListing.left(kListing.size() - 1) << QByteArray("application/xml");
        QTest::newRow("HTML from a proxy") << kNginxHtml << QByteArray("text/html");
        QTest::newRow("empty body") << QByteArray() << QByteArray("application/xml");
        QTest::newRow("bucket list instead")
            << QByteArray("<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>")
            << QByteArray("application/xml");
        QTest::newRow("truncated without token")
            << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")
            << QByteArray("application/xml");
    }
    void listing_brokenXmlOn200_isProtocolError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        FakeResponse r;
        r.body = body;
        r.header("Content-Type", contentType);
        m_server->enqueue(r);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Protocol);
        QVERIFY(!e.toUserText().isEmpty());
        QCOMPARE(requestCount(), 1);
        QCOMPARE(m_server->queued(), 1);
        QVERIFY(job->page().objects.isEmpty());
    }

    void listObjects_sendsParams_decodesUrlEncodedKeys()
    {
        m_server->enqueue(FakeResponse::ok(listingXml(
            {QStringLiteral("%E7%B4%A0%E6%9D%90/a+b%2Bc.png"), QStringLiteral("x%0Dy")}, true)));
        ListObjectsParams params;
        params.prefix = QStringLiteral("素材/a b+c");
        params.delimiter = QStringLiteral("/");
        params.maxKeys = 5000;
        params.continuationToken = "tok/+=";
        params.startAfter = QStringLiteral("x y");
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, params));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        const auto &req = request(0);
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QByteArray("/bucket"));
        QCOMPARE(req.queryValue("list-type"), QByteArray("2"));
        QCOMPARE(req.queryValue("encoding-type"), QByteArray("url"));
        QCOMPARE(req.queryValue("max-keys"), QByteArray("1000"));
        QCOMPARE(req.queryValue("prefix"), QByteArray("素材/a b+c"));
        QCOMPARE(req.queryValue("delimiter"), QByteArray("/"));
        QCOMPARE(req.queryValue("continuation-token"), QByteArray("tok/+="));
        QCOMPARE(req.queryValue("start-after"), QByteArray("x y"));
        QCOMPARE(job->page().objects.size(), 2);
        QCOMPARE(job->page().objects.at(0).key, QStringLiteral("素材/a b+c.png"));
        QCOMPARE(job->page().objects.at(1).key, QStringLiteral("x\ry"));
    }

    void headObject_404WithoutBody_isNoSuchKey()
    {
        m_server->enqueue(FakeResponse::withStatus(404));
        m_server->enqueue(FakeResponse{});
        std::unique_ptr<HeadObjectJob> job(m_client->headObject(kBucket, QStringLiteral("gone")));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Service);
        QCOMPARE(e.httpStatus, 404);
        QCOMPARE(e.code, QByteArray("NoSuchKey"));
        QCOMPARE(e.requestId, QByteArray("FAKE-0"));
        QCOMPARE(e.resource, QStringLiteral("bucket/gone"));
        QCOMPARE(request(0).method, QByteArray("HEAD"));
        QCOMPARE(requestCount(), 1);
    }

    // --- CopyObject ----------------------------------------------------------------------------

    void copyObject_errorIn200_isRetried_data()
    {
        QTest::addColumn<int>("errors");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("InternalError every time") << 3 << Kind::Service;
        QTest::newRow("InternalError, then the result") << 1 << Kind::None;
    }
    void copyObject_errorIn200_isRetried()
    {
        QFETCH(int, errors);
        QFETCH(Kind, kind);
        for (int i = 0; i < errors; ++i)
            m_server->enqueue(FakeResponse::ok(kErrorIn200));
        m_server->enqueue(FakeResponse::ok(
            "<CopyObjectResult><LastModified>2024-01-01T00:00:00.000Z</LastModified>"
            "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag></CopyObjectResult>"));
        std::unique_ptr<CopyObjectJob> job(
            m_client->copyObject(QStringLiteral("src-bucket"), QStringLiteral("素材/a b+c.png"),
                                 QStringLiteral("dst-bucket"), QStringLiteral("copy.png")));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, kind);
        if (kind == Kind::None) {
            QCOMPARE(job->attempts(), 2);
            QCOMPARE(job->etag(), QByteArray("9b2cf535f27731c974343645a3985328"));
        } else {
            QCOMPARE(e.code, QByteArray("InternalError"));
            QCOMPARE(e.requestId, QByteArray("656c76696e6727732072657175657374"));
            QCOMPARE(job->attempts(), 3);
            QCOMPARE(m_server->queued(), 1);
        }
        const auto &req = request(0);
        QCOMPARE(req.method, QByteArray("PUT"));
        QCOMPARE(req.path, QByteArray("/dst-bucket/copy.png"));
        QCOMPARE(req.header("x-amz-copy-source"),
                 QByteArray("/src-bucket/%E7%B4%A0%E6%9D%90/a%20b%2Bc.png"));
        QCOMPARE(req.header("x-amz-metadata-directive"), QByteArray("COPY"));
    }

    // --- Redirects -----------------------------------------------------------------------------

    void redirect_isNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code"); // in the body; empty: no S3 body
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("301 PermanentRedirect")
            << 301 << QByteArray("PermanentRedirect") << QByteArray("PermanentRedirect");
        QTest::newRow("307 TemporaryRedirect")
            << 307 << QByteArray("TemporaryRedirect") << QByteArray("TemporaryRedirect");
        QTest::newRow("302 without body") << 302 << QByteArray() << QByteArray("PermanentRedirect");
        QTest::newRow("301 without body") << 301 << QByteArray() << QByteArray("PermanentRedirect");
    }
    void redirect_isNotFollowed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, expected);
        FakeResponse r = code.isEmpty() ? FakeResponse::withStatus(status)
                                        : FakeResponse::s3Error(status, code, "Go elsewhere.");
        // Same server, so that a followed redirect would show up here (and succeed).
        r.header("Location", m_server->baseUrl().toEncoded() + "/elsewhere/bucket");
        m_server->enqueue(r);
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Service);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, expected);
        QCOMPARE(requestCount(), 1);
        QCOMPARE(m_server->queued(), 1);
    }

    // --- Cancel --------------------------------------------------------------------------------

    void cancel_whileWaitingForReply_finishesOnceWithCancelled_data()
    {
        QTest::addColumn<bool>("download");
        QTest::newRow("listing, no answer") << false;
        QTest::newRow("download stalled mid-body") << true;
    }
    void cancel_whileWaitingForReply_finishesOnceWithCancelled()
    {
        QFETCH(bool, download);
        const QString target = path(QStringLiteral("c.bin"));
        if (download) {
            FakeResponse r = wholeGet(test::randomBytes(100'000, 51));
            r.stallAfterBodyBytes = 30'000;
            m_server->enqueue(r);
        } else {
            m_server->enqueue(FakeResponse::hanging());
        }
        std::unique_ptr<StorageJob> job(download ? static_cast<StorageJob *>(m_client->getObject(
                                                       kBucket, QStringLiteral("c.bin"), target))
                                                 : m_client->listObjects(kBucket, {}));
        QSignalSpy finished(job.get(), &StorageJob::finished);
        QSignalSpy received(m_server.get(), &FakeS3Server::requestReceived);
        job->start();
        QVERIFY(received.wait());
        if (download) {
            // Bytes arrived (the partial file is opened on the first of them): cancel mid-body.
            // (Not progressChanged: Qt throttles downloadProgress to one per 100 ms, so a burst
            // followed by silence may report nothing.)
            QTRY_VERIFY(QFile::exists(GetObjectJob::partialPath(target)));
        }
        QCOMPARE(finished.size(), 0);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<StorageError>().kind, Kind::Cancelled);
        QCOMPARE(job->error().kind, Kind::Cancelled);
        QVERIFY(job->isFinished());
        job->cancel(); // again: nothing more
        job->start();  // and a late start() does not revive it
        // The client closed the connection; by then any stray signal would have come.
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(requestCount(), 1);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
    }

    void cancel_duringRetryBackOff_finishesOnceWithCancelled()
    {
        m_client->setRetrySettings({.maxAttempts = 3, .baseDelayMs = 1, .maxDelayMs = 300});
        m_server->enqueue(FakeResponse::s3Error(503, "SlowDown").header("Retry-After", "1"));
        m_server->enqueue(FakeResponse::ok(kListing));
        std::unique_ptr<ListObjectsJob> job(m_client->listObjects(kBucket, {}));
        QSignalSpy finished(job.get(), &StorageJob::finished);
        job->start();
        QTRY_VERIFY(backOffTimerActive(job.get()));
        QCOMPARE(finished.size(), 0);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind, Kind::Cancelled);
        QVERIFY(!backOffTimerActive(job.get()));
        // Absence check, twice the back-off: no second attempt goes out.
        QSignalSpy received(m_server.get(), &FakeS3Server::requestReceived);
        QVERIFY(!received.wait(600));
        QCOMPARE(requestCount(), 1);
        QCOMPARE(finished.size(), 1);
    }

    // --- Ownership -----------------------------------------------------------------------------

    void ownerDeletesJobInFinished_doesNotCrash_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("viaDeleteLater");
        QTest::addColumn<Kind>("kind");
        const struct
        {
            const char *name;
            Kind kind;
        } scenarios[] = {
            {"listing ok", Kind::None},
            {"service error", Kind::Service},
            {"network error", Kind::Network},
            {"download ok", Kind::None},
            {"download integrity", Kind::Integrity},
            {"download cut", Kind::Network},
            {"cancel while waiting", Kind::Cancelled},
            {"invalid argument", Kind::InvalidArgument},
        };
        for (const auto &s : scenarios) {
            QTest::addRow("%s, deleteLater", s.name)
                << QString::fromLatin1(s.name) << true << s.kind;
            QTest::addRow("%s, delete", s.name) << QString::fromLatin1(s.name) << false << s.kind;
        }
    }
    void ownerDeletesJobInFinished_doesNotCrash()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, viaDeleteLater);
        QFETCH(Kind, kind);
        const QByteArray body = test::randomBytes(50'000, 61);
        const QString target = path(QStringLiteral("o.bin"));
        StorageJob *job = nullptr;
        if (scenario == u"listing ok") {
            m_server->enqueue(FakeResponse::ok(kListing));
            job = m_client->listObjects(kBucket, {});
        } else if (scenario == u"service error") {
            m_server->enqueue(FakeResponse::s3Error(403, "AccessDenied"));
            job = m_client->listObjects(kBucket, {});
        } else if (scenario == u"network error") {
            FakeResponse r = FakeResponse::ok(kListing);
            r.closeAfterBodyBytes = 10;
            m_server->setFallback(r);
            job = m_client->listObjects(kBucket, {});
        } else if (scenario == u"download ok") {
            m_server->enqueue(wholeGet(body));
            job = m_client->getObject(kBucket, QStringLiteral("o.bin"), target);
        } else if (scenario == u"download integrity") {
            FakeResponse r = wholeGet(body);
            r.header("ETag", quoted(md5Hex("something else")));
            m_server->enqueue(r);
            job = m_client->getObject(kBucket, QStringLiteral("o.bin"), target);
        } else if (scenario == u"download cut") {
            m_server->setFallback(truncatedGet(body, 20'000));
            job = m_client->getObject(kBucket, QStringLiteral("o.bin"), target);
        } else if (scenario == u"cancel while waiting") {
            m_server->enqueue(FakeResponse::hanging());
            job = m_client->listObjects(kBucket, {});
        } else {
            job = m_client->getObject(kBucket, QString(), target);
        }

        QPointer<StorageJob> guard(job);
        int count = 0;
        Kind got = Kind::None;
        connect(job, &StorageJob::finished, job, [&, job, viaDeleteLater](const StorageError &e) {
            ++count;
            got = e.kind;
            if (viaDeleteLater)
                job->deleteLater();
            else
                delete job;
        });
        job->start();
        if (scenario == u"cancel while waiting") {
            QSignalSpy received(m_server.get(), &FakeS3Server::requestReceived);
            QVERIFY(received.wait());
            job->cancel();
        }
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30'000);
        QCOMPARE(count, 1);
        QCOMPARE(got, kind);
        // Let every deferred delete (the reply, the body device) and late socket event run.
        if (scenario == u"cancel while waiting")
            QTRY_COMPARE(m_server->openConnections(), 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
    }

    // --- Local disk ----------------------------------------------------------------------------

    void getObject_diskFull_isLocalIoErrorWithoutPartialFile()
    {
        const QString dir = path(QStringLiteral("full"));
        const QString target = dir + QStringLiteral("/big.bin");
        const QByteArray body = test::randomBytes(1024 * 1024, 71);
        m_server->enqueue(wholeGet(body));
        m_server->enqueue(wholeGet(body)); // in case it were (wrongly) retried
        StorageError e;
        QString reason;
        {
            FullDisk full(dir);
            if (full.how().isEmpty())
                QSKIP("Cannot make a directory run out of space here (no tmpfs, no RLIMIT_FSIZE)");
            qInfo("disk made full with %s", qPrintable(full.how()));
            reason = full.reason();
            std::unique_ptr<GetObjectJob> job(
                m_client->getObject(kBucket, QStringLiteral("big.bin"), target));
            e = run(job.get());
            QVERIFY(!QFile::exists(target));
            QVERIFY(!QFile::exists(GetObjectJob::partialPath(target)));
        }
        QCOMPARE(e.kind, Kind::LocalIo);
        QVERIFY(!e.message.isEmpty());
        const QString text = e.toUserText();
        QVERIFY2(text.contains(GetObjectJob::partialPath(target)) || text.contains(target),
                 qPrintable(text));
        // The person must learn why: "No space left on device", not "Unknown error".
        QVERIFY2(text.contains(reason, Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(requestCount(), 1); // a full disk is not fixed by asking again
    }

    // --- DeleteObjects -------------------------------------------------------------------------

    void deleteObjects_manyKeys_batchesWithContentMd5_reportsPerKeyErrors()
    {
        QStringList keys;
        for (int i = 0; i < 2345; ++i)
            keys << QStringLiteral("dir/key-%1.bin").arg(i, 4, 10, QLatin1Char('0'));
        keys[3] = QStringLiteral("a&b<c>\"d'.txt");
        keys[1500] = QStringLiteral("素材/图 1.png");
        keys[2000] = QStringLiteral("]]>&amp;");
        const auto errorEntry = [](const QString &key, const QByteArray &code) -> QByteArray {
            return "<Error><Key>" + key.toHtmlEscaped().toUtf8() + "</Key><Code>" + code +
                   "</Code><Message>Failed: " + code + "</Message></Error>";
        };
        const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult "
                                "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
        m_server->enqueue(
            FakeResponse::ok(head + errorEntry(keys[3], "AccessDenied") + "</DeleteResult>"));
        m_server->enqueue(FakeResponse::ok(head + "</DeleteResult>"));
        m_server->enqueue(
            FakeResponse::ok(head + errorEntry(keys[2344], "InternalError") + "</DeleteResult>"));

        std::unique_ptr<DeleteObjectsJob> job(m_client->deleteObjects(kBucket, keys));
        const StorageError e = run(job.get());
        QVERIFY2(e.ok(), qPrintable(e.toUserText()));
        QCOMPARE(requestCount(), 3);
        QStringList sent;
        const int sizes[] = {1000, 1000, 345};
        for (int i = 0; i < 3; ++i) {
            const auto &req = request(i);
            QCOMPARE(req.method, QByteArray("POST"));
            QCOMPARE(req.path, QByteArray("/bucket"));
            QVERIFY(req.hasQuery("delete"));
            QCOMPARE(req.header("Content-Type"), QByteArray("application/xml"));
            QCOMPARE(req.header("Content-MD5"),
                     QCryptographicHash::hash(req.body, QCryptographicHash::Md5).toBase64());
            QCOMPARE(req.header("Content-Length"), QByteArray::number(req.body.size()));
            QCOMPARE(elementText(req.body, u"Quiet"), QStringLiteral("true"));
            const QStringList batch = bodyKeys(req.body);
            QCOMPARE(batch.size(), sizes[i]);
            sent << batch;
        }
        QCOMPARE(sent, keys); // every key once, in order, exactly as given

        QCOMPARE(job->failures().size(), 2);
        QCOMPARE(job->failures().at(0).key, keys[3]);
        QCOMPARE(job->failures().at(0).code, QByteArray("AccessDenied"));
        QCOMPARE(job->failures().at(0).message, QStringLiteral("Failed: AccessDenied"));
        QCOMPARE(job->failures().at(1).key, keys[2344]);
        QCOMPARE(job->failures().at(1).code, QByteArray("InternalError"));
        QCOMPARE(job->deleted().size(), 2343);
        QVERIFY(!job->deleted().contains(keys[3]));
        QVERIFY(!job->deleted().contains(keys[2344]));
        QVERIFY(job->deleted().contains(keys[1500]));
    }

    void deleteObjects_secondBatchRefused_keepsFirstBatchResult()
    {
        QStringList keys;
        for (int i = 0; i < 1500; ++i)
            keys << QStringLiteral("k%1").arg(i);
        m_server->enqueue(FakeResponse::ok("<DeleteResult/>"));
        m_server->enqueue(FakeResponse::s3Error(403, "AccessDenied"));
        std::unique_ptr<DeleteObjectsJob> job(m_client->deleteObjects(kBucket, keys));
        const StorageError e = run(job.get());
        QCOMPARE(e.kind, Kind::Service);
        QCOMPARE(e.code, QByteArray("AccessDenied"));
        QCOMPARE(requestCount(), 2);
        QCOMPARE(job->deleted(), keys.mid(0, 1000));
    }

    // XML 1.0 cannot carry U+0001 or U+FFFF at all. Whatever the job does with such keys, it must
    // never send a different key (which would delete another object) nor report them deleted.
    void deleteObjects_keysXmlCannotCarry_neverBecomeOtherKeys()
    {
        const QStringList awkward{QString::fromUtf8("a\x01"
                                                    "b"),
                                  QStringLiteral("c") + QChar(0xFFFF)};
        const QStringList keys = QStringList{QStringLiteral("plain")} + awkward;
        m_server->enqueue(FakeResponse::ok("<DeleteResult/>"));
        std::unique_ptr<DeleteObjectsJob> job(m_client->deleteObjects(kBucket, keys));
        const StorageError e = run(job.get());
        for (const auto &req : m_server->requests()) {
            for (const QString &k : bodyKeys(req.body))
                QVERIFY2(keys.contains(k), qPrintable(u"sent a key nobody asked for: " + k));
        }
        for (const QString &k : awkward)
            QVERIFY2(!job->deleted().contains(k), qPrintable(u"reported deleted: " + k));
        if (e.ok())
            QCOMPARE(job->failures().size(), awkward.size());
        else
            QCOMPARE(e.kind, Kind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestStorageJob)
#include "tst_storagejob.moc"
