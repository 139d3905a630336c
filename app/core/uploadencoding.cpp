#include "uploadencoding.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <zlib.h>

namespace sucai::core {

QStringList UploadEncoding::defaultGzipExtensions()
{
    return {QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("css"),
            QStringLiteral("js"),   QStringLiteral("mjs"),  QStringLiteral("json"),
            QStringLiteral("map"),  QStringLiteral("svg"),  QStringLiteral("txt"),
            QStringLiteral("xml"),  QStringLiteral("csv"),  QStringLiteral("md"),
            QStringLiteral("wasm"), QStringLiteral("ttf"),  QStringLiteral("otf"),
            QStringLiteral("ico"),  QStringLiteral("yaml"), QStringLiteral("yml")};
}

bool UploadEncoding::matches(const QString &path, const QStringList &extensions)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return false;
    for (const QString &e : extensions) {
        QString ext = e;
        if (ext.startsWith(u'.'))
            ext.remove(0, 1);
        if (suffix.compare(ext, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qint64> UploadEncoding::gzipFile(const QString &source, const QString &target,
                                               QString *error)
{
    const auto failed = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read %1: %2").arg(source, in.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return failed(tr("Cannot create %1: %2").arg(target, out.errorString()));

    z_stream z{};
    // 15 + 16: a gzip wrapper; zlib writes mtime 0 and no file name, so the output depends only
    // on the input (what a resumed multipart upload relies on).
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return failed(tr("Cannot start gzip compression."));
    constexpr qint64 kChunk = 256 * 1024;
    QByteArray inBuf(kChunk, Qt::Uninitialized);
    QByteArray outBuf(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    bool finished = false;
    QString why;
    while (!finished) {
        const qint64 n = in.read(inBuf.data(), kChunk);
        if (n < 0) {
            why = tr("Cannot read %1: %2").arg(source, in.errorString());
            break;
        }
        const int flush = n == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(inBuf.data());
        z.avail_in = uInt(n);
        do {
            z.next_out = reinterpret_cast<Bytef *>(outBuf.data());
            z.avail_out = uInt(kChunk);
            const int rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR) {
                why = tr("gzip compression failed.");
                break;
            }
            const qint64 have = kChunk - qint64(z.avail_out);
            if (have > 0 && out.write(outBuf.constData(), have) != have) {
                why = tr("Cannot write %1: %2").arg(target, out.errorString());
                break;
            }
            written += have;
            finished = rc == Z_STREAM_END;
        } while (z.avail_out == 0);
        if (!why.isEmpty())
            break;
    }
    deflateEnd(&z);
    if (!why.isEmpty()) {
        out.cancelWriting();
        return failed(why);
    }
    if (!out.commit())
        return failed(tr("Cannot write %1: %2").arg(target, out.errorString()));
    return written;
}

QList<CacheControlPreset> CacheControl::presets()
{
    return {
        {QStringLiteral("no-cache"), tr("Always revalidate (no-cache)"), "no-cache"},
        {QStringLiteral("1h"), tr("1 hour"), "public, max-age=3600"},
        {QStringLiteral("1d"), tr("1 day"), "public, max-age=86400"},
        {QStringLiteral("1w"), tr("1 week"), "public, max-age=604800"},
        {QStringLiteral("immutable"), tr("1 year, never changes (versioned file names)"),
         "public, max-age=31536000, immutable"},
    };
}

std::optional<QByteArray> CacheControl::resolve(const QString &presetOrValue, QString *error)
{
    for (const CacheControlPreset &p : presets()) {
        if (p.id.compare(presetOrValue, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    const QByteArray value = presetOrValue.trimmed().toLatin1();
    bool ok = !value.isEmpty() && QString::fromLatin1(value) == presetOrValue.trimmed();
    for (const char c : value)
        ok = ok && c >= 0x20 && c < 0x7f;
    if (!ok) {
        if (error)
            *error = tr("\"%1\" is not a Cache-Control value (printable ASCII, one line) or one "
                        "of the presets no-cache, 1h, 1d, 1w, immutable.")
                         .arg(presetOrValue);
        return std::nullopt;
    }
    return value;
}

} // namespace sucai::core
