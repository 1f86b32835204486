#include "cli/clicommands.h"

#include "storage/database.h"
#include "storage/serveraddress.h"
#include "io/demoscenario.h"
#include "core/indonesianformat.h"
#include "io/regioncatalog.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace CliCommands {

int demo(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db")}, {QStringLiteral("replace")});
    const QString path = a.required(QStringLiteral("db"));
    // Never overwrite what someone saved unless they asked for it.
    if (!ServerAddress::isServerUrl(path) && QFileInfo::exists(path) && !a.has(QStringLiteral("replace")))
        throw CliError(QCoreApplication::translate("CliCommands", "\"%1\" already exists; choose a new file or add --replace").arg(path));
    // Built aside and renamed into place: a demo killed midway leaves nothing (or the old file).
    DemoScenario::buildFile(path, a.has(QStringLiteral("replace")), RegionCatalog());
    out << QCoreApplication::translate("CliCommands", "Demo database for Kabupaten Simalungun written to %1 (workshop of %2).")
               .arg(path, IndonesianFormat::dateLong(DemoScenario::workshopDate()))
        << '\n';
    return 0;
}

}   // namespace CliCommands
