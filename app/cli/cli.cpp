#include "cli.h"

#include "cloud/storageclient.h"
#include "cloud/storagejobs.h"
#include "core/localpath.h"
#include "core/multipartplan.h"
#include "core/transferjournal.h"
#include "core/uploadencoding.h"
#include "core/usageledger.h"
#include "progressmeter.h"
#include "transfer/transferengine.h"
#include "translations.h"
#include "usagecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <unistd.h>

namespace sucai::cli {

using cloud::StorageError;
using cloud::StorageJob;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("sucai::cli", s);
}

void out(const QString &line)
{
    const QByteArray b = line.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

void err(const QString &line)
{
    const QByteArray b = line.toLocal8Bit() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

struct S3Path
{
    QString bucket;
    QString key; // may be empty (bucket root) or a prefix ending in '/'
};

bool isS3(const QString &arg)
{
    return arg.startsWith(u"s3://");
}

std::optional<S3Path> parseS3(const QString &arg)
{
    if (!isS3(arg))
        return std::nullopt;
    const QString rest = arg.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    S3Path p;
    p.bucket = slash < 0 ? rest : rest.left(slash);
    p.key = slash < 0 ? QString() : rest.mid(slash + 1);
    if (p.bucket.isEmpty())
        return std::nullopt;
    return p;
}

QString s3Url(const QString &bucket, const QString &key)
{
    return QStringLiteral("s3://") + bucket + u'/' + key;
}

QString lastSegment(const QString &key)
{
    QString k = key;
    if (k.endsWith(u'/'))
        k.chop(1);
    return k.mid(k.lastIndexOf(u'/') + 1);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// SIGINT/SIGTERM → a byte on a pipe → a QSocketNotifier on the event loop: the handler itself
// does nothing unsafe, and the jobs are cancelled from the loop so temp files are removed.
int g_signalPipe[2] = {-1, -1};
extern "C" void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// A window of operations in flight; each operation is a function that starts some async work
// and calls `done(ok)` exactly once.
class WorkQueue
{
public:
    using Done = std::function<void(bool ok)>;
    using Op = std::function<void(Done)>;

    explicit WorkQueue(int window)
        : m_window(qMax(1, window))
    {}
    void add(Op op) { m_pending.push_back(std::move(op)); }
    void setOnIdle(std::function<void()> f) { m_onIdle = std::move(f); }
    int failures() const { return m_failures; }
    int completed() const { return m_completed; }
    void stop() { m_pending.clear(); }
    void pump()
    {
        while (m_running < m_window && !m_pending.empty()) {
            Op op = std::move(m_pending.front());
            m_pending.pop_front();
            ++m_running;
            op([this](bool ok) {
                --m_running;
                ++m_completed;
                m_failures += ok ? 0 : 1;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [this] { pump(); }, Qt::QueuedConnection);
            });
        }
        if (m_running == 0 && m_pending.empty() && m_onIdle) {
            auto f = std::move(m_onIdle);
            m_onIdle = nullptr;
            f();
        }
    }

private:
    int m_window;
    int m_running = 0;
    int m_failures = 0;
    int m_completed = 0;
    std::deque<Op> m_pending;
    std::function<void()> m_onIdle;
};

class Cli final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cli::Cli)

public:
    struct TransferOptions
    {
        int concurrency = 8;
        qint64 partSize = 0;
        qint64 bwlimit = 0;
        core::ConflictPolicy conflict = core::ConflictPolicy::Overwrite;
        QByteArray cacheControl;
        QByteArray contentType; // empty: guessed per file
        QStringList gzipExtensions;
        QString profile; // journal key: endpoint + access key id (never the secret)
        QString dataDir; // where the journal lives
        cloud::Endpoint endpoint;
        cloud::SignatureKind signature = cloud::SignatureKind::SigV4;
    };

    Cli(QNetworkAccessManager *nam, std::unique_ptr<cloud::StorageClient> client, bool json,
        bool recursive, qint64 expires, TransferOptions transfers)
        : m_nam(nam)
        , m_client(std::move(client))
        , m_json(json)
        , m_recursive(recursive)
        , m_queue(transfers.concurrency)
        , m_progress(!json)
        , m_expires(expires)
        , m_transfers(std::move(transfers))
    {}
    ~Cli() override
    {
        m_usage.reset();
        m_engine.reset(); // before the journal and ledger it writes to
        m_ledger.reset();
        m_journal.reset();
    }

    int exitCode() const { return m_exitCode; }
    void setUsageOptions(UsageOptions options) { m_usageOptions = std::move(options); }

    // Returns false for a usage error (message printed).
    bool start(const QString &command, const QStringList &args);
    void interrupt();

private:
    template<typename Job, typename F> void then(Job *job, F f)
    {
        m_live.append(job);
        QObject::connect(job, &StorageJob::finished, this,
                         [this, job, f](const StorageError &e) mutable {
                             m_live.removeAll(job);
                             job->deleteLater();
                             f(job, e);
                         });
        job->start();
    }

    void done(int code = -1)
    {
        m_progress.finish();
        if (code < 0)
            code = m_queue.failures() > 0 || m_failed ? 1 : 0;
        m_exitCode = code;
        // Queued: done() may come before exec() has started, when exit() would be ignored.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
    }
    void fail(const StorageError &e)
    {
        m_failed = true;
        err(tr("error: %1").arg(e.toUserText()));
    }
    void failText(const QString &text)
    {
        m_failed = true;
        err(tr("error: %1").arg(text));
    }

    bool ls(const QStringList &args);
    bool stat(const QStringList &args);
    bool presign(const QStringList &args);
    bool mb(const QStringList &args);
    bool rm(const QStringList &args);
    bool copyOrMove(const QStringList &args, bool move);
    bool put(const QStringList &args);
    bool get(const QStringList &args);

    // Lists every object under bucket/prefix (all pages), then calls `f` with the keys.
    void listAll(const QString &bucket, const QString &prefix,
                 std::function<void(QList<cloud::ObjectInfo>)> f, QList<cloud::ObjectInfo> acc = {},
                 QByteArray token = {});
    void listPage(const QString &bucket, const QString &prefix, QByteArray token);
    void runQueue(qint64 totalBytes, int totalFiles);
    // The transfer engine with its journal, created on first use by put/get/resume.
    transfer::TransferEngine *engine();
    void runEngine();
    bool resume(const QStringList &args);
    bool usage(const QStringList &args);

    QNetworkAccessManager *m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    bool m_json;
    bool m_recursive;
    WorkQueue m_queue;
    ProgressMeter m_progress;
    qint64 m_expires;
    qint64 m_bytesDone = 0;
    QList<QPointer<StorageJob>> m_live;
    TransferOptions m_transfers;
    std::unique_ptr<core::TransferJournal> m_journal;
    std::unique_ptr<core::UsageLedger> m_ledger;
    std::unique_ptr<transfer::TransferEngine> m_engine;
    UsageOptions m_usageOptions;
    std::unique_ptr<UsageCommand> m_usage;
    int m_filesDone = 0;
    int m_filesTotal = 0;
    bool m_failed = false;
    bool m_interrupted = false;
    int m_exitCode = 0;
};

