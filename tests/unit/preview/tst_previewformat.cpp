#include "preview/previewformat.h"
#include "testenv.h"

#include <QTest>

using namespace sucai::ui;

class TestPreviewFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kind_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("kind");
        QTest::newRow("png") << QStringLiteral("a/b.PNG") << QByteArray()
                             << int(PreviewKind::Image);
        QTest::newRow("image type")
            << QStringLiteral("blob") << QByteArray("image/avif") << int(PreviewKind::Image);
        QTest::newRow("json") << QStringLiteral("x.json") << QByteArray() << int(PreviewKind::Text);
        QTest::newRow("ld+json") << QStringLiteral("x") << QByteArray("application/ld+json")
                                 << int(PreviewKind::Text);
        QTest::newRow("text/plain")
            << QStringLiteral("README") << QByteArray("text/plain") << int(PreviewKind::Text);
        QTest::newRow("mp4") << QStringLiteral("v.mp4") << QByteArray() << int(PreviewKind::Media);
        QTest::newRow("audio type")
            << QStringLiteral("x") << QByteArray("audio/mpeg") << int(PreviewKind::Media);
        QTest::newRow("zip") << QStringLiteral("a.zip") << QByteArray() << int(PreviewKind::None);
        QTest::newRow("dot in folder")
            << QStringLiteral("v1.2/file") << QByteArray() << int(PreviewKind::None);
    }
    void kind()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, type);
        QFETCH(int, kind);
        QCOMPARE(int(previewKindFor(key, type)), kind);
    }

    void text_utf8CutAtTheEnd_isDropped()
    {
        const QByteArray full = QStringLiteral("素材ab素").toUtf8(); // 3 + 3 + 2 + 3 bytes
        QCOMPARE(previewText(full, false), QStringLiteral("素材ab素"));
        QCOMPARE(previewText(full.left(full.size() - 1), false), QStringLiteral("素材ab"));
        QCOMPARE(previewText(full.left(full.size() - 2), false), QStringLiteral("素材ab"));
        QCOMPARE(previewText(full.left(5), false), QStringLiteral("素"));
    }

    void text_json_indentedWhenWhole_rawWhenCut()
    {
        QCOMPARE(previewText(R"({"a":[1,true]})", true),
                 QStringLiteral("{\n    \"a\": [\n        1,\n        true\n    ]\n}\n"));
        QCOMPARE(previewText(R"({"a":[1,tr)", true), QStringLiteral(R"({"a":[1,tr)"));
    }

    void text_nul_isBinary()
    {
        bool binary = false;
        QVERIFY(previewText(QByteArray("ab\0cd", 5), false, &binary).isEmpty());
        QVERIFY(binary);
    }

    void gunzip_wholeCutAndNotGzip()
    {
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        const QByteArray gz = sucai::test::gzipBytes(text);
        bool ok = false;
        QCOMPARE(gunzipPrefix(gz, 10 * 1024 * 1024, &ok), text);
        QVERIFY(ok);
        const QByteArray limited = gunzipPrefix(gz, 1000, &ok); // at most what was asked for
        QVERIFY(ok);
        QCOMPARE(limited, text.left(1000));
        const QByteArray cut = gunzipPrefix(gz.left(gz.size() / 2), 10 * 1024 * 1024, &ok);
        QVERIFY(ok); // a ranged read of a gzip object: the start of the text
        QVERIFY(cut.size() > 1000 && text.startsWith(cut));
        QVERIFY(gunzipPrefix("plain text, not gzip", 1000, &ok).isEmpty());
        QVERIFY(!ok);
    }
};

QTEST_APPLESS_MAIN(TestPreviewFormat)
#include "tst_previewformat.moc"
