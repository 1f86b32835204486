#include "storage/importrepository.h"

#include "storage/bulkinsert.h"
#include "storage/progresstally.h"
#include "storage/rowreader.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ImportRepository", s); }

const char *const kColumns[ImportColumns::FieldCount] = {"chair_name", "chair_phone", "phone", "legal_number", "legal_date",
                                                         "nik_koperasi", "npwp", "nib", "member_count", "name",
                                                         "secretary_name", "secretary_phone", "treasurer_name",
                                                         "treasurer_phone"};

// How the undo's refusal names a field: the edit form's words.
QString fieldTitle(const QString &column)
{
    static const struct
    {
        const char *column;
        const char *title;
    } titles[] = {
        {"chair_name", QT_TRANSLATE_NOOP("ImportRepository", "chair's name")},
        {"chair_phone", QT_TRANSLATE_NOOP("ImportRepository", "chair's phone")},
        {"phone", QT_TRANSLATE_NOOP("ImportRepository", "cooperative phone")},
        {"legal_number", QT_TRANSLATE_NOOP("ImportRepository", "SK AHU number")},
        {"legal_date", QT_TRANSLATE_NOOP("ImportRepository", "SK AHU date")},
        {"nik_koperasi", QT_TRANSLATE_NOOP("ImportRepository", "NIK Koperasi")},
        {"npwp", QT_TRANSLATE_NOOP("ImportRepository", "NPWP")},
        {"nib", QT_TRANSLATE_NOOP("ImportRepository", "NIB")},
        {"member_count", QT_TRANSLATE_NOOP("ImportRepository", "number of members")},
        {"name", QT_TRANSLATE_NOOP("ImportRepository", "cooperative's name")},
        {"secretary_name", QT_TRANSLATE_NOOP("ImportRepository", "secretary's name")},
        {"secretary_phone", QT_TRANSLATE_NOOP("ImportRepository", "secretary's phone")},
        {"treasurer_name", QT_TRANSLATE_NOOP("ImportRepository", "treasurer's name")},
        {"treasurer_phone", QT_TRANSLATE_NOOP("ImportRepository", "treasurer's phone")},
    };
    for (const auto &t : titles)
        if (column == QLatin1String(t.column))
            return tr(t.title);
    return column;
}

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// For NOT NULL text columns: Qt binds a null QString as NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString actionKey(ImportWrite::Milestone::Action a)
{
    switch (a) {
    case ImportWrite::Milestone::Action::Reach: return QStringLiteral("reach");
    case ImportWrite::Milestone::Action::Redate: return QStringLiteral("redate");
    case ImportWrite::Milestone::Action::Withdraw: return QStringLiteral("withdraw");
    }
    return QString();
}

// The events an import replaced or withdrew, and the ones it wrote (bound: the import's id).
const char kReplacedEvents[] = "SELECT old_event_id FROM import_milestone_change WHERE import_id = ? AND old_event_id IS NOT NULL";
const char kAddedEvents[] = "SELECT new_event_id FROM import_milestone_change WHERE import_id = ?";

// Sets one column of the cooperatives an import touched from one of its record's columns.
QString setColumnFrom(const QString &column, const QString &source)
{
    const QString value = QStringLiteral("(SELECT f.%1 FROM import_field_change f WHERE f.import_id = ? AND f.field = ? "
                                         "AND f.cooperative_id = cooperative.id)")
                              .arg(source);
    return QStringLiteral("UPDATE cooperative SET %1 = %2 WHERE id IN "
                          "(SELECT cooperative_id FROM import_field_change WHERE import_id = ? AND field = ?)")
        .arg(column, column == QLatin1String("member_count") ? QStringLiteral("COALESCE(CAST(%1 AS INTEGER), 0)").arg(value) : value);
}
}   // namespace

QString ImportColumns::column(int field)
{
    return field >= 0 && field < FieldCount ? QString::fromLatin1(kColumns[field]) : QString();
}