bool Cli::start(const QString &command, const QStringList &args)
{
    if (command == u"ls")
        return ls(args);
    if (command == u"stat")
        return stat(args);
    if (command == u"presign")
        return presign(args);
    if (command == u"mb")
        return mb(args);
    if (command == u"rm")
        return rm(args);
    if (command == u"cp")
        return copyOrMove(args, false);
    if (command == u"mv")
        return copyOrMove(args, true);
    if (command == u"put")
        return put(args);
    if (command == u"get")
        return get(args);
    if (command == u"resume")
        return resume(args);
    if (command == u"usage")
        return usage(args);
    err(tr("sucai-cli: unknown command \"%1\" (see --help)").arg(command));
    return false;
}

void Cli::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    m_queue.stop();
    if (m_usage)
        m_usage->cancel();
    for (const auto &job : std::as_const(m_live)) {
        if (job)
            job->cancel();
    }
    m_progress.finish();
    if (m_engine && !m_engine->isIdle()) {
        // Pause, not cancel: the journal keeps finished parts and partial downloads.
        m_engine->pauseAll();
        err(tr("Interrupted: transfers paused. Run \"sucai-cli resume\" to continue them."));
    } else {
        err(tr("Interrupted."));
    }
    // Let the cancellations (temp file removal, multipart aborts) run, then leave.
    QMetaObject::invokeMethod(
        this, [this] { done(130); }, Qt::QueuedConnection);
}

bool Cli::ls(const QStringList &args)
{
    if (args.size() > 1) {
        err(tr("usage: sucai-cli ls [-r] [s3://BUCKET[/PREFIX]]"));
        return false;
    }
    if (args.isEmpty() || args.first() == u"s3://") {
        then(m_client->listBuckets(), [this](cloud::ListBucketsJob *job, const StorageError &e) {
            if (!e.ok()) {
                fail(e);
                return done();
            }
            for (const auto &b : job->buckets()) {
                if (m_json) {
                    out(QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("bucket"), b.name},
                                                  {QStringLiteral("created"), isoTime(b.created)}})
                            .toJson(QJsonDocument::Compact)));
                } else {
                    out(b.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                        QStringLiteral("  ") + b.name);
                }
            }
            done();
        });
        return true;
    }
    const auto path = parseS3(args.first());
    if (!path) {
        err(tr("sucai-cli: not an s3:// address: %1").arg(args.first()));
        return false;
    }
    listPage(path->bucket, path->key, {});
    return true;
}

void Cli::listPage(const QString &bucket, const QString &prefix, QByteArray token)
{
    cloud::ListObjectsParams params;
    params.prefix = prefix;
    params.delimiter = m_recursive ? QString() : QStringLiteral("/");
    params.continuationToken = token;
    then(m_client->listObjects(bucket, params), [this, bucket, prefix](cloud::ListObjectsJob *job,
                                                                       const StorageError &e) {
        if (!e.ok()) {
            fail(e);
            return done();
        }
        const auto &page = job->page();
        // Output streams page by page: a million-key listing never sits in memory.
        for (const auto &p : page.commonPrefixes) {
            if (m_json)
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("prefix"), p}})
                                          .toJson(QJsonDocument::Compact)));
            else
                out(QStringLiteral("%1  %2 %3").arg(QString(19, u' '), QStringLiteral("PRE"), p));
        }
        for (const auto &o : page.objects) {
            if (m_json) {
                out(QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{
                            {QStringLiteral("key"), o.key},
                            {QStringLiteral("size"), double(o.size)},
                            {QStringLiteral("lastModified"), isoTime(o.lastModified)},
                            {QStringLiteral("etag"), QString::fromLatin1(o.etag)},
                            {QStringLiteral("storageClass"), QString::fromLatin1(o.storageClass)}})
                        .toJson(QJsonDocument::Compact)));
            } else {
                out(QStringLiteral("%1 %2 %3")
                        .arg(o.lastModified.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             QStringLiteral("%1").arg(o.size, 10), o.key));
            }
        }
        if (page.isTruncated)
            listPage(bucket, prefix, page.nextContinuationToken);
        else
            done();
    });
}

