#include "storage/databasecopier.h"

#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/progresscounts.h"
#include "storage/sqlengine.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("DatabaseCopier", s); }

// Kept by triggers from the rows above: rebuilt on the target, not copied.
bool isDerived(const QString &table)
{
    return table == QLatin1String("schema_migration") || table.startsWith(QLatin1String("progress_"))
        || table == QLatin1String("district_tally");
}
}   // namespace

QStringList DatabaseCopier::tablesToCopy(const Connection &source)
{
    // Parents before the tables that refer to them, read from the schema's foreign keys (a list
    // kept by hand once put import_cooperative before import_run). Among tables free to go, name
    // order, so the order is the same on every run and both engines.
    QStringList pending;
    for (const QString &t : source.engine().tables(source.qt()))
        if (!isDerived(t))
            pending << t;
    std::sort(pending.begin(), pending.end());
    QMap<QString, QStringList> parents;
    for (const QString &t : pending)
        for (const SqlEngine::ForeignKey &k : source.engine().foreignKeys(source.qt(), t))
            if (k.parentTable != t)   // a row referring to another of its table: see copy()
                parents[t] << k.parentTable;
    QStringList ordered;
    while (!pending.isEmpty()) {
        bool placed = false;
        for (int i = 0; i < pending.size(); ++i) {
            const QString t = pending.at(i);
            const bool ready = std::all_of(parents.value(t).cbegin(), parents.value(t).cend(), [&](const QString &p) {
                return ordered.contains(p) || !pending.contains(p);
            });
            if (ready) {
                ordered << t;
                pending.removeAt(i);
                placed = true;
                break;
            }
        }
        if (!placed)
            throw StorageError(tr("The tables %1 refer to each other in a circle; they cannot be copied one after the other.")
                                   .arg(pending.join(QStringLiteral(", "))));
    }
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
                              "version of the application, then copy again.")
                               .arg(source.schemaVersion())
                               .arg(target.schemaVersion()));
    const QStringList tables = tablesToCopy(from);
    // Only an empty target: what an office saved is never mixed or overwritten. The milestone
    // list and other seeded rows of a fresh database are replaced by the source's.
    for (const QString &t : {QStringLiteral("cooperative"), QStringLiteral("workshop"), QStringLiteral("village")})
        if (tables.contains(t) && rowCount(to, t) > 0)
            throw StorageError(tr("%1 already holds data (table %2). Copy only into a new, empty database; nothing was changed.")
                                   .arg(target.path(), t));
    Result result;
    Transaction tx(to, what);
    ProgressCounts counts(to);   // PostgreSQL: the events' counts recounted in one pass at the end
    counts.suspend();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)   // children first
        Sql::run(to, QStringLiteral("DELETE FROM %1").arg(*it), {}, what);
    for (const QString &table : tables) {
        const QStringList sourceColumns = from.engine().columns(from.qt(), table);
        const QStringList targetColumns = to.engine().columns(to.qt(), table);
        QStringList columns;
        for (const QString &c : sourceColumns)
            if (targetColumns.contains(c))
                columns << c;
        // A column referring to a row of the same table (an import and the undo that undid it
        // point at each other) goes in empty and is set after every row of the table is there.
        QList<int> selfRefs;
        for (const SqlEngine::ForeignKey &k : from.engine().foreignKeys(from.qt(), table))
            if (k.parentTable == table && columns.contains(k.column) && columns.contains(QStringLiteral("id")))
                selfRefs << int(columns.indexOf(k.column));
        const int idColumn = int(columns.indexOf(QStringLiteral("id")));
        QList<QVariantList> laterLinks;
        BulkInsert insert(to, table, columns, what);
        QSqlQuery rows = Sql::run(from, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table), {}, what);
        qint64 n = 0;
        QVariantList row;
        row.reserve(columns.size());
        while (rows.next()) {
            row.clear();
            for (int i = 0; i < columns.size(); ++i)
                row << rows.value(i);
            for (int c : selfRefs)
                if (!row.at(c).isNull()) {
                    laterLinks.append({row.at(c), row.at(idColumn)});
                    laterLinks.last().prepend(c);
                    row[c] = QVariant(row.at(c).metaType());
                }
            insert.add(row);
            ++n;
        }
        insert.flush();
        for (const QVariantList &link : laterLinks)
            Sql::run(to, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, columns.at(link.at(0).toInt())),
                     {link.at(1), link.at(2)}, what);
        to.engine().continueIdsAfterCopy(to.qt(), table);
        result.sourceRows.insert(table, n);
        if (progress)
            progress(table, n);
    }
    counts.resume();
    for (const QString &table : tables)
        result.targetRows.insert(table, rowCount(to, table));
    tx.commit();
    return result;
}
