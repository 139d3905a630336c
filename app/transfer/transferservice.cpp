#include "transferservice.h"

#include "core/localpath.h"
#include "core/transferjournal.h"
#include "core/usageledger.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThreadPool>

namespace sucai::transfer {

namespace {
constexpr int kHistoryDays = 90;
}

TransferService::TransferService(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_journal(std::make_unique<core::TransferJournal>())
    , m_ledger(std::make_unique<core::UsageLedger>())
{
    m_thread.setObjectName(QStringLiteral("transfers"));
    // Built here, opened there: the SQLite connections belong to the thread that opens them.
    m_engine = new TransferEngine(m_journal.get(), m_ledger.get());
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &TransferEngine::credentialsExpired, this,
            &TransferService::credentialsExpired); // queued: engine thread → ours
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, [this, dataDir] {
        QDir().mkpath(dataDir);
        const QString path = dataDir + QStringLiteral("/transfers.db");
        QString why;
        if (!m_journal->open(path, &why)) {
            // A damaged journal must not stop the work: kept aside for inspection.
            QString movedTo;
            core::TransferJournal::moveAside(path, &movedTo);
            if (!m_journal->open(path, &why)) {
                Q_EMIT warning(tr("Transfers will not be resumed after a restart: %1").arg(why));
            } else {
                Q_EMIT warning(
                    tr("The transfer journal was damaged; it was kept as %1 and a new one "
                       "started.")
                        .arg(movedTo));
            }
        }
        // The history (finished transfers, with URLs) is kept for 90 days, not forever.
        if (m_journal->isOpen())
            m_journal->clearHistory(QDateTime::currentDateTimeUtc().addDays(-kHistoryDays));
        if (!m_ledger->open(dataDir + QStringLiteral("/usage.db"), &why))
            Q_EMIT warning(tr("Usage will not be recorded: %1").arg(why));
    });
}

TransferService::~TransferService()
{
    // The engine, the journal and the ledger go in their own thread; running transfers stop
    // where they are and come back with restore() next time.
    QMetaObject::invokeMethod(m_engine, [this] {
        delete m_engine;
        m_ledger.reset();
        m_journal.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void TransferService::addProfile(const QString &name, const cloud::Endpoint &endpoint,
                                 cloud::SignatureKind signature,
                                 const cloud::Credentials &credentials)
{
    post([=](TransferEngine *e) { e->addProfile(name, endpoint, signature, credentials); });
}

void TransferService::setCredentials(const QString &profile, const cloud::Credentials &credentials)
{
    post([=](TransferEngine *e) { e->setCredentials(profile, credentials); });
}

void TransferService::restore(bool paused)
{
    post([paused](TransferEngine *e) { e->restore(paused); });
}

void TransferService::upload(const QString &profile, const QStringList &localPaths,
                             const QString &bucket, const QString &prefix,
                             const TransferEngine::UploadOptions &options)
{
    QString base = prefix;
    if (!base.isEmpty() && !base.endsWith(u'/'))
        base += u'/';
    // Walking a big folder takes a while: not on the GUI thread, not on the engine's either.
    QPointer<TransferEngine> engine(m_engine);
    QPointer<TransferService> self(this);
    QThreadPool::globalInstance()->start([=] {
        QList<TransferEngine::UploadItem> items;
        QStringList unreadable;
        for (const QString &path : localPaths) {
            const QFileInfo info(path);
            if (info.isDir()) {
                const QString root = info.absoluteFilePath();
                const QString into = base + info.fileName() + u'/';
                QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                                QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString file = it.next();
                    items.append({file, into + core::relativeKeyFor(root, file)});
                }
            } else if (info.isFile() && info.isReadable()) {
                items.append({info.absoluteFilePath(), base + info.fileName()});
            } else {
                unreadable.append(path);
            }
        }
        // Back to the service's thread to reach the engine safely (it may be gone by then).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [=] {
                if (!self || !engine)
                    return;
                if (!unreadable.isEmpty())
                    Q_EMIT self->warning(tr("Not uploaded (not a readable file or folder): %1")
                                             .arg(unreadable.join(QStringLiteral(", "))));
                if (items.isEmpty())
                    return;
                self->post([=](TransferEngine *e) {
                    const qint64 batch = e->newBatch(tr("Upload to %1").arg(bucket + u'/' + base));
                    e->enqueueUploads(batch, profile, bucket, items, options);
                });
            },
            Qt::QueuedConnection);
    });
}

void TransferService::download(const QString &profile, const QString &bucket,
                               const QStringList &keys, const QList<qint64> &sizes,
                               const QString &basePrefix, const QString &localDir,
                               core::ConflictPolicy conflict)
{
    QStringList refused;
    QList<QPair<QString, QString>> items; // key, local path
    for (const QString &key : keys) {
        QString why;
        // A key never decides where a file lands outside the folder the user chose.
        const auto safe = core::safeLocalPath(
            localDir, key.startsWith(basePrefix) ? key.mid(basePrefix.size()) : key, &why);
        if (!safe)
            refused.append(key + QStringLiteral(" (") + why + u')');
        else
            items.append({key, *safe});
    }
    if (!refused.isEmpty())
        Q_EMIT warning(tr("Not downloaded: %1").arg(refused.join(QStringLiteral(", "))));
    if (items.isEmpty())
        return;
    post([=](TransferEngine *e) {
        const qint64 batch = e->newBatch(tr("Download to %1").arg(localDir));
        for (qsizetype i = 0; i < items.size(); ++i)
            e->enqueueDownload(batch, profile, bucket, items[i].first, items[i].second, conflict,
                               i < sizes.size() ? sizes[i] : -1);
    });
}

void TransferService::pause(qint64 id)
{
    post([id](TransferEngine *e) { e->pause(id); });
}

void TransferService::resume(qint64 id)
{
    post([id](TransferEngine *e) { e->resume(id); });
}

void TransferService::cancel(qint64 id)
{
    post([id](TransferEngine *e) { e->cancel(id); });
}

void TransferService::moveToFront(qint64 id)
{
    post([id](TransferEngine *e) { e->moveToFront(id); });
}

void TransferService::resolveConflict(qint64 id, core::ConflictPolicy decision)
{
    post([id, decision](TransferEngine *e) { e->resolveConflict(id, decision); });
}

} // namespace sucai::transfer
