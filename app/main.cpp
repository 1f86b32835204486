#include "benchcommand.h"
#include "commandline.h"
#include "mainwindow.h"
#include "apptranslator.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

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