bool Cli::stat(const QStringList &args)
{
    const auto path = args.size() == 1 ? parseS3(args.first()) : std::nullopt;
    if (!path || path->key.isEmpty()) {
        err(tr("usage: sucai-cli stat s3://BUCKET/KEY"));
        return false;
    }
    then(m_client->headObject(path->bucket, path->key), [this,
                                                         key = path->key](cloud::HeadObjectJob *job,
                                                                          const StorageError &e) {
        if (!e.ok()) {
            fail(e);
            return done();
        }
        const cloud::ObjectMeta &m = job->meta();
        QJsonObject meta;
        for (const auto &[k, v] : m.headers.userMetadata)
            meta.insert(QString::fromUtf8(k), QString::fromUtf8(v));
        QJsonObject o{
            {QStringLiteral("key"), key},
            {QStringLiteral("size"), double(m.size)},
            {QStringLiteral("lastModified"), isoTime(m.lastModified)},
            {QStringLiteral("etag"), QString::fromLatin1(m.etag)},
            {QStringLiteral("contentType"), QString::fromUtf8(m.headers.contentType)},
            {QStringLiteral("cacheControl"), QString::fromUtf8(m.headers.cacheControl)},
            {QStringLiteral("contentDisposition"), QString::fromUtf8(m.headers.contentDisposition)},
            {QStringLiteral("contentEncoding"), QString::fromUtf8(m.headers.contentEncoding)},
            {QStringLiteral("storageClass"), QString::fromLatin1(m.headers.storageClass)},
            {QStringLiteral("metadata"), meta}};
        if (m.crc64)
            o.insert(QStringLiteral("crc64ecma"), QString::number(*m.crc64));
        if (m_json) {
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            const QLocale l;
            out(tr("Key:           %1").arg(key));
            out(tr("Size:          %1 (%2 bytes)")
                    .arg(ProgressMeter::formatBytes(m.size), l.toString(m.size)));
            out(tr("Modified:      %1").arg(isoTime(m.lastModified)));
            out(tr("ETag:          %1").arg(QString::fromLatin1(m.etag)));
            out(tr("Content-Type:  %1").arg(QString::fromUtf8(m.headers.contentType)));
            if (!m.headers.cacheControl.isEmpty())
                out(tr("Cache-Control: %1").arg(QString::fromUtf8(m.headers.cacheControl)));
            if (!m.headers.contentDisposition.isEmpty())
                out(tr("Disposition:   %1").arg(QString::fromUtf8(m.headers.contentDisposition)));
            if (!m.headers.contentEncoding.isEmpty())
                out(tr("Encoding:      %1").arg(QString::fromUtf8(m.headers.contentEncoding)));
            out(tr("Storage class: %1").arg(QString::fromLatin1(m.headers.storageClass)));
            if (m.crc64)
                out(tr("CRC64-ECMA:    %1").arg(*m.crc64));
            for (const auto &[k, v] : m.headers.userMetadata)
                out(tr("Metadata:      %1 = %2").arg(QString::fromUtf8(k), QString::fromUtf8(v)));
        }
        done();
    });
    return true;
}

bool Cli::presign(const QStringList &args)
{
    const auto path = args.size() == 1 ? parseS3(args.first()) : std::nullopt;
    if (!path || path->key.isEmpty()) {
        err(tr("usage: sucai-cli presign [--expires SECONDS] s3://BUCKET/KEY"));
        return false;
    }
    if (m_expires < 1 || m_expires > 604800) {
        err(tr("sucai-cli: --expires must be between 1 and 604800 seconds (7 days)"));
        return false;
    }
    if (!m_client->credentials().isValid()) {
        err(tr("sucai-cli: presign needs credentials (AWS_ACCESS_KEY_ID and "
               "AWS_SECRET_ACCESS_KEY, or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)"));
        return false;
    }
    out(QString::fromUtf8(m_client->presignedUrl(path->bucket, path->key, m_expires).toEncoded()));
    QMetaObject::invokeMethod(
        this, [this] { done(); }, Qt::QueuedConnection);
    return true;
}

bool Cli::mb(const QStringList &args)
{
    const auto path = args.size() == 1 ? parseS3(args.first()) : std::nullopt;
    if (!path || !path->key.isEmpty()) {
        err(tr("usage: sucai-cli mb s3://BUCKET"));
        return false;
    }
    then(m_client->createBucket(path->bucket),
         [this, b = path->bucket](cloud::CreateBucketJob *, const StorageError &e) {
             if (!e.ok())
                 fail(e);
             else if (!m_json)
                 out(tr("make_bucket: %1").arg(b));
             done();
         });
    return true;
}

void Cli::listAll(const QString &bucket, const QString &prefix,
                  std::function<void(QList<cloud::ObjectInfo>)> f, QList<cloud::ObjectInfo> acc,
                  QByteArray token)
{
    cloud::ListObjectsParams params;
    params.prefix = prefix;
    params.continuationToken = token;
    then(m_client->listObjects(bucket, params),
         [this, bucket, prefix, f, acc](cloud::ListObjectsJob *job, const StorageError &e) mutable {
             if (!e.ok()) {
                 fail(e);
                 return done();
             }
             acc.append(job->page().objects);
             if (job->page().isTruncated)
                 listAll(bucket, prefix, f, std::move(acc), job->page().nextContinuationToken);
             else
                 f(std::move(acc));
         });
}

bool Cli::rm(const QStringList &args)
{
    const auto path = args.size() == 1 ? parseS3(args.first()) : std::nullopt;
    if (!path || (path->key.isEmpty() && !m_recursive)) {
        err(tr("usage: sucai-cli rm [-r] s3://BUCKET/KEY|PREFIX/"));
        return false;
    }
    if (!m_recursive) {
        then(m_client->deleteObject(path->bucket, path->key),
             [this, p = *path](cloud::DeleteObjectJob *, const StorageError &e) {
                 if (!e.ok())
                     fail(e);
                 else if (!m_json)
                     out(tr("delete: %1").arg(s3Url(p.bucket, p.key)));
                 done();
             });
        return true;
    }
    listAll(path->bucket, path->key, [this, bucket = path->bucket](QList<cloud::ObjectInfo> objs) {
        QStringList keys;
        for (const auto &o : objs)
            keys << o.key;
        if (keys.isEmpty())
            return done();
        then(m_client->deleteObjects(bucket, keys), [this, bucket](cloud::DeleteObjectsJob *job,
                                                                   const StorageError &e) {
            if (!m_json) {
                for (const auto &k : job->deleted())
                    out(tr("delete: %1").arg(s3Url(bucket, k)));
            }
            for (const auto &f : job->failures())
                failText(tr("%1: %2 (%3)")
                             .arg(s3Url(bucket, f.key), f.message, QString::fromLatin1(f.code)));
            if (!e.ok())
                fail(e);
            done();
        });
    });
    return true;
}

