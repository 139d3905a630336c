#include "batchcopy.h"

#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"

namespace sucai::ui {

namespace {
// "name.ext" -> "name (n).ext", "folder/" -> "folder (n)/".
QString numbered(const QString &name, int n)
{
    const bool folder = name.endsWith(u'/');
    const QString base = folder ? name.chopped(1) : name;
    const qsizetype dot = folder ? -1 : base.lastIndexOf(u'.');
    const QString stem = dot > 0 ? base.left(dot) : base;
    const QString ext = dot > 0 ? base.mid(dot) : QString();
    return stem + QStringLiteral(" (%1)").arg(n) + ext + (folder ? QStringLiteral("/") : QString());
}
} // namespace

BatchCopy::BatchCopy(cloud::StorageClient *client, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

BatchCopy::~BatchCopy()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

QString BatchCopy::check(const Request &r)
{
    if (r.keys.isEmpty())
        return tr("Nothing to paste.");
    const bool sameBucket = r.srcBucket == r.dstBucket;
    for (const QString &key : r.keys) {
        if (sameBucket && key.endsWith(u'/') && r.dstPrefix.startsWith(key))
            return tr("%1 cannot be put inside itself.").arg(key);
    }
    if (!r.renameTo.isEmpty()) {
        const QString n = r.renameTo;
        if (r.keys.size() != 1 || n == u"." || n == u".." || n.contains(u'/') || n.contains(u'\\'))
            return tr("\"%1\" cannot be a name: it must not be \".\" or \"..\", or contain / or "
                      "\\.")
                .arg(n);
        const QString target =
            n + (r.keys.first().endsWith(u'/') ? QStringLiteral("/") : QString());
        if (r.takenNames.contains(target))
            return tr("%1 already exists: choose another name.").arg(target);
        if (sameBucket && r.srcPrefix + target == r.keys.first())
            return tr("That is its name already.");
        return {};
    }
    if (r.move && sameBucket && r.srcPrefix == r.dstPrefix)
        return tr("The objects are already in this folder.");
    return {};
}

QString BatchCopy::targetName(const QString &topLevel) const
{
    const QString name = topLevel.mid(m_request.srcPrefix.size());
    if (!m_request.renameTo.isEmpty())
        return m_request.renameTo + (topLevel.endsWith(u'/') ? QStringLiteral("/") : QString());
    const bool inPlace =
        m_request.srcBucket == m_request.dstBucket && m_request.srcPrefix == m_request.dstPrefix;
    if (!inPlace)
        return name; // what exists there is skipped by the per-object check, never overwritten
    for (int n = 1; n < 10000; ++n) {
        const QString candidate = numbered(name, n);
        if (!m_request.takenNames.contains(candidate))
            return candidate;
    }
    return numbered(name, 10000);
}

void BatchCopy::start()
{
    if (m_running)
        return;
    if (const QString why = check(m_request); !why.isEmpty() || !m_client) {
        m_failures.append(why.isEmpty() ? tr("Not connected.") : why);
        QMetaObject::invokeMethod(
            this, [this] { finish(false); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    for (qsizetype i = 0; i < m_request.keys.size(); ++i) {
        const QString &key = m_request.keys[i];
        m_renamed.insert(key, targetName(key));
        if (key.endsWith(u'/')) {
            m_folders.append(key);
        } else {
            const qint64 size =
                qMax<qint64>(0, i < m_request.sizes.size() ? m_request.sizes[i] : 0);
            m_queue.push_back({key, m_request.dstPrefix + m_renamed.value(key), size});
            m_bytesTotal += size;
        }
    }
    listNext();
}

void BatchCopy::listNext()
{
    if (!m_running)
        return;
    if (m_folders.isEmpty()) {
        m_total = int(m_queue.size());
        Q_EMIT planned(m_total, m_bytesTotal);
        Q_EMIT progressChanged(0, m_total, 0, m_bytesTotal);
        if (m_total == 0) {
            finish(false);
            return;
        }
        pump();
        return;
    }
    cloud::ListObjectsParams params;
    params.prefix = m_folders.first();
    params.continuationToken = m_token;
    auto *job = m_client->listObjects(m_request.srcBucket, params);
    track(job);
    connect(job, &cloud::StorageJob::finished, this, [this, job](const cloud::StorageError &e) {
        job->deleteLater();
        if (!m_running)
            return;
        const QString folder = m_folders.first();
        if (!e.ok()) {
            m_failures.append(folder + QStringLiteral(": ") + e.toUserText());
            m_folders.removeFirst();
            m_token.clear();
            listNext();
            return;
        }
        const QString dstFolder = m_request.dstPrefix + m_renamed.value(folder);
        for (const cloud::ObjectInfo &o : job->page().objects) {
            m_queue.push_back({o.key, dstFolder + o.key.mid(folder.size()), o.size});
            m_bytesTotal += o.size;
        }
        if (job->page().isTruncated) {
            m_token = job->page().nextContinuationToken;
        } else {
            m_folders.removeFirst();
            m_token.clear();
        }
        listNext();
    });
    job->start();
}

void BatchCopy::track(cloud::StorageJob *job)
{
    m_jobs.removeIf([](const QPointer<cloud::StorageJob> &j) { return j.isNull(); });
    m_jobs.append(job);
}

void BatchCopy::pump()
{
    while (m_running && m_inFlight < kParallel && !m_queue.empty()) {
        const Item item = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        runItem(item);
    }
    if (m_running && m_inFlight == 0 && m_queue.empty())
        finish(false);
}

void BatchCopy::runItem(const Item &item)
{
    // Never over another object: HEAD the destination first, copy only if it is free.
    auto *head = m_client->headObject(m_request.dstBucket, item.dst);
    track(head);
    connect(head, &cloud::StorageJob::finished, this,
            [this, head, item](const cloud::StorageError &he) {
                head->deleteLater();
                if (!m_running)
                    return;
                if (he.ok()) {
                    itemDone(item, tr("%1 already exists there; not overwritten").arg(item.dst));
                    return;
                }
                if (he.code != "NoSuchKey" && he.httpStatus != 404) {
                    itemDone(item, he.toUserText());
                    return;
                }
                auto *copy = m_client->copyObject(m_request.srcBucket, item.src,
                                                  m_request.dstBucket, item.dst);
                track(copy);
                connect(copy, &cloud::StorageJob::finished, this,
                        [this, copy, item](const cloud::StorageError &ce) {
                            copy->deleteLater();
                            if (!m_running)
                                return;
                            if (!ce.ok()) {
                                itemDone(item, ce.toUserText());
                                return;
                            }
                            if (!m_request.move) {
                                itemDone(item, {});
                                return;
                            }
                            auto *del = m_client->deleteObject(m_request.srcBucket, item.src);
                            track(del);
                            connect(del, &cloud::StorageJob::finished, this,
                                    [this, del, item](const cloud::StorageError &de) {
                                        del->deleteLater();
                                        if (!m_running)
                                            return;
                                        itemDone(item, de.ok()
                                                           ? QString()
                                                           : tr("copied to %1, but not deleted: %2")
                                                                 .arg(item.dst, de.toUserText()));
                                    });
                            del->start();
                        });
                copy->start();
            });
    head->start();
}

void BatchCopy::itemDone(const Item &item, const QString &failure)
{
    --m_inFlight;
    ++m_done;
    m_bytesDone += item.size;
    if (failure.isEmpty())
        ++m_copied;
    else
        m_failures.append(item.src + QStringLiteral(": ") + failure);
    Q_EMIT progressChanged(m_done, m_total, m_bytesDone, m_bytesTotal);
    pump();
}

void BatchCopy::cancel()
{
    if (!m_running)
        return;
    m_running = false; // first: the cancelled jobs' answers must not start new ones
    m_queue.clear();
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    Q_EMIT finished(m_copied, m_failures, true);
}

void BatchCopy::finish(bool cancelled)
{
    m_running = false;
    m_queue.clear();
    Q_EMIT finished(m_copied, m_failures, cancelled);
}

} // namespace sucai::ui
