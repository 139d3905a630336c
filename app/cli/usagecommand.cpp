#include "usagecommand.h"

#include "cloud/ledgerusageprovider.h"
#include "cloud/rgwusageprovider.h"
#include "cloud/storageclient.h"
#include "cloud/storagejob.h"
#include "cloud/storagejobs.h"
#include "cloud/tencentusageprovider.h"
#include "core/usageledger.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sucai::cli {

using cloud::StorageError;
using cloud::UsageResult;
using core::UsageItem;
using core::UsageItems;

namespace {

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

// ListBuckets, for the <Owner><ID> of the answer: on Ceph RGW the user id ("tenant$uid" for a
// tenant's user) the admin API wants. Needs no admin caps.
class BucketOwnerJob final : public cloud::StorageJob
{
public:
    explicit BucketOwnerJob(cloud::StorageClient *client)
        : StorageJob(client, QString())
    {}

    const QString &owner() const { return m_owner; }

protected:
    cloud::HttpRequest buildRequest(StorageError &) override
    {
        return client()->endpoint().request("GET");
    }
    StorageError handleSuccess(QNetworkReply *, const QByteArray &body) override
    {
        QXmlStreamReader xml(body);
        bool inOwner = false;
        while (!xml.atEnd() && m_owner.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Owner")
                inOwner = true;
            else if (xml.isEndElement() && xml.name() == u"Owner")
                inOwner = false;
            else if (xml.isStartElement() && inOwner && xml.name() == u"ID")
                m_owner = xml.readElementText().trimmed();
        }
        return {};
    }

private:
    QString m_owner;
};

QLocale numberLocale()
{
    // Thousands separators even in the C locale ("1,050,000 requests").
    QLocale l;
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l;
}

// "8.50 GB" (GB = 1024^3 bytes, as Tencent bills); amounts too small to show in GB in the unit
// that shows them: "3.2 MB", "5.9 KB", "812 B".
QString bytesText(qint64 bytes, const QLocale &l)
{
    const double gb = double(bytes) / double(core::kBytesPerGB);
    if (bytes == 0 || gb >= 0.005)
        return UsageCommand::tr("%1 GB").arg(l.toString(gb, 'f', 2));
    if (bytes >= 1024 * 1024)
        return UsageCommand::tr("%1 MB").arg(l.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    if (bytes >= 1024)
        return UsageCommand::tr("%1 KB").arg(l.toString(double(bytes) / 1024.0, 'f', 1));
    return UsageCommand::tr("%1 B").arg(l.toString(bytes));
}

QString amountText(UsageItem item, qint64 value, const QLocale &l)
{
    return UsageItems::isBytes(item) ? bytesText(value, l) : l.toString(value);
}

QString quotaText(UsageItem item, qint64 value, const QLocale &l)
{
    if (!UsageItems::isBytes(item))
        return l.toString(value);
    if (value % core::kBytesPerGB == 0)
        return UsageCommand::tr("%1 GB").arg(l.toString(value / core::kBytesPerGB));
    return bytesText(value, l);
}

QString rangeText(UsageItem item, qint64 low, qint64 high, const QLocale &l)
{
    if (low == high)
        return amountText(item, low, l);
    const double gbLow = double(low) / double(core::kBytesPerGB);
    if (UsageItems::isBytes(item) && (low == 0 || gbLow >= 0.005)) {
        return UsageCommand::tr("%1–%2 GB", "a range of amounts")
            .arg(l.toString(gbLow, 'f', 2),
                 l.toString(double(high) / double(core::kBytesPerGB), 'f', 2));
    }
    return UsageCommand::tr("%1–%2", "a range of amounts")
        .arg(amountText(item, low, l), amountText(item, high, l));
}

QString moneyText(qint64 minorUnits, const QLocale &l)
{
    return l.toString(double(minorUnits) / double(core::PriceTable::kMinorUnitsPerUnit), 'f', 2);
}

double moneyValue(qint64 minorUnits)
{
    return double(minorUnits) / double(core::PriceTable::kMinorUnitsPerUnit);
}

// Used of the free amount in percent, rounded down so that 99.99 % never reads as 100 %.
double percentOf(qint64 used, qint64 quota, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::floor(double(used) * 100.0 * scale / double(quota)) / scale;
}

QString monthId(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

// The APPID a COS bucket name ends in ("examplebucket-1250000000").
QString appIdOf(const QString &bucket)
{
    static const QRegularExpression re(QStringLiteral("-(\\d{6,})$"));
    const QRegularExpressionMatch m = re.match(bucket);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

UsageCommand::UsageCommand(cloud::StorageClient *client, UsageOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

UsageCommand::~UsageCommand()
{
    // The provider reads the ledger: it goes first.
    if (m_provider) {
        m_provider->disconnect(this);
        m_provider->cancel();
        delete m_provider.data();
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        delete m_job.data();
    }
    m_ledger.reset();
}

QString UsageCommand::sourceId(UsageSource source)
{
    switch (source) {
    case UsageSource::Tencent:
        return QStringLiteral("tencent");
    case UsageSource::Rgw:
        return QStringLiteral("rgw");
    case UsageSource::Ledger:
        return QStringLiteral("ledger");
    case UsageSource::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<UsageSource> UsageCommand::sourceFromId(const QString &id)
{
    const QString s = id.trimmed().toLower();
    if (s == u"tencent")
        return UsageSource::Tencent;
    if (s == u"rgw")
        return UsageSource::Rgw;
    if (s == u"ledger")
        return UsageSource::Ledger;
    if (s == u"auto")
        return UsageSource::Auto;
    return std::nullopt;
}

std::optional<QDate> UsageCommand::parseMonth(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!d.isValid() || d.year() < 2000)
        return std::nullopt;
    return d;
}

bool UsageCommand::isCosEndpoint(const cloud::StorageClient &client)
{
    const cloud::Endpoint &e = client.endpoint();
    if (e.provider() == cloud::Endpoint::Provider::TencentCos)
        return true;
    QByteArray host = e.hostAndPort();
    const qsizetype colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith(']'))
        host.truncate(colon);
    return host.endsWith(".myqcloud.com") || host.endsWith(".tencentcos.cn");
}

bool UsageCommand::start(std::function<void(int)> done)
{
    m_done = std::move(done);
    if (!m_client) {
        err(tr("sucai-cli: no storage connection"));
        return false;
    }
    m_today = QDateTime::currentDateTime().date(); // the dashboard's day: the local one
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    m_month = m_options.month.isValid() ? m_options.month : thisMonth;
    if (m_month > thisMonth) {
        err(tr("sucai-cli: --month %1 has not begun yet (this month is %2)")
                .arg(monthId(m_month), monthId(thisMonth)));
        return false;
    }
    m_source = m_options.source;
    if (m_source == UsageSource::Auto)
        m_source = isCosEndpoint(*m_client) ? UsageSource::Tencent : UsageSource::Ledger;

    // The dashboard's tables: shipped, with the data folder's override / the user's prices.
    QString tierError;
    QString pricesError;
    m_tier = core::FreeTier::load(QDir(m_options.dataDir).filePath(QStringLiteral("freetier.json")),
                                  &tierError);
    m_prices = core::PriceTable::load(
        QDir(m_options.dataDir).filePath(QStringLiteral("prices.json")), &pricesError);
    for (const QString &problem : {tierError, pricesError}) {
        if (!problem.isEmpty())
            m_tableProblems.append(problem);
    }
    if (!m_tier || !m_prices) {
        failText(m_tableProblems.join(u' '));
        QMetaObject::invokeMethod(
            this, [this] { finish(1); }, Qt::QueuedConnection);
        return true;
    }
    for (const QString &problem : std::as_const(m_tableProblems))
        err(tr("warning: %1").arg(problem));

    switch (m_source) {
    case UsageSource::Tencent: {
        if (!m_client->credentials().isValid()) {
            err(tr("sucai-cli: --source tencent needs a Tencent Cloud API key: set "
                   "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or AWS_ACCESS_KEY_ID and "
                   "AWS_SECRET_ACCESS_KEY)"));
            return false;
        }
        QString appId = m_options.appId;
        if (appId.isEmpty())
            appId = m_client->endpoint().appId();
        if (!m_options.bucket.isEmpty()) {
            QString bucket = m_options.bucket;
            if (appId.isEmpty())
                appId = appIdOf(bucket);
            if (appId.isEmpty()) {
                err(tr("sucai-cli: --source tencent needs the APPID: give --appid or the full "
                       "bucket name (examplebucket-1250000000)"));
                return false;
            }
            if (!bucket.endsWith(u'-' + appId))
                bucket += u'-' + appId;
            QMetaObject::invokeMethod(
                this, [this, appId, bucket] { startTencent(appId, {bucket}); },
                Qt::QueuedConnection);
            return true;
        }
        QMetaObject::invokeMethod(
            this, [this] { resolveTencentBuckets(); }, Qt::QueuedConnection);
        return true;
    }
    case UsageSource::Rgw:
        QMetaObject::invokeMethod(
            this, [this] { resolveUid(); }, Qt::QueuedConnection);
        return true;
    case UsageSource::Ledger:
    case UsageSource::Auto: {
        QDir().mkpath(m_options.dataDir);
        const QString path = QDir(m_options.dataDir).filePath(QStringLiteral("usage.db"));
        m_ledger = std::make_unique<core::UsageLedger>();
        QString why;
        if (!m_ledger->open(path, &why)) {
            failText(tr("cannot open the usage ledger %1: %2").arg(path, why));
            m_ledger.reset();
            QMetaObject::invokeMethod(
                this, [this] { finish(1); }, Qt::QueuedConnection);
            return true;
        }
        // The transfers' ledger key: this endpoint with this key id (see the put command).
        startProvider(new cloud::LedgerUsageProvider(m_ledger.get(), m_options.ledgerProfile,
                                                     m_options.bucket, m_client, this));
        return true;
    }
    }
    return true;
}

void UsageCommand::cancel()
{
    m_finished = true; // the caller ends the program
    if (m_provider)
        m_provider->cancel();
    if (m_job)
        m_job->cancel();
}

void UsageCommand::resolveUid()
{
    if (!m_options.uid.isEmpty()) {
        m_uid = m_options.uid;
        startProvider(new cloud::RgwUsageProvider(m_client, m_uid, m_options.bucket, this));
        return;
    }
    auto *job = new BucketOwnerJob(m_client);
    m_job = job;
    connect(job, &cloud::StorageJob::finished, this, [this, job](const StorageError &e) {
        m_job = nullptr;
        job->deleteLater();
        if (m_finished)
            return;
        if (!e.ok()) {
            const bool unreachable = e.kind == StorageError::Kind::Network ||
                                     e.kind == StorageError::Kind::Timeout ||
                                     e.kind == StorageError::Kind::Tls;
            failText(unreachable ? e.toUserText()
                                 : tr("cannot tell which RGW user this key belongs to (%1); give "
                                      "it with --uid")
                                       .arg(e.toUserText()));
            return finish(1);
        }
        if (job->owner().isEmpty()) {
            err(tr("sucai-cli: the server does not say which user this key belongs to: give the "
                   "RGW user with --uid"));
            return finish(2);
        }
        m_uid = job->owner();
        startProvider(new cloud::RgwUsageProvider(m_client, m_uid, m_options.bucket, this));
    });
    job->start();
}

void UsageCommand::resolveTencentBuckets()
{
    auto *job = m_client->listBuckets();
    m_job = job;
    connect(job, &cloud::StorageJob::finished, this, [this, job](const StorageError &e) {
        m_job = nullptr;
        job->deleteLater();
        if (m_finished)
            return;
        if (!e.ok()) {
            failText(tr("cannot list the buckets whose usage to read (%1); name one with --bucket")
                         .arg(e.toUserText()));
            return finish(1);
        }
        QString appId = m_options.appId.isEmpty() ? m_client->endpoint().appId() : m_options.appId;
        QStringList buckets;
        for (const cloud::BucketInfo &b : job->buckets()) {
            if (appId.isEmpty())
                appId = appIdOf(b.name); // an account's buckets all end in its APPID
            if (!appId.isEmpty() && b.name.endsWith(u'-' + appId))
                buckets.append(b.name);
        }
        if (appId.isEmpty() || buckets.isEmpty()) {
            failText(tr("this key lists no COS buckets whose usage Cloud Monitor could report; "
                        "name one with --bucket and the APPID with --appid"));
            return finish(1);
        }
        startTencent(appId, buckets);
    });
    job->start();
}

void UsageCommand::startTencent(const QString &appId, const QStringList &buckets)
{
    cloud::TencentUsageSettings settings;
    settings.appId = appId;
    settings.buckets = buckets;
    auto *provider = new cloud::TencentUsageProvider(m_client->network(), settings, this);
    provider->setCredentials(m_client->credentials());
    if (!m_options.tencentApiBase.isEmpty())
        provider->setBaseUrl(QUrl(m_options.tencentApiBase));
    startProvider(provider);
}

void UsageCommand::startProvider(cloud::UsageProvider *provider)
{
    m_provider = provider;
    connect(provider, &cloud::UsageProvider::finished, this, &UsageCommand::onFinished);
    provider->refresh(m_month, m_today);
}

void UsageCommand::onFinished(const UsageResult &fetched)
{
    if (m_finished || fetched.error.kind == StorageError::Kind::Cancelled)
        return;
    UsageResult result = fetched;
    QStringList notes;
    // An account without CDN has no CDN traffic to report: not a failure of this command.
    if (result.error.code == "ResourceNotFound.CdnUserNotExists") {
        result.setAvailability(UsageItem::Cdn, UsageResult::Availability::Unsupported);
        result.input.daily[size_t(UsageItem::Cdn)].clear();
        notes.append(result.error.toUserText());
        result.error = {};
    }

    core::UsageInput input = result.input;
    input.cdn = m_options.cdn;
    const core::MonthReport report = core::UsageModel::compute(input, *m_tier, *m_prices);

    QStringList errors = m_tableProblems;
    if (!result.ok())
        errors.append(result.error.toUserText());
    bool anyAvailable = false;
    for (const UsageItem item : UsageItems::all())
        anyAvailable = anyAvailable || result.isAvailable(item);

    if (m_options.json)
        out(QString::fromUtf8(
            QJsonDocument(toJson(result, report, errors)).toJson(QJsonDocument::Compact)));
    else if (anyAvailable)
        printTable(result, report);
    for (const QString &note : std::as_const(notes))
        err(tr("note: %1").arg(note));
    if (!result.ok()) {
        failText(result.error.toUserText());
        return finish(1);
    }
    finish(0);
}

void UsageCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    std::fflush(stdout);
    if (m_done)
        m_done(code);
}

void UsageCommand::failText(const QString &text)
{
    err(tr("error: %1").arg(text));
}

void UsageCommand::printTable(const UsageResult &result, const core::MonthReport &report) const
{
    const QLocale l = numberLocale();
    const bool complete = report.complete;
    const QString dash = QStringLiteral("—");

    // Where the numbers come from, and for what.
    const QString month = l.toString(report.month, QStringLiteral("MMMM yyyy"));
    const QString scope =
        m_options.bucket.isEmpty() ? tr("all buckets") : tr("bucket %1").arg(m_options.bucket);
    if (complete) {
        out(tr("Free tier usage, %1 (complete), %2").arg(month, scope));
    } else {
        out(tr("Free tier usage, %1 (day %2 of %3), %4")
                .arg(month)
                .arg(report.today.day())
                .arg(report.daysInMonth)
                .arg(scope));
    }
    QString source = result.source;
    if (m_source == UsageSource::Rgw)
        source = tr("%1, user %2").arg(result.source, m_uid);
    else if (m_source == UsageSource::Ledger)
        source = tr("%1: sucai-cli's own transfers with this key, not other clients' traffic")
                     .arg(result.source);
    out(tr("Source: %1").arg(source));
    out(QString());

    // The table.
    QList<QStringList> rows;
    QStringList header{tr("Item"), tr("Used"), tr("Free"), tr("Used %")};
    if (!complete)
        header << tr("Month end") << tr("Cost so far") << tr("Est. cost");
    else
        header << tr("Cost");
    rows.append(header);
    bool unsupported = false;
    for (const UsageItem item : UsageItems::all()) {
        const core::ItemUsage &u = report.item(item);
        QStringList row{UsageItems::name(item)};
        const auto availability = result.availabilityOf(item);
        if (availability != UsageResult::Availability::Available) {
            unsupported = unsupported || availability == UsageResult::Availability::Unsupported;
            row << (availability == UsageResult::Availability::Unsupported ? tr("n/a")
                                                                           : tr("error"))
                << (u.quota > 0 ? quotaText(item, u.quota, l) : dash) << dash;
            if (!complete)
                row << dash << dash << dash;
            else
                row << dash;
            rows.append(row);
            continue;
        }
        row << amountText(item, u.used, l) << (u.quota > 0 ? quotaText(item, u.quota, l) : dash)
            << (u.quota > 0 ? tr("%1%").arg(l.toString(percentOf(u.used, u.quota, 0), 'f', 0))
                            : dash);
        if (!complete) {
            row << (u.thinData ? rangeText(item, u.projectedLow, u.projectedHigh, l)
                               : amountText(item, u.projected, l))
                << moneyText(u.costSoFar, l) << moneyText(u.costProjected, l);
        } else {
            row << moneyText(u.costSoFar, l);
        }
        rows.append(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line +=
                i == 0 ? row.at(i).leftJustified(widths[i]) : row.at(i).rightJustified(widths[i]);
        }
        out(line);
    }
    out(QString());
    if (unsupported)
        out(tr("n/a: not measured by this source."));
    if (!complete && std::any_of(report.items.cbegin(), report.items.cend(),
                                 [](const core::ItemUsage &u) { return u.thinData && u.hasData; }))
        out(tr("Month end: projected from the days so far; a range while there are few of them."));

    // What runs out first.
    if (report.firstToRunOut) {
        const QString name = UsageItems::name(*report.firstToRunOut);
        const QDate day = report.firstRunOutDay;
        const QString date = day.toString(Qt::ISODate);
        if (complete || day <= report.today) {
            out(tr("First to run out: %1, used up on %2.").arg(name, date));
        } else {
            out(tr("First to run out: %1, at this pace on %2 (in %n day(s)).", nullptr,
                   int(report.today.daysTo(day)))
                    .arg(name, date));
        }
    } else {
        out(complete ? tr("First to run out: nothing, every item stayed within its free amount.")
                     : tr("First to run out: nothing at this pace this month."));
    }

    // The CDN new-user package, when its activation is known.
    const core::CdnPackageWindow &w = report.cdnPackage;
    if (w.known && w.activeToday) {
        out(tr("CDN new-user package: %n day(s) left, expires on %1.", nullptr, w.daysLeft)
                .arg(w.expiresOn.toString(Qt::ISODate)));
    }

    // The bill.
    const QString currency = report.currency;
    if (complete) {
        out(tr("Cost beyond the free tier: %1 %2 for the month.")
                .arg(moneyText(report.costSoFar, l), currency));
    } else {
        out(tr("Estimated cost beyond the free tier: %1 %3 so far, %2 %3 by the month's end.")
                .arg(moneyText(report.costSoFar, l), moneyText(report.costProjected, l), currency));
    }
    const QString pricesPath = QDir(m_options.dataDir).filePath(QStringLiteral("prices.json"));
    if (report.examplePrices) {
        out(tr("%1. Your own prices go in %2.")
                .arg(m_prices->label.isEmpty() ? tr("Example prices, not a quote")
                                               : m_prices->label,
                     QDir::toNativeSeparators(pricesPath)));
    } else if (!m_prices->label.isEmpty()) {
        out(tr("Prices: %1").arg(m_prices->label));
    }
}

QJsonObject UsageCommand::toJson(const UsageResult &result, const core::MonthReport &report,
                                 const QStringList &errors) const
{
    const bool complete = report.complete;
    QJsonArray items;
    for (const UsageItem item : UsageItems::all()) {
        const core::ItemUsage &u = report.item(item);
        const auto availability = result.availabilityOf(item);
        const bool ok = availability == UsageResult::Availability::Available;
        QJsonObject o{
            {QStringLiteral("item"), UsageItems::id(item)},
            {QStringLiteral("name"), UsageItems::name(item)},
            {QStringLiteral("status"), ok ? QStringLiteral("ok")
                                          : (availability == UsageResult::Availability::Unsupported
                                                 ? QStringLiteral("unsupported")
                                                 : QStringLiteral("failed"))},
            {QStringLiteral("unit"),
             UsageItems::isBytes(item) ? QStringLiteral("bytes") : QStringLiteral("requests")},
            {QStringLiteral("quota"), u.quota},
            {QStringLiteral("percent"),
             ok && u.quota > 0 ? QJsonValue(percentOf(u.used, u.quota, 2)) : QJsonValue()},
            {QStringLiteral("used"), ok ? QJsonValue(u.used) : QJsonValue()},
            {QStringLiteral("projected"), ok && !complete ? QJsonValue(u.projected) : QJsonValue()},
            {QStringLiteral("projectedLow"),
             ok && !complete ? QJsonValue(u.projectedLow) : QJsonValue()},
            {QStringLiteral("projectedHigh"),
             ok && !complete ? QJsonValue(u.projectedHigh) : QJsonValue()},
            {QStringLiteral("costSoFar"), ok ? QJsonValue(moneyValue(u.costSoFar)) : QJsonValue()},
            {QStringLiteral("costProjected"),
             ok && !complete ? QJsonValue(moneyValue(u.costProjected)) : QJsonValue()},
            {QStringLiteral("runsOutOn"),
             ok && u.runsOutOn ? QJsonValue(u.runsOutOn->toString(Qt::ISODate)) : QJsonValue()},
        };
        items.append(o);
    }
    QJsonValue firstToRunOut;
    if (report.firstToRunOut) {
        firstToRunOut =
            QJsonObject{{QStringLiteral("item"), UsageItems::id(*report.firstToRunOut)},
                        {QStringLiteral("day"), report.firstRunOutDay.toString(Qt::ISODate)}};
    }
    QJsonObject o{
        {QStringLiteral("format"), 1},
        {QStringLiteral("month"), monthId(report.month)},
        {QStringLiteral("today"), report.today.toString(Qt::ISODate)},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("daysInMonth"), report.daysInMonth},
        {QStringLiteral("source"), sourceId(m_source)},
        {QStringLiteral("sourceName"), result.source},
        {QStringLiteral("bucket"),
         m_options.bucket.isEmpty() ? QJsonValue() : QJsonValue(m_options.bucket)},
        {QStringLiteral("fetchedAt"), result.fetchedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("items"), items},
        {QStringLiteral("total"),
         QJsonObject{{QStringLiteral("costSoFar"), moneyValue(report.costSoFar)},
                     {QStringLiteral("costProjected"),
                      complete ? QJsonValue() : QJsonValue(moneyValue(report.costProjected))}}},
        {QStringLiteral("currency"), report.currency},
        {QStringLiteral("examplePrices"), report.examplePrices},
        {QStringLiteral("priceLabel"), m_prices->label},
        {QStringLiteral("firstToRunOut"), firstToRunOut},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
    };
    if (m_source == UsageSource::Rgw)
        o.insert(QStringLiteral("uid"), m_uid);
    return o;
}

} // namespace sucai::cli
