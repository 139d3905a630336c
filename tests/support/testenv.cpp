#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <zlib.h>

namespace sucai::test {

QHash<QString, QString> readServerEnv(const QString &server)
{
    QHash<QString, QString> out;
    const QString dir = qEnvironmentVariable("SUCAI_SERVERS_DIR");
    QFile f(dir + u'/' + server + QStringLiteral("/env"));
    if (dir.isEmpty() || !f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const auto eq = line.indexOf(u'=');
        if (eq > 0 && !line.startsWith(u'#'))
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}

QString artefactDir(const QString &sub)
{
    QString base = qEnvironmentVariable("SUCAI_SCREENSHOT_DIR");
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/sucai-artefacts");
    const QString dir = base + u'/' + sub;
    QDir().mkpath(dir);
    return dir;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gzipBytes(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace sucai::test
