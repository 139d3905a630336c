#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace sucai::core {

QString JsonFile::message(const QString &source, const QString &problem)
{
    return tr("%1: %2").arg(QDir::toNativeSeparators(source), problem);
}

std::optional<QJsonObject> JsonFile::readObject(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = message(path, tr("cannot be read (%1)").arg(f.errorString()));
        return std::nullopt;
    }
    // Data files are a few kilobytes; anything huge is not one of ours.
    constexpr qint64 kMaxSize = 1024 * 1024;
    if (f.size() > kMaxSize) {
        if (error)
            *error = message(path, tr("is too large to be a settings file"));
        return std::nullopt;
    }
    return parseObject(f.readAll(), path, error);
}

std::optional<QJsonObject> JsonFile::parseObject(const QByteArray &data, const QString &source,
                                                 QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // The offset counts bytes; people count lines and (roughly) columns.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(pe.offset), data.size());
        const QByteArray before = data.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        if (error) {
            *error = message(source, tr("not valid JSON at line %1, column %2 (%3)")
                                         .arg(line)
                                         .arg(column)
                                         .arg(pe.errorString()));
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = message(source, tr("must hold a JSON object ({ ... })"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<double> JsonFile::number(const QJsonValue &v, const QString &key, double max,
                                       QString *problem)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > max) {
        if (problem)
            *problem = tr("\"%1\" must be a number from 0 to %2").arg(key).arg(max, 0, 'g', 15);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<qint64> JsonFile::wholeNumber(const QJsonValue &v, const QString &key, qint64 max,
                                            QString *problem)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > double(max) || std::floor(d) != d) {
        if (problem)
            *problem = tr("\"%1\" must be a whole number from 0 to %2").arg(key).arg(max);
        return std::nullopt;
    }
    return qint64(d);
}

bool JsonFile::onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &prefix,
                             QString *problem)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(u'_') || known.contains(it.key()))
            continue;
        if (problem) {
            *problem = tr("\"%1\" is not a known setting (known here: %2)")
                           .arg(prefix + it.key(), known.join(QStringLiteral(", ")));
        }
        return false;
    }
    return true;
}

QString JsonFile::missing(const QString &key)
{
    return tr("\"%1\" is missing").arg(key);
}

} // namespace sucai::core
