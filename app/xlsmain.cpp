// pantau-kopdes-xls: reads an Excel 97-2003 (.xls) file for the application in a process of its
// own (see app/xls/xlshelpercommand.h). It holds no database and shows no window.
#include "xls/xlshelpercommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return XlsHelperCommand::run(QCoreApplication::arguments().mid(1));
}