bool Cli::copyOrMove(const QStringList &args, bool move)
{
    if (args.size() != 2) {
        err(tr("usage: sucai-cli %1 [-r] SOURCE DESTINATION")
                .arg(move ? QStringLiteral("mv") : QStringLiteral("cp")));
        return false;
    }
    if (!move && !isS3(args[0]) && isS3(args[1]))
        return put(args);
    if (!move && isS3(args[0]) && !isS3(args[1]))
        return get(args);
    const auto src = parseS3(args[0]);
    const auto dst = parseS3(args[1]);
    if (!src || !dst || src->key.isEmpty()) {
        err(tr("sucai-cli: %1 copies between s3:// addresses; use put/get for local files")
                .arg(move ? QStringLiteral("mv") : QStringLiteral("cp")));
        return false;
    }
    auto copyOne = [this, move](QString sb, QString sk, QString db, QString dk) {
        m_queue.add([this, move, sb, sk, db, dk](WorkQueue::Done finished) {
            then(m_client->copyObject(sb, sk, db, dk),
                 [this, move, sb, sk, db, dk, finished](cloud::CopyObjectJob *,
                                                        const StorageError &e) {
                     if (!e.ok()) {
                         err(tr("error: %1").arg(e.toUserText()));
                         return finished(false);
                     }
                     if (!move) {
                         if (!m_json)
                             out(tr("copy: %1 to %2").arg(s3Url(sb, sk), s3Url(db, dk)));
                         return finished(true);
                     }
                     // Move = verified copy, then delete the source.
                     then(m_client->deleteObject(sb, sk),
                          [this, sb, sk, db, dk, finished](cloud::DeleteObjectJob *,
                                                           const StorageError &de) {
                              if (!de.ok())
                                  err(tr("error: %1").arg(de.toUserText()));
                              else if (!m_json)
                                  out(tr("move: %1 to %2").arg(s3Url(sb, sk), s3Url(db, dk)));
                              finished(de.ok());
                          });
                 });
        });
    };
    if (!m_recursive) {
        const QString dk = dst->key.isEmpty() || dst->key.endsWith(u'/')
                               ? dst->key + lastSegment(src->key)
                               : dst->key;
        copyOne(src->bucket, src->key, dst->bucket, dk);
        runQueue(0, 1);
        return true;
    }
    listAll(src->bucket, src->key, [this, src = *src, dst = *dst, copyOne](auto objs) {
        QString dstPrefix = dst.key;
        if (!dstPrefix.isEmpty() && !dstPrefix.endsWith(u'/'))
            dstPrefix += u'/';
        for (const auto &o : objs)
            copyOne(src.bucket, o.key, dst.bucket, dstPrefix + o.key.mid(src.key.size()));
        runQueue(0, int(objs.size()));
    });
    return true;
}

void Cli::runQueue(qint64 totalBytes, int totalFiles)
{
    m_progress.setTotals(totalBytes, totalFiles);
    m_queue.setOnIdle([this] { done(); });
    m_queue.pump();
}

transfer::TransferEngine *Cli::engine()
{
    if (m_engine)
        return m_engine.get();
    QDir().mkpath(m_transfers.dataDir);
    const QString dbPath = m_transfers.dataDir + QStringLiteral("/cli-transfers.db");
    m_journal = std::make_unique<core::TransferJournal>();
    QString why;
    if (!m_journal->open(dbPath, &why)) {
        // A damaged journal must not stop the work: keep it aside for inspection, start afresh.
        QString movedTo;
        core::TransferJournal::moveAside(dbPath, &movedTo);
        err(tr("warning: %1; it was moved to %2 and a new one started.").arg(why, movedTo));
        if (!m_journal->open(dbPath, &why)) {
            err(tr("warning: transfers will not be resumable: %1").arg(why));
            m_journal.reset();
        }
    }
    // Finished transfers are history for 90 days, then go: the journal must not grow forever.
    if (m_journal)
        m_journal->clearHistory(QDateTime::currentDateTimeUtc().addDays(-90));
    m_ledger = std::make_unique<core::UsageLedger>();
    if (!m_ledger->open(m_transfers.dataDir + QStringLiteral("/usage.db")))
        m_ledger.reset();
    m_engine = std::make_unique<transfer::TransferEngine>(m_journal.get(), m_ledger.get());
    transfer::TransferEngine::Settings settings;
    settings.maxTasks = m_transfers.concurrency;
    settings.maxRequests = qMax(16, m_transfers.concurrency * 2);
    if (m_transfers.partSize > 0)
        settings.partSize = m_transfers.partSize;
    m_engine->setSettings(settings);
    m_engine->setUploadRate(m_transfers.bwlimit);
    m_engine->setDownloadRate(m_transfers.bwlimit);
    m_engine->addProfile(m_transfers.profile, m_transfers.endpoint, m_transfers.signature,
                         m_client->credentials());

    auto *e = m_engine.get();
    connect(e, &transfer::TransferEngine::taskUpdated, this,
            [this](const auto &) { m_progress.update(m_engine->doneBytes(), m_filesDone); });
    connect(e, &transfer::TransferEngine::taskFinished, this,
            [this](const transfer::TransferSnapshot &t) {
                if (t.state == core::TransferState::Paused)
                    return;
                ++m_filesDone;
                m_progress.setTotals(m_engine->totalBytes(), m_filesTotal);
                m_progress.update(m_engine->doneBytes(), m_filesDone, true);
                m_progress.finish();
                const QString remote = s3Url(t.bucket, t.key);
                const bool up = t.direction == core::TransferDirection::Upload;
                if (t.state == core::TransferState::Failed) {
                    failText(t.error);
                } else if (t.state == core::TransferState::Done) {
                    if (m_json) {
                        out(QString::fromUtf8(
                            QJsonDocument(QJsonObject{{up ? QStringLiteral("uploaded")
                                                          : QStringLiteral("downloaded"),
                                                       t.key},
                                                      {QStringLiteral("local"), t.localPath},
                                                      {QStringLiteral("size"), double(t.size)},
                                                      {QStringLiteral("note"), t.note}})
                                .toJson(QJsonDocument::Compact)));
                    } else {
                        const QString line = up ? tr("upload: %1 to %2").arg(t.localPath, remote)
                                                : tr("download: %1 to %2").arg(remote, t.localPath);
                        out(t.note.isEmpty() ? line : line + QStringLiteral(" (") + t.note + u')');
                    }
                }
            });
    connect(e, &transfer::TransferEngine::conflictRaised, this,
            [this](qint64 id, const QString &bucket, const QString &key, const QString &local) {
                // --on-conflict ask: a question on the terminal. The CLI may block here: it has no
                // window to keep alive, and the other transfers wait for the answer anyway.
                m_progress.finish();
                std::fprintf(stderr, "%s",
                             tr("%1 exists. [o]verwrite, [s]kip, [r]ename (keep both)? ")
                                 .arg(local.isEmpty() ? s3Url(bucket, key) : local)
                                 .toLocal8Bit()
                                 .constData());
                std::fflush(stderr);
                char answer[16] = {};
                const bool got = std::fgets(answer, sizeof answer, stdin) != nullptr;
                core::ConflictPolicy decision = core::ConflictPolicy::Skip;
                if (got && (answer[0] == 'o' || answer[0] == 'O'))
                    decision = core::ConflictPolicy::Overwrite;
                else if (got && (answer[0] == 'r' || answer[0] == 'R'))
                    decision = core::ConflictPolicy::KeepBoth;
                m_engine->resolveConflict(id, decision);
            });
    connect(e, &transfer::TransferEngine::credentialsExpired, this, [this](const QString &) {
        failText(tr("the credentials expired: set new ones and run \"sucai-cli resume\""));
    });
    return e;
}

