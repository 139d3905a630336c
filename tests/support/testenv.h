#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sucai::test {

// Values of the env file a tests/servers script wrote (KEY=VALUE lines), e.g. the RGW
// endpoint and keys: readServerEnv("rgw").value("SUCAI_S3_ENDPOINT"). Empty if not running.
QHash<QString, QString> readServerEnv(const QString &server);

// Writes `data` to `path` (creating its folder); false if that failed.
bool writeFile(const QString &path, const QByteArray &data);
// The whole file, or an empty array if it cannot be read.
QByteArray readFile(const QString &path);

// Directory for screenshots and other artefacts a person may want to look at.
QString artefactDir(const QString &sub);

// `data` as a gzip stream (zlib, best compression), as objects stored Content-Encoding: gzip.
QByteArray gzipBytes(const QByteArray &data);

} // namespace sucai::test