ImportSnapshot ImportRepository::snapshot(const QStringList &milestoneCodes, const QList<int> &fields) const
{
    const QString what = tr("Reading the database for the import");
    ImportSnapshot s;
    s.areaName = SettingsRepository(m_db).areaName();
    {
        RowReader q(m_db, QStringLiteral("SELECT code, name FROM district"), {}, what);
        while (q.next())
            s.districtNames.insert(q.string(0), q.string(1));
    }
    {
        RowReader q(m_db, QStringLiteral("SELECT code, name, district_code FROM village"), {}, what);
        while (q.next())
            s.villages.append({q.string(0), q.string(1), q.string(2)});
    }
    {
        QString columns;
        for (int i = 0; i < ImportColumns::FieldCount; ++i)
            columns += fields.isEmpty() || fields.contains(i) || i == ImportColumns::ChairName
                         ? QStringLiteral(", ") + QString::fromLatin1(kColumns[i])
                         : QStringLiteral(", NULL");
        RowReader q(m_db, QStringLiteral("SELECT id, village_code, name%1, updated_at, updated_by, search_text FROM cooperative").arg(columns),
                    {}, what);
        while (q.next()) {
            ImportSnapshot::Cooperative c;
            c.id = q.integer(0);
            c.villageCode = q.string(1);
            c.name = q.string(2);
            for (int i = 0; i < ImportColumns::FieldCount; ++i)
                if (!q.isNull(3 + i)) {
                    c.values[i] = q.string(3 + i);
                    if (c.values[i].isNull())   // '' is kept apart from NULL, so undo restores it as it was
                        c.values[i] = QStringLiteral("");
                }
            c.updatedAt = q.string(3 + ImportColumns::FieldCount);
            c.updatedBy = q.string(4 + ImportColumns::FieldCount);
            c.searchText = q.string(5 + ImportColumns::FieldCount);
            s.cooperatives.append(c);
        }
    }
    if (!milestoneCodes.isEmpty()) {
        QVariantList values;
        for (const QString &c : milestoneCodes)
            values << c;
        RowReader q(m_db, QStringLiteral("SELECT id, cooperative_id, milestone_code, reached_on FROM milestone_event "
                                         "WHERE current = 1 AND milestone_code IN (%1)")
                              .arg(Sql::placeholders(int(values.size()))),
                    values, what);
        while (q.next())
            s.marks.append({q.integer(0), q.integer(1), q.string(2), q.date(3)});
    }
    return s;
}

QString ImportRepository::stateStamp() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM milestone_event), "
                                                "(SELECT COALESCE(MAX(id), 0) FROM cooperative_change), "
                                                "(SELECT COALESCE(MAX(id), 0) FROM cooperative), "
                                                "(SELECT COALESCE(MAX(id), 0) FROM import_run)"),
                           {}, tr("Reading the database for the import"));
    if (!q.next())
        return QString();
    return QStringLiteral("%1:%2:%3:%4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
}

namespace {
// A bulk write touches index pages all over a large database: a page cache that holds them
// lets SQLite write each page once at commit (as NationalBenchData's load does). Restored after.
class LargeCache
{
public:
    explicit LargeCache(const Connection &db) : m_db(db)
    {
        if (db.engine().kind() != SqlEngine::Kind::Sqlite)
            return;
        QSqlQuery q(db.qt());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toString();
        QSqlQuery(db.qt()).exec(QStringLiteral("PRAGMA cache_size = -262144"));   // 256 MiB
    }
    ~LargeCache()
    {
        bool whole = false;
        m_previous.toLongLong(&whole);
        if (whole)
            QSqlQuery(m_db.qt()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }

private:
    Connection m_db;
    QString m_previous;
};
}   // namespace

qint64 ImportRepository::maxId(const QString &table) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table), {}, tr("Recording the import")).toLongLong();
}

void ImportRepository::advanceIdentity(const QString &table) const
{
    // Rows inserted with their ids given (so the record can name them without reading them
    // back): PostgreSQL's identity sequence must then be moved past them. SQLite takes MAX+1.
    if (m_db.engine().kind() != SqlEngine::Kind::Postgres)
        return;
    Sql::run(m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)").arg(table),
             {}, tr("Recording the import"));
}

