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

    // --- Sorting and filtering ------------------------------------------------------------

    static QStringList names(const BucketModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, BucketModel::NameColumn).data().toString();
        return out;
    }

    static QList<BucketModel::Entry> mixed()
    {
        return {
            {QStringLiteral("d/b.txt"), 30, 1700000300, "STANDARD"},
            {QStringLiteral("d/Zeta/"), -1, 0, {}},
            {QStringLiteral("d/a.png"), 10, 1700000100, "STANDARD_IA"},
            {QStringLiteral("d/C.JPG"), 20, 1700000200, "STANDARD"},
            {QStringLiteral("d/alpha/"), -1, 0, {}},
            {QStringLiteral("d/c.jpg"), 5, 1700000400, "ARCHIVE"},
        };
    }

    void sort_byEachColumn_foldersFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        const auto l = [](std::initializer_list<const char *> n) {
            QStringList out;
            for (const char *s : n)
                out << QString::fromUtf8(s);
            return out;
        };
        QTest::newRow("server order") << -1 << int(Qt::AscendingOrder)
                                      << l({"b.txt", "Zeta/", "a.png", "C.JPG", "alpha/", "c.jpg"});
        QTest::newRow("name asc") << int(BucketModel::NameColumn) << int(Qt::AscendingOrder)
                                  << l({"alpha/", "Zeta/", "a.png", "b.txt", "C.JPG", "c.jpg"});
        QTest::newRow("name desc") << int(BucketModel::NameColumn) << int(Qt::DescendingOrder)
                                   << l({"Zeta/", "alpha/", "c.jpg", "C.JPG", "b.txt", "a.png"});
        QTest::newRow("size asc") << int(BucketModel::SizeColumn) << int(Qt::AscendingOrder)
                                  << l({"alpha/", "Zeta/", "c.jpg", "a.png", "C.JPG", "b.txt"});
        QTest::newRow("size desc") << int(BucketModel::SizeColumn) << int(Qt::DescendingOrder)
                                   << l({"Zeta/", "alpha/", "b.txt", "C.JPG", "a.png", "c.jpg"});
        QTest::newRow("modified") << int(BucketModel::ModifiedColumn) << int(Qt::AscendingOrder)
                                  << l({"alpha/", "Zeta/", "a.png", "C.JPG", "b.txt", "c.jpg"});
        QTest::newRow("type") << int(BucketModel::TypeColumn) << int(Qt::AscendingOrder)
                              << l({"alpha/", "Zeta/", "C.JPG", "c.jpg", "a.png", "b.txt"});
        QTest::newRow("storage class")
            << int(BucketModel::StorageClassColumn) << int(Qt::AscendingOrder)
            << l({"alpha/", "Zeta/", "c.jpg", "b.txt", "C.JPG", "a.png"});
    }
    void sort_byEachColumn_foldersFirst()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        BucketModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.open(QStringLiteral("b"), QStringLiteral("d/"));
        model.appendPage(QStringLiteral("b"), QStringLiteral("d/"), mixed(), {});
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(names(model), expected);
        for (int r = 0; r < model.rowCount(); ++r) // rows and keys agree both ways
            QCOMPARE(model.rowForKey(model.entry(r).key), r);
    }

    void sort_keepsSelectionOnItsObjects()
    {
        BucketModel model;
        model.open(QStringLiteral("b"), QStringLiteral("d/"));
        model.appendPage(QStringLiteral("b"), QStringLiteral("d/"), mixed(), {});
        const QPersistentModelIndex selected(model.index(0, BucketModel::SizeColumn)); // b.txt
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(BucketModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(reset.size(), 0); // same rows: a new order, not a new model
        QCOMPARE(selected.row(), 2);
        QCOMPARE(selected.column(), int(BucketModel::SizeColumn));
        QCOMPARE(selected.data(BucketModel::KeyRole).toString(), QStringLiteral("d/b.txt"));
    }

    void filter_substringAnyCase_thenCleared()
    {
        BucketModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.open(QStringLiteral("b"), QStringLiteral("d/"));
        model.appendPage(QStringLiteral("b"), QStringLiteral("d/"), mixed(), {});
        model.setFilter(QStringLiteral("jPg"));
        QCOMPARE(names(model), (QStringList{QStringLiteral("C.JPG"), QStringLiteral("c.jpg")}));
        QCOMPARE(model.rowForKey(QStringLiteral("d/b.txt")), -1);
        // What a paste must not reuse: every loaded name, the filtered-out ones too.
        QCOMPARE(model.loadedNames().size(), 6);
        QVERIFY(model.loadedNames().contains(QStringLiteral("b.txt")));
        QVERIFY(model.loadedNames().contains(QStringLiteral("Zeta/")));
        QCOMPARE(model.rowForKey(QStringLiteral("d/c.jpg")), 1);
        model.setFilter(QStringLiteral("d/")); // the folder's own prefix is not part of names
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.loadedCount(), 6);
    }

    void pagesWhileSortedAndFiltered_areShownThenSorted()
    {
        BucketModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.open(QStringLiteral("b"), QStringLiteral("p/"));
        model.sort(BucketModel::SizeColumn, Qt::DescendingOrder);
        model.setFilter(QStringLiteral("7"));
        model.appendPage(QStringLiteral("b"), QStringLiteral("p/"),
                         page(QStringLiteral("p/"), 0, 100), "t1");
        QCOMPARE(model.rowCount(), 19); // 7, 17, 27, ..., 70..79, 87, 97
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("file-000097.png"));
        model.fetchMore({});
        model.appendPage(QStringLiteral("b"), QStringLiteral("p/"),
                         page(QStringLiteral("p/"), 100, 100), {});
        QCOMPARE(model.rowCount(), 38);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("file-000197.png"));
        QCOMPARE(model.index(37, 0).data().toString(), QStringLiteral("file-000007.png"));
    }

    // Beyond kSyncRows the order is computed on the thread pool; the view keeps answering
    // (with the old order) until it is applied, and a result for rows since replaced is dropped.
    void largeFolder_sortsOffTheEventLoop()
    {
        BucketModel model;
        model.open(QStringLiteral("b"), QStringLiteral("big/"));
        const int n = BucketModel::kSyncRows + 5000;
        model.appendPage(QStringLiteral("b"), QStringLiteral("big/"),
                         page(QStringLiteral("big/"), 0, n), {});
        QSignalSpy busy(&model, &BucketModel::busyChanged);
        model.sort(BucketModel::SizeColumn, Qt::DescendingOrder);
        QVERIFY(model.isBusy());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("file-000000.png"));
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(model.index(0, 0).data().toString(),
                 QStringLiteral("file-%1.png").arg(n - 1, 6, 10, QLatin1Char('0')));

        // A page arriving now shows at the end at once and is sorted in shortly after.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(QStringLiteral("b"), QStringLiteral("big/"),
                         page(QStringLiteral("big/"), n, 10), {});
        QCOMPARE(model.rowCount(), n + 10);
        QCOMPARE(model.index(n + 9, 0).data().toString(),
                 QStringLiteral("file-%1.png").arg(n + 9, 6, 10, QLatin1Char('0')));
        QTRY_COMPARE(model.index(0, 0).data().toString(),
                     QStringLiteral("file-%1.png").arg(n + 9, 6, 10, QLatin1Char('0')));
        QCOMPARE(model.index(n + 9, 0).data().toString(), QStringLiteral("file-000000.png"));

        // A sort still running when another folder opens never lands there.
        model.sort(BucketModel::SizeColumn, Qt::AscendingOrder);
        QVERIFY(model.isBusy());
        model.open(QStringLiteral("b"), QStringLiteral("other/"));
        QVERIFY(!model.isBusy());
        model.appendPage(QStringLiteral("b"), QStringLiteral("other/"),
                         page(QStringLiteral("other/"), 0, 3), {});
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("file-000000.png"));
    }
};

QTEST_GUILESS_MAIN(TestBucketModel)
#include "tst_bucketmodel.moc"
