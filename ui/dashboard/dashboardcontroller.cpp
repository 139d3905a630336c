#include "dashboardcontroller.h"

#include "core/clock.h"
#include "dashboardwidget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace sucai::ui {

namespace {

const QString kFired = QStringLiteral("fired");
const QString kAcknowledged = QStringLiteral("acknowledged");

QString monthId(QDate month)
{
    return QDate(month.year(), month.month(), 1).toString(QStringLiteral("yyyy-MM"));
}

QString joinProblems(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            nonEmpty.append(p);
    }
    return nonEmpty.join(u'\n');
}

// One alert per item (its highest threshold says it all), the most pressing first — as the
// view's banner shows them.
QList<core::UsageAlert> mostPressing(QList<core::UsageAlert> alerts)
{
    std::stable_sort(
        alerts.begin(), alerts.end(), [](const core::UsageAlert &a, const core::UsageAlert &b) {
            const int pa = a.kind == core::UsageAlert::Kind::Threshold ? a.percent : -1;
            const int pb = b.kind == core::UsageAlert::Kind::Threshold ? b.percent : -1;
            return pa > pb;
        });
    QList<core::UsageAlert> shown;
    for (const core::UsageAlert &a : std::as_const(alerts)) {
        const bool covered = std::any_of(shown.cbegin(), shown.cend(), [&](const auto &s) {
            return s.kind == a.kind && s.item == a.item;
        });
        if (!covered)
            shown.append(a);
    }
    return shown;
}

} // namespace

DashboardController::DashboardController(DashboardWidget *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_clock(&core::Clock::system())
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<sucai::cloud::UsageResult>();
    // Coarse (5 %) is plenty for a refresh every half hour and lets the system batch wake-ups.
    m_timer->setTimerType(Qt::CoarseTimer);
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &DashboardController::onTimer);
    if (m_view) {
        connect(m_view, &DashboardWidget::refreshRequested, this, &DashboardController::refresh);
        connect(m_view, &DashboardWidget::exportCsvRequested, this,
                &DashboardController::exportCsv);
        connect(m_view, &DashboardWidget::alertsAcknowledged, this,
                &DashboardController::onAlertsAcknowledged);
        m_view->setAlertSettings(m_alertSettings);
    }
}

DashboardController::~DashboardController()
{
    if (m_provider) {
        m_provider->disconnect(this);
        m_provider->cancel();
    }
}

// --- Data files ------------------------------------------------------------------------------

QString DashboardController::defaultDataDir()
{
    const QString dir = qEnvironmentVariable("SUCAI_DATA_DIR");
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

QString DashboardController::freeTierPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("freetier.json"));
}

QString DashboardController::pricesPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("prices.json"));
}

void DashboardController::loadTablesQuietly(const QString &dataDir)
{
    m_tablesTried = true;
    QString tierError;
    QString pricesError;
    m_tier = core::FreeTier::load(freeTierPath(dataDir), &tierError);
    m_prices = core::PriceTable::load(pricesPath(dataDir), &pricesError);
    m_tablesError = joinProblems({tierError, pricesError});
}

void DashboardController::loadTables(const QString &dataDir)
{
    loadTablesQuietly(dataDir);
    recompute();
}

void DashboardController::setFreeTier(const core::FreeTier &tier)
{
    m_tier = tier;
    m_tablesTried = true;
    m_tablesError.clear();
    recompute();
}

void DashboardController::setPriceTable(const core::PriceTable &prices)
{
    m_prices = prices;
    m_tablesTried = true;
    m_tablesError.clear();
    recompute();
}

void DashboardController::setAlertSettings(const core::AlertSettings &settings)
{
    m_alertSettings = settings;
    if (m_view)
        m_view->setAlertSettings(settings);
    // Lower thresholds may be crossed already.
    if (m_shownReport)
        raiseAlerts(*m_shownReport);
}

void DashboardController::recompute()
{
    if (m_shownReport)
        showCached(m_shownReport->month);
    else
        showErrors();
}

// --- Source ----------------------------------------------------------------------------------

