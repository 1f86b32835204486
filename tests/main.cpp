// One main for every test executable: a QApplication on the offscreen platform (widget tests
// need one; the others do not mind), then Catch2's session.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PantauKopdesTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau-kopdes-tests"));
    // Tests never write the user's real settings (window geometry, desk name, ...).
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
