#pragma once

#include <QHash>
#include <QString>

namespace sucai::test {

// Values of the env file a tests/servers script wrote (KEY=VALUE lines), e.g. the RGW
// endpoint and keys: readServerEnv("rgw").value("SUCAI_S3_ENDPOINT"). Empty if not running.
QHash<QString, QString> readServerEnv(const QString &server);

// Directory for screenshots and other artefacts a person may want to look at.
QString artefactDir(const QString &sub);

} // namespace sucai::test
