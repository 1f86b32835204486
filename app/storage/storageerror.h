#pragma once
#include <QString>
#include <stdexcept>

class QSqlQuery;
class QSqlError;
class QSqlDriver;
class SqlEngine;

// Raised by the storage layer; message() is translated and meant for the user
// ("Basis data sedang dipakai ..."), technical() keeps the driver's text for logs.
class StorageError : public std::runtime_error
{
public:
    // What went wrong, whatever the engine: each engine maps its own codes (SQLite's result codes,
    // PostgreSQL's SQLSTATE) to one of these, never the English text of the error.
    enum class Problem {
        None,
        Busy,
        Duplicate,
        Constraint,
        ReadOnly,
        DiskFull,
        IoError,
        Damaged,
        CantOpen,
        NoMemory,
        ConnectionLost,
        Permission,
        UnfinishedWrite,   // SQLite: a hot journal that a read-only connection may not roll back
    };

    explicit StorageError(const QString &message, const QString &technical = QString(), Problem problem = Problem::None);
    QString message() const { return m_message; }
    QString technical() const { return m_technical; }
    Problem problem() const { return m_problem; }

    // The user message for a failed query, classified by the engine of the query's driver.
    static StorageError fromQuery(const QSqlQuery &query, const QString &what);
    static StorageError fromError(const QSqlError &error, const SqlEngine &engine, const QString &what);

    // SQLite's primary result code behind a Qt error (the driver reports it as nativeErrorCode),
    // 0 when there is none. For the SQLite engine only.
    static int sqliteCode(const QSqlError &error);
    enum SqliteCode {
        SqliteBusy = 5,
        SqliteLocked = 6,
        SqliteNoMemory = 7,
        SqliteReadOnly = 8,
        SqliteIoError = 10,
        SqliteCorrupt = 11,
        SqliteFull = 13,
        SqliteCantOpen = 14,
        SqliteConstraint = 19,
        SqliteNotADatabase = 26,
    };
    // The plain sentence for a problem ("%1: ..." with `what`), empty for Problem::None.
    static QString messageFor(Problem problem, const QString &what);
    // What went wrong alone, for a batch stopped midway whose earlier writes were kept (the
    // message says "nothing was saved", which there is untrue): "the connection to the database
    // server was lost". The message itself when the problem has no such short form.
    QString cause() const;

private:
    QString m_message;
    QString m_technical;
    Problem m_problem = Problem::None;
};
