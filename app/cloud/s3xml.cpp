#include "s3xml.h"

#include "awschunkedbody.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <memory>
#include <vector>

namespace sucai::cloud::s3xml {

namespace {

// A small element tree: S3 documents are at most a few hundred KB (1000 keys a page), and a
// tree makes "is this field there?" checks simple and the truncation check total: the reader
// must reach the end of the root element or the whole document is refused.
struct Node
{
    QString name;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    const Node *child(QStringView n) const
    {
        for (const auto &c : children) {
            if (c->name == n)
                return c.get();
        }
        return nullptr;
    }
    QString childText(QStringView n) const
    {
        const Node *c = child(n);
        return c ? c->text : QString();
    }
    template<typename F> void forEach(QStringView n, F f) const
    {
        for (const auto &c : children) {
            if (c->name == n)
                f(*c);
        }
    }
};

QString tr(const char *s)
{
    return QCoreApplication::translate("sucai::cloud::s3xml", s);
}

std::unique_ptr<Node> parseTree(const QByteArray &xml, StorageError &error)
{
    QXmlStreamReader r(xml);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            auto node = std::make_unique<Node>();
            node->name = r.name().toString();
            Node *raw = node.get();
            if (stack.empty()) {
                if (root) { // a second root element
                    error = StorageError::make(StorageError::Kind::Protocol,
                                               tr("The response has more than one document."));
                    return nullptr;
                }
                root = std::move(node);
            } else {
                stack.back()->children.push_back(std::move(node));
            }
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += r.text();
            break;
        default:
            break;
        }
    }
    if (r.hasError() || !root || !stack.empty()) {
        error = StorageError::make(
            StorageError::Kind::Protocol,
            root ? tr("The response is malformed or cut short (%1).").arg(r.errorString())
                 : tr("The response is empty or not XML."));
        return nullptr;
    }
    return root;
}

bool expectRoot(const Node &root, QStringView name, StorageError &error)
{
    if (root.name == name)
        return true;
    error = StorageError::make(StorageError::Kind::Protocol,
                               tr("Expected a %1 document, got %2.").arg(name, root.name));
    return false;
}

QDateTime parseIsoTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

qint64 toInt64(const QString &s, bool *ok)
{
    return s.toLongLong(ok);
}

// With encoding-type=url, S3 percent-encodes keys (and writes spaces as '+') so that keys with
// characters XML 1.0 cannot carry still list.
QString decodeKey(const QString &raw, bool urlEncoded)
{
    if (!urlEncoded)
        return raw;
    QByteArray b = raw.toUtf8();
    b.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(b));
}

bool isTrue(const QString &s)
{
    return s.compare(u"true", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray unquoteEtag(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.startsWith("W/"))
        etag.remove(0, 2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

bool parseError(const QByteArray &xml, StorageError &out)
{
    StorageError ignored;
    auto root = parseTree(xml, ignored);
    if (!root || root->name != u"Error")
        return false;
    out.kind = StorageError::Kind::Service;
    out.code = root->childText(u"Code").trimmed().toLatin1();
    out.message = root->childText(u"Message").trimmed();
    const QString rid = root->childText(u"RequestId");
    if (!rid.isEmpty())
        out.requestId = rid.toLatin1();
    return !out.code.isEmpty();
}

bool parseListBuckets(const QByteArray &xml, QList<BucketInfo> &out, StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root || !expectRoot(*root, u"ListAllMyBucketsResult", error))
        return false;
    out.clear();
    const Node *buckets = root->child(u"Buckets");
    if (!buckets)
        return true; // an account without buckets
    bool ok = true;
    buckets->forEach(u"Bucket", [&](const Node &b) {
        BucketInfo info;
        info.name = b.childText(u"Name");
        info.created = parseIsoTime(b.childText(u"CreationDate"));
        info.region = b.childText(u"Location");
        ok = ok && !info.name.isEmpty();
        out.append(info);
    });
    if (!ok)
        error = StorageError::make(StorageError::Kind::Protocol, tr("A bucket has no name."));
    return ok;
}

bool parseListObjectsV2(const QByteArray &xml, ListObjectsPage &out, StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root || !expectRoot(*root, u"ListBucketResult", error))
        return false;
    out = {};
    const bool urlEncoded =
        root->childText(u"EncodingType").compare(u"url", Qt::CaseInsensitive) == 0;
    const Node *truncated = root->child(u"IsTruncated");
    if (!truncated) {
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("The listing does not say whether it is complete."));
        return false;
    }
    out.isTruncated = isTrue(truncated->text);
    out.nextContinuationToken = root->childText(u"NextContinuationToken").toUtf8();
    if (out.isTruncated && out.nextContinuationToken.isEmpty()) {
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("The listing is incomplete but gives no way to continue."));
        return false;
    }
    bool ok = true;
    out.objects.reserve(int(root->children.size()));
    root->forEach(u"Contents", [&](const Node &c) {
        ObjectInfo o;
        o.key = decodeKey(c.childText(u"Key"), urlEncoded);
        bool sizeOk = false;
        o.size = toInt64(c.childText(u"Size"), &sizeOk);
        o.lastModified = parseIsoTime(c.childText(u"LastModified"));
        o.etag = unquoteEtag(c.childText(u"ETag").toUtf8());
        o.storageClass = c.childText(u"StorageClass").toLatin1();
        if (!c.child(u"Key") || !sizeOk || o.size < 0)
            ok = false;
        out.objects.append(std::move(o));
    });
    root->forEach(u"CommonPrefixes", [&](const Node &p) {
        out.commonPrefixes.append(decodeKey(p.childText(u"Prefix"), urlEncoded));
    });
    if (!ok)
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("An entry of the listing lacks its key or size."));
    return ok;
}

