#pragma once
#include <QString>
#include <stdexcept>

class QSqlQuery;
class QSqlError;

// Raised by the storage layer; message() is translated and meant for the user
// ("Basis data sedang dipakai ..."), technical() keeps the driver's text for logs.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message, const QString &technical = QString());
    QString message() const { return m_message; }
    QString technical() const { return m_technical; }

    // Builds the user message for a failed query from SQLite's result code (never its English
    // text): "database is locked" becomes advice to retry, a full disk says to free space, a
    // damaged file says to use a backup.
    static StorageError fromQuery(const QSqlQuery &query, const QString &what);
    static StorageError fromError(const QSqlError &error, const QString &what);

    // SQLite's primary result code behind a Qt error (the driver reports it as nativeErrorCode),
    // 0 when there is none.
    static int sqliteCode(const QSqlError &error);
    enum SqliteCode {
        SqliteBusy = 5, SqliteLocked = 6, SqliteNoMemory = 7, SqliteReadOnly = 8, SqliteIoError = 10,
        SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteConstraint = 19, SqliteNotADatabase = 26,
    };
    // The plain sentence for a result code ("%1: ..." with `what`), empty when there is none.
    static QString messageFor(int code, const QString &what, const QString &technical);

private:
    QString m_message;
    QString m_technical;
};
