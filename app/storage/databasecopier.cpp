#include "databasecopier.h"

#include "bulkinsert.h"
#include "database.h"
#include "sqlengine.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("DatabaseCopier", s); }

// Parents first. Tables a later version adds and this list does not know go after these, in
// name order (they refer to the ones here, never the other way round).
const QStringList &knownOrder()
{
    static const QStringList order{
        QStringLiteral("setting"), QStringLiteral("province"), QStringLiteral("regency"), QStringLiteral("district"),
        QStringLiteral("village"), QStringLiteral("milestone"), QStringLiteral("cooperative"), QStringLiteral("cooperative_change"),
        QStringLiteral("milestone_event"), QStringLiteral("workshop"), QStringLiteral("workshop_invitation"),
        QStringLiteral("attendance_event"), QStringLiteral("workshop_tally"),
    };
    return order;
}

// Kept by triggers from the rows above: rebuilt on the target, not copied.
bool isDerived(const QString &table)
{
    return table == QLatin1String("schema_migration") || table.startsWith(QLatin1String("progress_"))
        || table == QLatin1String("district_tally");
}
} // namespace

QStringList DatabaseCopier::tablesToCopy(const Connection &source)
{
    const QStringList present = source.engine().tables(source.qt());
    QStringList ordered;
    for (const QString &t : knownOrder())
        if (present.contains(t))
            ordered << t;
    for (const QString &t : present)
        if (!ordered.contains(t) && !isDerived(t))
            ordered << t;
    return ordered;
}

qint64 DatabaseCopier::rowCount(const Connection &db, const QString &table)
{
    // Table names come from the database's own catalogue, never from a user.
    return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, tr("Counting rows")).toLongLong();
}

DatabaseCopier::Result DatabaseCopier::copy(const Database &source, Database &target,
                                            const std::function<void(const QString &, qint64)> &progress)
{
    const Connection from = source.connection();
    const Connection to = target.connection();
    const QString what = tr("Copying the database to %1").arg(target.path());
    if (source.schemaVersion() != target.schemaVersion())
        throw StorageError(tr("The two databases are at different versions (%1 and %2). Open the older one once in this "
                              "version of the application, then copy again.").arg(source.schemaVersion()).arg(target.schemaVersion()));
    const QStringList tables = tablesToCopy(from);
    // Only an empty target: what an office saved is never mixed or overwritten. The milestone
    // list and other seeded rows of a fresh database are replaced by the source's.
    for (const QString &t : {QStringLiteral("cooperative"), QStringLiteral("workshop"), QStringLiteral("village")})
        if (tables.contains(t) && rowCount(to, t) > 0)
            throw StorageError(tr("%1 already holds data (table %2). Copy only into a new, empty database; nothing was changed.")
                                   .arg(target.path(), t));
    Result result;
    Transaction tx(to, what);
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)   // children first
        Sql::run(to, QStringLiteral("DELETE FROM %1").arg(*it), {}, what);
    for (const QString &table : tables) {
        const QStringList sourceColumns = from.engine().columns(from.qt(), table);
        const QStringList targetColumns = to.engine().columns(to.qt(), table);
        QStringList columns;
        for (const QString &c : sourceColumns)
            if (targetColumns.contains(c))
                columns << c;
        BulkInsert insert(to, table, columns, what);
        QSqlQuery rows = Sql::run(from, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table), {}, what);
        qint64 n = 0;
        QVariantList row;
        row.reserve(columns.size());
        while (rows.next()) {
            row.clear();
            for (int i = 0; i < columns.size(); ++i)
                row << rows.value(i);
            insert.add(row);
            ++n;
        }
        insert.flush();
        to.engine().continueIdsAfterCopy(to.qt(), table);
        result.sourceRows.insert(table, n);
        if (progress)
            progress(table, n);
    }
    for (const QString &table : tables)
        result.targetRows.insert(table, rowCount(to, table));
    tx.commit();
    return result;
}
