#pragma once
#include "storage/connection.h"
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// The SQLite connection under a Qt database connection, for the few hot paths that go through
// SQLite's C API (bulk loads, the national summary): nullptr unless this build links the same
// SQLite library as Qt's driver (PK_SQLITE_DIRECT) and `db` is a SQLite connection. Callers keep
// a portable QSqlQuery path for nullptr.
namespace SqliteDirect {
sqlite3 *handle(const Connection &db);
// Binds one value to parameter `index` (1-based): integers as integers, NULL as NULL, anything
// else as UTF-8 text. Returns SQLite's result code.
int bind(sqlite3_stmt *statement, int index, const QVariant &value);
// The same, but text is converted into `buffer`, which SQLite then reads without a copy of its
// own: `buffer` must stay unchanged until the statement is stepped (bulk loads keep one per column).
int bindKept(sqlite3_stmt *statement, int index, const QVariant &value, QByteArray &buffer);
// Tests switch the C API paths off to run the portable ones on the same build.
void setEnabled(bool enabled);
}   // namespace SqliteDirect
