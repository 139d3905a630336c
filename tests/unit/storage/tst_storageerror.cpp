// StorageError::toUserText: the one sentence a person sees. It must never be empty for a real
// error, say what to do for the common service codes, and carry what support needs (code,
// status, request id).
#include "cloud/storageerror.h"

#include <QTest>

using sucai::cloud::StorageError;
using Kind = sucai::cloud::StorageError::Kind;

class TestStorageError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userText_neverEmptyForAnyKind_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("Network") << Kind::Network;
        QTest::newRow("Timeout") << Kind::Timeout;
        QTest::newRow("Tls") << Kind::Tls;
        QTest::newRow("Service") << Kind::Service;
        QTest::newRow("Protocol") << Kind::Protocol;
        QTest::newRow("Integrity") << Kind::Integrity;
        QTest::newRow("LocalIo") << Kind::LocalIo;
        QTest::newRow("Cancelled") << Kind::Cancelled;
        QTest::newRow("InvalidArgument") << Kind::InvalidArgument;
    }
    void userText_neverEmptyForAnyKind()
    {
        QFETCH(Kind, kind);
        StorageError bare;
        bare.kind = kind; // no message, no code, no status: still a sentence
        const QString text = bare.toUserText();
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(text.endsWith(u'.') || text.endsWith(u')'), qPrintable(text));
        QVERIFY(!bare.ok());

        // The detail a message carries is shown (except for a cancel, which needs none).
        const StorageError withMessage = StorageError::make(kind, QStringLiteral("detail 42"));
        if (kind != Kind::Cancelled)
            QVERIFY2(withMessage.toUserText().contains(u"detail 42"),
                     qPrintable(withMessage.toUserText()));
    }

    void userText_noneIsEmpty()
    {
        const StorageError none;
        QVERIFY(none.ok());
        QVERIFY(none.toUserText().isEmpty());
    }

    void userText_serviceNamesCodeStatusAndRequestId_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("wording"); // a phrase the explanation must contain
        QTest::newRow("SignatureDoesNotMatch")
            << 403 << QByteArray("SignatureDoesNotMatch") << QStringLiteral("secret key");
        QTest::newRow("InvalidAccessKeyId")
            << 403 << QByteArray("InvalidAccessKeyId") << QStringLiteral("access key");
        QTest::newRow("AccessDenied")
            << 403 << QByteArray("AccessDenied") << QStringLiteral("permission");
        QTest::newRow("RequestTimeTooSkewed")
            << 403 << QByteArray("RequestTimeTooSkewed") << QStringLiteral("clock");
        QTest::newRow("ExpiredToken")
            << 400 << QByteArray("ExpiredToken") << QStringLiteral("sign in again");
        QTest::newRow("NoSuchKey")
            << 404 << QByteArray("NoSuchKey") << QStringLiteral("object does not exist");
        QTest::newRow("NoSuchBucket")
            << 404 << QByteArray("NoSuchBucket") << QStringLiteral("bucket does not exist");
        QTest::newRow("SlowDown") << 503 << QByteArray("SlowDown") << QStringLiteral("slow down");
        QTest::newRow("PermanentRedirect")
            << 301 << QByteArray("PermanentRedirect") << QStringLiteral("another region");
        QTest::newRow("BucketNotEmpty")
            << 409 << QByteArray("BucketNotEmpty") << QStringLiteral("not empty");
        QTest::newRow("unknown code")
            << 400 << QByteArray("WeirdNewCode") << QStringLiteral("refused");
        QTest::newRow("unknown code, 5xx")
            << 502 << QByteArray("BadGateway") << QStringLiteral("internal problem");
    }
    void userText_serviceNamesCodeStatusAndRequestId()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QString, wording);
        const StorageError e =
            StorageError::service(status, code, QStringLiteral("Server says why."), "REQ-7f3a");
        QCOMPARE(e.kind, Kind::Service);
        QVERIFY(e.isCode(code.constData()));
        const QString text = e.toUserText();
        QVERIFY2(text.contains(wording, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(code)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(text));
        QVERIFY2(text.contains(u"REQ-7f3a"), qPrintable(text));
        QVERIFY2(text.contains(u"Server says why."), qPrintable(text));
    }

    void userText_serviceWithoutCode_usesStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("wording");
        QTest::newRow("404") << 404 << QStringLiteral("Not found");
        QTest::newRow("403") << 403 << QStringLiteral("Access denied");
        QTest::newRow("500") << 500 << QStringLiteral("internal problem");
        QTest::newRow("503") << 503 << QStringLiteral("internal problem");
        QTest::newRow("400") << 400 << QStringLiteral("refused");
    }
    void userText_serviceWithoutCode_usesStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, wording);
        const QString text = StorageError::service(status, {}).toUserText();
        QVERIFY2(text.contains(wording, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(text));
    }

    void userText_namesResource()
    {
        StorageError e = StorageError::service(404, "NoSuchKey");
        e.resource = QStringLiteral("photos/素材/cat.jpg");
        const QString text = e.toUserText();
        QVERIFY2(text.startsWith(QStringLiteral("photos/素材/cat.jpg: ")), qPrintable(text));
    }

    void userText_requestIdForNonServiceKinds()
    {
        StorageError e = StorageError::make(Kind::Integrity, QStringLiteral("MD5 mismatch"));
        e.requestId = "RID-9";
        const QString text = e.toUserText();
        QVERIFY2(text.contains(u"RID-9") && text.contains(u"MD5 mismatch"), qPrintable(text));
    }

    void userText_messageEqualToHeadlineNotRepeated()
    {
        const StorageError e = StorageError::make(Kind::Cancelled, QStringLiteral("Cancelled."));
        QCOMPARE(e.toUserText(), QStringLiteral("Cancelled."));
    }
};

QTEST_APPLESS_MAIN(TestStorageError)
#include "tst_storageerror.moc"
