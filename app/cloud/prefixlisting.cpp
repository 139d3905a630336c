#include "prefixlisting.h"

#include "storageclient.h"
#include "storagejobs.h"

namespace sucai::cloud {

PrefixListing::PrefixListing(StorageClient *client, QString bucket, QStringList prefixes,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_prefixes(std::move(prefixes))
{}

PrefixListing::~PrefixListing()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
}

void PrefixListing::start()
{
    next();
}

void PrefixListing::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    finish(StorageError::make(StorageError::Kind::Cancelled, StorageError::tr("Cancelled.")));
}

void PrefixListing::finish(const StorageError &e)
{
    if (m_done)
        return;
    m_done = true;
    m_error = e;
    m_keys.removeDuplicates();
    Q_EMIT finished();
}

void PrefixListing::next()
{
    if (m_done)
        return;
    if (m_prefixes.isEmpty()) {
        finish();
        return;
    }
    if (!m_client) {
        finish(StorageError::make(StorageError::Kind::InvalidArgument,
                                  tr("The account is no longer open.")));
        return;
    }
    ListObjectsParams params;
    params.prefix = m_prefixes.first();
    params.continuationToken = m_token;
    m_job = m_client->listObjects(m_bucket, params);
    connect(m_job, &StorageJob::finished, this, [this](const StorageError &e) {
        ListObjectsJob *job = m_job;
        m_job = nullptr;
        job->deleteLater();
        if (!e.ok()) {
            finish(e);
            return;
        }
        for (const ObjectInfo &o : job->page().objects) {
            m_keys.append(o.key);
            m_bytes += o.size;
        }
        m_token = job->page().nextContinuationToken;
        if (m_token.isEmpty())
            m_prefixes.removeFirst();
        next();
    });
    m_job->start();
}

} // namespace sucai::cloud
