#include "models/transfermodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using sucai::core::TransferDirection;
using sucai::core::TransferState;
using sucai::models::TransferModel;
using sucai::transfer::TransferSnapshot;

namespace {
TransferSnapshot snap(qint64 id, TransferState state, qint64 size = 1000, qint64 done = 0)
{
    TransferSnapshot s;
    s.id = id;
    s.state = state;
    s.direction = id % 2 ? TransferDirection::Upload : TransferDirection::Download;
    s.bucket = QStringLiteral("b");
    s.key = QStringLiteral("folder/file-%1.png").arg(id);
    s.localPath = QStringLiteral("/home/u/file-%1.png").arg(id);
    s.size = size;
    s.bytesDone = done;
    return s;
}
} // namespace

class TestTransferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheEngine()
    {
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (qint64 id = 1; id <= 5; ++id)
            model.add(snap(id, TransferState::Queued));
        QCOMPARE(model.rowCount(), 0); // rows come with the tick
        QVERIFY(model.find(3).has_value());
        QCOMPARE(model.activeCount(), 5);
        model.flushNow();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.activeCount(), 5);
        QCOMPARE(model.rowForId(3), 2);
        QCOMPARE(model.index(0, TransferModel::NameColumn).data().toString(),
                 QStringLiteral("file-1.png"));
        QCOMPARE(model.index(1, TransferModel::NameColumn).data().toString(),
                 QStringLiteral("file-2.png"));

        TransferSnapshot running = snap(3, TransferState::Running, 1000, 250);
        running.speed = 2048;
        model.update(running);
        QCOMPARE(model.index(2, TransferModel::ProgressColumn)
                     .data(TransferModel::ProgressRole)
                     .toDouble(),
                 0.25);
        QCOMPARE(model.totalSpeed(), 2048.0);
        // 4 queued × 1000 + 750 left of the running one, at 2 KiB/s.
        QCOMPARE(model.remainingBytes(), 4750);
        QCOMPARE(model.etaSeconds(), 2); // 4750 / 2048 = 2.3
        QCOMPARE(model.index(2, TransferModel::SpeedColumn).data().toString(),
                 QLocale().formattedDataSize(2048) + QStringLiteral("/s, 0:00 left"));
        model.update(snap(3, TransferState::Done, 1000, 1000));
        model.update(snap(4, TransferState::Failed));
        model.update(snap(5, TransferState::Cancelled));
        QCOMPARE(model.totalSpeed(), 0.0);
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(model.failedCount(), 1);

        model.removeFinished(); // 3 (done) and 5 (cancelled) go; 4 (failed) stays to retry
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForId(3), -1);
        QCOMPARE(model.rowForId(4), 2);
        QCOMPARE(model.index(2, 0).data(TransferModel::IdRole).toLongLong(), 4);
        QCOMPARE(model.failedCount(), 1);
        // An update for an unknown id (e.g. restored while the panel was closed) adds a row.
        model.update(snap(9, TransferState::Queued));
        QTRY_COMPARE(model.rowForId(9), 3);
    }

    void progressIsPublishedOncePerTick()
    {
        TransferModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (qint64 id = 1; id <= 100; ++id)
            model.add(snap(id, TransferState::Running));
        model.flushNow();
        QCOMPARE(inserted.size(), 1); // a hundred new transfers, one insertion
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy totals(&model, &TransferModel::totalsChanged);
        for (int round = 1; round <= 10; ++round) {
            for (qint64 id = 20; id <= 60; ++id)
                model.update(snap(id, TransferState::Running, 1000, round * 10));
        }
        QCOMPARE(changed.size(), 0); // nothing until the tick
        QTRY_COMPARE(changed.size(), 1);
        const auto first = changed.at(0).at(0).value<QModelIndex>();
        const auto last = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(first.row(), 19);
        QCOMPARE(last.row(), 59);
        QCOMPARE(model.index(30, TransferModel::ProgressColumn).data().toString(),
                 QStringLiteral("10%"));
        QTRY_VERIFY(totals.size() >= 1);
        QTest::qWait(600);
        QCOMPARE(changed.size(), 1); // and the tick stops when there is nothing new
    }

    void durations()
    {
        QCOMPARE(TransferModel::formatDuration(0), QStringLiteral("0:00"));
        QCOMPARE(TransferModel::formatDuration(42), QStringLiteral("0:42"));
        QCOMPARE(TransferModel::formatDuration(725), QStringLiteral("12:05"));
        QCOMPARE(TransferModel::formatDuration(3 * 3600 + 7 * 60 + 59), QStringLiteral("3:07:59"));
    }

    void textsForEveryState()
    {
        TransferModel model;
        TransferSnapshot failed = snap(1, TransferState::Failed);
        failed.error = QStringLiteral("The bucket does not exist.");
        model.add(failed);
        TransferSnapshot parts = snap(2, TransferState::Running);
        parts.partsDone = 3;
        parts.partsTotal = 8;
        model.add(parts);
        TransferSnapshot unknown = snap(3, TransferState::Queued, -1);
        model.add(unknown);
        model.flushNow();
        QCOMPARE(model.index(0, TransferModel::StatusColumn).data().toString(), failed.error);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(failed.error));
        QCOMPARE(model.index(1, TransferModel::StatusColumn).data().toString(),
                 QStringLiteral("3 of 8 parts"));
        QCOMPARE(model.index(2, TransferModel::ProgressColumn)
                     .data(TransferModel::ProgressRole)
                     .toDouble(),
                 -1.0);
        QVERIFY(model.index(2, TransferModel::SizeColumn).data().toString().isEmpty());
        for (int s = 0; s <= int(TransferState::Cancelled); ++s)
            QVERIFY(!TransferModel::stateText(TransferState(s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransferModel)
#include "tst_transfermodel.moc"
