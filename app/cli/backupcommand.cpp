#include "cli/clicommands.h"

#include "storage/backupservice.h"
#include "storage/database.h"
#include "core/indonesianformat.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("CliCommands", s); }

QString describe(const BackupInfo &b)
{
    return QCoreApplication::translate("CliCommands", "%1 (%2), %3 cooperatives, schema %4")
        .arg(IndonesianFormat::dateTime(b.madeAt), BackupService::reasonText(b.reason), IndonesianFormat::number(b.cooperatives))
        .arg(b.schemaVersion);
}
}   // namespace

namespace CliCommands {

int backup(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db"), QStringLiteral("out")}, {});
    const QString path = a.required(QStringLiteral("db"));
    if (BackupService::isServerDatabase(path))
        throw StorageError(BackupService::serverMessage());
    Database db;
    // ReadWrite, not ReadOnly: an older database is upgraded like any other open (with its own copy
    // kept first); a damaged one opens read-only and its backup is checked like any other.
    openExisting(db, path, Database::OpenMode::ReadWrite);
    const BackupInfo b = BackupService::backUp(db, BackupService::Reason::Manual, a.value(QStringLiteral("out")));
    out << tr("Backup written to %1 (%2 cooperatives).").arg(QDir::toNativeSeparators(b.path), IndonesianFormat::number(b.cooperatives))
        << '\n';
    return 0;
}

int restore(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db"), QStringLiteral("from")}, {});
    const QString path = a.required(QStringLiteral("db"));
    const QString from = a.required(QStringLiteral("from"));
    if (BackupService::isServerDatabase(path))
        throw StorageError(BackupService::serverMessage());
    if (!QFileInfo(from).isFile())
        throw StorageError(tr("backup file \"%1\" does not exist; nothing was changed").arg(from));
    Database db;
    openExisting(db, path, Database::OpenMode::ReadWrite);
    if (db.isDamaged()) {
        const QString aside = BackupService::restoreDamaged(db, from);
        const BackupInfo now = BackupService::inspect(from);
        out << tr("Restored %1 from %2: %3.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from), describe(now)) << '\n'
            << tr("The damaged database was kept as %1.").arg(QDir::toNativeSeparators(aside)) << '\n';
        return 0;
    }
    const BackupService::RestoreResult r = BackupService::restore(db, from);
    out << tr("Restored %1 from %2: %3.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from), describe(r.restored)) << '\n'
        << tr("The state before the restore was backed up to %1.").arg(QDir::toNativeSeparators(r.beforeRestore.path)) << '\n';
    return 0;
}

}   // namespace CliCommands
