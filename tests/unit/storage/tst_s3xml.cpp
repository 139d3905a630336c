// The S3 XML parsers and request-body writers (app/cloud/s3xml.h). A broken or cut response must
// always be an error: an empty or partial "ok" listing would make a client delete or re-upload
// what it thinks is missing.
#include "cloud/s3xml.h"

#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace sucai::cloud;

namespace {

// Amazon's namespaced form (as in the S3 API reference).
const QByteArray kAwsListing = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
    "  <Name>example-bucket</Name>\n"
    "  <Prefix>photos/</Prefix>\n"
    "  <KeyCount>2</KeyCount>\n"
    "  <MaxKeys>2</MaxKeys>\n"
    "  <Delimiter>/</Delimiter>\n"
    "  <IsTruncated>true</IsTruncated>\n"
    "  "
    "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>\n"
    "  <Contents>\n"
    "    <Key>photos/2006/cat.jpg</Key>\n"
    "    <LastModified>2009-10-12T17:50:30.000Z</LastModified>\n"
    "    <ETag>&quot;fba9dede5f27731c9771645a39863328&quot;</ETag>\n"
    "    <Size>434234</Size>\n"
    "    <StorageClass>STANDARD</StorageClass>\n"
    "  </Contents>\n"
    "  <Contents>\n"
    "    <Key>photos/2006/dog.jpg</Key>\n"
    "    <LastModified>2009-10-12T17:50:31.000Z</LastModified>\n"
    "    <ETag>\"3858f62230ac3c915f300c664312c11f-9\"</ETag>\n"
    "    <Size>0</Size>\n"
    "    <StorageClass>GLACIER</StorageClass>\n"
    "  </Contents>\n"
    "  <CommonPrefixes><Prefix>photos/2007/</Prefix></CommonPrefixes>\n"
    "  <CommonPrefixes><Prefix>photos/2008/</Prefix></CommonPrefixes>\n"
    "</ListBucketResult>\n");

// Tencent COS (and RGW) answer without a namespace and with extra elements (Owner, …).
const QByteArray kCosListing = QByteArrayLiteral(
    "<?xml version='1.0' encoding='utf-8' ?>\n"
    "<ListBucketResult>\n"
    "\t<Name>examplebucket-1250000000</Name>\n"
    "\t<Prefix/>\n"
    "\t<MaxKeys>1000</MaxKeys>\n"
    "\t<IsTruncated>false</IsTruncated>\n"
    "\t<Contents>\n"
    "\t\t<Key>素材/封面 图.png</Key>\n"
    "\t\t<LastModified>2019-08-20T07:03:08.000Z</LastModified>\n"
    "\t\t<ETag>\"ee8de918d05640145b18f70f4c3aa602\"</ETag>\n"
    "\t\t<Size>1048576</Size>\n"
    "\t\t<Owner><ID>1250000000</ID><DisplayName>1250000000</DisplayName></Owner>\n"
    "\t\t<StorageClass>STANDARD_IA</StorageClass>\n"
    "\t</Contents>\n"
    "</ListBucketResult>");

const QByteArray kAwsBuckets = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Owner><ID>bcaf1ffd86f461ca5fb16fd081034f</ID><DisplayName>webfile</DisplayName></Owner>"
    "<Buckets>"
    "<Bucket><Name>amzn-s3-demo-bucket</Name><CreationDate>2019-12-11T23:32:47+00:00</CreationDate>"
    "</Bucket>"
    "<Bucket><Name>second</Name><CreationDate>2020-01-02T03:04:05.000Z</CreationDate></Bucket>"
    "</Buckets></ListAllMyBucketsResult>");

const QByteArray kCosBuckets = QByteArrayLiteral(
    "<ListAllMyBucketsResult>"
    "<Owner><ID>qcs::cam::uin/100000000001:uin/100000000001</ID>"
    "<DisplayName>100000000001</DisplayName></Owner>"
    "<Buckets><Bucket><Name>examplebucket1-1250000000</Name><Location>ap-beijing</Location>"
    "<CreationDate>2019-05-24T11:49:50Z</CreationDate><BucketType>cos</BucketType></Bucket>"
    "</Buckets></ListAllMyBucketsResult>");

const QByteArray kListParts = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<ListPartsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Bucket>example-bucket</Bucket><Key>big.iso</Key>"
    "<UploadId>XXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>"
    "<PartNumberMarker>1</PartNumberMarker><NextPartNumberMarker>3</NextPartNumberMarker>"
    "<MaxParts>2</MaxParts><IsTruncated>true</IsTruncated>"
    "<Part><PartNumber>2</PartNumber><LastModified>2010-11-10T20:48:34.000Z</LastModified>"
    "<ETag>\"7778aef83f66abc1fa1e8477f296d394\"</ETag><Size>10485760</Size></Part>"
    "<Part><PartNumber>3</PartNumber><LastModified>2010-11-10T20:48:33.000Z</LastModified>"
    "<ETag>&quot;aaaa18db4cc2f85cedef654fccc4a4x8&quot;</ETag><Size>10485760</Size></Part>"
    "</ListPartsResult>");

