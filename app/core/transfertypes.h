#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sucai::core {

// The values below are stored as integers in the transfer journal: never renumber them, only
// append.
enum class TransferDirection : int { Upload = 0, Download = 1 };

//   Queued  -> Running                  started
//   Running -> Done | Failed | Paused
//   Paused  -> Queued                   resumed
//   Failed  -> Queued                   retried
//   Queued | Running | Paused | Failed -> Cancelled
// A task the journal finds Running when it is opened was cut off by a crash: it comes back
// Queued, with its progress, upload id and finished parts. The journal records these states; the
// engine decides the transitions.
enum class TransferState : int {
    Queued = 0,
    Running = 1,
    Paused = 2,
    Failed = 3,
    Done = 4,
    Cancelled = 5,
};

// What to do when the destination already exists.
enum class ConflictPolicy : int {
    Ask = 0,
    Overwrite = 1,
    Skip = 2,
    KeepBoth = 3,
    SkipIfIdentical = 4,
};

// One upload or download as the journal keeps it.
struct TransferRecord
{
    qint64 id = 0;      // assigned by the journal
    qint64 batchId = 0; // 0 = not part of a batch
    TransferDirection direction = TransferDirection::Upload;
    TransferState state = TransferState::Queued;
    QString profile;
    QString bucket;
    QString key;
    QString localPath;
    qint64 size = -1;        // bytes to move (upload: local size at enqueue; download: remote size)
    qint64 localMtimeMs = 0; // upload: local file mtime at enqueue (change detection)
    QByteArray remoteEtag;   // download: ETag at start (resume validation)
    QByteArray uploadId;     // multipart upload in progress, empty if none
    qint64 partSize = 0;     // multipart part size
    qint64 bytesDone = 0;
    double position = 0; // queue order; reorder = a new position between two neighbours
    ConflictPolicy conflict = ConflictPolicy::Ask;
    QByteArray headers; // opaque (JSON) Content-Type/Cache-Control/... chosen at enqueue
    QString error;      // why it failed, for the user
    QDateTime created;  // set by the journal if left invalid
    QDateTime finished; // set by the journal on Done/Failed/Cancelled
    QByteArray etag;    // result: ETag of the uploaded or downloaded object
    QString url;        // result: where the object can be reached
};

// A finished part of a multipart upload (or a finished range of a download).
struct PartRecord
{
    int partNumber = 0; // 1-based
    qint64 size = 0;
    QByteArray etag;
    quint64 crc64 = 0; // CRC-64/ECMA of the part, as COS reports it (x-cos-hash-crc64ecma)
    QByteArray md5;    // raw 16 bytes
    // CRC32 the server checked (trailer), for uploads created with checksum algorithm CRC32:
    // CompleteMultipartUpload must repeat it for every part.
    std::optional<quint32> crc32;
};

// A group of transfers started together (one drop, one folder).
struct BatchRecord
{
    qint64 id = 0;
    QString label;
    QDateTime created;
};

// A multipart upload nobody wants any more: its task was removed or cancelled, or it was
// replaced. It still holds storage on the server (and costs money) until it is aborted.
struct AbandonedUpload
{
    QString profile;
    QString bucket;
    QString key;
    QByteArray uploadId;
    QDateTime recorded;
};

} // namespace sucai::core