qint64 ImportRepository::record(const ImportWrite &w)
{
    QElapsedTimer timer;
    timer.start();
    const bool timing = qEnvironmentVariableIsSet("PK_IMPORT_TIMING");
    auto step = [&](const char *name) {
        if (timing)
            fprintf(stderr, "import timing:   %s %.1f ms\n", name, timer.nsecsElapsed() / 1e6);
        timer.restart();
    };
    const LargeCache cache(m_db);
    const QString what = tr("Recording the import");
    const QString now = Sql::nowUtc();
    const qint64 id = Sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO import_run (kind, imported_at, imported_by, file_name, file_sha256, sheet, mapping, rows_total, "
                       "rows_changed, rows_unchanged, rows_rejected, fields_changed, milestones_changed) "
                       "VALUES ('import', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {now, notNull(w.actor), notNull(w.fileName), notNull(w.sha256), notNull(w.sheet), notNull(w.mappingJson), w.rowsTotal, w.rowsChanged, w.rowsUnchanged, w.rowsRejected,
         int(w.fields.size()), int(w.milestones.size())},
        what);

    if (!w.problems.isEmpty()) {
        BulkInsert insert(m_db, QStringLiteral("import_problem"),
                          {QStringLiteral("import_id"), QStringLiteral("row_number"), QStringLiteral("column_name"), QStringLiteral("message")}, what);
        for (const ImportWrite::Problem &p : w.problems)
            insert.add({id, p.row, Sql::textOrNull(p.column), notNull(p.message)});
        insert.flush();
    }

    if (!w.fields.isEmpty()) {
        {
            BulkInsert insert(m_db, QStringLiteral("import_cooperative"),
                              {QStringLiteral("import_id"), QStringLiteral("cooperative_id"), QStringLiteral("row_number"),
                               QStringLiteral("old_updated_at"), QStringLiteral("old_updated_by"), QStringLiteral("old_search_text"),
                               QStringLiteral("new_search_text")},
                              what);
            for (const ImportWrite::Cooperative &c : w.cooperatives)
                insert.add({id, c.cooperativeId, c.row, notNull(c.oldUpdatedAt), notNull(c.oldUpdatedBy), notNull(c.oldSearchText),
                            notNull(c.newSearchText)});
            insert.flush();
        }
        // The change history, as an edit writes it, with ids given so the record can name them;
        // the old value exactly as it was ('' kept apart from NULL), so undo restores it.
        const qint64 firstChange = maxId(QStringLiteral("cooperative_change")) + 1;
        {
            BulkInsert insert(m_db, QStringLiteral("cooperative_change"),
                              {QStringLiteral("id"), QStringLiteral("cooperative_id"), QStringLiteral("field"), QStringLiteral("old_value"),
                               QStringLiteral("new_value"), QStringLiteral("changed_at"), QStringLiteral("changed_by")},
                              what);
            qint64 changeId = firstChange;
            for (const ImportWrite::Field &f : w.fields)
                insert.add({changeId++, f.cooperativeId, ImportColumns::column(f.field), nullable(f.oldValue),
                            Sql::textOrNull(f.newValue), now, w.actor});
            insert.flush();
        }
        advanceIdentity(QStringLiteral("cooperative_change"));
        step("cooperative_change");
        // The record of the same lines, set-based from them.
        Sql::run(m_db, QStringLiteral("INSERT INTO import_field_change (import_id, field, cooperative_id, old_value, new_value, change_id) "
                                      "SELECT ?, field, cooperative_id, old_value, new_value, id FROM cooperative_change WHERE id >= ? AND id < ?"),
                 {id, firstChange, firstChange + qint64(w.fields.size())}, what);
        step("import_field_change");
        // One set-based UPDATE for every field the file changes: each cooperative's row is
        // rewritten once, not once per field (and its search index entry once). A field is set
        // where the cooperative has a change line for it; new values are never NULL (an empty
        // cell changes nothing), so COALESCE tells "no line" from a line.
        QVector<bool> present(ImportColumns::FieldCount, false);
        for (const ImportWrite::Field &f : w.fields)
            present[f.field] = true;
        QStringList sets;
        QVariantList values;
        for (int field = 0; field < ImportColumns::FieldCount; ++field) {
            if (!present.at(field))
                continue;
            const QString column = ImportColumns::column(field);
            const QString value = column == QLatin1String("member_count") ? QStringLiteral("CAST(f.new_value AS INTEGER)") : QStringLiteral("f.new_value");
            sets << QStringLiteral("%1 = COALESCE((SELECT %2 FROM import_field_change f WHERE f.import_id = ? AND f.field = ? "
                                   "AND f.cooperative_id = cooperative.id), %1)")
                        .arg(column, value);
            values << id << column;
        }
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
             << QStringLiteral("search_text = (SELECT ic.new_search_text FROM import_cooperative ic WHERE ic.import_id = ? "
                               "AND ic.cooperative_id = cooperative.id)");
        values << now << w.actor << id << id;
        Sql::run(m_db, QStringLiteral("UPDATE cooperative SET %1 WHERE id IN (SELECT cooperative_id FROM import_cooperative WHERE import_id = ?)").arg(sets.join(QStringLiteral(", "))),
                 values, what);
        step("cooperative updates");
    }

    if (!w.milestones.isEmpty()) {
        const qint64 firstEvent = maxId(QStringLiteral("milestone_event")) + 1;
        {
            BulkInsert insert(m_db, QStringLiteral("import_milestone_change"),
                              {QStringLiteral("import_id"), QStringLiteral("cooperative_id"), QStringLiteral("milestone_code"),
                               QStringLiteral("action"), QStringLiteral("old_event_id"), QStringLiteral("new_event_id"),
                               QStringLiteral("old_reached_on"), QStringLiteral("new_reached_on")},
                              what);
            qint64 eventId = firstEvent;
            for (const ImportWrite::Milestone &m : w.milestones)
                insert.add({id, m.cooperativeId, m.code, actionKey(m.action), idOrNull(m.oldEventId), eventId++,
                            Sql::dateOrNull(m.oldDate), Sql::dateOrNull(m.action == ImportWrite::Milestone::Action::Withdraw ? QDate() : m.newDate)});
            insert.flush();
        }
        step("import_milestone_change");
        // The marks replaced or withdrawn stop being current first (one current reach per
        // cooperative and milestone), then the new events go in, set-based from the record just
        // written (it names their ids): one statement instead of a quarter of a million bound
        // rows. On SQLite the counting triggers are set aside meanwhile and the counts change by
        // the sums of what the two statements return (see ProgressTally); elsewhere the row
        // triggers of migration 003 keep them, as for every other write.
        const QString withdraw = QStringLiteral("UPDATE milestone_event SET current = 0 WHERE id IN (%1) AND current = 1")
                                     .arg(QLatin1String(kReplacedEvents));
        const QString insert = QStringLiteral("INSERT INTO milestone_event (id, cooperative_id, milestone_code, action, reached_on, current, "
                                              "recorded_at, recorded_by, note) "
                                              "SELECT new_event_id, cooperative_id, milestone_code, "
                                              "CASE WHEN action = 'withdraw' THEN 'unreach' ELSE 'reach' END, new_reached_on, "
                                              "CASE WHEN action = 'withdraw' THEN 0 ELSE 1 END, ?, ?, ? "
                                              "FROM import_milestone_change WHERE import_id = ? ORDER BY new_event_id");
        const QVariantList insertValues{now, notNull(w.actor), Sql::textOrNull(w.note), id};
        if (ProgressTally::applies(m_db)) {
            ProgressTally tally(m_db);
            tally.run(withdraw + QStringLiteral(" RETURNING cooperative_id, milestone_code, reached_on, -1"), {id});
            step("old marks");
            tally.run(insert + QStringLiteral(" RETURNING cooperative_id, milestone_code, reached_on, current"), insertValues);
            step("milestone_event");
            tally.finish();
            step("counts");
        } else {
            Sql::run(m_db, withdraw, {id}, what);
            step("old marks");
            Sql::run(m_db, insert, insertValues, what);
            step("milestone_event");
        }
        advanceIdentity(QStringLiteral("milestone_event"));
    }
    return id;
}

