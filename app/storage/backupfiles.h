#pragma once
#include <QSqlDatabase>
#include <QString>

// What making, checking and restoring backups share about the files themselves: the time stamp in
// a backup's name, how a path is shown in a message, and a connection of its own to a file that
// is not the open database.
namespace BackupFiles {
// The time in a backup's name, "<base>-yyyy-MM-dd-HHmm-<reason>.sqlite", to the minute.
inline const QString kStamp = QStringLiteral("yyyy-MM-dd-HHmm");

QString shown(const QString &path);

// A connection of its own to a file that is not the open database (a backup, a staged copy).
class FileConnection
{
public:
    FileConnection(const QString &path, bool readOnly);
    ~FileConnection();
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};
}   // namespace BackupFiles
