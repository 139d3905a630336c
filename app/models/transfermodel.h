#pragma once

#include "transfer/transferengine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

namespace sucai::models {

// The transfer queue as the window shows it: one row per upload or download, fed by the
// engine's signals (which arrive queued from the engine's thread). id -> row is O(1); progress
// updates are gathered and published as one dataChanged per tick, so ten thousand small files
// finishing do not repaint the view ten thousand times. Qt Core only.
class TransferModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferModel)

public:
    enum Column { NameColumn, SizeColumn, ProgressColumn, SpeedColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // int (core::TransferState)
        DirectionRole,             // int (core::TransferDirection)
        ProgressRole,              // double 0..1, or -1 when the size is not known yet
        RemoteRole,                // "bucket/key"
        LocalPathRole,             // QString
        ErrorRole,                 // QString, empty unless failed
    };

    explicit TransferModel(QObject *parent = nullptr);
    ~TransferModel() override;

    // From TransferEngine::taskAdded / taskUpdated / taskFinished.
    void add(const sucai::transfer::TransferSnapshot &snapshot);
    void update(const sucai::transfer::TransferSnapshot &snapshot);

    // Drops the rows of finished transfers (done, cancelled): the journal keeps their history.
    void removeFinished();

    // Rows appear and change on the model's tick (250 ms); this publishes what is pending now.
    void flushNow() { flush(); }
    int rowForId(qint64 id) const { return m_rowById.value(id, -1); } // -1 also while pending
    // A transfer's latest snapshot, shown yet or not.
    std::optional<transfer::TransferSnapshot> find(qint64 id) const;
    const transfer::TransferSnapshot &snapshot(int row) const { return m_rows.at(row); }
    // Over all rows, kept as rows change (O(1) to ask).
    int activeCount() const { return m_active; }          // queued or running
    double totalSpeed() const { return m_speed; }         // bytes/s of the running ones
    qint64 remainingBytes() const { return m_remaining; } // of the queued and running ones
    // Seconds until the queue is through at the current speed; -1 when unknown.
    qint64 etaSeconds() const;
    static QString formatDuration(qint64 seconds); // "0:42", "12:05", "3:07:59"
    int failedCount() const { return m_failed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(core::TransferState state);

Q_SIGNALS:
    void totalsChanged(); // activeCount/totalSpeed/failedCount, at most once per tick

private:
    void account(const transfer::TransferSnapshot &s, int sign);
    void flush();
    void insertPending();

    QList<transfer::TransferSnapshot> m_rows;
    QHash<qint64, int> m_rowById;
    // New transfers wait here until the tick (or until someone asks for a row): a dropped folder
    // of 10,000 files is one beginInsertRows, not 10,000.
    QList<transfer::TransferSnapshot> m_pending;
    QHash<qint64, qsizetype> m_pendingById;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    bool m_totalsDirty = false;
    QTimer m_tick;
    int m_active = 0;
    int m_failed = 0;
    double m_speed = 0;
    qint64 m_remaining = 0;
};

} // namespace sucai::models
