#pragma once

class QCoreApplication;
class QLocale;

namespace sucai {

// Installs the built-in Sucai and Qt translators for the locale (the system's by default).
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace sucai
