#pragma once
#include <QDateTime>
#include <QString>

// One backup file as the app sees it: when and why it was made (from its name), its size, and
// what it holds (read from the file opened read-only; a backup is never the open database).
struct BackupInfo
{
    QString path;
    QDateTime madeAt;   // local time; from the name, else the file's modification time
    QString reason;     // "daily", "manual", "import", "before-restore"; empty for another file
    qint64 sizeBytes = 0;
    int cooperatives = -1;   // -1 when not read
    int schemaVersion = -1;
    bool checked = false;   // opened and inspected
    bool usable = false;    // SQLite, passes quick_check, a Pantau Kopdes database not newer than this app
    QString problem;        // why it is not usable, a plain sentence
    bool isValid() const { return !path.isEmpty(); }
};
