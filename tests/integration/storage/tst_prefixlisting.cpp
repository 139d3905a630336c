// PrefixListing against the real RGW: every object below several folders, nested ones
// included, pages followed, nothing outside them; an empty folder adds nothing; cancel ends it.
#include "cloud/prefixlisting.h"
#include "cloud/storagejobs.h"
#include "s3testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace sucai;

class TestPrefixListing final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<cloud::StorageClient> m_client;
    QString m_bucket;

private Q_SLOTS:
    void initTestCase()
    {
        m_client = test::makeRgwClient(&m_nam);
        QVERIFY2(m_client, "RGW env file missing: run through ctest (fixture rgw)");
        m_bucket = test::uniqueBucketName(QStringLiteral("prefixes"));
        auto *mb = m_client->createBucket(m_bucket);
        QVERIFY(test::runJob(mb).ok());
        mb->deleteLater();
        const QStringList keys{QStringLiteral("img/a.png"),       QStringLiteral("img/sub/b.png"),
                               QStringLiteral("img/sub/c d.png"), QStringLiteral("images/x.png"),
                               QStringLiteral("audio/s.wav"),     QStringLiteral("top.txt")};
        for (const QString &k : keys) {
            auto *put = m_client->putObjectData(m_bucket, k, k.toUtf8());
            QVERIFY(test::runJob(put).ok());
            put->deleteLater();
        }
    }

    void listsEverythingBelowTheFolders()
    {
        cloud::PrefixListing listing(
            m_client.get(), m_bucket,
            {QStringLiteral("img/"), QStringLiteral("audio/"), QStringLiteral("empty/")});
        QSignalSpy done(&listing, &cloud::PrefixListing::finished);
        listing.start();
        QVERIFY(done.wait(30'000));
        QVERIFY2(listing.error().ok(), qPrintable(listing.error().toUserText()));
        QStringList keys = listing.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("audio/s.wav"), QStringLiteral("img/a.png"),
                                    QStringLiteral("img/sub/b.png"),
                                    QStringLiteral("img/sub/c d.png")})); // not images/
        QCOMPARE(listing.totalBytes(), qint64(QByteArray("audio/s.wavimg/a.pngimg/sub/b.png"
                                                         "img/sub/c d.png")
                                                  .size()));
        QCOMPARE(done.size(), 1);
    }

    void cancelEndsIt()
    {
        cloud::PrefixListing listing(m_client.get(), m_bucket, {QStringLiteral("img/")});
        QSignalSpy done(&listing, &cloud::PrefixListing::finished);
        listing.start();
        listing.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(listing.error().kind, cloud::StorageError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(done.size(), 1);
    }
};

QTEST_MAIN(TestPrefixListing)
#include "tst_prefixlisting.moc"
