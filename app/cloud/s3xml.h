#pragma once

#include "storageerror.h"
#include "storagetypes.h"

#include <QByteArray>

namespace sucai::cloud::s3xml {

// Parsers for the S3 XML API's responses. Each returns false and fills `error` (kind Protocol)
// for malformed or truncated XML or a document of the wrong kind: a broken response is never
// taken for an empty listing. Element names are matched by local name, so namespaced (AWS)
// and plain (COS, RGW) documents both parse.

// <Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId></Error>. Returns false when
// the body is not an S3 error document (e.g. an HTML page from a proxy).
bool parseError(const QByteArray &xml, StorageError &out);

bool parseListBuckets(const QByteArray &xml, QList<BucketInfo> &out, StorageError &error);
bool parseListObjectsV2(const QByteArray &xml, ListObjectsPage &out, StorageError &error);
bool parseInitiateMultipart(const QByteArray &xml, QByteArray &uploadId, StorageError &error);
bool parseCompleteMultipart(const QByteArray &xml, QByteArray &etag, StorageError &error);
bool parseCopyResult(const QByteArray &xml, QByteArray &etag, StorageError &error);
// checksumAlgorithm (optional): the upload's <ChecksumAlgorithm> ("CRC32"), empty if none.
bool parseListParts(const QByteArray &xml, QList<PartInfo> &parts, bool &truncated, int &nextMarker,
                    StorageError &error, QByteArray *checksumAlgorithm = nullptr);
bool parseListUploads(const QByteArray &xml, QList<UploadInfo> &uploads, bool &truncated,
                      QString &nextKeyMarker, QByteArray &nextUploadIdMarker, StorageError &error);
bool parseDeleteResult(const QByteArray &xml, QStringList &deleted, QList<DeleteFailure> &failures,
                       StorageError &error);

// Request bodies.
QByteArray completeMultipartBody(const QList<PartInfo> &parts);
QByteArray deleteObjectsBody(const QStringList &keys, bool quiet);

QByteArray unquoteEtag(QByteArray etag);

} // namespace sucai::cloud::s3xml
