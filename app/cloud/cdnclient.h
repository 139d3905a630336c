#pragma once

#include "credentials.h"
#include "storageerror.h"
#include "tc3signer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sucai::core {
class Clock;
}

namespace sucai::cloud {

struct Profile;

// What to do with cached copies of URLs on Tencent CDN's nodes.
enum class CdnOperation {
    Purge, // PurgeUrlsCache (刷新): drop the cached copies; the next request goes to the origin
    Push,  // PushUrlsCache (预热, prefetch): fetch from the origin into the nodes now
};

// One line of DescribePurgeQuota's UrlPurge or DescribePushQuota's UrlPush: the limits of an
// acceleration area ("mainland", "overseas") for the account, today.
struct CdnQuota
{
    QString area;
    qint64 batch = 0;     // URLs per call
    qint64 total = 0;     // URLs per day
    qint64 available = 0; // URLs left today
    friend bool operator==(const CdnQuota &, const CdnQuota &) = default;
};

// The request shapes and answers of Tencent CDN's cache APIs (cdn.tencentcloudapi.com,
// version 2018-06-06, TC3-signed, no region), as pure functions:
// - PurgeUrlsCache: {"Urls":[...]} plus optional "Area" ("mainland"/"overseas"; without it the
//   domain's own acceleration area) and "UrlEncode" (boolean). At most 1,000 URLs per call,
//   10,000 a day per area by default. Answer: {"Response":{"TaskId":..,"RequestId":..}}.
// - PushUrlsCache: the same fields ("Area" also "global"; without it mainland). At most 500
//   URLs per call, 1,000 a day by default.
// - DescribePurgeQuota / DescribePushQuota: no parameters ({}); answer "UrlPurge" (and
//   "PathPurge") or "UrlPush", arrays of {"Area","Batch","Total","Available"}.
// URLs must carry their scheme ("https://cdn.example.com/a.png").
class CdnApi final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::CdnApi)

public:
    static constexpr int kPurgeBatchLimit = 1000;
    static constexpr int kPushBatchLimit = 500;
    static constexpr int kPurgeDailyDefault = 10'000;
    static constexpr int kPushDailyDefault = 1'000;

    static const char *host() { return "cdn.tencentcloudapi.com"; }
    static const char *service() { return "cdn"; }
    static const char *version() { return "2018-06-06"; }
    static const char *action(CdnOperation op);      // "PurgeUrlsCache", "PushUrlsCache"
    static const char *quotaAction(CdnOperation op); // "DescribePurgeQuota", ...
    // The CAM permission a call needs: "cdn:PurgeUrlsCache", "cdn:DescribePushQuota".
    static QString permission(const char *action);
    static int batchLimit(CdnOperation op);

    // `urls` in consecutive batches of at most `batchSize` (>= 1), in order.
    static QList<QStringList> split(const QStringList &urls, int batchSize);

    // The JSON body of a PurgeUrlsCache / PushUrlsCache call (compact, keys sorted):
    // {"Area":..(if given),"UrlEncode":..(if given),"Urls":[..]}
    static QByteArray request(const QStringList &urls, const QString &area = {},
                              std::optional<bool> urlEncode = std::nullopt);
    // The body of DescribePurgeQuota / DescribePushQuota: "{}".
    static QByteArray quotaRequest() { return QByteArrayLiteral("{}"); }

    // {"Response":{"Error":{..}}} -> a Service error whose message says what to do (for a
    // missing permission: which one; for a used-up day: that it is the daily limit). ok() when
    // the answer carries no Error. A body that is no Tencent answer at all is a Protocol error
    // (or, with an HTTP status other than 200, a Service error naming it).
    static StorageError parseError(const QByteArray &body, const char *action,
                                   int httpStatus = 200);
    // The TaskId of a PurgeUrlsCache / PushUrlsCache answer (and its RequestId).
    static bool parseTask(const QByteArray &body, CdnOperation op, QString &taskId,
                          QByteArray &requestId, StorageError &error);
    // The URL lines of a quota answer (UrlPurge or UrlPush; PathPurge is not ours).
    static bool parseQuota(const QByteArray &body, CdnOperation op, QList<CdnQuota> &quotas,
                           StorageError &error);
    // The quota that limits a job in `area`: that area's line; for an empty area, mainland's
    // (the default of PushUrlsCache and where nearly every domain accelerates); for "global"
    // the tighter of mainland and overseas. nullopt when the answer has no such line.
    static std::optional<CdnQuota> quotaFor(const QList<CdnQuota> &quotas, const QString &area);
};

// The public CDN URLs of objects, as pure functions.
//
// With a custom CDN domain (Profile::cdnDomain), its cdnBase(). Without one, a Tencent COS
// profile falls back to the bucket's default CDN acceleration domain
// "<bucket>-<appid>.file.myqcloud.com", the temporary debug domain: it only answers once
// "Default CDN acceleration domain" is enabled for the bucket in the COS console (bucket >
// Domains and Transfer), and it does not bring the custom-domain CDN package. An S3-compatible
// profile without a CDN domain has no CDN URLs.
class CdnUrls final
{
public:
    // "assets-1250000000.file.myqcloud.com" for bucket "assets" or "assets-1250000000" and
    // APPID "1250000000". Without an APPID the bucket must carry one ("-<digits>"); empty when
    // it does not.
    static QString debugDomain(const QString &bucket, const QString &appId);
    // profile.cdnBase(); else https://<debugDomain> for COS profiles; else an empty URL.
    static QUrl base(const Profile &profile, const QString &bucket);
    // base + "/" + key, every byte of the key outside RFC 3986's unreserved set and '/'
    // percent-encoded ("a b/春.png" -> "a%20b/%E6%98%A5.png"), so each path segment is encoded
    // and the folders stay. Empty for an empty base.
    static QString objectUrl(const QUrl &base, const QString &key);
    static QStringList objectUrls(const Profile &profile, const QString &bucket,
                                  const QStringList &keys);
};

