#include "cli/clicommands.h"

#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/progressrepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace CliCommands {

void openExisting(Database &db, const QString &path, Database::OpenMode mode)
{
    if (!ServerAddress::isServerUrl(path) && !QFileInfo(path).isFile())
        throw StorageError(QCoreApplication::translate("CliCommands", "database file \"%1\" does not exist; a new one is made with "
                                                                      "init --db FILE --area CODE (e.g. --area 12.08)")
                               .arg(path));
    db.open(path, mode);
    if (!db.warning().isEmpty())
        QTextStream(stderr) << db.warning() << '\n';
    if (!db.upgradeBackupPath().isEmpty())   // on stderr: stdout may be a JSON or CSV consumer's
        QTextStream(stderr) << QCoreApplication::translate("CliCommands", "database upgraded; the copy from before is \"%1\"")
                                   .arg(QDir::toNativeSeparators(db.upgradeBackupPath()))
                            << '\n';
}

int summary(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db"), QStringLiteral("as-of")}, {QStringLiteral("json")});
    const QDate asOf = a.asOf();
    Database db;
    openExisting(db, a.required(QStringLiteral("db")));
    const ProgressSummary s = ProgressRepository(db.connection()).summary(asOf);
    if (a.has(QStringLiteral("json")))
        out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
    else
        out << s.toText();
    return 0;
}

}   // namespace CliCommands
