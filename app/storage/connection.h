#pragma once
#include <QSqlDatabase>
#include <QString>

class SqlEngine;

// What every repository works on: one open Qt connection plus the engine (SQLite or PostgreSQL)
// that knows that connection's dialect, how it begins a write, how its errors read and how it
// tells other windows about changes. Code above app/storage passes a Connection along and never
// touches the QSqlDatabase inside: only the storage layer calls qt().
class Connection
{
public:
    Connection() = default;
    Connection(QSqlDatabase db, const SqlEngine *engine) : m_db(std::move(db)), m_engine(engine) {}

    // The engine of an open connection; for a default-constructed one, SQLite's (never null).
    const SqlEngine &engine() const;
    bool isValid() const { return m_engine != nullptr && m_db.isValid(); }
    bool isOpen() const { return m_engine != nullptr && m_db.isOpen(); }
    bool isServer() const;   // PostgreSQL: shared by several PCs, changes arrive by notification

    // For the storage layer only.
    QSqlDatabase qt() const { return m_db; }

private:
    QSqlDatabase m_db;
    const SqlEngine *m_engine = nullptr;
};