// One batch of a CdnCacheJob as it ended.
struct CdnBatchResult
{
    int index = 0; // 0-based, in sending order
    QStringList urls;
    bool sent = false; // a request went out (false: cancelled or skipped before)
    QString taskId;    // on success: for DescribePurgeTasks / DescribePushTasks
    QByteArray requestId;
    StorageError error; // ok() when Tencent accepted the batch

    bool ok() const { return sent && error.ok(); }
};

struct CdnJobResult
{
    CdnOperation operation = CdnOperation::Purge;
    int urlCount = 0; // after dropping duplicates
    QList<CdnBatchResult> batches;
    // The daily quota asked for before sending (when checkQuota was on and the call worked).
    std::optional<CdnQuota> quota;
    StorageError quotaError;   // why the quota could not be read (the job went on without it)
    bool quotaRefused = false; // more URLs than today's quota has left: nothing was sent
    // Why the job did not run (refused, no credentials, bad URL), that it was cancelled, or the
    // first batch's failure. ok() when every batch was accepted.
    StorageError error;

    bool ok() const { return error.ok(); }
    QStringList taskIds() const;
    int acceptedUrls() const;
    int failedUrls() const { return urlCount - acceptedUrls(); }
};

struct CdnJobOptions
{
    QString area; // empty: the API's default (see CdnApi)
    std::optional<bool> urlEncode;
    // Ask DescribePurgeQuota / DescribePushQuota first and refuse, sending nothing, when the
    // URLs exceed what is left today.
    bool checkQuota = true;
};

// Purges or prefetches any number of URLs (DESIGN.md "Async and network"): start() returns at
// once; duplicates are dropped; the URLs go in batches of the API's limit (or the smaller batch
// size the quota answer names), one call after the other; each batch's TaskId or error is kept
// and reported; a failed batch does not stop the others, except for failures every later batch
// would meet too (no permission, key refused, the day's limit reached, host unreachable): then
// the rest is marked failed with that error and not sent. cancel() ends the job at once.
// finished() comes exactly once; the owner deleteLater()s the job. The states are drawn at the
// top of cdnclient.cpp.
class CdnCacheJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CdnCacheJob)

public:
    CdnCacheJob(QNetworkAccessManager *network, CdnOperation op, const QStringList &urls,
                CdnJobOptions options = {}, QObject *parent = nullptr);
    ~CdnCacheJob() override;

    void setCredentials(const Credentials &creds) { m_credentials = creds; }
    // For tests: every call goes to this base URL (http://127.0.0.1:PORT) instead of
    // https://cdn.tencentcloudapi.com/; the Host it signs is then this URL's.
    void setBaseUrl(const QUrl &base) { m_baseUrl = base; }
    void setClock(const core::Clock *clock);
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    CdnOperation operation() const { return m_result.operation; }
    const CdnJobResult &result() const { return m_result; }

Q_SIGNALS:
    void quotaChecked(const sucai::cloud::CdnQuota &quota);
    void batchFinished(const sucai::cloud::CdnBatchResult &batch);
    // URLs whose batch has ended (accepted or not) of all.
    void progressChanged(int urlsDone, int urlsTotal);
    void finished(const sucai::cloud::CdnJobResult &result);

private:
    enum class Step { Quota, Batch };

    void begin(quint64 generation);
    void sendQuota();
    void planBatches(int batchSize);
    void sendBatch();
    void post(const char *action, const QByteArray &payload);
    void onReplyFinished();
    void onQuotaAnswer(int status, const QByteArray &body, const StorageError &transport);
    void onBatchAnswer(int status, const QByteArray &body, const StorageError &transport);
    void skipRest(const StorageError &error);
    void finish();
    void dropReply();

    QNetworkAccessManager *m_network;
    QStringList m_urls;
    CdnJobOptions m_options;
    Credentials m_credentials;
    Tc3Signer m_signer;
    const core::Clock *m_clock;
    QUrl m_baseUrl;
    int m_timeoutMs = 30'000;

    CdnJobResult m_result;
    int m_next = 0; // the batch to send next
    int m_urlsDone = 0;
    Step m_step = Step::Quota;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_finished = false;
};

// The account's CDN access for purge and prefetch: a key and where to send calls. Cheap to
// copy; makes jobs, not started, that the caller owns (deleteLater() after finished()).
class CdnClient final
{
public:
    explicit CdnClient(QNetworkAccessManager *network, Credentials creds = {});

    void setCredentials(const Credentials &creds) { m_credentials = creds; }
    const Credentials &credentials() const { return m_credentials; }
    void setBaseUrl(const QUrl &base) { m_baseUrl = base; } // tests
    void setClock(const core::Clock *clock) { m_clock = clock; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    CdnCacheJob *purge(const QStringList &urls, const CdnJobOptions &options = {},
                       QObject *parent = nullptr) const;
    CdnCacheJob *push(const QStringList &urls, const CdnJobOptions &options = {},
                      QObject *parent = nullptr) const;

private:
    CdnCacheJob *make(CdnOperation op, const QStringList &urls, const CdnJobOptions &options,
                      QObject *parent) const;

    QNetworkAccessManager *m_network;
    Credentials m_credentials;
    QUrl m_baseUrl;
    const core::Clock *m_clock = nullptr;
    int m_timeoutMs = 30'000;
};

} // namespace sucai::cloud

Q_DECLARE_METATYPE(sucai::cloud::CdnQuota)
Q_DECLARE_METATYPE(sucai::cloud::CdnBatchResult)
Q_DECLARE_METATYPE(sucai::cloud::CdnJobResult)
