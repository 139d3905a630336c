#include "application.h"

#include "mainwindow/mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLocale>

#include <memory>

namespace sucai {

int Application::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sucai"));
    QApplication::setOrganizationName(QStringLiteral("Sucai"));
    QApplication::setApplicationVersion(QStringLiteral(SUCAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sucai.Sucai"));
    installTranslations(app, QLocale());

    auto window = std::make_unique<ui::MainWindow>();
    window->show();
    const int rc = QApplication::exec();
    window.reset(); // the UI goes before the services it uses
    return rc;
}

} // namespace sucai
