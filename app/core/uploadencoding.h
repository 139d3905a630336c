#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sucai::core {

// How an upload's bytes are stored, chosen when it is queued (kept in the journal).
//
// Text assets (HTML, CSS, JavaScript, JSON, SVG...) shrink to a fifth or less with gzip; served
// with `Content-Encoding: gzip` a browser or CDN unpacks them itself, and storage and egress cost
// less. The file is compressed to a staging copy first: S3 needs the body's length before the
// first byte, and a multipart upload resumes from the same bytes.
class UploadEncoding
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::UploadEncoding)

public:
    // The extensions gzip is offered for (lower case, no dot): text formats only; images, video
    // and archives are compressed already.
    static QStringList defaultGzipExtensions();
    // Whether `path` has one of `extensions` (case-insensitive; "min.js" matches ".js").
    static bool matches(const QString &path, const QStringList &extensions);

    // Compresses `source` into `target` (gzip, zlib level 6, no name or time in the header, so
    // the same file always gives the same bytes). Written under a temporary name and renamed:
    // `target` is either complete or absent. Returns the compressed size, or nullopt with
    // `*error` saying why (unreadable file, disk full...).
    static std::optional<qint64> gzipFile(const QString &source, const QString &target,
                                          QString *error);
};

// Cache-Control values for uploads, by name, so that a choice in the UI or a CLI flag says what
// it means ("1 day") rather than a header nobody remembers.
struct CacheControlPreset
{
    QString id;       // stable: "no-cache", "1h", "1d", "1w", "immutable"
    QString label;    // translated, for menus
    QByteArray value; // the header value
};

class CacheControl
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::CacheControl)

public:
    static QList<CacheControlPreset> presets();
    // A preset id, or a header value of one's own (checked: printable ASCII, no line breaks).
    static std::optional<QByteArray> resolve(const QString &presetOrValue, QString *error);
};

} // namespace sucai::core
