#include "support/importchecks.h"

#include "catch.h"
#include "storage/sqlengine.h"
#include "storage/sqlquery.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ImportChecks {

// The import's own record tables, left out of the checksums that compare a database before an
// import with the database after its undo: the record of both is what stays.
namespace {
const QStringList kImportTables = {QStringLiteral("import_run"), QStringLiteral("import_problem"), QStringLiteral("import_cooperative"),
                                   QStringLiteral("import_field_change"), QStringLiteral("import_milestone_change")};

}   // namespace

// A hash of every table's rows in primary key order. A progress row whose count is 0 is the
// same as no row (the triggers leave a row at 0 when its last reach goes). The remembered column
// mappings in `setting` belong to the import's record too.
QByteArray checksum(const Connection &db, bool withImportRecord)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &table : db.engine().tables(db.qt())) {
        if (!withImportRecord && kImportTables.contains(table))
            continue;
        QString where;
        if (table.startsWith(QLatin1String("progress_")))
            where = QStringLiteral(" WHERE reached <> 0");
        if (table == QLatin1String("setting") && !withImportRecord)
            where = QStringLiteral(" WHERE key NOT LIKE 'import_mapping.%'");
        QSqlQuery q(db.qt());
        // Every column, ordered by all of them: the primary key comes first in every table here,
        // and ordering by all columns is a total order whatever the key.
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)));
        QStringList order;
        for (int i = 0; i < q.record().count(); ++i)
            order << QString::number(i + 1);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1%2 ORDER BY %3").arg(table, where, order.join(QLatin1Char(',')))));
        h.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                h.addData(v.isNull() ? QByteArray("\\N") : v.toString().toUtf8());
                h.addData("\x1f");
            }
            h.addData("\x1e");
        }
    }
    return h.result();
}

// The progress tables against a count of the events themselves: the rows in one and not the
// other, both ways (EXCEPT sorts, so a national database takes seconds; a join of the two
// groupings has no index to use).
void checkCountsMatchEvents(const Connection &db)
{
    const QString events = QStringLiteral("FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id "
                                          "WHERE e.current = 1 AND e.reached_on IS NOT NULL");
    const struct
    {
        const char *table;
        const char *key;
    } tables[] = {
        {"progress_district", "c.district_code, e.milestone_code"},
        {"progress_day", "e.milestone_code, e.reached_on"},
        {"progress_district_day", "c.district_code, e.milestone_code, e.reached_on"},
    };
    for (const auto &t : tables) {
        const QString key = QString::fromLatin1(t.key);
        const QString counted = QStringLiteral("SELECT %1, COUNT(*) %2 GROUP BY %1").arg(key, events);
        const QString stored = QStringLiteral("SELECT %1, reached FROM %2 WHERE reached <> 0")
                                   .arg(QString(key).remove(QStringLiteral("c.")).remove(QStringLiteral("e.")), QLatin1String(t.table));
        const QVariant differing = Sql::scalar(db,
                                               QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2) a) + (SELECT COUNT(*) FROM (%2 EXCEPT %1) b)")
                                                   .arg(counted, stored),
                                               {}, QStringLiteral("test"));
        INFO(t.table);
        CHECK(differing.toInt() == 0);
    }
}

QString writeFile(const QString &name, const QByteArray &content)
{
    const QString path = TestSupport::tempPath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

}   // namespace ImportChecks