QStringList ImportRepository::undoBlockers(qint64 id, int limit, int *total) const
{
    const QString what = tr("Checking the import can be undone");
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT c.village_code, c.name, f.field, 0 FROM import_field_change f JOIN cooperative c ON c.id = f.cooperative_id "
                       "WHERE f.import_id = ? AND EXISTS (SELECT 1 FROM cooperative_change x WHERE x.cooperative_id = f.cooperative_id "
                       "AND x.field = f.field AND x.id > f.change_id) "
                       "UNION ALL "
                       "SELECT c.village_code, c.name, ms.name, 1 FROM import_milestone_change m JOIN cooperative c ON c.id = m.cooperative_id "
                       "JOIN milestone ms ON ms.code = m.milestone_code "
                       "WHERE m.import_id = ? AND EXISTS (SELECT 1 FROM milestone_event e WHERE e.cooperative_id = m.cooperative_id "
                       "AND e.milestone_code = m.milestone_code AND e.id > m.new_event_id) "
                       "ORDER BY 1, 4, 3"),
        {id, id}, what);
    QStringList out;
    int n = 0;
    while (q.next()) {
        ++n;
        if (out.size() < limit) {
            const QString thing = q.value(3).toInt() == 0 ? fieldTitle(q.value(2).toString()) : q.value(2).toString();
            out << tr("%1 %2: %3").arg(q.value(0).toString(), q.value(1).toString(), thing);
        }
    }
    if (total)
        *total = n;
    return out;
}

