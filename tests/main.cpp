// One main for every test executable: on the offscreen platform a QApplication for the tests that
// link the widgets (PK_TEST_WIDGETS), a QGuiApplication for the others (fonts and PDFs need one),
// then Catch2's session.
#define CATCH_CONFIG_RUNNER
#include "catch.h"
#include "support/testsupport.h"
#include "core/backgroundwork.h"

#ifdef PK_TEST_WIDGETS
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef PK_TEST_WIDGETS
namespace {
// A dialog a test opened and never closed (its driving step looked too early, or the dialog's
// buttons did nothing) would hang the program until an outside time limit killed it, with no word
// of which test or dialog. The watchdog closes a modal window that stayed up for two minutes,
// names it on stderr, and makes the run fail.
class ModalWatchdog
{
public:
    ModalWatchdog()
    {
        QObject::connect(&timer_, &QTimer::timeout, [this] { look(); });
        timer_.start(1000);
    }
    bool fired() const { return fired_; }

private:
    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal != seen_) {
            seen_ = modal;
            seconds_ = 0;
            return;
        }
        if (!modal || ++seconds_ < 120)
            return;
        QString text = modal->windowTitle();
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            text += QStringLiteral(": ") + box->text();
        fprintf(stderr, "\nFAILED: a %s named '%s' stayed open for %d s; the test watchdog closed it. %s\n",
                modal->metaObject()->className(), qPrintable(modal->objectName()), seconds_, qPrintable(text));
        fflush(stderr);
        fired_ = true;
        seen_ = nullptr;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
    QTimer timer_;
    QPointer<QWidget> seen_;
    int seconds_ = 0;
    bool fired_ = false;
};
}   // namespace
#endif

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
#ifdef PK_TEST_WIDGETS
            ModalWatchdog watchdog;
            failed = Catch::Session().run(argc, argv);
            if (watchdog.fired() && failed == 0)
                failed = 1;
#else
            failed = Catch::Session().run(argc, argv);
#endif
            BackgroundWork::finish();   // as the app does (see there why)
        }
    }
    return BackgroundWork::endProcess(failed);
}
