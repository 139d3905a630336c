#include "previewformat.h"

#include <QJsonDocument>
#include <QMimeDatabase>
#include <QStringDecoder>

#include <zlib.h>

namespace sucai::ui {

namespace {
QString suffixOf(const QString &key)
{
    const qsizetype dot = key.lastIndexOf(u'.');
    const qsizetype slash = key.lastIndexOf(u'/');
    return dot > slash ? key.mid(dot + 1).toLower() : QString();
}
} // namespace

bool isJsonName(const QString &key, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    return suffixOf(key) == u"json" || type.startsWith("application/json") ||
           type.contains("+json");
}

PreviewKind previewKindFor(const QString &key, const QByteArray &contentType)
{
    static const QStringList images = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                       QStringLiteral("jpeg"), QStringLiteral("gif"),
                                       QStringLiteral("bmp"),  QStringLiteral("webp"),
                                       QStringLiteral("svg"),  QStringLiteral("ico")};
    static const QStringList texts = {
        QStringLiteral("txt"),  QStringLiteral("md"),   QStringLiteral("json"),
        QStringLiteral("xml"),  QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("css"),  QStringLiteral("js"),   QStringLiteral("mjs"),
        QStringLiteral("ts"),   QStringLiteral("csv"),  QStringLiteral("tsv"),
        QStringLiteral("yaml"), QStringLiteral("yml"),  QStringLiteral("ini"),
        QStringLiteral("conf"), QStringLiteral("log"),  QStringLiteral("sh"),
        QStringLiteral("py"),   QStringLiteral("c"),    QStringLiteral("cpp"),
        QStringLiteral("h"),    QStringLiteral("java"), QStringLiteral("go"),
        QStringLiteral("rs"),   QStringLiteral("toml"), QStringLiteral("srt"),
        QStringLiteral("vtt")};
    const QString suffix = suffixOf(key);
    const QByteArray type = contentType.toLower();
    if (images.contains(suffix) || type.startsWith("image/"))
        return PreviewKind::Image;
    if (texts.contains(suffix) || type.startsWith("text/") || isJsonName(key, contentType) ||
        type.endsWith("/xml") || type.endsWith("javascript"))
        return PreviewKind::Text;
    if (type.startsWith("audio/") || type.startsWith("video/"))
        return PreviewKind::Media;
    if (!suffix.isEmpty()) {
        static const QMimeDatabase db;
        const QString name =
            db.mimeTypeForFile(QStringLiteral("x.") + suffix, QMimeDatabase::MatchExtension).name();
        if (name.startsWith(u"audio/") || name.startsWith(u"video/"))
            return PreviewKind::Media;
        if (name.startsWith(u"text/"))
            return PreviewKind::Text;
    }
    return PreviewKind::None;
}

QString previewText(const QByteArray &bytes, bool json, bool *binary)
{
    if (binary)
        *binary = false;
    if (bytes.contains('\0')) {
        if (binary)
            *binary = true;
        return {};
    }
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError && !doc.isNull())
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    // Drop a UTF-8 sequence cut by the end of a ranged read instead of showing U+FFFD.
    qsizetype end = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
        const auto c = quint8(bytes.at(end - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (need > back)
            end -= back;
        break;
    }
    QStringDecoder decode(QStringDecoder::Utf8);
    return decode(QByteArrayView(bytes).first(end));
}

QByteArray gunzipPrefix(const QByteArray &gzip, qint64 maxOut, bool *ok)
{
    if (ok)
        *ok = false;
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qMin<qint64>(maxOut, qMax<qint64>(gzip.size() * 4, 64 * 1024)));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    z.avail_in = uInt(gzip.size());
    qint64 produced = 0;
    int rc = Z_OK;
    while (produced < maxOut) {
        if (produced == out.size())
            out.resize(qMin<qint64>(maxOut, out.size() * 2));
        z.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z.avail_out = uInt(out.size() - produced);
        rc = inflate(&z, Z_NO_FLUSH);
        produced = qint64(z.total_out);
        if (rc != Z_OK)
            break;
        if (z.avail_in == 0)
            break; // a ranged read ends mid-stream: what came out so far is the preview
    }
    inflateEnd(&z);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
        return {};
    out.truncate(produced);
    if (ok)
        *ok = true;
    return out;
}

} // namespace sucai::ui
