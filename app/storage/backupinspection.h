#pragma once
#include "storage/backupinfo.h"

class QSqlDatabase;

// What a backup file holds and whether it can be used: the checks on a file found in the backups
// folder or chosen by the user, and on a backup just written, before it is kept.
namespace BackupService {
// Opens `file` read-only and reads its figures; refuses (usable = false) rather than throws.
BackupInfo inspect(const QString &file);
// Reads the figures of an open connection to a backup; sets usable/problem.
void readFigures(const QSqlDatabase &db, BackupInfo *info);
}   // namespace BackupService