const QByteArray kListUploads = QByteArrayLiteral(
    "<ListMultipartUploadsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Bucket>bucket</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>"
    "<EncodingType>url</EncodingType>"
    "<NextKeyMarker>my+movie%2B2.m2ts</NextKeyMarker>"
    "<NextUploadIdMarker>YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ</NextUploadIdMarker>"
    "<MaxUploads>2</MaxUploads><IsTruncated>true</IsTruncated>"
    "<Upload><Key>my+divisor</Key><UploadId>XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw</"
    "UploadId>"
    "<Initiated>2010-11-10T20:48:33.000Z</Initiated></Upload>"
    "<Upload><Key>%E7%B4%A0%E6%9D%90/my+movie%2B2.m2ts</Key>"
    "<UploadId>VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>"
    "<Initiated>2010-11-10T20:48:34.000Z</Initiated></Upload>"
    "</ListMultipartUploadsResult>");

const QByteArray kDeleteResult = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Deleted><Key>sample1.txt</Key></Deleted>"
    "<Error><Key>sample2.txt</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
    "<Deleted><Key>a &amp; b &lt;c&gt;.txt</Key></Deleted>"
    "<Error><Key>素材/x.png</Key><Code>InternalError</Code>"
    "<Message>We encountered an internal error. Please try again.</Message></Error>"
    "</DeleteResult>");

const QByteArray kInitiate = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Bucket>example-bucket</Bucket><Key>example-object</Key>"
    "<UploadId>VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>"
    "</InitiateMultipartUploadResult>");

const QByteArray kComplete = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<CompleteMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Location>http://example-bucket.s3.amazonaws.com/Example-Object</Location>"
    "<Bucket>example-bucket</Bucket><Key>Example-Object</Key>"
    "<ETag>\"3858f62230ac3c915f300c664312c11f-9\"</ETag>"
    "</CompleteMultipartUploadResult>");

const QByteArray kCopy =
    QByteArrayLiteral("<CopyObjectResult><LastModified>2009-10-12T17:50:30.000Z</LastModified>"
                      "<ETag>\"9b2cf535f27731c974343645a3985328\"</ETag></CopyObjectResult>");

const QByteArray kInternalErrorIn200 = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Error><Code>InternalError</Code>"
    "<Message>We encountered an internal error. Please try again.</Message>"
    "<RequestId>656c76696e6727732072657175657374</RequestId>"
    "<HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>");

const QByteArray kNginxHtml =
    QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                      "</body>\r\n</html>\r\n");

const QByteArray kWellFormedHtml = QByteArrayLiteral(
    "<html><head><title>Access denied</title></head><body><p>Blocked by policy</p></body></html>");

enum class Doc {
    Listing,
    Buckets,
    Parts,
    Uploads,
    Delete,
    Initiate,
    Complete,
    Copy,
};

// Runs the parser for `doc` on `xml`.
bool parseAs(Doc doc, const QByteArray &xml, StorageError &error)
{
    switch (doc) {
    case Doc::Listing: {
        ListObjectsPage page;
        return s3xml::parseListObjectsV2(xml, page, error);
    }
    case Doc::Buckets: {
        QList<BucketInfo> buckets;
        return s3xml::parseListBuckets(xml, buckets, error);
    }
    case Doc::Parts: {
        QList<PartInfo> parts;
        bool truncated = false;
        int next = 0;
        return s3xml::parseListParts(xml, parts, truncated, next, error);
    }
    case Doc::Uploads: {
        QList<UploadInfo> uploads;
        bool truncated = false;
        QString nextKey;
        QByteArray nextId;
        return s3xml::parseListUploads(xml, uploads, truncated, nextKey, nextId, error);
    }
    case Doc::Delete: {
        QStringList deleted;
        QList<DeleteFailure> failures;
        return s3xml::parseDeleteResult(xml, deleted, failures, error);
    }
    case Doc::Initiate: {
        QByteArray id;
        return s3xml::parseInitiateMultipart(xml, id, error);
    }
    case Doc::Complete: {
        QByteArray etag;
        return s3xml::parseCompleteMultipart(xml, etag, error);
    }
    case Doc::Copy: {
        QByteArray etag;
        return s3xml::parseCopyResult(xml, etag, error);
    }
    }
    return false;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

// The text of every <name> element in `xml`, in document order (for checking request bodies
// with an independent parser).
QStringList elementTexts(const QByteArray &xml, const QString &name)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name)
            out << r.readElementText();
    }
    if (r.hasError())
        out << QStringLiteral("<<XML error: %1>>").arg(r.errorString());
    return out;
}

int countElements(const QByteArray &xml, const QString &name)
{
    int n = 0;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name)
            ++n;
    }
    return r.hasError() ? -1 : n;
}

QString rootName(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement)
            return r.name().toString();
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Doc)