qint64 ImportRepository::undo(qint64 id, const QString &actor)
{
    const QString what = tr("Undoing the import");
    Transaction tx(m_db, what);
    const ImportRecord r = get(id);
    if (r.kind != QLatin1String("import"))
        throw StorageError(tr("Record %1 is itself an undo; it cannot be undone.").arg(id));
    if (r.undoneAt.isValid())
        throw StorageError(tr("Import %1 (%2) was already undone on %3 by %4.")
                               .arg(QString::number(id), r.fileName, r.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.undoneBy));
    int total = 0;
    const QStringList blockers = undoBlockers(id, 10, &total);
    if (!blockers.isEmpty()) {
        QString message = tr("Import %1 (%2) cannot be undone: these were changed again after it, and undoing would overwrite "
                             "those later changes. Correct them by hand instead:")
                              .arg(QString::number(id), r.fileName);
        for (const QString &b : blockers)
            message += QStringLiteral("\n  ") + b;
        if (total > blockers.size())
            message += QStringLiteral("\n  ") + tr("… and %1 more").arg(total - blockers.size());
        throw StorageError(message);
    }
    const QString now = Sql::nowUtc();
    const qint64 undoId = Sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO import_run (kind, undoes_id, imported_at, imported_by, file_name, file_sha256, sheet, mapping, rows_total, "
                       "rows_changed, rows_unchanged, rows_rejected, fields_changed, milestones_changed) "
                       "SELECT 'undo', id, ?, ?, file_name, file_sha256, sheet, mapping, rows_total, rows_changed, rows_unchanged, "
                       "rows_rejected, fields_changed, milestones_changed FROM import_run WHERE id = ?"),
        {now, actor, id}, what);

    QStringList fields;
    {
        QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT DISTINCT field FROM import_field_change WHERE import_id = ?"), {id}, what);
        while (q.next())
            fields << q.value(0).toString();
    }
    for (const QString &column : fields) {
        bool known = false;
        for (const char *c : kColumns)
            known = known || column == QLatin1String(c);
        if (!known)   // never from outside, but a column name is never taken unchecked into SQL
            throw StorageError(tr("The import record names an unknown field \"%1\".").arg(column));
        Sql::run(m_db, setColumnFrom(column, QStringLiteral("old_value")), {id, column, id, column}, what);
    }
    Sql::run(m_db, QStringLiteral("UPDATE cooperative SET "
                                  "updated_at = (SELECT ic.old_updated_at FROM import_cooperative ic WHERE ic.import_id = ? AND ic.cooperative_id = cooperative.id), "
                                  "updated_by = (SELECT ic.old_updated_by FROM import_cooperative ic WHERE ic.import_id = ? AND ic.cooperative_id = cooperative.id), "
                                  "search_text = (SELECT ic.old_search_text FROM import_cooperative ic WHERE ic.import_id = ? AND ic.cooperative_id = cooperative.id) "
                                  "WHERE id IN (SELECT cooperative_id FROM import_cooperative WHERE import_id = ?)"),
             {id, id, id, id}, what);
    // The import's own lines of the change history and its events go; the marks it replaced or
    // withdrew are current again. What it did stays in its record (import_field_change,
    // import_milestone_change), and the undo has a record of its own.
    Sql::run(m_db, QStringLiteral("DELETE FROM cooperative_change WHERE id IN (SELECT change_id FROM import_field_change WHERE import_id = ?)"),
             {id}, what);
    {
        const LargeCache cache(m_db);
        const QString remove = QStringLiteral("DELETE FROM milestone_event WHERE id IN (%1)").arg(QLatin1String(kAddedEvents));
        const QString restore = QStringLiteral("UPDATE milestone_event SET current = 1 WHERE id IN (%1) AND current = 0").arg(QLatin1String(kReplacedEvents));
        if (ProgressTally::applies(m_db)) {   // as record() writes them: the counts by the sums
            ProgressTally tally(m_db);
            tally.run(remove + QStringLiteral(" RETURNING cooperative_id, milestone_code, reached_on, -current"), {id});
            tally.run(restore + QStringLiteral(" RETURNING cooperative_id, milestone_code, reached_on, 1"), {id});
            tally.finish();
        } else {
            Sql::run(m_db, remove, {id}, what);
            Sql::run(m_db, restore, {id}, what);
        }
    }
    Sql::run(m_db, QStringLiteral("UPDATE import_run SET undone_at = ?, undone_by = ?, undone_by_id = ? WHERE id = ?"),
             {now, actor, undoId, id}, what);
    tx.commit();
    return undoId;
}

