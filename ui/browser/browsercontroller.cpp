#include "browsercontroller.h"

#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "models/bucketmodel.h"
#include "objectactions.h"

#include <QLocale>

namespace sucai::ui {

BrowserController::BrowserController(QObject *parent)
    : QObject(parent)
    , m_model(new models::BucketModel(this))
    , m_actions(new ObjectActions(this))
{
    connect(m_model, &models::BucketModel::pageRequested, this, &BrowserController::requestPage);
    connect(m_model, &models::BucketModel::loadingChanged, this, &BrowserController::updateStatus);
    connect(m_model, &models::BucketModel::busyChanged, this, &BrowserController::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrowserController::updateStatus);
    connect(m_model, &models::BucketModel::failed, this, &BrowserController::errorOccurred);
}

BrowserController::~BrowserController()
{
    if (m_listing)
        m_listing->cancel();
}

void BrowserController::setClient(cloud::StorageClient *client, const QString &profileName)
{
    if (m_client != client && !m_model->bucket().isEmpty()) {
        // Another account: nothing of the last one stays on screen or in the history.
        m_history.clear();
        m_historyPos = -1;
        m_model->close();
        Q_EMIT locationChanged({});
    }
    if (m_client != client)
        m_knownBuckets.clear();
    m_client = client;
    m_profileName = profileName;
    m_actions->setClient(client);
}

void BrowserController::refreshBuckets()
{
    if (!m_client)
        return;
    auto *job = m_client->listBuckets();
    connect(job, &cloud::StorageJob::finished, this, [this, job](const cloud::StorageError &e) {
        job->deleteLater();
        if (!e.ok()) {
            if (e.httpStatus == 403 && !m_knownBuckets.isEmpty()) {
                Q_EMIT bucketsChanged(m_knownBuckets);
                return;
            }
            Q_EMIT errorOccurred(e.toUserText());
            return;
        }
        QStringList names;
        for (const auto &b : job->buckets())
            names << b.name;
        Q_EMIT bucketsChanged(names);
    });
    job->start();
}

QString BrowserController::address() const
{
    if (m_model->bucket().isEmpty())
        return {};
    return m_model->bucket() + u'/' + m_model->prefix();
}

void BrowserController::openAddress(const QString &typed)
{
    QString a = typed.trimmed();
    if (a.startsWith(u"s3://"))
        a = a.mid(5);
    while (a.startsWith(u'/'))
        a.remove(0, 1);
    if (a.isEmpty())
        return;
    const qsizetype slash = a.indexOf(u'/');
    const QString bucket = slash < 0 ? a : a.left(slash);
    QString prefix = slash < 0 ? QString() : a.mid(slash + 1);
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    open(bucket, prefix);
}

void BrowserController::open(const QString &bucket, const QString &prefix, bool recordHistory)
{
    if (!m_client)
        return;
    if (m_listing)
        m_listing->cancel();
    if (recordHistory) {
        m_history.resize(m_historyPos + 1);
        m_history.append({bucket, prefix});
        m_historyPos = int(m_history.size()) - 1;
    }
    m_model->open(bucket, prefix);
    Q_EMIT locationChanged(address());
}

void BrowserController::activateKey(const QString &key)
{
    if (key.endsWith(u'/'))
        open(m_model->bucket(), key);
}

void BrowserController::up()
{
    QString p = m_model->prefix();
    if (p.isEmpty())
        return;
    p.chop(1);
    open(m_model->bucket(), p.left(p.lastIndexOf(u'/') + 1));
}

void BrowserController::back()
{
    if (!canGoBack())
        return;
    --m_historyPos;
    open(m_history[m_historyPos].first, m_history[m_historyPos].second, false);
}

void BrowserController::forward()
{
    if (!canGoForward())
        return;
    ++m_historyPos;
    open(m_history[m_historyPos].first, m_history[m_historyPos].second, false);
}

void BrowserController::refresh()
{
    if (m_model->bucket().isEmpty())
        return;
    if (m_model->isSearch())
        search(m_model->searchQuery());
    else
        open(m_model->bucket(), m_model->prefix(), false);
}

void BrowserController::search(const QString &text)
{
    if (!m_client || m_model->bucket().isEmpty())
        return;
    if (text.isEmpty()) {
        if (m_model->isSearch())
            open(m_model->bucket(), m_model->prefix(), false);
        return;
    }
    if (m_listing)
        m_listing->cancel();
    m_model->openSearch(m_model->bucket(), m_model->prefix(), text);
}

void BrowserController::requestPage(const QString &bucket, const QString &prefix,
                                    const QByteArray &token)
{
    if (!m_client)
        return;
    cloud::ListObjectsParams params;
    params.prefix = prefix;
    if (!m_model->isSearch())
        params.delimiter = QStringLiteral("/");
    params.continuationToken = token;
    auto *job = m_client->listObjects(bucket, params);
    m_listing = job;
    connect(
        job, &cloud::StorageJob::finished, this,
        [this, job, bucket, prefix](const cloud::StorageError &e) {
            job->deleteLater();
            if (e.kind == cloud::StorageError::Kind::Cancelled)
                return;
            if (!e.ok()) {
                m_model->pageFailed(bucket, prefix, e.toUserText());
                return;
            }
            const auto &page = job->page();
            QList<models::BucketModel::Entry> entries;
            entries.reserve(page.commonPrefixes.size() + page.objects.size());
            for (const auto &p : page.commonPrefixes)
                entries.append({p, -1, 0, {}});
            for (const auto &o : page.objects)
                entries.append({o.key, o.size, o.lastModified.toSecsSinceEpoch(), o.storageClass});
            m_model->appendPage(bucket, prefix, entries, page.nextContinuationToken);
        });
    job->start();
}

void BrowserController::updateStatus()
{
    QString text =
        m_model->isSearch()
            ? tr("%n object(s) found starting with “%1”", nullptr, int(m_model->objectCount()))
                  .arg(m_model->searchQuery())
            : tr("%n object(s) listed", nullptr, int(m_model->objectCount()));
    if (!m_model->filter().isEmpty())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_model->rowCount());
    if (m_model->isBusy())
        text += QStringLiteral(" · ") + tr("sorting…");
    if (m_model->isLoading())
        text += QStringLiteral(" · ") + tr("loading…");
    else if (!m_model->isComplete())
        text += QStringLiteral(" · ") + tr("more as you scroll");
    Q_EMIT statusChanged(text);
}

} // namespace sucai::ui
