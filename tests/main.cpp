// One main for every test executable: on the offscreen platform a QApplication for the tests that
// link the widgets (PK_TEST_WIDGETS), a QGuiApplication for the others (fonts and PDFs need one),
// then Catch2's session.
#define CATCH_CONFIG_RUNNER
#include "catch.h"
#include "support/testsupport.h"
#include "core/backgroundwork.h"

#ifdef PK_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
#ifndef Q_OS_WIN
    qputenv("QT_QPA_PLATFORM", "offscreen");
#else
    qputenv("QT_QPA_PLATFORM", "windows:fontengine=freetype");   // as the app (ui/shell/main.cpp)
#endif
    // On Windows the Windows platform: its offscreen platform has no fonts, so a report made
    // there would carry no text, and the Windows platform needs no visible desktop.
    // Qt's own file dialog, which the tests drive (on Windows the app uses the native one).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    int failed = 0;
    {
        TestApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("PantauKopdesTests"));
        QCoreApplication::setApplicationName(QStringLiteral("pantau-kopdes-tests"));
        // Tests never read or write the user's own settings and data folders: settings go to a
        // folder of this run (as INI on every platform, since the Windows registry has no path),
        // and QStandardPaths answers its test locations.
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir settingsDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        // The PostgreSQL variant of a test executable when no server could be had: skipped (ctest's
        // SKIP_RETURN_CODE), with the reason printed, instead of passing without testing anything.
        const QString skip = TestSupport::serverSkipReason();
        if (!skip.isEmpty()) {
            fprintf(stderr, "SKIPPED: %s\n", qPrintable(skip));
            failed = 77;
        } else {
            failed = Catch::Session().run(argc, argv);
            BackgroundWork::finish();   // as the app does (see there why)
        }
    }
    return BackgroundWork::endProcess(failed);
}
