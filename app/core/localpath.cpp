#include "localpath.h"

#include <QCoreApplication>
#include <QDir>

namespace sucai::core {

namespace {
// A named translation context that lupdate and the runtime agree on.
struct LocalPath
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::LocalPath)
};
bool refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}
bool segmentOk(QStringView seg, QString *why)
{
    if (seg.isEmpty())
        return refuse(why, LocalPath::tr("it contains an empty folder name (\"//\")"));
    if (seg == u"." || seg == u"..")
        return refuse(why, LocalPath::tr("it contains \".\" or \"..\" as a folder name"));
    if (seg.toUtf8().size() > 255)
        return refuse(why, LocalPath::tr("a name in it is longer than 255 bytes"));
    for (const QChar c : seg) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return refuse(why, LocalPath::tr("it contains control characters"));
        if (c == u'\\')
            return refuse(why, LocalPath::tr("it contains a backslash"));
    }
    return true;
}
} // namespace

std::optional<QString> safeLocalPath(const QString &root, const QString &relativeKey, QString *why)
{
    QString rel = relativeKey;
    const bool isFolder = rel.endsWith(u'/');
    if (isFolder)
        rel.chop(1);
    if (rel.isEmpty()) {
        refuse(why, LocalPath::tr("the name is empty"));
        return std::nullopt;
    }
    if (rel.startsWith(u'/')) {
        refuse(why, LocalPath::tr("it is an absolute path"));
        return std::nullopt;
    }
    if (rel.size() >= 2 && rel.at(1) == u':' && rel.at(0).isLetter()) {
        refuse(why, LocalPath::tr("it starts with a drive letter"));
        return std::nullopt;
    }
    const auto segments = QStringView(rel).split(u'/');
    for (const auto &seg : segments) {
        if (!segmentOk(seg, why))
            return std::nullopt;
    }
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    const QString path = QDir::cleanPath(base + u'/' + rel);
    // Belt and braces: after the checks above this cannot escape, but prove it.
    if (!path.startsWith(base + u'/')) {
        refuse(why, LocalPath::tr("it would land outside the chosen folder"));
        return std::nullopt;
    }
    return isFolder ? path + u'/' : path;
}

QString relativeKeyFor(const QString &root, const QString &filePath)
{
    return QDir(root).relativeFilePath(filePath);
}

} // namespace sucai::core

namespace sucai::core {

QString keepBothName(const QString &path, int n)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    // The dot must be inside the name and not its first character (".gitignore").
    if (dot > slash + 1)
        return path.left(dot) + suffix + path.mid(dot);
    return path + suffix;
}

} // namespace sucai::core
