#pragma once

#include "cloud/storageclient.h"
#include "cloud/storagejob.h"
#include "core/clock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace sucai::test {

// A client for the real RGW the `rgw` CTest fixture started (tests/servers/rgw.sh).
// Returns nullptr (and the caller QSKIPs... no: fails) when the server's env file is missing.
std::unique_ptr<cloud::StorageClient> makeRgwClient(QNetworkAccessManager *nam,
                                                    bool otherUser = false);

// A bucket name unique to this test process, so suites and reruns never collide.
QString uniqueBucketName(const QString &stem);

// Starts `job`, waits for finished() (event loop keeps running), returns its error.
// Fails the test with a message if it does not finish within the timeout.
cloud::StorageError runJob(cloud::StorageJob *job, int timeoutMs = 120'000);

class FakeClock final : public core::Clock
{
public:
    QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 ms = 0;
    QDateTime nowUtc() const override { return now; }
    qint64 monotonicMs() const override { return ms; }
};

QByteArray randomBytes(qsizetype size, quint32 seed);

} // namespace sucai::test
