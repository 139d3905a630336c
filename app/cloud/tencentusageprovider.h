#pragma once

#include "credentials.h"
#include "tc3signer.h"
#include "usageprovider.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sucai::core {
class Clock;
}

namespace sucai::cloud {

// The request shapes and answers of the two Tencent Cloud APIs the dashboard reads, as pure
// functions (../shared/notes/tencent-cloud.md "Usage and billing sources"):
//
// - Cloud Monitor GetMonitorData (monitor.tencentcloudapi.com, 2018-07-24), namespace QCE/COS,
//   one metric per call, at most 10 instances (appid + bucket) per call, always region
//   ap-guangzhou whatever the bucket's region. Units (COS monitoring docs, 436/31649):
//   StdStorage in MB (binary, as Tencent bills: 1 MB = 1024 * 1024 bytes), InternetTraffic and
//   CdnOriginTraffic in bytes, StdReadRequests/StdWriteRequests in requests.
// - CDN DescribeCdnData (cdn.tencentcloudapi.com, 2018-06-06), Metric flux in bytes,
//   Interval day; no Domains = every domain of the account.
//
// Tencent's days are China Standard Time days (UTC+8): the time stamps are read and the query
// ranges written in +08:00, whatever the local time zone.
class TencentUsageApi final
{
    Q_DECLARE_TR_FUNCTIONS(sucai::cloud::TencentUsageApi)

public:
    enum class Api { Monitor, Cdn };

    struct Metric
    {
        QString name;         // "StdStorage"
        core::UsageItem item; // what it measures
        qint64 bytesPerUnit;  // multiplier to the item's unit (bytes or requests)
    };

    static constexpr int kMaxInstancesPerCall = 10;
    static constexpr int kDaySeconds = 86400;

    static const char *host(Api api);    // "monitor.tencentcloudapi.com"
    static const char *service(Api api); // "monitor"
    static const char *version(Api api); // "2018-07-24"
    static const char *action(Api api);  // "GetMonitorData"
    static QByteArray region(Api api);   // "ap-guangzhou" for the monitor; none for CDN
    // The CAM permission a call needs: "monitor:GetMonitorData", "cdn:DescribeCdnData".
    static QString permission(Api api);

    // StdStorage, InternetTraffic, CdnOriginTraffic, StdReadRequests, StdWriteRequests.
    static QList<Metric> cosMetrics();

    // "2026-11-01T00:00:00+08:00"
    static QString chinaIsoTime(const QDateTime &t);
    // "2026-11-01 00:00:00" (China time), as DescribeCdnData wants it.
    static QString chinaPlainTime(const QDateTime &t);
    // The China (UTC+8) calendar day of a Unix time.
    static QDate chinaDate(qint64 unixSeconds);
    // 00:00:00 and 23:59:59 of a China day.
    static QDateTime chinaDayStart(QDate day);
    static QDateTime chinaDayEnd(QDate day);

    // GetMonitorData's JSON body (compact, keys sorted):
    // {"EndTime":..,"Instances":[{"Dimensions":[{"Name":"appid","Value":..},
    //  {"Name":"bucket","Value":..}]},..],"MetricName":..,"Namespace":"QCE/COS","Period":86400,
    //  "StartTime":..}
    static QByteArray monitorRequest(const QString &metricName, const QString &appId,
                                     const QStringList &buckets, const QDateTime &start,
                                     const QDateTime &end, int periodSeconds = kDaySeconds);
    // DescribeCdnData's JSON body: {"Domains":[..] (if any),"EndTime":..,"Interval":"day",
    // "Metric":"flux","StartTime":..} (+ "Area" if given: "mainland", "overseas").
    static QByteArray cdnRequest(const QDateTime &start, const QDateTime &end,
                                 const QStringList &domains, const QString &area = {});

    // {"Response":{"Error":{"Code":..,"Message":..},"RequestId":..}} -> a Service error whose
    // message says what to do (for a missing permission: which one); ok() when the answer
    // carries no Error. A body that is not a Tencent answer at all is a Protocol error, or a
    // Service error with the HTTP status when that is not 200.
    static StorageError parseError(const QByteArray &body, Api api, int httpStatus = 200);

    // Adds the data points of every instance in a GetMonitorData answer to `daily` (day ->
    // value * bytesPerUnit, rounded), so that several buckets sum up. False (with `error`) for
    // an error answer or one without DataPoints.
    static bool parseMonitorData(const QByteArray &body, qint64 bytesPerUnit,
                                 QMap<QDate, qint64> &daily, StorageError &error);
    // The same for DescribeCdnData: every resource's flux DetailData, per day.
    static bool parseCdnData(const QByteArray &body, QMap<QDate, qint64> &daily,
                             StorageError &error);
};

// What to ask Tencent Cloud about for one profile.
struct TencentUsageSettings
{
    QString appId;          // "1250000000"
    QStringList buckets;    // full names with the APPID: "examplebucket-1250000000"
    bool cdn = true;        // also ask DescribeCdnData
    QStringList cdnDomains; // empty: every CDN domain of the account (at most 30 otherwise)
    QString cdnArea;        // empty: the API's default (mainland China)
};

// Usage from Tencent Cloud: Cloud Monitor for the COS items, the CDN API for CDN traffic.
// The calls go one after the other (the monitor allows 20 per second; a refresh makes six or
// so), each TC3-signed with the profile's key.
class TencentUsageProvider final : public UsageProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TencentUsageProvider)

public:
    TencentUsageProvider(QNetworkAccessManager *network, TencentUsageSettings settings,
                         QObject *parent = nullptr);
    ~TencentUsageProvider() override;

    void setCredentials(const Credentials &creds) { m_credentials = creds; }
    void setSettings(const TencentUsageSettings &settings) { m_settings = settings; }
    const TencentUsageSettings &settings() const { return m_settings; }
    // For tests: every call goes to this base URL (e.g. http://127.0.0.1:PORT) instead of
    // https://<service host>/; the Host it signs is then this URL's.
    void setBaseUrl(const QUrl &base) { m_baseUrl = base; }
    void setClock(const core::Clock *clock);
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    QString sourceName() const override;
    QList<core::UsageItem> supportedItems() const override;

protected:
    void startFetch(QDate firstDay, QDate lastDay) override;
    void abortFetch() override;

private:
    struct Call
    {
        TencentUsageApi::Api api = TencentUsageApi::Api::Monitor;
        core::UsageItem item = core::UsageItem::Storage;
        qint64 bytesPerUnit = 1;
        QByteArray payload;
    };

    void sendNext();
    void onReplyFinished();
    void fail(const Call &call, const StorageError &error);

    QNetworkAccessManager *m_network;
    TencentUsageSettings m_settings;
    Credentials m_credentials;
    Tc3Signer m_signer;
    const core::Clock *m_clock;
    QUrl m_baseUrl;
    int m_timeoutMs = 30'000;

    QList<Call> m_calls;
    Call m_current;
    QPointer<QNetworkReply> m_reply;
    UsageResult m_result;
};

} // namespace sucai::cloud
