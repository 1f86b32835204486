#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// One backup file as the app sees it: when and why it was made (from its name), its size, and
// what it holds (read from the file opened read-only; a backup is never the open database).
struct BackupInfo
{
    QString path;
    QDateTime madeAt;        // local time; from the name, else the file's modification time
    QString reason;          // "daily", "manual", "import", "before-restore"; empty for another file
    qint64 sizeBytes = 0;
    int cooperatives = -1;   // -1 when not read
    int schemaVersion = -1;
    bool checked = false;    // opened and inspected
    bool usable = false;     // SQLite, passes quick_check, a Pantau Kopdes database not newer than this app
    QString problem;         // why it is not usable, a plain sentence
    bool isValid() const { return !path.isEmpty(); }
};


// Backups and restores of a SQLite database, always through SQLite (VACUUM INTO, the online backup
// API), never a file copy of a live database. Backups go into a "backups" folder beside the
// database, named "<base>-yyyy-MM-dd-HHmm-<reason>.sqlite", written to a ".part" name, synced,
// checked (quick_check, this app's database) and renamed only when complete. Only files with that
// name pattern are ever deleted by the retention rule. A PostgreSQL database (a "postgresql://"
// path) is not backed up here: that is the server administrator's job (pg_dump).
// Every function throws StorageError with a plain sentence; a failure changes nothing.
namespace BackupService {
enum class Reason { Daily, Manual, Import, BeforeRestore };

QString reasonName(Reason reason);               // the word in the file name
QString reasonText(const QString &reasonName);   // translated, for the user
bool isServerDatabase(const QString &databasePath);
QString serverMessage();

QString backupFolder(const QString &databasePath);
// True (with the time and reason) when `fileName` is a backup of `databasePath` made by this app.
bool parseName(const QString &databasePath, const QString &fileName, QDateTime *madeAt = nullptr, QString *reason = nullptr);

// Backs up the open database into the backups folder (or into `target`, which must not exist),
// then prunes the folder by the retention rule. Returns the new backup, inspected.
BackupInfo backUp(const Database &db, Reason reason, const QString &target = QString(),
                  const QDateTime &now = QDateTime::currentDateTime());
// The start-up backup: a daily one unless one was made today already, the database is empty
// (no cooperatives), read-only or damaged, or on a server. Returns it, or an invalid BackupInfo.
BackupInfo backupIfFirstToday(const Database &db, const QDateTime &now = QDateTime::currentDateTime());
// Whether backupIfFirstToday() would back up (for a caller that backs up on another thread).
bool dailyBackupDue(const Database &db, const QDateTime &now = QDateTime::currentDateTime());
// This database's backups in its backups folder, newest first; `inspect` reads each one's figures.
QVector<BackupInfo> listBackups(const QString &databasePath, bool inspect = true);
// The newest backup that passes the checks; invalid when there is none.
BackupInfo latestGoodBackup(const QString &databasePath);
// Opens `file` read-only and reads its figures; refuses (usable = false) rather than throws.
BackupInfo inspect(const QString &file);
// Deletes what the retention rule does not keep, among this database's backups only, and the ".part"
// of one of its backups killed midway once a day old. Returns the deleted paths.
QStringList prune(const QString &databasePath, const QDateTime &now = QDateTime::currentDateTime());

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
} // namespace BackupService
