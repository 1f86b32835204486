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

    // Builds the user message for a failed query: "database is locked" becomes advice to retry.
    static StorageError fromQuery(const QSqlQuery &query, const QString &what);

private:
    QString m_message;
    QString m_technical;
};