void Cli::runEngine()
{
    m_progress.setTotals(m_engine->totalBytes(), m_filesTotal);
    connect(m_engine.get(), &transfer::TransferEngine::idle, this, [this] { done(); });
    if (m_engine->isIdle())
        QMetaObject::invokeMethod(
            this, [this] { done(); }, Qt::QueuedConnection);
}

bool Cli::resume(const QStringList &args)
{
    if (!args.isEmpty()) {
        err(tr("usage: sucai-cli resume"));
        return false;
    }
    const int n = engine()->restore();
    m_filesTotal = n;
    if (!m_json)
        err(tr("Resuming %n transfer(s).", nullptr, n));
    runEngine();
    return true;
}

bool Cli::usage(const QStringList &args)
{
    if (!args.isEmpty()) {
        err(tr("usage: sucai-cli usage [--source tencent|rgw|ledger] [--bucket B] "
               "[--month YYYY-MM] [--uid UID] [--json]"));
        return false;
    }
    UsageOptions options = m_usageOptions;
    options.json = m_json;
    options.dataDir = m_transfers.dataDir;
    options.ledgerProfile = m_transfers.profile;
    m_usage = std::make_unique<UsageCommand>(m_client.get(), options);
    return m_usage->start([this](int code) { done(code); });
}

bool Cli::put(const QStringList &args)
{
    if (args.size() < 2 || !isS3(args.last())) {
        err(tr("usage: sucai-cli put [-r] LOCAL... s3://BUCKET/PREFIX/"));
        return false;
    }
    const auto dst = parseS3(args.last());
    if (!dst) {
        err(tr("sucai-cli: not an s3:// address: %1").arg(args.last()));
        return false;
    }
    const QStringList sources = args.mid(0, args.size() - 1);
    const bool intoFolder = dst->key.isEmpty() || dst->key.endsWith(u'/') || sources.size() > 1;
    QList<transfer::TransferEngine::UploadItem> items;
    for (const QString &src : sources) {
        const QFileInfo info(src);
        if (!info.exists()) {
            failText(tr("%1: no such file or folder").arg(src));
            continue;
        }
        if (info.isDir()) {
            if (!m_recursive) {
                err(tr("sucai-cli: %1 is a folder: use put -r").arg(src));
                return false;
            }
            // Like `aws s3 cp -r DIR s3://B/P/`: the folder's contents go under the prefix.
            QString prefix = dst->key;
            if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
                prefix += u'/';
            QDirIterator it(info.absoluteFilePath(),
                            QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                items.append({file, prefix + core::relativeKeyFor(info.absoluteFilePath(), file)});
            }
        } else {
            items.append(
                {info.absoluteFilePath(), intoFolder ? dst->key + info.fileName() : dst->key});
        }
    }
    transfer::TransferEngine *e = engine();
    const qint64 batch = e->newBatch(tr("Upload to %1").arg(args.last()));
    transfer::TransferEngine::UploadOptions opts;
    opts.conflict = m_transfers.conflict;
    opts.headers.cacheControl = m_transfers.cacheControl;
    opts.headers.contentType = m_transfers.contentType;
    opts.gzipExtensions = m_transfers.gzipExtensions;
    if (!items.isEmpty())
        e->enqueueUploads(batch, m_transfers.profile, dst->bucket, items, opts);
    m_filesTotal = int(items.size());
    runEngine();
    return true;
}

bool Cli::get(const QStringList &args)
{
    if (args.size() != 2 || !isS3(args[0]) || isS3(args[1])) {
        err(tr("usage: sucai-cli get [-r] s3://BUCKET/KEY|PREFIX/ LOCALDIR"));
        return false;
    }
    const auto src = parseS3(args[0]);
    if (!src) {
        err(tr("sucai-cli: not an s3:// address: %1").arg(args[0]));
        return false;
    }
    const QString local = args[1];
    if (!m_recursive) {
        if (src->key.isEmpty() || src->key.endsWith(u'/')) {
            err(tr("sucai-cli: %1 is a folder: use get -r").arg(args[0]));
            return false;
        }
        const QFileInfo info(local);
        QString target;
        if (info.isDir() || local.endsWith(u'/')) {
            QString why;
            const auto safe = core::safeLocalPath(local, lastSegment(src->key), &why);
            if (!safe) {
                failText(tr("%1: refused to download: %2").arg(s3Url(src->bucket, src->key), why));
                QMetaObject::invokeMethod(
                    this, [this] { done(); }, Qt::QueuedConnection);
                return true;
            }
            target = *safe;
        } else {
            target = info.absoluteFilePath(); // an explicit file name chosen by the user
        }
        transfer::TransferEngine *e = engine();
        e->enqueueDownload(e->newBatch(tr("Download %1").arg(args[0])), m_transfers.profile,
                           src->bucket, src->key, target, m_transfers.conflict);
        m_filesTotal = 1;
        runEngine();
        return true;
    }
    // Keys are taken relative to the folder part of the prefix.
    const QString base = src->key.left(src->key.lastIndexOf(u'/') + 1);
    listAll(src->bucket, src->key, [this, src = *src, base, local, label = args[0]](auto objs) {
        transfer::TransferEngine *e = engine();
        const qint64 batch = e->newBatch(tr("Download %1").arg(label));
        for (const auto &o : objs) {
            QString why;
            const auto safe = core::safeLocalPath(local, o.key.mid(base.size()), &why);
            if (!safe) {
                // The key says where it wants to land; we never follow it outside LOCALDIR.
                failText(tr("%1: refused to download: %2").arg(s3Url(src.bucket, o.key), why));
                continue;
            }
            if (o.key.endsWith(u'/')) { // a folder marker
                if (!QDir().mkpath(*safe))
                    failText(tr("cannot create folder %1").arg(*safe));
                continue;
            }
            e->enqueueDownload(batch, m_transfers.profile, src.bucket, o.key, *safe,
                               m_transfers.conflict, o.size);
            ++m_filesTotal;
        }
        runEngine();
    });
    return true;
}

