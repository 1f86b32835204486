#include "clicommands.h"

#include "database.h"
#include "demoscenario.h"
#include "indonesianformat.h"
#include "regioncatalog.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace CliCommands {

int demo(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db")}, {QStringLiteral("replace")});
    const QString path = a.required(QStringLiteral("db"));
    if (QFileInfo::exists(path)) {
        // Never overwrite what someone saved unless they asked for it.
        if (!a.has(QStringLiteral("replace")))
            throw CliError(QCoreApplication::translate("CliCommands", "\"%1\" already exists; choose a new file or add --replace").arg(path));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    Database db;
    db.open(path);
    DemoScenario::build(db.connection(), RegionCatalog());
    out << QCoreApplication::translate("CliCommands", "Demo database for Kabupaten Simalungun written to %1 (workshop of %2).")
               .arg(path, IndonesianFormat::dateLong(DemoScenario::workshopDate()))
        << '\n';
    return 0;
}

} // namespace CliCommands
