#include "cli/clicommands.h"

#include "io/areasetup.h"
#include "io/outputfile.h"
#include "io/regioncatalog.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace CliCommands {

// init --db FILE --area CODE: a new office's own database, its regency (or province) set up as
// the first-run dialog does. An interrupted init leaves nothing that would open as an empty registry.
int init(const QStringList &args, QTextStream &out)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("CliCommands", s); };
    const CliArguments a(args, {QStringLiteral("db"), QStringLiteral("area"), QStringLiteral("by")}, {});
    const QString path = a.required(QStringLiteral("db"));
    const QString code = a.required(QStringLiteral("area")).trimmed();
    if (ServerAddress::isServerUrl(path))
        throw CliError(tr("init makes a new database file; for a server, use migrate-db --from FILE --to %1 after init")
                           .arg(ServerAddress::redacted(path)));
    if (QFileInfo::exists(path))
        throw CliError(tr("\"%1\" already exists; init makes a new database only, so give a new file name").arg(path));
    const RegionCatalog catalog;
    RegionCatalog::Area area;
    try {
        area = catalog.area(code);
    } catch (const StorageError &) {
        throw CliError(tr("\"%1\" is not a regency or province code; give one such as 12.08 (Kabupaten Simalungun) or 12 "
                          "(Provinsi Sumatera Utara)")
                           .arg(code));
    }
    // Built aside and renamed into place when complete, as the demo is (OutputFile).
    OutputFile file(path, OutputFile::Kind::Database);
    if (!file.begin())
        throw StorageError(file.error());
    AreaSetup::Result result;
    {
        Database db;
        db.open(file.tempPath(), Database::OpenMode::Create);
        result = AreaSetup::apply(db.connection(), area, a.value(QStringLiteral("by"), QStringLiteral("cli")));
    }   // closing the last connection folds the WAL into the file
    if (!file.commit())
        throw StorageError(file.error());
    out << tr("%1 created for %2: %3 districts, %4 villages, %5 cooperatives.")
               .arg(path, area.name)
               .arg(result.districts)
               .arg(result.villages)
               .arg(result.cooperativesCreated)
        << '\n';
    return 0;
}

}   // namespace CliCommands