QString helpText()
{
    return tr(
        "Sucai's object storage engine, without a window.\n"
        "\n"
        "Commands:\n"
        "  ls [-r] [s3://BUCKET[/PREFIX]]        list buckets, or objects and folders\n"
        "  put [-r] LOCAL... s3://BUCKET/PREFIX/  upload files (and folders with -r)\n"
        "  get [-r] s3://BUCKET/KEY|PREFIX/ DIR   download an object (or a folder with -r)\n"
        "  rm [-r] s3://BUCKET/KEY|PREFIX/        delete an object (or everything below a "
        "prefix)\n"
        "  cp [-r] SOURCE DEST                    copy on the server (s3:// to s3://)\n"
        "  mv [-r] SOURCE DEST                    move on the server (copy, then delete)\n"
        "  stat s3://BUCKET/KEY                   show an object's size, headers and "
        "metadata\n"
        "  presign [--expires S] s3://BUCKET/KEY  print a URL anyone can GET for S seconds\n"
        "  mb s3://BUCKET                         create a bucket\n"
        "  resume                                 continue transfers that were interrupted\n"
        "  usage [--source tencent|rgw|ledger] [--bucket B] [--month YYYY-MM]\n"
        "                                         free-tier usage: used, free amount, percent,\n"
        "                                         month-end projection and estimated cost\n"
        "\n"
        "Credentials come from the environment, as aws-cli reads them: AWS_ACCESS_KEY_ID,\n"
        "AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_ENDPOINT_URL, AWS_REGION; for Tencent\n"
        "COS also TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN.\n"
        "\n"
        "usage reads Tencent Cloud Monitor and CDN (--source tencent, the default for COS; needs\n"
        "the CAM permissions monitor:GetMonitorData and cdn:DescribeCdnData), a Ceph RGW's admin\n"
        "API (--source rgw; the user needs the caps usage=read and buckets=read), or what\n"
        "sucai-cli itself moved (--source ledger, the default elsewhere; \"measured by this app\n"
        "only\"). Free tier and prices as the app's dashboard: freetier.json and prices.json in\n"
        "the data folder ($SUCAI_DATA_DIR) override the shipped ones. --json prints one object:\n"
        "month, source, items [{item, status, unit, used, quota, percent, projected,\n"
        "projectedLow, projectedHigh, costSoFar, costProjected, runsOutOn}], total, currency,\n"
        "examplePrices, priceLabel, firstToRunOut, errors.\n"
        "\n"
        "Exit status: 0 all done, 1 some operations failed (each is named), 2 usage error.");
}

} // namespace

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sucai-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUCAI_VERSION));
    installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")},
                                     tr("Show this help."));
    const QCommandLineOption versionOpt(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption endpointOpt(QStringLiteral("endpoint"),
                                         tr("S3 endpoint URL (default: $AWS_ENDPOINT_URL)."),
                                         QStringLiteral("URL"));
    const QCommandLineOption regionOpt(QStringLiteral("region"),
                                       tr("Region (default: $AWS_REGION, or us-east-1)."),
                                       QStringLiteral("R"));
    const QCommandLineOption appIdOpt(QStringLiteral("appid"),
                                      tr("Tencent Cloud APPID, for COS without --endpoint."),
                                      QStringLiteral("APPID"));
    const QCommandLineOption pathStyleOpt(
        QStringLiteral("path-style"), tr("Address buckets as a path (http://host/bucket/key)."));
    const QCommandLineOption signatureOpt(QStringLiteral("signature"),
                                          tr("Request signature: v4 (default) or cos."),
                                          QStringLiteral("v4|cos"), QStringLiteral("v4"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     tr("Print results as JSON, one object per line."));
    const QCommandLineOption recursiveOpt({QStringLiteral("r"), QStringLiteral("recursive")},
                                          tr("Act on folders (prefixes) recursively."));
    const QCommandLineOption expiresOpt(
        QStringLiteral("expires"), tr("Lifetime of a presigned URL in seconds (default 3600)."),
        QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"),
                                            tr("Number of transfers to run at once (default 8)."),
                                            QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption partSizeOpt(
        QStringLiteral("part-size"),
        tr("Multipart part size, e.g. 16M (at least 5M; grown when a file needs more than "
           "10,000 parts)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption bwlimitOpt(QStringLiteral("bwlimit"),
                                        tr("Bandwidth limit per direction, e.g. 500K or 10M "
                                           "bytes per second (default: none)."),
                                        QStringLiteral("RATE"));
    const QCommandLineOption conflictOpt(
        QStringLiteral("on-conflict"),
        tr("When the destination exists: overwrite (default), skip, rename (keep both), "
           "identical (skip when identical) or ask."),
        QStringLiteral("POLICY"), QStringLiteral("overwrite"));
    const QCommandLineOption cacheControlOpt(
        QStringLiteral("cache-control"),
        tr("Cache-Control of uploads: a preset (no-cache, 1h, 1d, 1w, immutable) or a value of "
           "your own."),
        QStringLiteral("VALUE"));
    const QCommandLineOption contentTypeOpt(
        QStringLiteral("content-type"),
        tr("Content-Type of uploads (default: guessed from each file name)."),
        QStringLiteral("TYPE"));
    const QCommandLineOption gzipOpt(
        QStringLiteral("gzip"),
        tr("Store text assets gzip-compressed with Content-Encoding: gzip (html, css, js, json, "
           "svg, txt, xml, ... see --gzip-ext)."));
    const QCommandLineOption gzipExtOpt(
        QStringLiteral("gzip-ext"),
        tr("Comma-separated extensions to compress instead of the default list (implies "
           "--gzip)."),
        QStringLiteral("LIST"));
    const QCommandLineOption checksumOpt(
        QStringLiteral("checksum"),
        tr("Upload checksums the server verifies before storing: crc32 (S3 trailing CRC32 "
           "checksums; AWS S3, MinIO, Ceph 18+), off, or auto (default: crc32 for AWS, "
           "otherwise as $AWS_REQUEST_CHECKSUM_CALCULATION says: when_supported or "
           "when_required)."),
        QStringLiteral("auto|crc32|off"), QStringLiteral("auto"));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"),
                                       tr("Continue the unfinished transfers (same as the "
                                          "resume command)."));
    const QCommandLineOption sourceOpt(
        QStringLiteral("source"),
        tr("Where usage numbers come from: tencent (Cloud Monitor; default for COS), rgw (Ceph "
           "RGW admin API) or ledger (what sucai-cli moved; default otherwise)."),
        QStringLiteral("tencent|rgw|ledger"));
    const QCommandLineOption bucketOpt(QStringLiteral("bucket"),
                                       tr("Usage of this bucket only (default: every bucket)."),
                                       QStringLiteral("B"));
    const QCommandLineOption monthOpt(QStringLiteral("month"),
                                      tr("Usage of this month (default: this month)."),
                                      QStringLiteral("YYYY-MM"));
    const QCommandLineOption uidOpt(
        QStringLiteral("uid"),
        tr("Ceph RGW user whose usage to read (default: the owner of the access key)."),
        QStringLiteral("UID"));
    const QCommandLineOption cdnActivatedOpt(
        QStringLiteral("cdn-activated"),
        tr("Day CDN was activated, for the new-user CDN package's free amount."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption cdnDomainOpt(
        QStringLiteral("cdn-domain-since"),
        tr("Day a custom CDN domain was attached, for its monthly free CDN package."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({helpOpt,        versionOpt,   endpointOpt, regionOpt,    appIdOpt,
                       pathStyleOpt,   signatureOpt, jsonOpt,     recursiveOpt, expiresOpt,
                       concurrencyOpt, partSizeOpt,  bwlimitOpt,  conflictOpt,  cacheControlOpt,
                       contentTypeOpt, gzipOpt,      gzipExtOpt,  checksumOpt,  resumeOpt,
                       sourceOpt,      bucketOpt,    monthOpt,    uidOpt,       cdnActivatedOpt,
                       cdnDomainOpt});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    if (!parser.parse(QCoreApplication::arguments())) {
        err(QStringLiteral("sucai-cli: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        out(parser.helpText());
        return 0;
    }
    if (parser.isSet(versionOpt)) {
        out(QStringLiteral("sucai-cli ") + QCoreApplication::applicationVersion());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() && parser.isSet(resumeOpt))
        positional << QStringLiteral("resume");
    if (positional.isEmpty()) {
        err(tr("sucai-cli: no command given (see --help)"));
        return 2;
    }
    const QString command = positional.takeFirst();

    const auto parseSize = [](QString v, bool *ok) -> qint64 {
        v = v.trimmed().toUpper();
        qint64 mult = 1;
        if (v.endsWith(u'B'))
            v.chop(1);
        if (v.endsWith(u'K'))
            mult = 1024;
        else if (v.endsWith(u'M'))
            mult = 1024 * 1024;
        else if (v.endsWith(u'G'))
            mult = 1024LL * 1024 * 1024;
        if (mult > 1)
            v.chop(1);
        const double n = v.toDouble(ok);
        return *ok && n >= 0 ? qint64(n * double(mult)) : (*ok = false, 0);
    };
    bool sizeOk = true;
    const qint64 partSize =
        parser.isSet(partSizeOpt) ? parseSize(parser.value(partSizeOpt), &sizeOk) : 0;
    if (!sizeOk || (parser.isSet(partSizeOpt) && (partSize < core::MultipartPlan::kMinPartSize ||
                                                  partSize > core::MultipartPlan::kMaxPartSize))) {
        err(tr("sucai-cli: --part-size takes a size from 5M to 5G"));
        return 2;
    }
    const qint64 bwlimit =
        parser.isSet(bwlimitOpt) ? parseSize(parser.value(bwlimitOpt), &sizeOk) : 0;
    if (!sizeOk) {
        err(tr("sucai-cli: --bwlimit takes a rate such as 500K or 10M"));
        return 2;
    }
    const QString conflictName = parser.value(conflictOpt).toLower();
    core::ConflictPolicy conflict = core::ConflictPolicy::Overwrite;
    if (conflictName == u"skip")
        conflict = core::ConflictPolicy::Skip;
    else if (conflictName == u"rename" || conflictName == u"keep-both")
        conflict = core::ConflictPolicy::KeepBoth;
    else if (conflictName == u"identical" || conflictName == u"skip-identical")
        conflict = core::ConflictPolicy::SkipIfIdentical;
    else if (conflictName == u"ask")
        conflict = core::ConflictPolicy::Ask;
    else if (conflictName != u"overwrite") {
        err(tr("sucai-cli: --on-conflict takes overwrite, skip, rename, identical or ask"));
        return 2;
    }

    QByteArray cacheControl;
    if (parser.isSet(cacheControlOpt)) {
        QString why;
        const auto v = core::CacheControl::resolve(parser.value(cacheControlOpt), &why);
        if (!v) {
            err(QStringLiteral("sucai-cli: ") + why);
            return 2;
        }
        cacheControl = *v;
    }
    const QByteArray contentType = parser.value(contentTypeOpt).trimmed().toLatin1();
    if (parser.isSet(contentTypeOpt) && (contentType.isEmpty() || !contentType.contains('/'))) {
        err(tr("sucai-cli: --content-type takes a media type such as text/html"));
        return 2;
    }
    QStringList gzipExtensions;
    if (parser.isSet(gzipExtOpt))
        gzipExtensions = parser.value(gzipExtOpt).split(u',', Qt::SkipEmptyParts);
    else if (parser.isSet(gzipOpt))
        gzipExtensions = core::UploadEncoding::defaultGzipExtensions();

    const QString signature = parser.value(signatureOpt).toLower();
    if (signature != u"v4" && signature != u"cos") {
        err(tr("sucai-cli: --signature must be v4 or cos"));
        return 2;
    }
    bool numOk = false;
    const qint64 expires = parser.value(expiresOpt).toLongLong(&numOk);
    if (!numOk) {
        err(tr("sucai-cli: --expires takes a number of seconds"));
        return 2;
    }
    const int concurrency = parser.value(concurrencyOpt).toInt(&numOk);
    if (!numOk || concurrency < 1 || concurrency > 256) {
        err(tr("sucai-cli: --concurrency takes a number from 1 to 256"));
        return 2;
    }

    UsageOptions usage;
    if (parser.isSet(sourceOpt)) {
        const auto source = UsageCommand::sourceFromId(parser.value(sourceOpt));
        if (!source) {
            err(tr("sucai-cli: --source takes tencent, rgw or ledger"));
            return 2;
        }
        usage.source = *source;
    }
    if (parser.isSet(monthOpt)) {
        const auto month = UsageCommand::parseMonth(parser.value(monthOpt));
        if (!month) {
            err(tr("sucai-cli: --month takes a month as YYYY-MM, e.g. 2026-11, not \"%1\"")
                    .arg(parser.value(monthOpt)));
            return 2;
        }
        usage.month = *month;
    }
    usage.bucket = parser.value(bucketOpt).trimmed();
    if (usage.bucket.startsWith(u"s3://"))
        usage.bucket = usage.bucket.mid(5);
    while (usage.bucket.endsWith(u'/'))
        usage.bucket.chop(1);
    if (parser.isSet(bucketOpt) && (usage.bucket.isEmpty() || usage.bucket.contains(u'/'))) {
        err(tr("sucai-cli: --bucket takes a bucket name"));
        return 2;
    }
    usage.uid = parser.value(uidOpt).trimmed();
    usage.appId = parser.value(appIdOpt).trimmed();
    for (const auto *opt : {&cdnActivatedOpt, &cdnDomainOpt}) {
        if (!parser.isSet(*opt))
            continue;
        const QDate day = QDate::fromString(parser.value(*opt).trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            err(tr("sucai-cli: --%1 takes a day as YYYY-MM-DD").arg(opt->names().constFirst()));
            return 2;
        }
        if (opt == &cdnActivatedOpt) {
            usage.cdn.activation = day;
        } else {
            usage.cdn.customDomain = true;
            usage.cdn.customDomainSince = day;
        }
    }
    // Tests point the Tencent Cloud API calls at a local server.
    usage.tencentApiBase = qEnvironmentVariable("SUCAI_TENCENT_API_BASE");

    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    const bool cos = signature == u"cos";
    QString region = parser.value(regionOpt);
    if (region.isEmpty())
        region = env("AWS_REGION").isEmpty() ? env("AWS_DEFAULT_REGION") : env("AWS_REGION");
    QString endpointUrl = parser.value(endpointOpt);
    if (endpointUrl.isEmpty())
        endpointUrl = env("AWS_ENDPOINT_URL");

    cloud::Endpoint endpoint;
    if (!endpointUrl.isEmpty()) {
        endpoint = cloud::Endpoint::s3(QUrl(endpointUrl), region,
                                       parser.isSet(pathStyleOpt)
                                           ? cloud::Endpoint::Addressing::PathStyle
                                           : cloud::Endpoint::Addressing::VirtualHost);
        if (!endpoint.isValid()) {
            err(tr("sucai-cli: not an http(s) endpoint URL: %1").arg(endpointUrl));
            return 2;
        }
    } else if (cos) {
        if (region.isEmpty() || parser.value(appIdOpt).isEmpty()) {
            err(tr("sucai-cli: Tencent COS needs --region (e.g. ap-guangzhou) and --appid, or "
                   "an --endpoint"));
            return 2;
        }
        endpoint = cloud::Endpoint::tencentCos(region, parser.value(appIdOpt));
    } else {
        const QString r = region.isEmpty() ? QStringLiteral("us-east-1") : region;
        endpoint = cloud::Endpoint::s3(QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(r)),
                                       r, cloud::Endpoint::Addressing::VirtualHost);
    }

    const QString checksum = parser.value(checksumOpt).toLower();
    if (checksum != u"auto" && checksum != u"crc32" && checksum != u"off") {
        err(tr("sucai-cli: --checksum takes auto, crc32 or off"));
        return 2;
    }
    if (checksum == u"crc32" && cos) {
        err(tr("sucai-cli: --checksum crc32 needs S3 signatures (--signature v4); COS checks "
               "CRC64 by itself"));
        return 2;
    }
    cloud::applyChecksumPreference(
        endpoint, checksum == u"auto" ? env("AWS_REQUEST_CHECKSUM_CALCULATION") : checksum);

    cloud::Credentials creds;
    const auto pick = [&](const char *primary, const char *fallback) {
        const QString p = env(primary);
        return (p.isEmpty() ? env(fallback) : p).toUtf8();
    };
    if (cos) {
        creds.accessKeyId = pick("TENCENTCLOUD_SECRET_ID", "AWS_ACCESS_KEY_ID");
        creds.secretAccessKey = pick("TENCENTCLOUD_SECRET_KEY", "AWS_SECRET_ACCESS_KEY");
        creds.sessionToken = pick("TENCENTCLOUD_SESSION_TOKEN", "AWS_SESSION_TOKEN");
    } else {
        creds.accessKeyId = pick("AWS_ACCESS_KEY_ID", "TENCENTCLOUD_SECRET_ID");
        creds.secretAccessKey = pick("AWS_SECRET_ACCESS_KEY", "TENCENTCLOUD_SECRET_KEY");
        creds.sessionToken = pick("AWS_SESSION_TOKEN", "TENCENTCLOUD_SESSION_TOKEN");
    }

    QNetworkAccessManager nam;
    auto client = std::make_unique<cloud::StorageClient>(
        &nam, endpoint, cos ? cloud::SignatureKind::Cos : cloud::SignatureKind::SigV4);
    client->setCredentials(creds);

    Cli::TransferOptions transfers;
    transfers.concurrency = concurrency;
    transfers.partSize = partSize;
    transfers.bwlimit = bwlimit;
    transfers.conflict = conflict;
    transfers.cacheControl = cacheControl;
    transfers.contentType = contentType;
    transfers.gzipExtensions = gzipExtensions;
    transfers.endpoint = endpoint;
    transfers.signature = cos ? cloud::SignatureKind::Cos : cloud::SignatureKind::SigV4;
    // Resumable work is keyed by where it goes and with which key id (never the secret).
    transfers.profile = QString::fromLatin1(endpoint.scheme() + "://" + endpoint.hostAndPort()) +
                        u'#' + QString::fromLatin1(creds.accessKeyId);
    transfers.dataDir = qEnvironmentVariable("SUCAI_DATA_DIR");
    if (transfers.dataDir.isEmpty())
        transfers.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Cli cli(&nam, std::move(client), parser.isSet(jsonOpt), parser.isSet(recursiveOpt), expires,
            transfers);
    cli.setUsageOptions(usage);

    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &cli);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            cli.interrupt();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    if (!cli.start(command, positional))
        return 2;
    const int rc = QCoreApplication::exec();
    std::fflush(stdout);
    return rc;
}

} // namespace sucai::cli
