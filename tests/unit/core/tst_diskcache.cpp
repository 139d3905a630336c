#include "core/diskcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using sucai::core::DiskCache;

namespace {
QDateTime minutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60LL * minutes);
}
} // namespace

class TestDiskCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void path_isTheSha256OfTheKeyInTheFolder()
    {
        const DiskCache cache(QStringLiteral("/tmp/cache"));
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        QCOMPARE(
            cache.path("abc"),
            QStringLiteral("/tmp/cache/"
                           "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(cache.path("a/../../etc/passwd").startsWith(u"/tmp/cache/"));
        QCOMPARE(DiskCache::fileName(QByteArrayView("\0\n/\\", 4)).size(), 64);
        QVERIFY(cache.path("key 1") != cache.path("key 2"));
    }

    void insert_thenContainsAndRead()
    {
        QTemporaryDir tmp;
        const DiskCache cache(tmp.filePath(QStringLiteral("sub/thumbs"))); // created on insert
        QVERIFY(!cache.contains("k"));
        QVERIFY(cache.read("k").isEmpty());
        QVERIFY(cache.insert("k", "hello"));
        QVERIFY(cache.contains("k"));
        QCOMPARE(cache.read("k"), QByteArray("hello"));
        QVERIFY(cache.insert("k", "replaced"));
        QCOMPARE(cache.read("k"), QByteArray("replaced"));
        QCOMPARE(cache.totalBytes(), 8);
        QVERIFY(cache.insert("empty", {}));
        QVERIFY(cache.contains("empty"));
        QVERIFY(cache.remove("k"));
        QVERIFY(!cache.contains("k"));
        // Nothing but the entries: QSaveFile left no temporary file behind.
        QCOMPARE(QDir(cache.dir()).entryList(QDir::Files),
                 QStringList{DiskCache::fileName("empty")});
    }

    void insert_failsWhenTheFolderCannotBeMade()
    {
        QTemporaryDir tmp;
        const QString blocker = tmp.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const DiskCache cache(blocker + QStringLiteral("/cache"));
        QVERIFY(!cache.insert("k", "v"));
        QVERIFY(!cache.contains("k"));
    }

    void touch_onlyExistingEntries()
    {
        QTemporaryDir tmp;
        const DiskCache cache(tmp.path());
        QVERIFY(!cache.touch("missing"));
        QVERIFY(!cache.contains("missing"));
        QVERIFY(cache.insert("k", "bytes"));
        const QDateTime when = minutesAgo(30);
        QVERIFY(cache.touch("k", when));
        QCOMPARE(QFileInfo(cache.path("k")).lastModified().toSecsSinceEpoch(),
                 when.toSecsSinceEpoch());
        QCOMPARE(cache.read("k"), QByteArray("bytes")); // touching keeps the bytes
    }

    void trim_removesLeastRecentlyUsedFirst()
    {
        QTemporaryDir tmp;
        const DiskCache cache(tmp.path());
        const QByteArray kb(1000, 'x');
        for (const char *key : {"a", "b", "c", "d"})
            QVERIFY(cache.insert(key, kb));
        QVERIFY(cache.touch("a", minutesAgo(40)));
        QVERIFY(cache.touch("b", minutesAgo(30)));
        QVERIFY(cache.touch("c", minutesAgo(20)));
        QVERIFY(cache.touch("d", minutesAgo(10)));
        QVERIFY(cache.touch("a")); // used again: now the newest
        QCOMPARE(cache.trim(4000), 0);
        QCOMPARE(cache.trim(2500), 2000);
        QVERIFY(cache.contains("a"));
        QVERIFY(!cache.contains("b"));
        QVERIFY(!cache.contains("c"));
        QVERIFY(cache.contains("d"));
        QCOMPARE(cache.totalBytes(), 2000);
        QCOMPARE(cache.trim(0), 2000);
        QCOMPARE(cache.totalBytes(), 0);
    }

    void trim_leavesOtherFilesAlone()
    {
        QTemporaryDir tmp;
        const DiskCache cache(tmp.path());
        QVERIFY(cache.insert("k", QByteArray(100, 'x')));
        QVERIFY(cache.touch("k", minutesAgo(5)));
        // A download in progress beside the entries, and an unrelated file.
        const QString partial = cache.path("k2") + QStringLiteral(".sucai-part");
        const QString other = tmp.filePath(QStringLiteral("README"));
        for (const QString &p : {partial, other}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(5000, 'y'));
        }
        QCOMPARE(cache.totalBytes(), 100);
        QCOMPARE(cache.trim(0), 100);
        QVERIFY(QFileInfo::exists(partial));
        QVERIFY(QFileInfo::exists(other));
    }

    void trim_onWorkerThreadsWhileInserting()
    {
        QTemporaryDir tmp;
        const DiskCache cache(tmp.path());
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> failedInserts{0};
        for (int t = 0; t < 4; ++t) {
            pool.start([cache, t, &failedInserts] {
                for (int i = 0; i < 50; ++i) {
                    if (!cache.insert(QByteArray::number(t * 1000 + i), QByteArray(200, 'z')))
                        ++failedInserts;
                    if (i % 10 == 0)
                        cache.trim(2000);
                }
            });
        }
        pool.waitForDone();
        QCOMPARE(failedInserts.load(), 0);
        cache.trim(2000);
        QVERIFY(cache.totalBytes() <= 2000);
        QVERIFY(cache.totalBytes() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskCache)
#include "tst_diskcache.moc"