void DashboardController::setProvider(std::unique_ptr<cloud::UsageProvider> provider,
                                      const DashboardScope &scope)
{
    if (m_provider) {
        // Its cancellation result is of no interest any more.
        m_provider->disconnect(this);
        m_provider->cancel();
        m_provider->deleteLater();
        m_provider = nullptr;
    }
    m_provider = provider.release();
    if (m_provider) {
        m_provider->setParent(this);
        connect(m_provider, &cloud::UsageProvider::finished, this,
                &DashboardController::onProviderFinished);
    }
    m_scope = scope;
    m_fetchError.clear();
    m_exportError.clear();
    m_shownInput.reset();
    m_shownReport.reset();
    if (m_csvDialog)
        m_csvDialog->close(); // it would export the other scope's numbers
    if (m_view) {
        m_view->clearUsage(scope.profileName, scope.bucket);
        m_view->clearAlerts();
        m_view->setBusy(false);
    }
    showCached(today());
    if (!m_provider) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    const int minutes = int(std::chrono::duration_cast<std::chrono::minutes>(m_interval).count());
    if (m_cache.isOlderThan(cacheKey(), minutes, m_clock->nowUtc()))
        refresh();
}

void DashboardController::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    m_timer->setInterval(m_interval);
    if (m_timer->isActive())
        m_timer->start();
}

void DashboardController::setClock(const core::Clock *clock)
{
    m_clock = clock ? clock : &core::Clock::system();
    if (m_view)
        m_view->setClock(m_clock);
}

void DashboardController::refresh()
{
    if (!m_provider || m_provider->isRunning())
        return;
    const QDate day = today();
    m_provider->refresh(day, day);
    if (m_timer->isActive())
        m_timer->start(); // the next background refresh a whole interval after this one
    if (m_view)
        m_view->setBusy(true);
}

bool DashboardController::isRefreshing() const
{
    return m_provider && m_provider->isRunning();
}

void DashboardController::onTimer()
{
    refresh();
}

void DashboardController::onProviderFinished(const cloud::UsageResult &result)
{
    if (m_view)
        m_view->setBusy(false);
    if (result.error.kind == cloud::StorageError::Kind::Cancelled)
        return;
    const QDate month = result.input.month.isValid() ? result.input.month : today();
    // Stamped with our clock: the cache's age and the view's "updated ... ago" then use one.
    cloud::UsageResult stamped = result;
    stamped.fetchedAt = m_clock->nowUtc();
    m_cache.store(cloud::UsageCache::key(m_scope.profileKey, m_scope.bucket, month), stamped);
    m_fetchError = result.ok() ? QString() : result.error.toUserText();
    showCached(month);
    Q_EMIT refreshed();
}

void DashboardController::showCached(QDate month)
{
    const auto cached =
        m_cache.value(cloud::UsageCache::key(m_scope.profileKey, m_scope.bucket, month));
    if (!cached) {
        showErrors();
        return;
    }
    if ((!m_tier || !m_prices) && !m_tablesTried)
        loadTablesQuietly(defaultDataDir());
    if (!m_tier || !m_prices) {
        showErrors(); // the tables' error says why there is nothing to compute with
        return;
    }
    core::UsageInput input = cached->input;
    input.cdn = m_scope.cdn;
    const core::MonthReport report = core::UsageModel::compute(input, *m_tier, *m_prices);
    m_shownInput = input;
    m_shownReport = report;
    if (m_view) {
        m_view->setUsage(report, input,
                         DashboardSource::fromResult(*cached, m_scope.profileName, m_scope.bucket,
                                                     m_prices->label));
    }
    showErrors();
    raiseAlerts(report);
}

void DashboardController::showErrors()
{
    if (m_view)
        m_view->setError(joinProblems({m_fetchError, m_tablesError, m_exportError}));
}

// --- Alerts ----------------------------------------------------------------------------------

void DashboardController::raiseAlerts(const core::MonthReport &report)
{
    // Every crossing there is; which of them are new is the settings' business.
    const QList<core::UsageAlert> all = core::UsageModel::newAlerts(report, m_alertSettings, {});
    if (all.isEmpty())
        return;
    const QSet<QString> fired = recentKeys(kFired, report.month);
    const QSet<QString> acknowledged = recentKeys(kAcknowledged, report.month);
    QList<core::UsageAlert> fresh;
    QList<core::UsageAlert> banner;
    for (const core::UsageAlert &a : all) {
        if (!fired.contains(a.key)) {
            fresh.append(a);
            banner.append(a);
        } else if (!acknowledged.contains(a.key)) {
            banner.append(a); // raised before (maybe before a restart), never dismissed
        }
    }
    if (m_view && !banner.isEmpty())
        m_view->addAlerts(banner);
    if (fresh.isEmpty())
        return;

    // Remembered before anyone hears of them: a receiver that crashes the app must not make
    // it notify again on the next start.
    QSet<QString> keys = monthKeys(kFired, report.month);
    for (const core::UsageAlert &a : std::as_const(fresh))
        keys.insert(a.key);
    storeKeys(kFired, report.month, keys);

    const QList<core::UsageAlert> shown = mostPressing(fresh);
    QStringList lines;
    for (const core::UsageAlert &a : shown)
        lines.append(core::UsageModel::alertText(a, QLocale()));
    const QString who = m_scope.bucket.isEmpty()
                            ? m_scope.profileName
                            : QStringLiteral("%1 · %2").arg(m_scope.bucket, m_scope.profileName);
    const QString title = tr("Free tier: %n alert(s) for %1", nullptr, int(shown.size())).arg(who);
    Q_EMIT notify(title, lines.join(u'\n'));
}

