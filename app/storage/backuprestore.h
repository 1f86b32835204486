#pragma once
#include "storage/backupinfo.h"

class Database;

// Putting a backup back as the database's content.
namespace BackupService {
struct RestoreResult
{
    BackupInfo restored;        // the backup that is now the content
    BackupInfo beforeRestore;   // the state that was replaced
};
// Replaces the content of the open database with the backup's, through the open connection (other
// connections may have the file open and see the new content at once): checks the backup, backs
// up the current state ("before-restore"), upgrades a copy of an older backup to this version,
// then copies it in one transaction (SQLite's online backup API, or table by table where Qt's
// SQLite cannot be reached). A failure leaves the database exactly as it was. A damaged database
// goes through restoreDamaged() instead.
RestoreResult restore(Database &open, const QString &backupFile);
// For a damaged database: never writes into it. Puts a copy of the backup beside it, closes the
// connection, renames the damaged file (and its -wal/-shm) to "<base>-damaged-<time>.sqlite",
// moves the copy into place and opens it again. Returns the damaged file's new path.
QString restoreDamaged(Database &damaged, const QString &backupFile);
}   // namespace BackupService
