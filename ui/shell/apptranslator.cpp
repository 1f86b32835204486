#include "shell/apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
QString g_language = QStringLiteral("id");
}

namespace AppTranslator {

void install(const QStringList &args)
{
    QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    const int i = int(args.indexOf(QStringLiteral("--lang")));
    if (i >= 0 && i + 1 < args.size())
        language = args.at(i + 1);
    if (qEnvironmentVariableIsSet("PANTAU_KOPDES_LANG"))
        language = qEnvironmentVariable("PANTAU_KOPDES_LANG");
    g_language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");

    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral(":/i18n/pantau-kopdes_%1.qm").arg(g_language)))
        QCoreApplication::installTranslator(app);
    // Qt's own strings (dialog buttons, print preview) in the same language: Qt's translation where
    // it ships one, else the app's own for the few Qt strings it shows (Qt has no Indonesian).
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(g_language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(QStringLiteral(":/i18n/qt-extra_%1.qm").arg(g_language)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(g_language == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString currentLanguage()
{
    return g_language;
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

}   // namespace AppTranslator
