// QR codes as a phone reads them: rendered by the widget (and the saved image), then decoded
// by a real decoder (zbarimg, packaging/install-deps.sh) back to the exact link.
#include "testenv.h"
#include "widgets/qrcodedialog.h"
#include "widgets/qrcodewidget.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sucai::ui;

class TestQrCode final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString decode(const QString &png)
    {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                               QStringLiteral("-Sbinary"), png});
        if (!zbar.waitForFinished(30'000))
            return QStringLiteral("<zbarimg did not finish>");
        QByteArray out = zbar.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return QString::fromUtf8(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                 "zbarimg missing: run packaging/install-deps.sh");
    }

    void widget_rendersWhatAPhoneDecodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("size");
        QTest::newRow("short URL")
            << QStringLiteral("http://127.0.0.1:7480/demo/hero.png") << QSize(200, 200);
        QString presigned = QStringLiteral(
            "https://assets-1250000000.cos.ap-guangzhou.myqcloud.com/%E7%B4%A0%E6%9D%90/banner.png"
            "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20261127%2F"
            "ap-guangzhou%2Fs3%2Faws4_request&X-Amz-Date=20261127T120000Z&X-Amz-Expires=604800"
            "&X-Amz-SignedHeaders=host&X-Amz-Signature=");
        presigned += QString(64, u'a');
        QTest::newRow("presigned URL, odd size") << presigned << QSize(333, 290);
        QTest::newRow("unicode") << QStringLiteral("https://example.com/素材/春节 海报.png")
                                 << QSize(240, 240);
    }
    void widget_rendersWhatAPhoneDecodes()
    {
        QFETCH(QString, text);
        QFETCH(QSize, size);
        QrCodeWidget widget;
        QVERIFY(widget.setText(text));
        widget.resize(size);
        const QString png = m_dir.filePath(QStringLiteral("widget.png"));
        QVERIFY(widget.grab().save(png));
        QCOMPARE(decode(png), text);

        const QString saved = m_dir.filePath(QStringLiteral("saved.png"));
        QVERIFY(widget.code().toImage(4).save(saved));
        QCOMPARE(decode(saved), text);
        // The quiet zone is there: four light modules on every side.
        const QImage image = widget.code().toImage(1);
        for (int i = 0; i < image.width(); ++i) {
            for (int q = 0; q < QrCode::kQuietZone; ++q) {
                QCOMPARE(image.pixelIndex(i, q), 0);
                QCOMPARE(image.pixelIndex(q, i), 0);
                QCOMPARE(image.pixelIndex(i, image.height() - 1 - q), 0);
                QCOMPARE(image.pixelIndex(image.width() - 1 - q, i), 0);
            }
        }
    }

    void tooLong_isRefusedWithANote()
    {
        QrCodeWidget widget;
        QVERIFY(!widget.setText(QString(5000, u'x')));
        QVERIFY(widget.code().isNull());
        QVERIFY(!widget.setText({}));
    }

    void dialog_screenshots_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void dialog_screenshots()
    {
        QFETCH(QString, locale);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("sucai"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString url = QStringLiteral(
            "http://127.0.0.1:7480/demo/images/hero.png?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=SUCAIDEMO%2F20261127%2Fus-east-1%2Fs3%2Faws4_request"
            "&X-Amz-Date=20261127T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
            "&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        QrCodeDialog dialog(QStringLiteral("hero.png"), url,
                            QCoreApplication::translate("sucai::ui::MainWindow",
                                                        "Scan it with a phone's camera. Anyone "
                                                        "with this link can download the file "
                                                        "until %1.")
                                .arg(QStringLiteral("27/11/2026 13:00")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("qrLink"))->toPlainText(), url);
        const QString shot = sucai::test::artefactDir(QStringLiteral("screenshots")) +
                             QStringLiteral("/qrcode-%1.png").arg(locale);
        QVERIFY(dialog.grab().save(shot));
        QCOMPARE(decode(shot), url); // the whole dialog, as a phone would see the screen
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
