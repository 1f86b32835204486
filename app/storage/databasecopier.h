#pragma once
#include "storage/connection.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

// Moves an office's data from one database to another, either engine to either engine (a SQLite
// file onto the office's new PostgreSQL server, or a server's database into a file for a laptop):
// every table, its history and workshops, with their ids. Everything is written in one
// transaction on the target, which must be an empty Pantau Kopdes database at the same schema
// version: a failure leaves it empty. The counts the triggers keep (progress, kecamatan tallies)
// are not copied but rebuilt by those triggers as the rows go in, so they are exact on the target
// by construction; the caller compares the summaries of both afterwards.
class DatabaseCopier
{
public:
    struct Result
    {
        QMap<QString, qint64> sourceRows;   // per copied table
        QMap<QString, qint64> targetRows;
        bool rowCountsEqual() const { return sourceRows == targetRows; }
    };

    // `progress(table, rowsSoFar)` after each table; throws StorageError.
    static Result copy(const Database &source, Database &target,
                       const std::function<void(const QString &, qint64)> &progress = {});
    // The tables copied, in the order they go in (parents before the tables that refer to them).
    static QStringList tablesToCopy(const Connection &source);
    static qint64 rowCount(const Connection &db, const QString &table);
};
