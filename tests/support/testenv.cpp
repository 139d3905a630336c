#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

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

} // namespace sucai::test
