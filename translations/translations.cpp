#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sucai {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Owned by the application object, so they live exactly as long as it does.
    auto *own = new QTranslator(&app);
    // Languages without a translation (and the C locale of scripts and CI) get English, which
    // still supplies the plural forms of "%n object(s)".
    if (own->load(locale, QStringLiteral("sucai"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/sucai_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace sucai
