#include "bench/benchcommand.h"
#include "cli/commandline.h"
#include "shell/mainwindow.h"
#include "shell/apptranslator.h"
#include "core/backgroundwork.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#include <shellapi.h>
#include <cstdio>
#endif

namespace {
// Qt wants a private runtime folder (XDG_RUNTIME_DIR) and prints a notice on every start when the
// session has none (cron, su, a plain ssh login). Give it one of ours, as Qt itself would.
void ensureRuntimeDir()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/pantau-kopdes-runtime-") + qEnvironmentVariable("USER", QStringLiteral("user"));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
#endif
}
// The arguments as the user typed them. On Windows argv is in the ANSI code page, which cannot
// hold "Rekap – Oktober.xlsx" or a name in another script: read the UTF-16 command line instead.
QStringList commandArguments(int argc, char *argv[])
{
    QStringList args;
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 1; i < count; ++i)
            args << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
    }
#else
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
#endif
    return args;
}

// pantau-kopdes.exe is a GUI program: started from cmd.exe or PowerShell it has no console, so a
// command's output would go nowhere. It writes into the console it was started from when there is
// one and its output is not redirected already. (pantau-kopdes-cli.exe is the console twin, which
// cmd.exe also waits for: the README recommends it for scripts.)
void useParentConsole()
{
#ifdef Q_OS_WIN
    const auto redirected = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
    };
    if (GetConsoleWindow() == nullptr && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (!redirected(STD_OUTPUT_HANDLE))
            (void)freopen("CONOUT$", "w", stdout);
        if (!redirected(STD_ERROR_HANDLE))
            (void)freopen("CONOUT$", "w", stderr);
    }
    // The commands write UTF-8 ("Nagori Bosar Galugur · 64,4 %"); the console shows it as such.
    if (GetConsoleWindow() != nullptr)
        SetConsoleOutputCP(CP_UTF8);
#endif
}
}   // namespace

int main(int argc, char *argv[])
{
    const QStringList args = commandArguments(argc, argv);

    ensureRuntimeDir();
#ifdef Q_OS_WIN
    // The reports carry their Arimo fonts (added from the resources). Windows' own font engine
    // cannot hand such a font's tables to the PDF writer, which then draws every letter as an
    // outline: a PDF without text, 35 times larger (seen under Wine). Qt's FreeType engine, part
    // of its Windows platform, embeds them as on Linux.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:fontengine=freetype");
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("PantauKopdes"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau-kopdes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    CommandLine::addCommand("bench", BenchCommand::run, BenchCommand::kUsage);
    if (CommandLine::isCommand(args)) {
        useParentConsole();
        // Commands need no display, but the bench drives widgets offscreen, so a QApplication
        // is created on the offscreen platform unless the caller chose one. Not on Windows: its
        // offscreen platform has no fonts (a report would have no text), and the Windows platform
        // needs no visible desktop anyway.
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        int rc = 0;
        {
            QApplication app(argc, argv);
            AppTranslator::install(args);
            rc = CommandLine::run(args);
            BackgroundWork::finish();
        }
        return BackgroundWork::endProcess(rc);
    }

    int rc = 0;
    {
        QApplication app(argc, argv);
        AppTranslator::install(args);
        rc = MainWindow::launch(args);
        BackgroundWork::finish();   // while the application exists (see there why)
    }
    return BackgroundWork::endProcess(rc);
}
