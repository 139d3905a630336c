#include "models/bucketmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using sucai::models::BucketModel;

namespace {
QList<BucketModel::Entry> page(const QString &prefix, int from, int count)
{
    QList<BucketModel::Entry> out;
    for (int i = from; i < from + count; ++i)
        out.append({prefix + QStringLiteral("file-%1.png").arg(i, 6, 10, QLatin1Char('0')), i,
                    1700000000 + i, "STANDARD"});
    return out;
}
} // namespace

class TestBucketModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_requestsFirstPage_thenFetchMorePagesOnDemand()
    {
        BucketModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requests(&model, &BucketModel::pageRequested);
        model.open(QStringLiteral("b"), QStringLiteral("img/"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.last().at(2).toByteArray(), QByteArray());
        QVERIFY(!model.canFetchMore({})); // a page is in flight

        QList<BucketModel::Entry> first = {{QStringLiteral("img/sub/"), -1, 0, {}}};
        first += page(QStringLiteral("img/"), 0, 999);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage(QStringLiteral("b"), QStringLiteral("img/"), first, "token-1");
        QCOMPARE(inserted.size(), 1); // one insertion per page, not per row
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().at(2).toByteArray(), QByteArray("token-1"));
        QVERIFY(!model.canFetchMore({}));
        model.appendPage(QStringLiteral("b"), QStringLiteral("img/"),
                         page(QStringLiteral("img/"), 999, 500), {});
        QCOMPARE(model.rowCount(), 1500);
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.objectCount(), 1499);
    }

    void rows_showNamesRelativeToFolder_andRawRoles()
    {
        BucketModel model;
        model.open(QStringLiteral("b"), QStringLiteral("img/"));
        model.appendPage(QStringLiteral("b"), QStringLiteral("img/"),
                         {{QStringLiteral("img/"), 0, 0, {}}, // the folder's own marker: hidden
                          {QStringLiteral("img/sub/"), -1, 0, {}},
                          {QStringLiteral("img/春节 活动.png"), 2048, 1700000000, "STANDARD"}},
                         {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BucketModel::NameColumn).data().toString(), QStringLiteral("sub/"));
        QCOMPARE(model.index(0, 0).data(BucketModel::IsFolderRole).toBool(), true);
        QCOMPARE(model.index(1, BucketModel::NameColumn).data().toString(),
                 QStringLiteral("春节 活动.png"));
        QCOMPARE(model.index(1, 0).data(BucketModel::SizeRole).toLongLong(), 2048);
        QCOMPARE(model.index(1, 0).data(BucketModel::ModifiedRole).toDateTime().toSecsSinceEpoch(),
                 1700000000);
        QCOMPARE(model.rowForKey(QStringLiteral("img/春节 活动.png")), 1);
        QCOMPARE(model.rowForKey(QStringLiteral("nope")), -1);
        QVERIFY(model.index(1, BucketModel::TypeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("PNG")));
    }

    void stalePage_forAnotherFolder_isIgnored()
    {
        BucketModel model;
        model.open(QStringLiteral("b"), QStringLiteral("a/"));
        model.open(QStringLiteral("b"), QStringLiteral("c/"));
        model.appendPage(QStringLiteral("b"), QStringLiteral("a/"),
                         page(QStringLiteral("a/"), 0, 5), {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        QSignalSpy failed(&model, &BucketModel::failed);
        model.pageFailed(QStringLiteral("b"), QStringLiteral("c/"), QStringLiteral("boom"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestBucketModel)
#include "tst_bucketmodel.moc"
