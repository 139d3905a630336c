#include "core/usageledger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sucai::core::UsageDay;
using sucai::core::UsageLedger;

namespace {

const QString kProfile = QStringLiteral("cos-main");
const QString kPhotos = QStringLiteral("photos-1250000000");
const QString kVideos = QStringLiteral("videos-1250000000");
const QDate kMonday(2024, 5, 27);

UsageDay usage(QDate day, qint64 up, qint64 down, qint64 reads, qint64 writes)
{
    return UsageDay{.day = day,
                    .bytesUp = up,
                    .bytesDown = down,
                    .readRequests = reads,
                    .writeRequests = writes};
}

} // namespace

class TestUsageLedger final : public QObject
{
    Q_OBJECT

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("usage.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void add_accumulatesPerDay_data()
    {
        // Flushed or not, readers see the same sums.
        QTest::addColumn<qint64>("autoFlushMs");
        QTest::newRow("kept in memory") << qint64(-1);
        QTest::newRow("written on every add") << qint64(0);
    }
    void add_accumulatesPerDay()
    {
        QFETCH(qint64, autoFlushMs);
        UsageLedger l;
        QVERIFY2(l.open(dbPath()), qPrintable(l.lastError()));
        l.setAutoFlushInterval(autoFlushMs);
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 100, 0, 0, 1));
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 50, 10, 2, 1));
        QVERIFY(l.add(kProfile, kPhotos, kMonday.addDays(1), 0, 7, 1, 0));
        QVERIFY(l.add(kProfile, kPhotos, kMonday.addDays(3), 1, 1, 1, 1));
        QCOMPARE(l.hasPending(), autoFlushMs < 0);

        bool ok = false;
        const QList<UsageDay> days = l.days(kProfile, kPhotos, kMonday, kMonday.addDays(6), &ok);
        QVERIFY(ok);
        QCOMPARE(days.size(), 3); // days without usage are not listed
        QCOMPARE(days[0], usage(kMonday, 150, 10, 2, 2));
        QCOMPARE(days[1], usage(kMonday.addDays(1), 0, 7, 1, 0));
        QCOMPARE(days[2], usage(kMonday.addDays(3), 1, 1, 1, 1));
    }

    void flushedAndPending_add_up()
    {
        UsageLedger l;
        QVERIFY(l.open(dbPath()));
        l.setAutoFlushInterval(-1);
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 100, 1, 1, 1));
        QVERIFY(l.flush());
        QVERIFY(!l.hasPending());
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 20, 2, 2, 2));
        QVERIFY(l.hasPending());
        QCOMPARE(l.total(kProfile, kPhotos, kMonday, kMonday), usage(QDate(), 120, 3, 3, 3));
        QVERIFY(l.flush());
        QCOMPARE(l.total(kProfile, kPhotos, kMonday, kMonday), usage(QDate(), 120, 3, 3, 3));
    }

    void persistence_survivesReopen_data()
    {
        QTest::addColumn<bool>("explicitFlush");
        QTest::newRow("flush()") << true;
        QTest::newRow("destructor flushes") << false;
    }
    void persistence_survivesReopen()
    {
        QFETCH(bool, explicitFlush);
        {
            auto l = std::make_unique<UsageLedger>();
            QVERIFY(l->open(dbPath()));
            l->setAutoFlushInterval(-1);
            QVERIFY(l->add(kProfile, kPhotos, kMonday, 1000, 2000, 3, 4));
            if (explicitFlush)
                QVERIFY(l->flush());
        }
        {
            UsageLedger l;
            QVERIFY(l.open(dbPath()));
            QCOMPARE(l.total(kProfile, kPhotos, {}, {}), usage(QDate(), 1000, 2000, 3, 4));
            QVERIFY(l.add(kProfile, kPhotos, kMonday, 1, 1, 1, 1));
        }
        UsageLedger l;
        QVERIFY(l.open(dbPath()));
        QCOMPARE(l.total(kProfile, kPhotos, {}, {}), usage(QDate(), 1001, 2001, 4, 5));
    }

    void buckets_andProfiles_keptApart()
    {
        UsageLedger l;
        QVERIFY(l.open(dbPath()));
        l.setAutoFlushInterval(-1);
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 100, 0, 1, 0));
        QVERIFY(l.add(kProfile, kVideos, kMonday, 5000, 0, 0, 3));
        QVERIFY(l.add(QStringLiteral("rgw"), kPhotos, kMonday, 7, 0, 0, 0));
        QVERIFY(l.flush());
        QVERIFY(l.add(kProfile, kVideos, kMonday.addDays(1), 1, 0, 0, 0)); // pending

        QCOMPARE(l.total(kProfile, kPhotos, {}, {}), usage(QDate(), 100, 0, 1, 0));
        QCOMPARE(l.total(kProfile, kVideos, {}, {}), usage(QDate(), 5001, 0, 0, 3));
        QCOMPARE(l.total(QStringLiteral("rgw"), kPhotos, {}, {}), usage(QDate(), 7, 0, 0, 0));
        // Empty bucket: the whole profile; empty profile: everything.
        QCOMPARE(l.total(kProfile, QString(), {}, {}), usage(QDate(), 5101, 0, 1, 3));
        QCOMPARE(l.total(QString(), QString(), {}, {}), usage(QDate(), 5108, 0, 1, 3));
        const QList<UsageDay> profileDays = l.days(kProfile, QString(), {}, {});
        QCOMPARE(profileDays.size(), 2);
        QCOMPARE(profileDays[0], usage(kMonday, 5100, 0, 1, 3));

        QCOMPARE(l.buckets(kProfile), (QStringList{kPhotos, kVideos}));
        QCOMPARE(l.buckets(QStringLiteral("rgw")), QStringList{kPhotos});
        QVERIFY(l.buckets(QStringLiteral("nobody")).isEmpty());
    }

    void total_overARange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<qint64>("bytesUp");
        QTest::newRow("one day") << kMonday << kMonday << qint64(1);
        QTest::newRow("the week") << kMonday << kMonday.addDays(6) << qint64(1 + 2 + 4);
        QTest::newRow("open start") << QDate() << kMonday.addDays(1) << qint64(1 + 2 + 8);
        QTest::newRow("open end") << kMonday.addDays(2) << QDate() << qint64(4 + 16);
        QTest::newRow("everything") << QDate() << QDate() << qint64(1 + 2 + 4 + 8 + 16);
        QTest::newRow("nothing there") << kMonday.addDays(3) << kMonday.addDays(5) << qint64(0);
        QTest::newRow("backwards range") << kMonday.addDays(6) << kMonday << qint64(0);
    }
    void total_overARange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(qint64, bytesUp);
        UsageLedger l;
        QVERIFY(l.open(dbPath()));
        l.setAutoFlushInterval(-1);
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 1, 0, 0, 0));
        QVERIFY(l.add(kProfile, kPhotos, kMonday.addDays(1), 2, 0, 0, 0));
        QVERIFY(l.add(kProfile, kPhotos, kMonday.addDays(-30), 8, 0, 0, 0));
        QVERIFY(l.flush());
        // Some flushed, some pending: the range applies to both.
        QVERIFY(l.add(kProfile, kPhotos, kMonday.addDays(6), 4, 0, 0, 0));
        QVERIFY(l.add(kProfile, kPhotos, kMonday.addDays(60), 16, 0, 0, 0));
        bool ok = false;
        QCOMPARE(l.total(kProfile, kPhotos, from, to, &ok).bytesUp, bytesUp);
        QVERIFY(ok);
    }

    void add_refusesBadInput()
    {
        UsageLedger l;
        QVERIFY(!l.add(kProfile, kPhotos, kMonday, 1, 1, 1, 1)); // not open
        QVERIFY(!l.lastError().isEmpty());
        QVERIFY(l.open(dbPath()));
        QVERIFY(!l.add(kProfile, kPhotos, QDate(), 1, 1, 1, 1));
        QVERIFY(!l.add(kProfile, kPhotos, kMonday, -1, 0, 0, 0));
        QVERIFY(!l.hasPending());
        QCOMPARE(l.total(QString(), QString(), {}, {}), UsageDay());
    }

    void autoFlush_writesAfterTheInterval()
    {
        UsageLedger l;
        QVERIFY(l.open(dbPath()));
        l.setAutoFlushInterval(3'600'000);
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 1, 0, 0, 0));
        QVERIFY(l.hasPending()); // within the hour: in memory
        l.setAutoFlushInterval(0);
        QVERIFY(l.add(kProfile, kPhotos, kMonday, 1, 0, 0, 0));
        QVERIFY(!l.hasPending());
        QCOMPARE(l.total(kProfile, kPhotos, {}, {}).bytesUp, 2);
    }

    void manyAdds_areCheap()
    {
        UsageLedger l;
        QVERIFY(l.open(dbPath()));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100'000; ++i)
            l.add(kProfile, i % 2 ? kPhotos : kVideos, kMonday.addDays(i % 7), 1024, 0, 0, 1);
        const qint64 addMs = timer.elapsed();
        timer.restart();
        QVERIFY(l.flush());
        const qint64 flushMs = timer.elapsed();
        QCOMPARE(l.total(kProfile, QString(), {}, {}).writeRequests, 100'000);
        qInfo("100,000 add() calls: %lld ms; flush of 14 day rows: %lld ms", addMs, flushMs);
    }

    void damagedFile_openFails()
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        UsageLedger l;
        QString error;
        QVERIFY(!l.open(dbPath(), &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(dbPath())));
        QVERIFY(!l.isOpen());
        bool ok = true;
        QVERIFY(l.days(kProfile, kPhotos, {}, {}, &ok).isEmpty());
        QVERIFY(!ok);
    }

    void twoLedgers_inOneProcess_keepApart()
    {
        UsageLedger a;
        UsageLedger b;
        QVERIFY(a.open(m_dir->filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(b.open(m_dir->filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(a.add(kProfile, kPhotos, kMonday, 1, 0, 0, 0));
        QVERIFY(b.add(kProfile, kPhotos, kMonday, 2, 0, 0, 0));
        QVERIFY(a.flush());
        QVERIFY(b.flush());
        QCOMPARE(a.total(kProfile, kPhotos, {}, {}).bytesUp, 1);
        QCOMPARE(b.total(kProfile, kPhotos, {}, {}).bytesUp, 2);
    }
};

QTEST_GUILESS_MAIN(TestUsageLedger)
#include "tst_usageledger.moc"