bool parseInitiateMultipart(const QByteArray &xml, QByteArray &uploadId, StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root || !expectRoot(*root, u"InitiateMultipartUploadResult", error))
        return false;
    uploadId = root->childText(u"UploadId").toUtf8();
    if (uploadId.isEmpty()) {
        error =
            StorageError::make(StorageError::Kind::Protocol, tr("No upload ID in the response."));
        return false;
    }
    return true;
}

bool parseCompleteMultipart(const QByteArray &xml, QByteArray &etag, StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root)
        return false;
    // CompleteMultipartUpload can answer 200 and still fail: the error is in the body.
    if (root->name == u"Error") {
        parseError(xml, error);
        return false;
    }
    if (!expectRoot(*root, u"CompleteMultipartUploadResult", error))
        return false;
    etag = unquoteEtag(root->childText(u"ETag").toUtf8());
    return true;
}

bool parseCopyResult(const QByteArray &xml, QByteArray &etag, StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root)
        return false;
    if (root->name == u"Error") { // a copy can fail after the 200 status went out
        parseError(xml, error);
        return false;
    }
    if (root->name != u"CopyObjectResult" && root->name != u"CopyPartResult")
        return expectRoot(*root, u"CopyObjectResult", error);
    etag = unquoteEtag(root->childText(u"ETag").toUtf8());
    return true;
}

bool parseListParts(const QByteArray &xml, QList<PartInfo> &parts, bool &truncated, int &nextMarker,
                    StorageError &error, QByteArray *checksumAlgorithm)
{
    auto root = parseTree(xml, error);
    if (!root || !expectRoot(*root, u"ListPartsResult", error))
        return false;
    truncated = isTrue(root->childText(u"IsTruncated"));
    nextMarker = root->childText(u"NextPartNumberMarker").toInt();
    if (checksumAlgorithm)
        *checksumAlgorithm = root->childText(u"ChecksumAlgorithm").toLatin1().toUpper();
    bool ok = true;
    root->forEach(u"Part", [&](const Node &p) {
        PartInfo info;
        bool nOk = false;
        bool sOk = false;
        info.partNumber = p.childText(u"PartNumber").toInt(&nOk);
        info.size = p.childText(u"Size").toLongLong(&sOk);
        info.etag = unquoteEtag(p.childText(u"ETag").toUtf8());
        info.lastModified = parseIsoTime(p.childText(u"LastModified"));
        if (const QString c = p.childText(u"ChecksumCRC32"); !c.isEmpty()) {
            quint32 crc = 0;
            if (AwsChunkedBody::parseCrc32(c.toLatin1(), crc))
                info.crc32 = crc;
        }
        ok = ok && nOk && sOk && info.partNumber > 0;
        parts.append(info);
    });
    if (!ok)
        error = StorageError::make(StorageError::Kind::Protocol,
                                   tr("A part in the listing lacks its number or size."));
    return ok;
}

bool parseListUploads(const QByteArray &xml, QList<UploadInfo> &uploads, bool &truncated,
                      QString &nextKeyMarker, QByteArray &nextUploadIdMarker, StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root || !expectRoot(*root, u"ListMultipartUploadsResult", error))
        return false;
    const bool urlEncoded =
        root->childText(u"EncodingType").compare(u"url", Qt::CaseInsensitive) == 0;
    truncated = isTrue(root->childText(u"IsTruncated"));
    nextKeyMarker = decodeKey(root->childText(u"NextKeyMarker"), urlEncoded);
    nextUploadIdMarker = root->childText(u"NextUploadIdMarker").toUtf8();
    root->forEach(u"Upload", [&](const Node &u) {
        UploadInfo info;
        info.key = decodeKey(u.childText(u"Key"), urlEncoded);
        info.uploadId = u.childText(u"UploadId").toUtf8();
        info.initiated = parseIsoTime(u.childText(u"Initiated"));
        uploads.append(info);
    });
    return true;
}

bool parseDeleteResult(const QByteArray &xml, QStringList &deleted, QList<DeleteFailure> &failures,
                       StorageError &error)
{
    auto root = parseTree(xml, error);
    if (!root || !expectRoot(*root, u"DeleteResult", error))
        return false;
    root->forEach(u"Deleted", [&](const Node &d) { deleted.append(d.childText(u"Key")); });
    root->forEach(u"Error", [&](const Node &e) {
        failures.append(
            {e.childText(u"Key"), e.childText(u"Code").toLatin1(), e.childText(u"Message")});
    });
    return true;
}

QByteArray completeMultipartBody(const QList<PartInfo> &parts)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("CompleteMultipartUpload"));
    for (const auto &p : parts) {
        w.writeStartElement(QStringLiteral("Part"));
        w.writeTextElement(QStringLiteral("PartNumber"), QString::number(p.partNumber));
        w.writeTextElement(QStringLiteral("ETag"),
                           u'"' + QString::fromLatin1(unquoteEtag(p.etag)) + u'"');
        if (p.crc32) {
            w.writeTextElement(QStringLiteral("ChecksumCRC32"),
                               QString::fromLatin1(AwsChunkedBody::formatCrc32(*p.crc32)));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray deleteObjectsBody(const QStringList &keys, bool quiet)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Delete"));
    if (quiet)
        w.writeTextElement(QStringLiteral("Quiet"), QStringLiteral("true"));
    for (const auto &k : keys) {
        w.writeStartElement(QStringLiteral("Object"));
        w.writeStartElement(QStringLiteral("Key"));
        // A raw CR would reach the server as LF (XML end-of-line handling): write it as &#13;.
        const auto pieces = QStringView(k).split(u'\r');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                w.writeEntityReference(QStringLiteral("#13"));
            w.writeCharacters(pieces.at(i).toString());
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace sucai::cloud::s3xml
