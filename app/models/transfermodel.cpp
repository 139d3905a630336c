#include "transfermodel.h"

#include <QFileInfo>
#include <QLocale>

namespace sucai::models {

namespace {
constexpr int kTickMs = 250;

using core::TransferState;

bool isActive(TransferState s)
{
    return s == TransferState::Queued || s == TransferState::Running;
}

QString lastSegment(const QString &key)
{
    const qsizetype slash = key.lastIndexOf(u'/', key.endsWith(u'/') ? -2 : -1);
    return slash < 0 ? key : key.mid(slash + 1);
}
} // namespace

TransferModel::TransferModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_tick(this)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &TransferModel::flush);
}

TransferModel::~TransferModel() = default;

void TransferModel::account(const transfer::TransferSnapshot &s, int sign)
{
    if (isActive(s.state))
        m_active += sign;
    if (s.state == TransferState::Failed)
        m_failed += sign;
    if (s.state == TransferState::Running)
        m_speed += sign * s.speed;
    if (isActive(s.state) && s.size > 0)
        m_remaining += sign * qMax<qint64>(0, s.size - s.bytesDone);
    if (m_speed < 0.5)
        m_speed = 0; // no drift from adding and subtracting doubles
    m_totalsDirty = true;
    if (!m_tick.isActive())
        m_tick.start();
}

std::optional<transfer::TransferSnapshot> TransferModel::find(qint64 id) const
{
    if (const auto p = m_pendingById.constFind(id); p != m_pendingById.constEnd())
        return m_pending.at(*p);
    if (const auto r = m_rowById.constFind(id); r != m_rowById.constEnd())
        return m_rows.at(*r);
    return std::nullopt;
}

qint64 TransferModel::etaSeconds() const
{
    if (m_speed < 1 || m_remaining <= 0)
        return -1;
    return qint64(double(m_remaining) / m_speed + 0.5);
}

QString TransferModel::formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 sec = seconds % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(sec))
                 : QStringLiteral("%1:%2").arg(m).arg(two(sec));
}

void TransferModel::add(const transfer::TransferSnapshot &snapshot)
{
    if (m_rowById.contains(snapshot.id) || m_pendingById.contains(snapshot.id)) {
        update(snapshot);
        return;
    }
    m_pendingById.insert(snapshot.id, m_pending.size());
    m_pending.append(snapshot);
    account(snapshot, +1); // starts the tick
}

void TransferModel::insertPending()
{
    if (m_pending.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (transfer::TransferSnapshot &s : m_pending) {
        m_rowById.insert(s.id, int(m_rows.size()));
        m_rows.append(std::move(s));
    }
    m_pending.clear();
    m_pendingById.clear();
    endInsertRows();
}

void TransferModel::update(const transfer::TransferSnapshot &snapshot)
{
    if (const auto p = m_pendingById.constFind(snapshot.id); p != m_pendingById.constEnd()) {
        account(m_pending[*p], -1);
        m_pending[*p] = snapshot;
        account(snapshot, +1);
        return;
    }
    const int row = m_rowById.value(snapshot.id, -1);
    if (row < 0) {
        add(snapshot);
        return;
    }
    account(m_rows[row], -1);
    m_rows[row] = snapshot;
    account(snapshot, +1);
    m_dirtyFirst = m_dirtyFirst < 0 ? row : qMin(m_dirtyFirst, row);
    m_dirtyLast = qMax(m_dirtyLast, row);
}

void TransferModel::flush()
{
    insertPending();
    if (m_dirtyFirst >= 0) {
        const int first = m_dirtyFirst;
        const int last = qMin(m_dirtyLast, int(m_rows.size()) - 1);
        m_dirtyFirst = m_dirtyLast = -1;
        if (first <= last)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (m_totalsDirty) {
        m_totalsDirty = false;
        Q_EMIT totalsChanged();
    }
    if (m_dirtyFirst < 0 && !m_totalsDirty && m_pending.isEmpty())
        m_tick.stop();
}

void TransferModel::removeFinished()
{
    // Contiguous runs are removed together, from the end, so that rows above stay valid.
    flush();
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        const auto finished = [this](int r) {
            const TransferState s = m_rows.at(r).state;
            return s == TransferState::Done || s == TransferState::Cancelled;
        };
        if (!finished(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && finished(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            account(m_rows.at(r), -1);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_rowById.clear();
    for (int r = 0; r < int(m_rows.size()); ++r)
        m_rowById.insert(m_rows.at(r).id, r);
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferModel::stateText(core::TransferState state)
{
    switch (state) {
    case TransferState::Queued:
        return tr("Queued");
    case TransferState::Running:
        return tr("Running");
    case TransferState::Paused:
        return tr("Paused");
    case TransferState::Failed:
        return tr("Failed");
    case TransferState::Done:
        return tr("Done");
    case TransferState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const transfer::TransferSnapshot &s = m_rows.at(index.row());
    const bool upload = s.direction == core::TransferDirection::Upload;
    const double progress = s.size > 0
                                ? qBound(0.0, double(s.bytesDone) / double(s.size), 1.0)
                                : (s.size == 0 && s.state == TransferState::Done ? 1.0 : -1.0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return upload ? QFileInfo(s.localPath).fileName() : lastSegment(s.key);
        case SizeColumn:
            return s.size < 0 ? QString() : QLocale().formattedDataSize(s.size);
        case ProgressColumn:
            return progress < 0 ? QString()
                                : QString(QLocale().toString(qFloor(progress * 100)) + u'%');
        case SpeedColumn: {
            if (s.state != TransferState::Running || s.speed <= 0)
                return QString();
            const QString speed = tr("%1/s").arg(QLocale().formattedDataSize(qint64(s.speed)));
            if (s.size <= s.bytesDone)
                return speed;
            // Speed and the time left at that speed.
            return tr("%1, %2 left")
                .arg(speed, formatDuration(qint64(double(s.size - s.bytesDone) / s.speed + 0.5)));
        }
        case StatusColumn:
            if (s.state == TransferState::Failed && !s.error.isEmpty())
                return s.error;
            if (!s.note.isEmpty())
                return s.note;
            if (s.state == TransferState::Running && s.partsTotal > 0)
                return tr("%1 of %2 parts").arg(s.partsDone).arg(s.partsTotal);
            return stateText(s.state);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QString remote = s.bucket + u'/' + s.key;
        QString tip = upload ? tr("%1\nto %2").arg(s.localPath, remote)
                             : tr("%1\nto %2").arg(remote, s.localPath);
        if (!s.error.isEmpty())
            tip += u'\n' + s.error;
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn ||
            index.column() == ProgressColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return s.id;
    case StateRole:
        return int(s.state);
    case DirectionRole:
        return int(s.direction);
    case ProgressRole:
        return progress;
    case RemoteRole:
        return QString(s.bucket + u'/' + s.key);
    case LocalPathRole:
        return s.localPath;
    case ErrorRole:
        return s.error;
    default:
        return {};
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace sucai::models
