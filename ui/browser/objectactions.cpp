#include "objectactions.h"

#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"

#include <memory>

namespace sucai::ui {

struct ObjectActions::Plan
{
    QString bucket;
    QStringList folders; // still to list
    QByteArray token;    // of the folder being listed
    QStringList keys;
    qint64 bytes = 0;
};

ObjectActions::ObjectActions(QObject *parent)
    : QObject(parent)
{}

ObjectActions::~ObjectActions() = default;

QString ObjectActions::checkName(const QString &name)
{
    const QString n = name.trimmed();
    bool bad = n.isEmpty() || n == u"." || n == u".." || n.contains(u'/') || n.contains(u'\\');
    for (const QChar c : n)
        bad = bad || c.category() == QChar::Other_Control;
    return bad ? tr("\"%1\" cannot be a name: it must not be empty, \".\" or \"..\", or contain "
                    "/ \\ or control characters.")
                     .arg(name)
               : QString();
}

void ObjectActions::createFolder(const QString &bucket, const QString &prefix, const QString &name)
{
    const QString n = name.trimmed();
    if (const QString why = checkName(name); !why.isEmpty()) {
        Q_EMIT error(why);
        return;
    }
    if (!m_client)
        return;
    const QString key = prefix + n + u'/';
    ++m_busy;
    auto *job = m_client->putObjectData(bucket, key, {});
    connect(
        job, &cloud::StorageJob::finished, this,
        [this, job, bucket, key](const cloud::StorageError &e) {
            job->deleteLater();
            --m_busy;
            if (!e.ok()) {
                Q_EMIT error(
                    tr("Cannot create the folder %1: %2").arg(bucket + u'/' + key, e.toUserText()));
                return;
            }
            Q_EMIT folderCreated(bucket, key);
        });
    job->start();
}

void ObjectActions::rename(const QString &bucket, const QString &key, const QString &newName)
{
    if (const QString why = checkName(newName); !why.isEmpty()) {
        Q_EMIT error(why);
        return;
    }
    if (!m_client || key.endsWith(u'/'))
        return;
    const QString target = key.left(key.lastIndexOf(u'/') + 1) + newName.trimmed();
    if (target == key)
        return;
    ++m_busy;
    const auto finish = [this] { --m_busy; };
    // Never over another object: HEAD first, copy only if the name is free.
    auto *head = m_client->headObject(bucket, target);
    connect(head, &cloud::StorageJob::finished, this,
            [this, head, bucket, key, target, finish](const cloud::StorageError &e) {
                head->deleteLater();
                if (e.ok()) {
                    finish();
                    Q_EMIT error(
                        tr("%1 already exists: choose another name.").arg(bucket + u'/' + target));
                    return;
                }
                if (e.code != "NoSuchKey" && e.httpStatus != 404) {
                    finish();
                    Q_EMIT error(tr("Cannot rename %1: %2").arg(key, e.toUserText()));
                    return;
                }
                auto *copy = m_client->copyObject(bucket, key, bucket, target);
                connect(copy, &cloud::StorageJob::finished, this,
                        [this, copy, bucket, key, target, finish](const cloud::StorageError &ce) {
                            copy->deleteLater();
                            if (!ce.ok()) {
                                finish();
                                Q_EMIT error(tr("Cannot rename %1: %2").arg(key, ce.toUserText()));
                                return;
                            }
                            auto *del = m_client->deleteObject(bucket, key);
                            connect(del, &cloud::StorageJob::finished, this,
                                    [this, del, bucket, key, target,
                                     finish](const cloud::StorageError &de) {
                                        del->deleteLater();
                                        finish();
                                        if (!de.ok()) {
                                            Q_EMIT error(tr("Copied to %1, but %2 could not be "
                                                            "deleted: %3")
                                                             .arg(target, key, de.toUserText()));
                                        }
                                        Q_EMIT renamed(bucket, key, target);
                                    });
                            del->start();
                        });
                copy->start();
            });
    head->start();
}

void ObjectActions::planDelete(const QString &bucket, const QStringList &keys,
                               const QList<qint64> &sizes)
{
    auto plan = std::make_shared<Plan>();
    plan->bucket = bucket;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i].endsWith(u'/')) {
            plan->folders.append(keys[i]);
        } else {
            plan->keys.append(keys[i]);
            plan->bytes += qMax<qint64>(0, i < sizes.size() ? sizes[i] : 0);
        }
    }
    ++m_busy;
    listNext(plan);
}

void ObjectActions::listNext(const std::shared_ptr<Plan> &plan)
{
    if (plan->folders.isEmpty() || !m_client) {
        --m_busy;
        plan->keys.removeDuplicates();
        Q_EMIT deletePlanned(plan->bucket, plan->keys, plan->bytes);
        return;
    }
    cloud::ListObjectsParams params;
    params.prefix = plan->folders.first();
    params.continuationToken = plan->token;
    auto *job = m_client->listObjects(plan->bucket, params);
    connect(
        job, &cloud::StorageJob::finished, this, [this, job, plan](const cloud::StorageError &e) {
            job->deleteLater();
            if (!e.ok()) {
                --m_busy;
                Q_EMIT error(tr("Cannot list %1: %2")
                                 .arg(plan->bucket + u'/' + plan->folders.first(), e.toUserText()));
                return;
            }
            for (const cloud::ObjectInfo &o : job->page().objects) {
                plan->keys.append(o.key);
                plan->bytes += o.size;
            }
            if (job->page().isTruncated) {
                plan->token = job->page().nextContinuationToken;
            } else {
                // The folder marker itself, if there is one, was listed with the rest.
                plan->folders.removeFirst();
                plan->token.clear();
            }
            listNext(plan);
        });
    job->start();
}

void ObjectActions::deleteObjects(const QString &bucket, const QStringList &keys)
{
    if (!m_client || keys.isEmpty())
        return;
    ++m_busy;
    auto *job = m_client->deleteObjects(bucket, keys);
    connect(job, &cloud::StorageJob::finished, this,
            [this, job, bucket](const cloud::StorageError &e) {
                job->deleteLater();
                --m_busy;
                QStringList failures;
                for (const cloud::DeleteFailure &f : job->failures())
                    failures.append(f.key + QStringLiteral(": ") + f.message);
                if (!e.ok())
                    failures.append(e.toUserText());
                Q_EMIT deleted(bucket, int(job->deleted().size()), failures);
            });
    job->start();
}

void ObjectActions::setHeaders(const QString &bucket, const QString &key,
                               const cloud::ObjectHeaders &headers)
{
    if (!m_client || key.endsWith(u'/'))
        return;
    ++m_busy;
    auto *job = m_client->copyObject(bucket, key, bucket, key, true, headers);
    connect(job, &cloud::StorageJob::finished, this,
            [this, job, bucket, key](const cloud::StorageError &e) {
                job->deleteLater();
                --m_busy;
                if (!e.ok()) {
                    Q_EMIT error(
                        tr("Cannot change the properties of %1: %2").arg(key, e.toUserText()));
                    return;
                }
                Q_EMIT headersChanged(bucket, key);
            });
    job->start();
}

QString ObjectActions::publicUrl(const QString &bucket, const QString &key) const
{
    return m_client ? m_client->endpoint().objectUrl(bucket, key).toString(QUrl::FullyEncoded)
                    : QString();
}

QString ObjectActions::presignedUrl(const QString &bucket, const QString &key,
                                    qint64 expiresSeconds) const
{
    return m_client
               ? m_client->presignedUrl(bucket, key, expiresSeconds).toString(QUrl::FullyEncoded)
               : QString();
}

} // namespace sucai::ui