class TestS3Xml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- ListObjectsV2 ------------------------------------------------------------------------

    void listing_awsNamespacedForm_parses()
    {
        ListObjectsPage page;
        StorageError error;
        QVERIFY2(s3xml::parseListObjectsV2(kAwsListing, page, error),
                 qPrintable(error.toUserText()));
        QVERIFY(error.ok());
        QCOMPARE(page.isTruncated, true);
        QCOMPARE(page.nextContinuationToken,
                 QByteArray("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="));
        QCOMPARE(page.objects.size(), 2);
        const ObjectInfo &cat = page.objects.at(0);
        QCOMPARE(cat.key, QStringLiteral("photos/2006/cat.jpg"));
        QCOMPARE(cat.size, 434234);
        QCOMPARE(cat.etag, QByteArray("fba9dede5f27731c9771645a39863328"));
        QCOMPARE(cat.lastModified, utc(2009, 10, 12, 17, 50, 30));
        QCOMPARE(cat.storageClass, QByteArray("STANDARD"));
        const ObjectInfo &dog = page.objects.at(1);
        QCOMPARE(dog.size, 0);
        QCOMPARE(dog.etag, QByteArray("3858f62230ac3c915f300c664312c11f-9"));
        QCOMPARE(dog.storageClass, QByteArray("GLACIER"));
        QCOMPARE(page.commonPrefixes,
                 QStringList({QStringLiteral("photos/2007/"), QStringLiteral("photos/2008/")}));
    }

    void listing_cosPlainForm_parses()
    {
        ListObjectsPage page;
        StorageError error;
        QVERIFY2(s3xml::parseListObjectsV2(kCosListing, page, error),
                 qPrintable(error.toUserText()));
        QCOMPARE(page.isTruncated, false);
        QVERIFY(page.nextContinuationToken.isEmpty());
        QCOMPARE(page.objects.size(), 1);
        QCOMPARE(page.objects.at(0).key, QStringLiteral("素材/封面 图.png"));
        QCOMPARE(page.objects.at(0).size, 1048576);
        QCOMPARE(page.objects.at(0).etag, QByteArray("ee8de918d05640145b18f70f4c3aa602"));
        QCOMPARE(page.objects.at(0).storageClass, QByteArray("STANDARD_IA"));
        QVERIFY(page.commonPrefixes.isEmpty());
    }

    void listing_prefixedNamespace_parsesByLocalName()
    {
        const QByteArray xml = "<s3:ListBucketResult xmlns:s3=\"http://s3.amazonaws.com/doc/"
                               "2006-03-01/\"><s3:IsTruncated>false</s3:IsTruncated>"
                               "<s3:Contents><s3:Key>a</s3:Key><s3:Size>5</s3:Size></s3:Contents>"
                               "</s3:ListBucketResult>";
        ListObjectsPage page;
        StorageError error;
        QVERIFY2(s3xml::parseListObjectsV2(xml, page, error), qPrintable(error.toUserText()));
        QCOMPARE(page.objects.size(), 1);
        QCOMPARE(page.objects.at(0).key, QStringLiteral("a"));
        QCOMPARE(page.objects.at(0).size, 5);
    }

    void listing_emptyBucket_isOkAndEmpty()
    {
        const QByteArray xml = "<ListBucketResult><Name>b</Name><KeyCount>0</KeyCount>"
                               "<IsTruncated>false</IsTruncated></ListBucketResult>";
        ListObjectsPage page;
        page.objects.append(ObjectInfo{}); // stale content from an earlier page must go
        StorageError error;
        QVERIFY(s3xml::parseListObjectsV2(xml, page, error));
        QVERIFY(page.objects.isEmpty());
        QVERIFY(page.commonPrefixes.isEmpty());
        QCOMPARE(page.isTruncated, false);
    }

    void listing_urlEncodedKeys_areDecoded_data()
    {
        QTest::addColumn<QByteArray>("encodingType");
        QTest::addColumn<QByteArray>("rawKey");
        QTest::addColumn<QString>("key");
        const QByteArray url("<EncodingType>url</EncodingType>");
        QTest::newRow("plus is space") << url << QByteArray("a+b") << QStringLiteral("a b");
        QTest::newRow("%2B is plus")
            << url << QByteArray("c%2B%2B/x%2By") << QStringLiteral("c++/x+y");
        QTest::newRow("%20 is space too") << url << QByteArray("a%20b") << QStringLiteral("a b");
        QTest::newRow("percent") << url << QByteArray("100%25") << QStringLiteral("100%");
        QTest::newRow("unicode") << url << QByteArray("%E7%B4%A0%E6%9D%90/%E5%9B%BE+1.png")
                                 << QStringLiteral("素材/图 1.png");
        QTest::newRow("emoji") << url << QByteArray("%F0%9F%98%80") << QStringLiteral("😀");
        QTest::newRow("control character XML cannot carry") << url << QByteArray("a%01b%0D")
                                                            << QString::fromUtf8("a\x01"
                                                                                 "b\r");
        QTest::newRow("slash kept") << url << QByteArray("a/b/") << QStringLiteral("a/b/");
        QTest::newRow("upper-case URL") << QByteArray("<EncodingType>URL</EncodingType>")
                                        << QByteArray("x+y") << QStringLiteral("x y");
        QTest::newRow("no encoding: taken literally")
            << QByteArray() << QByteArray("a+b%20c") << QStringLiteral("a+b%20c");
    }
    void listing_urlEncodedKeys_areDecoded()
    {
        QFETCH(QByteArray, encodingType);
        QFETCH(QByteArray, rawKey);
        QFETCH(QString, key);
        const QByteArray xml = "<ListBucketResult>" + encodingType +
                               "<IsTruncated>false</IsTruncated>"
                               "<Contents><Key>" +
                               rawKey +
                               "</Key><Size>1</Size></Contents>"
                               "<CommonPrefixes><Prefix>" +
                               rawKey + "/</Prefix></CommonPrefixes></ListBucketResult>";
        ListObjectsPage page;
        StorageError error;
        QVERIFY2(s3xml::parseListObjectsV2(xml, page, error), qPrintable(error.toUserText()));
        QCOMPARE(page.objects.size(), 1);
        QCOMPARE(page.objects.at(0).key, key);
        QCOMPARE(page.commonPrefixes, QStringList{key + u'/'});
    }

    void listing_brokenDocuments_areProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \r\n");
        QTest::newRow("not XML") << QByteArray("OK");
        QTest::newRow("JSON") << QByteArray("{\"Contents\":[]}");
        QTest::newRow("declaration only") << QByteArray("<?xml version=\"1.0\"?>");
        QTest::newRow("nginx HTML page") << kNginxHtml;
        QTest::newRow("well-formed HTML page") << kWellFormedHtml;
        QTest::newRow("wrong root: bucket list") << kAwsBuckets;
        QTest::newRow("wrong root: error document") << kInternalErrorIn200;
        QTest::newRow("mismatched tags")
            << QByteArray("<ListBucketResult><IsTruncated>false</Truncated></ListBucketResult>");
        QTest::newRow("two roots")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>"
                          "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>");
        QTest::newRow("garbage after the root")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>"
                          "<html>");
        QTest::newRow("undefined entity")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>"
                          "&nbsp;</Key><Size>1</Size></Contents></ListBucketResult>");
        QTest::newRow("no IsTruncated")
            << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>1</Size></Contents>"
                          "</ListBucketResult>");
        QTest::newRow("truncated without continuation token")
            << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated><Contents><Key>a</Key>"
                          "<Size>1</Size></Contents></ListBucketResult>");
        QTest::newRow("truncated with empty continuation token")
            << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated>"
                          "<NextContinuationToken></NextContinuationToken></ListBucketResult>");
        QTest::newRow("entry without key")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated><Contents>"
                          "<Size>1</Size></Contents></ListBucketResult>");
        QTest::newRow("entry without size")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated><Contents>"
                          "<Key>a</Key></Contents></ListBucketResult>");
        QTest::newRow("size not a number")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated><Contents>"
                          "<Key>a</Key><Size>12kB</Size></Contents></ListBucketResult>");
        QTest::newRow("negative size")
            << QByteArray("<ListBucketResult><IsTruncated>false</IsTruncated><Contents>"
                          "<Key>a</Key><Size>-1</Size></Contents></ListBucketResult>");
    }
    void listing_brokenDocuments_areProtocolErrors()
    {
        QFETCH(QByteArray, xml);
        ListObjectsPage page;
        StorageError error;
        QVERIFY(!s3xml::parseListObjectsV2(xml, page, error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.toUserText().isEmpty());
    }

    void listing_wrongRoot_namesBothElements()
    {
        ListObjectsPage page;
        StorageError error;
        QVERIFY(!s3xml::parseListObjectsV2(kAwsBuckets, page, error));
        QVERIFY2(error.message.contains(u"ListBucketResult") &&
                     error.message.contains(u"ListAllMyBucketsResult"),
                 qPrintable(error.message));
    }

    // Every prefix of a valid document that stops before the end of its root element is an
    // error: a connection cut anywhere never yields an "ok" (empty or partial) result.
    void anyDocument_cutAtAnyOffset_isProtocolError_data()
    {
        QTest::addColumn<Doc>("doc");
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("AWS listing") << Doc::Listing << kAwsListing;
        QTest::newRow("COS listing") << Doc::Listing << kCosListing;
        QTest::newRow("AWS buckets") << Doc::Buckets << kAwsBuckets;
        QTest::newRow("COS buckets") << Doc::Buckets << kCosBuckets;
        QTest::newRow("parts") << Doc::Parts << kListParts;
        QTest::newRow("uploads") << Doc::Uploads << kListUploads;
        QTest::newRow("delete result") << Doc::Delete << kDeleteResult;
        QTest::newRow("initiate") << Doc::Initiate << kInitiate;
        QTest::newRow("complete") << Doc::Complete << kComplete;
        QTest::newRow("copy") << Doc::Copy << kCopy;
    }
    void anyDocument_cutAtAnyOffset_isProtocolError()
    {
        QFETCH(Doc, doc);
        QFETCH(QByteArray, xml);
        {
            StorageError error;
            QVERIFY2(parseAs(doc, xml, error), qPrintable(error.toUserText()));
        }
        const QByteArray endTag = "</" + rootName(xml).toUtf8() + '>';
        const qsizetype end = xml.lastIndexOf(endTag) + endTag.size();
        QVERIFY(end > endTag.size());
        for (qsizetype cut = 0; cut < end; ++cut) {
            StorageError error;
            const bool ok = parseAs(doc, xml.left(cut), error);
            if (ok || error.kind != StorageError::Kind::Protocol || error.message.isEmpty()) {
                QFAIL(qPrintable(
                    QStringLiteral("cut at %1 of %2 (…%3) was accepted or not a "
                                   "protocol error: %4")
                        .arg(cut)
                        .arg(xml.size())
                        .arg(QString::fromUtf8(xml.left(cut).right(30)), error.toUserText())));
            }
        }
    }

    // --- ListBuckets --------------------------------------------------------------------------

    void listBuckets_awsAndCosForms_parse()
    {
        QList<BucketInfo> buckets;
        StorageError error;
        QVERIFY2(s3xml::parseListBuckets(kAwsBuckets, buckets, error),
                 qPrintable(error.toUserText()));
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets.at(0).name, QStringLiteral("amzn-s3-demo-bucket"));
        QCOMPARE(buckets.at(0).created, utc(2019, 12, 11, 23, 32, 47));
        QCOMPARE(buckets.at(1).created, utc(2020, 1, 2, 3, 4, 5));
        QVERIFY(buckets.at(0).region.isEmpty());

        QVERIFY2(s3xml::parseListBuckets(kCosBuckets, buckets, error),
                 qPrintable(error.toUserText()));
        QCOMPARE(buckets.size(), 1); // replaced, not appended
        QCOMPARE(buckets.at(0).name, QStringLiteral("examplebucket1-1250000000"));
        QCOMPARE(buckets.at(0).region, QStringLiteral("ap-beijing"));
        QCOMPARE(buckets.at(0).created, utc(2019, 5, 24, 11, 49, 50));
    }

    void listBuckets_noBucketsElement_isEmptyAccount()
    {
        QList<BucketInfo> buckets{BucketInfo{}};
        StorageError error;
        QVERIFY(s3xml::parseListBuckets(
            "<ListAllMyBucketsResult><Owner><ID>x</ID></Owner></ListAllMyBucketsResult>", buckets,
            error));
        QVERIFY(buckets.isEmpty());
    }

    void listBuckets_bucketWithoutName_isProtocolError()
    {
        QList<BucketInfo> buckets;
        StorageError error;
        QVERIFY(!s3xml::parseListBuckets("<ListAllMyBucketsResult><Buckets><Bucket>"
                                         "<CreationDate>2019-05-24T11:49:50Z</CreationDate>"
                                         "</Bucket></Buckets></ListAllMyBucketsResult>",
                                         buckets, error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);
    }

    // --- Error documents ----------------------------------------------------------------------

    void error_documents_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("requestId");
        QTest::newRow("AWS NoSuchKey")
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
                   "<Message>The resource you requested does not exist</Message>"
                   "<Resource>/mybucket/myfoto.jpg</Resource>"
                   "<RequestId>4442587FB7D0A2F9</RequestId><Key>myfoto.jpg</Key></Error>")
            << QByteArray("NoSuchKey")
            << QStringLiteral("The resource you requested does not exist")
            << QByteArray("4442587FB7D0A2F9");
        QTest::newRow("COS NoSuchBucket")
            << QByteArray("<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>NoSuchBucket"
                          "</Code>\n\t<Message>The specified bucket does not exist.</Message>\n\t"
                          "<Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com"
                          "</Resource>\n\t<RequestId>NWU3YjQ1YjBfOWNiOTJhMDlfMTlmNWJfMWY0NjM4Zg=="
                          "</RequestId>\n\t<TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0"
                          "</TraceId>\n</Error>")
            << QByteArray("NoSuchBucket") << QStringLiteral("The specified bucket does not exist.")
            << QByteArray("NWU3YjQ1YjBfOWNiOTJhMDlfMTlmNWJfMWY0NjM4Zg==");
        QTest::newRow("RGW BucketName")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket"
                          "</Code><BucketName>photos</BucketName><RequestId>tx000000000000000"
                          "000001-0065a1b2c3-1234-default</RequestId><HostId>1234-default-default"
                          "</HostId></Error>")
            << QByteArray("NoSuchBucket") << QString()
            << QByteArray("tx000000000000000000001-0065a1b2c3-1234-default");
        QTest::newRow("namespaced, code padded")
            << QByteArray("<Error xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Code>\n "
                          "SignatureDoesNotMatch \n</Code><Message> The request signature we "
                          "calculated does not match. </Message></Error>")
            << QByteArray("SignatureDoesNotMatch")
            << QStringLiteral("The request signature we calculated does not match.")
            << QByteArray();
        QTest::newRow("escaped message")
            << QByteArray("<Error><Code>AccessDenied</Code><Key>a &amp; b/&lt;c&gt;.txt</Key>"
                          "<Message>No &quot;write&quot; on a &amp; b</Message></Error>")
            << QByteArray("AccessDenied") << QStringLiteral("No \"write\" on a & b")
            << QByteArray();
    }
    void error_documents()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QByteArray, code);
        QFETCH(QString, message);
        QFETCH(QByteArray, requestId);
        StorageError e;
        QVERIFY(s3xml::parseError(xml, e));
        QCOMPARE(e.kind, StorageError::Kind::Service);
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.requestId, requestId);
    }

    void error_keepsKnownRequestIdAndResource()
    {
        StorageError e;
        e.requestId = "from-header";
        e.resource = QStringLiteral("bucket/key");
        QVERIFY(s3xml::parseError("<Error><Code>AccessDenied</Code><Key>other</Key></Error>", e));
        QCOMPARE(e.requestId, QByteArray("from-header")); // the body has none: kept
        QCOMPARE(e.resource, QStringLiteral("bucket/key"));
    }

    void error_notAnErrorDocument_isRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("nginx HTML") << kNginxHtml;
        QTest::newRow("well-formed HTML") << kWellFormedHtml;
        QTest::newRow("plain text") << QByteArray("Service Unavailable");
        QTest::newRow("listing") << kCosListing;
        QTest::newRow("error without code") << QByteArray("<Error><Message>x</Message></Error>");
        QTest::newRow("cut error document") << kInternalErrorIn200.left(60);
    }
    void error_notAnErrorDocument_isRefused()
    {
        QFETCH(QByteArray, body);
        StorageError e;
        QVERIFY(!s3xml::parseError(body, e));
        QVERIFY(e.code.isEmpty());
    }

    // --- Multipart ----------------------------------------------------------------------------

    void initiate_parsesUploadId()
    {
        QByteArray id;
        StorageError error;
        QVERIFY(s3xml::parseInitiateMultipart(kInitiate, id, error));
        QCOMPARE(id, QByteArray("VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"));

        QVERIFY(!s3xml::parseInitiateMultipart(
            "<InitiateMultipartUploadResult><Key>k</Key></InitiateMultipartUploadResult>", id,
            error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);
    }

    void complete_resultAndErrorIn200()
    {
        QByteArray etag;
        StorageError error;
        QVERIFY(s3xml::parseCompleteMultipart(kComplete, etag, error));
        QCOMPARE(etag, QByteArray("3858f62230ac3c915f300c664312c11f-9"));

        StorageError failed;
        QVERIFY(!s3xml::parseCompleteMultipart(kInternalErrorIn200, etag, failed));
        QCOMPARE(failed.kind, StorageError::Kind::Service);
        QCOMPARE(failed.code, QByteArray("InternalError"));
        QCOMPARE(failed.requestId, QByteArray("656c76696e6727732072657175657374"));

        StorageError wrong;
        QVERIFY(!s3xml::parseCompleteMultipart(kCopy, etag, wrong));
        QCOMPARE(wrong.kind, StorageError::Kind::Protocol);
    }

    void copy_resultVersusErrorIn200_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<StorageError::Kind>("kind");
        QTest::addColumn<QByteArray>("etagOrCode");
        QTest::newRow("CopyObjectResult") << kCopy << true << StorageError::Kind::None
                                          << QByteArray("9b2cf535f27731c974343645a3985328");
        QTest::newRow("CopyPartResult")
            << QByteArray("<CopyPartResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                          "<LastModified>2011-04-11T20:34:56.000Z</LastModified>"
                          "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag>"
                          "</CopyPartResult>")
            << true << StorageError::Kind::None << QByteArray("9b2cf535f27731c974343645a3985328");
        QTest::newRow("200 with InternalError")
            << kInternalErrorIn200 << false << StorageError::Kind::Service
            << QByteArray("InternalError");
        QTest::newRow("200 with SlowDown")
            << QByteArray("<Error><Code>SlowDown</Code><Message>Please reduce your request rate."
                          "</Message></Error>")
            << false << StorageError::Kind::Service << QByteArray("SlowDown");
        QTest::newRow("200 cut short (the copy failed mid-way)")
            << kCopy.left(kCopy.size() - 10) << false << StorageError::Kind::Protocol
            << QByteArray();
        QTest::newRow("200 empty")
            << QByteArray() << false << StorageError::Kind::Protocol << QByteArray();
        QTest::newRow("wrong root")
            << kInitiate << false << StorageError::Kind::Protocol << QByteArray();
    }
    void copy_resultVersusErrorIn200()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, ok);
        QFETCH(StorageError::Kind, kind);
        QFETCH(QByteArray, etagOrCode);
        QByteArray etag;
        StorageError error;
        QCOMPARE(s3xml::parseCopyResult(xml, etag, error), ok);
        QCOMPARE(error.kind, kind);
        QCOMPARE(ok ? etag : error.code, etagOrCode);
    }

    void listParts_parsesAndAppends()
    {
        QList<PartInfo> parts{PartInfo{1, "11111111111111111111111111111111", 5, {}, {}}};
        bool truncated = false;
        int next = 0;
        StorageError error;
        QVERIFY2(s3xml::parseListParts(kListParts, parts, truncated, next, error),
                 qPrintable(error.toUserText()));
        QCOMPARE(truncated, true);
        QCOMPARE(next, 3);
        QCOMPARE(parts.size(), 3); // pages accumulate
        QCOMPARE(parts.at(1).partNumber, 2);
        QCOMPARE(parts.at(1).size, 10485760);
        QCOMPARE(parts.at(1).etag, QByteArray("7778aef83f66abc1fa1e8477f296d394"));
        QCOMPARE(parts.at(1).lastModified, utc(2010, 11, 10, 20, 48, 34));
        QCOMPARE(parts.at(2).partNumber, 3);
        QCOMPARE(parts.at(2).etag, QByteArray("aaaa18db4cc2f85cedef654fccc4a4x8"));
    }

    void listParts_badPart_isProtocolError_data()
    {
        QTest::addColumn<QByteArray>("part");
        QTest::newRow("no number") << QByteArray("<Part><Size>5</Size></Part>");
        QTest::newRow("number 0") << QByteArray(
            "<Part><PartNumber>0</PartNumber><Size>5</Size></Part>");
        QTest::newRow("no size") << QByteArray("<Part><PartNumber>1</PartNumber></Part>");
        QTest::newRow("size not a number")
            << QByteArray("<Part><PartNumber>1</PartNumber><Size>x</Size></Part>");
    }
    void listParts_badPart_isProtocolError()
    {
        QFETCH(QByteArray, part);
        QList<PartInfo> parts;
        bool truncated = false;
        int next = 0;
        StorageError error;
        QVERIFY(!s3xml::parseListParts("<ListPartsResult><IsTruncated>false</IsTruncated>" + part +
                                           "</ListPartsResult>",
                                       parts, truncated, next, error));
        QCOMPARE(error.kind, StorageError::Kind::Protocol);
    }

    void listUploads_parsesUrlEncodedKeysAndMarkers()
    {
        QList<UploadInfo> uploads;
        bool truncated = false;
        QString nextKey;
        QByteArray nextId;
        StorageError error;
        QVERIFY2(s3xml::parseListUploads(kListUploads, uploads, truncated, nextKey, nextId, error),
                 qPrintable(error.toUserText()));
        QCOMPARE(truncated, true);
        QCOMPARE(nextKey, QStringLiteral("my movie+2.m2ts"));
        QCOMPARE(nextId, QByteArray("YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ"));
        QCOMPARE(uploads.size(), 2);
        QCOMPARE(uploads.at(0).key, QStringLiteral("my divisor"));
        QCOMPARE(uploads.at(0).uploadId,
                 QByteArray("XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw"));
        QCOMPARE(uploads.at(0).initiated, utc(2010, 11, 10, 20, 48, 33));
        QCOMPARE(uploads.at(1).key, QStringLiteral("素材/my movie+2.m2ts"));
    }

    void listUploads_plainForm_isNotDecoded()
    {
        QList<UploadInfo> uploads;
        bool truncated = true;
        QString nextKey;
        QByteArray nextId;
        StorageError error;
        QVERIFY(s3xml::parseListUploads(
            "<ListMultipartUploadsResult><IsTruncated>false</IsTruncated><Upload><Key>a+b%20</Key>"
            "<UploadId>u1</UploadId></Upload></ListMultipartUploadsResult>",
            uploads, truncated, nextKey, nextId, error));
        QCOMPARE(truncated, false);
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.at(0).key, QStringLiteral("a+b%20"));
    }

    // --- DeleteObjects ------------------------------------------------------------------------

    void deleteResult_deletedAndErrorEntries()
    {
        QStringList deleted;
        QList<DeleteFailure> failures;
        StorageError error;
        QVERIFY2(s3xml::parseDeleteResult(kDeleteResult, deleted, failures, error),
                 qPrintable(error.toUserText()));
        QCOMPARE(deleted,
                 QStringList({QStringLiteral("sample1.txt"), QStringLiteral("a & b <c>.txt")}));
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.at(0).key, QStringLiteral("sample2.txt"));
        QCOMPARE(failures.at(0).code, QByteArray("AccessDenied"));
        QCOMPARE(failures.at(0).message, QStringLiteral("Access Denied"));
        QCOMPARE(failures.at(1).key, QStringLiteral("素材/x.png"));
        QCOMPARE(failures.at(1).code, QByteArray("InternalError"));
    }

    void deleteResult_quietAndEmpty_isOk()
    {
        QStringList deleted;
        QList<DeleteFailure> failures;
        StorageError error;
        QVERIFY(s3xml::parseDeleteResult(
            "<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>", deleted, failures,
            error));
        QVERIFY(deleted.isEmpty());
        QVERIFY(failures.isEmpty());
    }

    void deleteResult_errorDocument_isNotASuccess()
    {
        QStringList deleted;
        QList<DeleteFailure> failures;
        StorageError error;
        QVERIFY(!s3xml::parseDeleteResult(kInternalErrorIn200, deleted, failures, error));
        QVERIFY(!error.ok());
    }

    // --- Request bodies -----------------------------------------------------------------------

    void completeMultipartBody_listsPartsWithQuotedEtags()
    {
        const QList<PartInfo> parts{
            {1, "a54357aff0632cce46d942af68356b38", 5, {}, {}},
            {2, "\"0c78aef83f66abc1fa1e8477f296d394\"", 5, {}, {}},
            {3, "W/\"acbd18db4cc2f85cedef654fccc4a4d8\"", 5, {}, {}},
        };
        const QByteArray body = s3xml::completeMultipartBody(parts);
        QCOMPARE(rootName(body), QStringLiteral("CompleteMultipartUpload"));
        QCOMPARE(elementTexts(body, QStringLiteral("PartNumber")),
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(elementTexts(body, QStringLiteral("ETag")),
                 QStringList({QStringLiteral("\"a54357aff0632cce46d942af68356b38\""),
                              QStringLiteral("\"0c78aef83f66abc1fa1e8477f296d394\""),
                              QStringLiteral("\"acbd18db4cc2f85cedef654fccc4a4d8\"")}));
        // Each <Part> holds exactly one number and one ETag, in that order.
        QVERIFY2(body.contains("<Part><PartNumber>1</PartNumber><ETag>"), body.constData());
    }

    void completeMultipartBody_partCrc32_afterTheEtag()
    {
        PartInfo withCrc{1, "a54357aff0632cce46d942af68356b38", 5, {}, 0xCBF43926u};
        PartInfo without{2, "0c78aef83f66abc1fa1e8477f296d394", 5, {}, {}};
        const QByteArray body = s3xml::completeMultipartBody({withCrc, without});
        // CRC32("123456789") = 0xCBF43926, big-endian base64 "y/Q5Jg==".
        QCOMPARE(elementTexts(body, QStringLiteral("ChecksumCRC32")),
                 QStringList{QStringLiteral("y/Q5Jg==")});
        QVERIFY2(body.contains("</ETag><ChecksumCRC32>y/Q5Jg==</ChecksumCRC32></Part>"),
                 body.constData());
    }

    void parseListParts_checksumAlgorithmAndPartCrc32()
    {
        const QByteArray xml =
            "<ListPartsResult><Bucket>b</Bucket><Key>k</Key><UploadId>U</UploadId>"
            "<ChecksumAlgorithm>CRC32</ChecksumAlgorithm><IsTruncated>false</IsTruncated>"
            "<Part><PartNumber>1</PartNumber><ETag>\"e1\"</ETag><Size>5</Size>"
            "<ChecksumCRC32>y/Q5Jg==</ChecksumCRC32></Part>"
            "<Part><PartNumber>2</PartNumber><ETag>\"e2\"</ETag><Size>5</Size>"
            "<ChecksumCRC32>not base64!</ChecksumCRC32></Part>"
            "</ListPartsResult>";
        QList<PartInfo> parts;
        bool truncated = true;
        int next = 0;
        StorageError error;
        QByteArray algorithm;
        QVERIFY(s3xml::parseListParts(xml, parts, truncated, next, error, &algorithm));
        QCOMPARE(algorithm, QByteArray("CRC32"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].crc32, std::optional<quint32>(0xCBF43926u));
        QVERIFY(!parts[1].crc32); // unreadable: as if absent, the part is then sent again

        algorithm = "stale";
        parts.clear();
        QVERIFY(s3xml::parseListParts(kListParts, parts, truncated, next, error, &algorithm));
        QVERIFY(algorithm.isEmpty());
    }

    void deleteObjectsBody_quietFlag()
    {
        const QByteArray quiet = s3xml::deleteObjectsBody({QStringLiteral("a")}, true);
        QCOMPARE(rootName(quiet), QStringLiteral("Delete"));
        QCOMPARE(elementTexts(quiet, QStringLiteral("Quiet")), QStringList{QStringLiteral("true")});
        const QByteArray verbose = s3xml::deleteObjectsBody({QStringLiteral("a")}, false);
        QVERIFY(elementTexts(verbose, QStringLiteral("Quiet")).isEmpty());
        QCOMPARE(elementTexts(verbose, QStringLiteral("Key")), QStringList{QStringLiteral("a")});
    }

    // What the server's XML parser reads back must be the exact key we meant: anything else
    // deletes a different object.
    void deleteObjectsBody_keysRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("photos/cat.jpg");
        QTest::newRow("ampersand") << QStringLiteral("a&b.txt");
        QTest::newRow("angle brackets") << QStringLiteral("<b>bold</b>.html");
        QTest::newRow("entity lookalike") << QStringLiteral("&amp;&lt;.txt");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\".txt");
        QTest::newRow("CDATA end") << QStringLiteral("]]>.txt");
        QTest::newRow("unicode") << QStringLiteral("素材/腾讯云 图片.png");
        QTest::newRow("emoji") << QStringLiteral("😀🎮.json");
        QTest::newRow("leading and trailing spaces") << QStringLiteral("  padded  ");
        QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc");
        // XML parsers turn a raw CR (and CR LF) in text into LF: it must go as &#13;.
        QTest::newRow("carriage return") << QStringLiteral("line\r\nend\r");
    }
    void deleteObjectsBody_keysRoundTrip()
    {
        QFETCH(QString, key);
        const QStringList keys{QStringLiteral("first"), key, QStringLiteral("last")};
        const QByteArray body = s3xml::deleteObjectsBody(keys, true);
        QCOMPARE(elementTexts(body, QStringLiteral("Key")), keys);
        if (key.contains(u'<'))
            QVERIFY2(!body.contains(key.toUtf8()), body.constData());
    }

    void deleteObjectsBody_escapesMarkup()
    {
        const QByteArray body =
            s3xml::deleteObjectsBody({QStringLiteral("a&b<c>d</Key></Object>")}, true);
        QVERIFY2(body.contains("a&amp;b&lt;c&gt;d&lt;/Key&gt;&lt;/Object&gt;"), body.constData());
        QCOMPARE(countElements(body, QStringLiteral("Object")), 1);
        QCOMPARE(countElements(body, QStringLiteral("Key")), 1);
    }

    void unquoteEtag_forms_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("quoted") << QByteArray("\"abc\"") << QByteArray("abc");
        QTest::newRow("bare") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("weak") << QByteArray("W/\"abc\"") << QByteArray("abc");
        QTest::newRow("padded") << QByteArray("  \"abc-2\" ") << QByteArray("abc-2");
        QTest::newRow("lone quote") << QByteArray("\"") << QByteArray("\"");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void unquoteEtag_forms()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        QCOMPARE(s3xml::unquoteEtag(raw), expected);
    }
};

QTEST_APPLESS_MAIN(TestS3Xml)
#include "tst_s3xml.moc"