namespace {
const char kRecordColumns[] = "id, kind, undoes_id, imported_at, imported_by, file_name, file_sha256, sheet, rows_total, rows_changed, "
                              "rows_unchanged, rows_rejected, fields_changed, milestones_changed, undone_at, undone_by, undone_by_id";

ImportRecord readRecord(const QSqlQuery &q)
{
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.undoesId = q.value(2).toLongLong();
    r.importedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.importedBy = q.value(4).toString();
    r.fileName = q.value(5).toString();
    r.sha256 = q.value(6).toString();
    r.sheet = q.value(7).toString();
    r.rows = q.value(8).toInt();
    r.changed = q.value(9).toInt();
    r.unchanged = q.value(10).toInt();
    r.rejected = q.value(11).toInt();
    r.fieldsChanged = q.value(12).toInt();
    r.milestonesChanged = q.value(13).toInt();
    r.undoneAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    r.undoneBy = q.value(15).toString();
    r.undoneById = q.value(16).toLongLong();
    return r;
}
}   // namespace

QVector<ImportRecord> ImportRepository::history() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT %1 FROM import_run ORDER BY id DESC").arg(QLatin1String(kRecordColumns)), {},
                           tr("Reading the import history"));
    QVector<ImportRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

ImportRecord ImportRepository::get(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT %1 FROM import_run WHERE id = ?").arg(QLatin1String(kRecordColumns)), {id},
                           tr("Reading the import history"));
    if (!q.next())
        throw StorageError(tr("There is no import %1 in this database; the import history lists them.").arg(id));
    return readRecord(q);
}

QVector<ImportProblemRecord> ImportRepository::problems(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT row_number, column_name, message FROM import_problem WHERE import_id = ? ORDER BY id"),
                           {id}, tr("Reading the import history"));
    QVector<ImportProblemRecord> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QString ImportRepository::mappingKey(const QString &signature)
{
    return QStringLiteral("import_mapping.") + signature;
}

QString ImportRepository::rememberedMapping(const QString &signature) const
{
    return SettingsRepository(m_db).value(mappingKey(signature));
}

void ImportRepository::rememberMapping(const QString &signature, const QString &json)
{
    SettingsRepository(m_db).setValue(mappingKey(signature), json);
}
