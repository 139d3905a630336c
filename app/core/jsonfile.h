#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace sucai::core {

// Reading the small JSON data files people edit by hand (free tier, price table) with errors
// that say which file and what is wrong in it, e.g.
//   /home/me/.local/share/Sucai/Sucai/freetier.json: not valid JSON at line 3, column 17 (...)
//   prices.json: "egressPerGB" must be a number of at least 0
// Every message is "<file>: <problem>" and translated.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::JsonFile)

public:
    // Reads a file (or a ":/" resource) that must hold one JSON object.
    static std::optional<QJsonObject> readObject(const QString &path, QString *error);
    // The same for bytes already read; `source` names them in messages.
    static std::optional<QJsonObject> parseObject(const QByteArray &data, const QString &source,
                                                  QString *error);
    // "<file>: <problem>", the file with native separators.
    static QString message(const QString &source, const QString &problem);

    // Field checks. On failure they return nullopt / false and set *problem to a translated
    // sentence naming `key` (a dotted path such as "cdnActivationPackage.GB").
    static std::optional<double> number(const QJsonValue &v, const QString &key, double max,
                                        QString *problem);
    static std::optional<qint64> wholeNumber(const QJsonValue &v, const QString &key, qint64 max,
                                             QString *problem);
    // Keys of `o` that are not in `known` are an error, so that a typo ("egresGB") is reported
    // instead of silently ignored. Keys starting with "_" are comments and always allowed.
    static bool onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &prefix,
                              QString *problem);
    static QString missing(const QString &key);
};

} // namespace sucai::core
