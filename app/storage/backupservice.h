#pragma once
#include "storage/backupinfo.h"
// The rest of the service, in files of their own: the checks on a backup file, the start-up
// backup, the restore. Included here so that one include gives every caller the whole service.
#include "storage/backupinspection.h"
#include "storage/backuprestore.h"
#include "storage/dailybackup.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// Backups and restores of a SQLite database, always through SQLite (VACUUM INTO, the online backup
// API), never a file copy of a live database. Backups go into a "backups" folder beside the
// database, named "<base>-yyyy-MM-dd-HHmm-<reason>.sqlite", written to a ".part" name, synced,
// checked (quick_check, this app's database) and renamed only when complete. Only files with that
// name pattern are ever deleted by the retention rule. A PostgreSQL database (a "postgresql://"
// path) is not backed up here: that is the server administrator's job (pg_dump).
// Every function throws StorageError with a plain sentence; a failure changes nothing.
namespace BackupService {
enum class Reason { Daily,
                    Manual,
                    Import,
                    BeforeRestore };

QString reasonName(Reason reason);               // the word in the file name
QString reasonText(const QString &reasonName);   // translated, for the user
bool isServerDatabase(const QString &databasePath);
QString serverMessage();
// Throws StorageError(serverMessage()) for a database on a server.
void refuseServer(const QString &databasePath);

QString backupFolder(const QString &databasePath);
// True (with the time and reason) when `fileName` is a backup of `databasePath` made by this app.
bool parseName(const QString &databasePath, const QString &fileName, QDateTime *madeAt = nullptr, QString *reason = nullptr);

// Removes the ".part" files a backup, a safety copy or a restore left when it was killed, once an
// hour old; returns what was removed. The app calls it at every start (and prune() with it).
QStringList removeLeftovers(const QString &databasePath);

// Backs up the open database into the backups folder (or into `target`, which must not exist),
// then prunes the folder by the retention rule. Returns the new backup, inspected.
BackupInfo backUp(const Database &db, Reason reason, const QString &target = QString(),
                  const QDateTime &now = QDateTime::currentDateTime());
// This database's backups in its backups folder, newest first; `inspect` reads each one's figures.
QVector<BackupInfo> listBackups(const QString &databasePath, bool inspect = true);
// The newest backup that passes the checks; invalid when there is none.
BackupInfo latestGoodBackup(const QString &databasePath);
// Deletes what the retention rule does not keep, among this database's backups only, and the ".part"
// of one of its backups killed midway once an hour old. Returns the deleted paths.
QStringList prune(const QString &databasePath, const QDateTime &now = QDateTime::currentDateTime());
}   // namespace BackupService
