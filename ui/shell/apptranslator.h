#pragma once
#include <QStringList>

// Bahasa Indonesia is the default language; English can be chosen in the settings or with
// --lang en. Translations are compiled into the app under :/i18n.
namespace AppTranslator {
void install(const QStringList &args);
QString currentLanguage();                            // "id" or "en"
void setPreferredLanguage(const QString &language);   // takes effect at the next start
}   // namespace AppTranslator
