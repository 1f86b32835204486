#include "benchcommand.h"
#include "commandline.h"
#include "mainwindow.h"
#include "apptranslator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    ensureRuntimeDir();
    QCoreApplication::setOrganizationName(QStringLiteral("PantauKopdes"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau-kopdes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    CommandLine::addCommand("bench", BenchCommand::run, BenchCommand::kUsage);
    if (CommandLine::isCommand(args)) {
        // Commands need no display, but the bench drives widgets offscreen, so a QApplication
        // is created on the offscreen platform unless the caller chose one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        AppTranslator::install(args);
        return CommandLine::run(args);
    }

    QApplication app(argc, argv);
    AppTranslator::install(args);
    return MainWindow::launch(args);
}
