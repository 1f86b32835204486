// One main for every test executable: a QApplication on the offscreen platform (widget tests
// need one; the others do not mind), then Catch2's session.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PantauKopdesTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau-kopdes-tests"));
    return Catch::Session().run(argc, argv);
}
