#include "s3testenv.h"

#include "testenv.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace sucai::test {

std::unique_ptr<cloud::StorageClient> makeRgwClient(QNetworkAccessManager *nam, bool otherUser)
{
    const auto env = readServerEnv(QStringLiteral("rgw"));
    const QString endpoint = env.value(QStringLiteral("SUCAI_S3_ENDPOINT"));
    if (endpoint.isEmpty())
        return nullptr;
    auto ep = cloud::Endpoint::s3(QUrl(endpoint), env.value(QStringLiteral("SUCAI_S3_REGION")),
                                  cloud::Endpoint::Addressing::PathStyle);
    auto client = std::make_unique<cloud::StorageClient>(nam, ep, cloud::SignatureKind::SigV4);
    cloud::Credentials creds;
    const QString prefix =
        otherUser ? QStringLiteral("SUCAI_S3_OTHER_") : QStringLiteral("SUCAI_S3_");
    creds.accessKeyId = env.value(prefix + QStringLiteral("ACCESS_KEY")).toLatin1();
    creds.secretAccessKey = env.value(prefix + QStringLiteral("SECRET_KEY")).toLatin1();
    client->setCredentials(creds);
    client->setRetrySettings({.maxAttempts = 3, .baseDelayMs = 50, .maxDelayMs = 500});
    return client;
}

QString uniqueBucketName(const QString &stem)
{
    return QStringLiteral("%1-%2-%3")
        .arg(stem)
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->bounded(100000));
}

cloud::StorageError runJob(cloud::StorageJob *job, int timeoutMs)
{
    QSignalSpy spy(job, &cloud::StorageJob::finished);
    job->start();
    if (!spy.wait(timeoutMs)) {
        job->cancel();
        return cloud::StorageError::make(cloud::StorageError::Kind::Timeout,
                                         QStringLiteral("test: job did not finish in time"));
    }
    return job->error();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 v = rng.generate();
        memcpy(out.data() + i, &v, 4);
    }
    for (; i < size; ++i)
        out[i] = char(rng.generate());
    return out;
}

} // namespace sucai::test
