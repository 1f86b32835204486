#pragma once
#include "storage/backupinfo.h"

#include <QDateTime>

class Database;

// The backup made at start-up, at most one a day.
namespace BackupService {
// The start-up backup: a daily one unless one was made today already, the database is empty
// (no cooperatives), read-only or damaged, or on a server. Returns it, or an invalid BackupInfo.
BackupInfo backupIfFirstToday(const Database &db, const QDateTime &now = QDateTime::currentDateTime());
// Whether backupIfFirstToday() would back up (for a caller that backs up on another thread).
bool dailyBackupDue(const Database &db, const QDateTime &now = QDateTime::currentDateTime());
}   // namespace BackupService