void DashboardController::onAlertsAcknowledged(const QStringList &keys)
{
    const QDate month = m_shownReport ? m_shownReport->month : today();
    QSet<QString> acknowledged = monthKeys(kAcknowledged, month);
    for (const QString &k : keys)
        acknowledged.insert(k);
    storeKeys(kAcknowledged, month, acknowledged);
}

QString DashboardController::settingsGroup(QDate month) const
{
    // Percent-encoded: a profile key may hold '/' (a QSettings group separator).
    const QString profile = QString::fromLatin1(QUrl::toPercentEncoding(
        m_scope.profileKey.isEmpty() ? QStringLiteral("-") : m_scope.profileKey));
    QString group = QStringLiteral("dashboard/alerts/") + profile;
    if (month.isValid())
        group += u'/' + monthId(month);
    return group;
}

QSet<QString> DashboardController::monthKeys(const QString &kind, QDate month) const
{
    const QSettings settings;
    const QStringList list = settings.value(settingsGroup(month) + u'/' + kind).toStringList();
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QString> DashboardController::recentKeys(const QString &kind, QDate month) const
{
    return monthKeys(kind, month).unite(monthKeys(kind, month.addMonths(-1)));
}

void DashboardController::storeKeys(const QString &kind, QDate month, const QSet<QString> &keys)
{
    QSettings settings;
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    settings.setValue(settingsGroup(month) + u'/' + kind, list);
    // Only this month and the one before are ever read.
    settings.beginGroup(settingsGroup({}));
    const QStringList keep{monthId(month), monthId(month.addMonths(-1))};
    const QStringList months = settings.childGroups();
    for (const QString &m : months) {
        if (!keep.contains(m))
            settings.remove(m);
    }
    settings.endGroup();
}

// --- CSV -------------------------------------------------------------------------------------

void DashboardController::exportCsv()
{
    if (!m_shownInput)
        return;
    if (m_csvDialog) {
        m_csvDialog->raise();
        m_csvDialog->activateWindow();
        return;
    }
    QSettings settings;
    QString folder = settings.value(QStringLiteral("dashboard/csvFolder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString stem = m_scope.bucket.isEmpty() ? m_scope.profileName : m_scope.bucket;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    stem.replace(unsafe, QStringLiteral("_"));
    if (stem.isEmpty())
        stem = QStringLiteral("sucai");
    const QString name =
        tr("%1-usage-%2.csv", "file name: bucket, month").arg(stem, monthId(m_shownInput->month));

    auto *dialog =
        new QFileDialog(m_view ? m_view->window() : nullptr, tr("Export Usage as CSV"), folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(QStringLiteral("dashboard/csvFolder"), QFileInfo(path).absolutePath());
        exportCsvTo(path);
    });
    m_csvDialog = dialog;
    dialog->open(); // window-modal, not exec(): the event loop and the refreshes go on
}

QFileDialog *DashboardController::csvDialog() const
{
    return m_csvDialog;
}

bool DashboardController::exportCsvTo(const QString &path)
{
    const auto fail = [&](const QString &why) {
        m_exportError =
            tr("Could not save the CSV file %1: %2").arg(QDir::toNativeSeparators(path), why);
        showErrors();
        return false;
    };
    if (!m_shownInput)
        return fail(tr("there are no numbers to export yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray csv = core::UsageModel::toCsv(*m_shownInput, true);
    if (file.write(csv) != csv.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    m_exportError.clear();
    showErrors();
    Q_EMIT csvExported(path);
    return true;
}

QDate DashboardController::today() const
{
    return m_clock->nowUtc().toLocalTime().date();
}

QString DashboardController::cacheKey() const
{
    return cloud::UsageCache::key(m_scope.profileKey, m_scope.bucket, today());
}

} // namespace sucai::ui
