#include "storage/cooperativerepository.h"

#include "storage/bulkinsert.h"
#include "core/cooperativevalidator.h"
#include "storage/cooperativerow.h"
#include "core/regioncode.h"
#include "storage/regionrepository.h"
#include "storage/rowreader.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("CooperativeRepository", s); }

// The editable fields, as (column, value-as-text) pairs: the update statement and the change
// history are both built from this one list.
QVector<QPair<QString, QString>> editableFields(const Cooperative &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("legal_number"), c.legalNumber},
            {QStringLiteral("legal_date"), c.legalDate.isValid() ? c.legalDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("nik_koperasi"), c.nikKoperasi},
            {QStringLiteral("npwp"), c.npwp},
            {QStringLiteral("nib"), c.nib},
            {QStringLiteral("chair_name"), c.chairName},
            {QStringLiteral("chair_phone"), CooperativeValidator::storedPhone(c.chairPhone)},
            {QStringLiteral("secretary_name"), c.secretaryName},
            {QStringLiteral("secretary_phone"), CooperativeValidator::storedPhone(c.secretaryPhone)},
            {QStringLiteral("treasurer_name"), c.treasurerName},
            {QStringLiteral("treasurer_phone"), CooperativeValidator::storedPhone(c.treasurerPhone)},
            {QStringLiteral("supervisor_name"), c.supervisorName},
            {QStringLiteral("phone"), CooperativeValidator::storedPhone(c.phone)},
            {QStringLiteral("member_count"), QString::number(c.memberCount)},
            {QStringLiteral("business_units"), c.businessUnits},
            {QStringLiteral("notes"), c.notes}};
}
}   // namespace

QString CooperativeRepository::searchTextFor(const Cooperative &c)
{
    return QStringList{c.name, c.villageName, c.villageCode, c.chairName}.join(QLatin1Char(' ')).toLower();
}

int CooperativeRepository::createForVillages(const QVector<RegionEntry> &villages, const QString &actor)
{
    const QString what = tr("Creating the cooperatives");
    QSet<QString> existing;
    {
        QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT village_code FROM cooperative"), {}, what);
        while (q.next())
            existing.insert(q.value(0).toString());
    }
    BulkInsert insert(m_db, QStringLiteral("cooperative"),
                      {QStringLiteral("village_code"), QStringLiteral("district_code"), QStringLiteral("name"),
                       QStringLiteral("kind"), QStringLiteral("search_text"), QStringLiteral("updated_at"),
                       QStringLiteral("updated_by")},
                      what);
    const QString now = Sql::nowUtc();
    int created = 0;
    for (const RegionEntry &v : villages) {
        if (existing.contains(v.code))
            continue;
        Cooperative c;
        const VillageKind kind = RegionCode::kindFromKey(v.kind);
        c.villageCode = v.code;
        c.villageName = v.name;
        c.name = RegionCode::cooperativeNameFor(kind, v.name);
        insert.add({v.code, v.parentCode, c.name, RegionCode::cooperativeKindFor(kind), searchTextFor(c), now, actor});
        ++created;
    }
    insert.flush();
    return created;
}

qint64 CooperativeRepository::add(const Cooperative &c, const QString &actor)
{
    const QString what = tr("Adding the cooperative");
    if (idForVillage(c.villageCode) != 0)
        throw StorageError(tr("Village %1 already has a cooperative. Each village has exactly one KMP; edit the existing one instead.")
                               .arg(c.villageCode));
    const QVariant villageName = Sql::scalar(m_db, QStringLiteral("SELECT name FROM village WHERE code = ?"), {c.villageCode}, what);
    if (!villageName.isValid())
        throw StorageError(tr("Village code %1 is not in this office's area. Check the code.").arg(c.villageCode));
    Cooperative copy = c;
    copy.villageName = villageName.toString();
    Sql::run(m_db,
             QStringLiteral("INSERT INTO cooperative (village_code, district_code, name, kind, phone, chair_name, "
                            "chair_phone, is_demo, search_text, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {c.villageCode, RegionCode::districtOf(c.villageCode), c.name, c.kind, Sql::textOrNull(CooperativeValidator::storedPhone(c.phone)),
              Sql::textOrNull(c.chairName), Sql::textOrNull(CooperativeValidator::storedPhone(c.chairPhone)), c.demo ? 1 : 0, searchTextFor(copy),
              Sql::nowUtc(), actor},
             what);
    return idForVillage(c.villageCode);
}

void CooperativeRepository::update(const Cooperative &c, const QString &actor)
{
    const QString what = tr("Saving the cooperative");
    Transaction tx(m_db, what);
    const Cooperative before = get(c.id);
    const auto oldFields = editableFields(before);
    const auto newFields = editableFields(c);
    const QString now = Sql::nowUtc();
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < newFields.size(); ++i) {
        if (oldFields.at(i).second == newFields.at(i).second)
            continue;
        sets << newFields.at(i).first + QStringLiteral(" = ?");
        values << Sql::textOrNull(newFields.at(i).second);
        Sql::run(m_db, QStringLiteral("INSERT INTO cooperative_change (cooperative_id, field, old_value, new_value, changed_at, changed_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                 {c.id, newFields.at(i).first, Sql::textOrNull(oldFields.at(i).second),
                  Sql::textOrNull(newFields.at(i).second), now, actor},
                 what);
    }
    if (sets.isEmpty())
        return;
    Cooperative searchable = c;
    searchable.villageName = before.villageName;
    searchable.villageCode = before.villageCode;
    sets << QStringLiteral("search_text = ?") << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    values << searchTextFor(searchable) << now << actor << c.id;
    Sql::run(m_db, QStringLiteral("UPDATE cooperative SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values, what);
    tx.commit();
}

void CooperativeRepository::markAllAsDemo()
{
    Sql::run(m_db, QStringLiteral("UPDATE cooperative SET is_demo = 1"), {}, tr("Building the demo"));
}

bool CooperativeRepository::hasDemoData() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM cooperative WHERE is_demo = 1"), {},
                       tr("Counting cooperatives"))
               .toInt()
         > 0;
}

Cooperative CooperativeRepository::get(qint64 id) const
{
    RowReader row(m_db, CooperativeRow::select() + QStringLiteral("WHERE c.id = ?"), {id}, tr("Reading the cooperative"));
    if (!row.next())
        throw StorageError(tr("The cooperative no longer exists (it may have been removed on another computer)."));
    return CooperativeRow::read(row);
}

qint64 CooperativeRepository::idForVillage(const QString &villageCode) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM cooperative WHERE village_code = ?"), {villageCode},
                       tr("Looking up the cooperative"))
        .toLongLong();
}

int CooperativeRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, tr("Counting cooperatives")).toInt();
}

bool CooperativeRepository::anyBoardFilledIn() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM cooperative WHERE chair_name IS NOT NULL AND chair_name <> '' LIMIT 1"), {},
                       tr("Reading the cooperatives"))
        .isValid();
}

QVector<qint64> CooperativeRepository::findIds(const RegistryQuery &query) const
{
    QStringList where;
    QVariantList values;
    QString orderJoin;
    if (!query.districtCode.isEmpty()) {
        where << QStringLiteral("c.district_code = ?");
        values << query.districtCode;
    }
    if (!query.milestoneCode.isEmpty() && query.milestoneFilter != RegistryQuery::MilestoneFilter::Any) {
        where << QStringLiteral("%1 EXISTS (SELECT 1 FROM milestone_event e WHERE e.cooperative_id = c.id "
                                "AND e.milestone_code = ? AND e.current = 1%2)")
                     .arg(query.milestoneFilter == RegistryQuery::MilestoneFilter::NotReached ? QStringLiteral("NOT") : QString(),
                          query.asOf.isValid() ? QStringLiteral(" AND e.reached_on <= ?") : QString());
        values << query.milestoneCode;
        if (query.asOf.isValid())
            values << query.asOf.toString(Qt::ISODate);
    }
    const QStringList words = query.search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("%"), QLatin1String("\\%")).replace(QLatin1String("_"), QLatin1String("\\_"));
        static const QRegularExpression codeLike(QStringLiteral("^[0-9.]*[0-9][0-9.]*$"));
        if (codeLike.match(word).hasMatch()) {
            // A code typed with or without its dots ("1208302002", as the door's scanner gives
            // it, or "12.08.30"): compared with the code's digits too.
            where << QStringLiteral("(c.search_text LIKE ? ESCAPE '\\' OR REPLACE(c.village_code, '.', '') LIKE ?)");
            values << QStringLiteral("%") + escaped + QStringLiteral("%")
                   << QStringLiteral("%") + QString(word).remove(QLatin1Char('.')) + QStringLiteral("%");
        } else {
            where << QStringLiteral("c.search_text LIKE ? ESCAPE '\\'");
            values << QStringLiteral("%") + escaped + QStringLiteral("%");
        }
    }
    QString order;
    switch (query.sortKey) {
    case RegistryQuery::SortKey::VillageCode: order = QStringLiteral("c.village_code"); break;
    case RegistryQuery::SortKey::Name: order = QStringLiteral("c.name"); break;
    case RegistryQuery::SortKey::District: order = QStringLiteral("c.district_code"); break;
    case RegistryQuery::SortKey::Village: order = QStringLiteral("(SELECT name FROM village v WHERE v.code = c.village_code)"); break;
    case RegistryQuery::SortKey::Kind: order = QStringLiteral("c.kind"); break;
    case RegistryQuery::SortKey::LegalNumber: order = QStringLiteral("c.legal_number"); break;
    case RegistryQuery::SortKey::LegalDate: order = QStringLiteral("c.legal_date"); break;
    case RegistryQuery::SortKey::Chair: order = QStringLiteral("c.chair_name"); break;
    case RegistryQuery::SortKey::Phone: order = QStringLiteral("c.phone"); break;
    case RegistryQuery::SortKey::UpdatedAt: order = QStringLiteral("c.updated_at"); break;
    case RegistryQuery::SortKey::Milestone:
        orderJoin = QStringLiteral(" LEFT JOIN milestone_event so ON so.cooperative_id = c.id AND so.milestone_code = ? AND so.current = 1");
        if (query.asOf.isValid()) {
            orderJoin += QStringLiteral(" AND so.reached_on <= ?");
            values.prepend(query.asOf.toString(Qt::ISODate));
        }
        values.prepend(query.sortMilestone);
        order = QStringLiteral("so.reached_on");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = QStringLiteral("SELECT c.id FROM cooperative c") + orderJoin;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order + direction;
    // Empty values (no chair yet, milestone not reached) sort first ascending, last descending:
    // SQLite's own order, spelled out because PostgreSQL's default is the opposite.
    if (query.sortKey != RegistryQuery::SortKey::VillageCode)
        sql += query.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    // Ties broken by code; not when sorting by code already, so that SQLite can walk the covering
    // index cooperative_search (village_code, search_text) instead of sorting.
    if (query.sortKey != RegistryQuery::SortKey::VillageCode)
        sql += QStringLiteral(", c.village_code") + direction;
    QSqlQuery q = Sql::prepare(m_db, sql, tr("Searching the registry"));
    q.setForwardOnly(true);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    Sql::exec(q, tr("Searching the registry"));
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<RegistryRow> CooperativeRepository::loadRows(const QVector<qint64> &ids, const QDate &asOf) const
{
    const QString what = tr("Reading the registry");
    QVector<RegistryRow> rows;
    if (ids.isEmpty())
        return rows;
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    QHash<qint64, int> index;
    {
        RowReader q(m_db, CooperativeRow::select() + QStringLiteral("WHERE c.id IN (%1)").arg(Sql::placeholders(int(ids.size()))),
                    values, what);
        while (q.next()) {
            RegistryRow row;
            row.cooperative = CooperativeRow::read(q);
            index.insert(row.cooperative.id, int(rows.size()));
            rows.append(row);
        }
    }
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT cooperative_id, milestone_code, reached_on FROM milestone_event "
                                                "WHERE current = 1 AND cooperative_id IN (%1)%2")
                                     .arg(Sql::placeholders(int(ids.size())), asOf.isValid() ? QStringLiteral(" AND reached_on <= ?") : QString()),
                           asOf.isValid() ? values + QVariantList{asOf.toString(Qt::ISODate)} : values, what);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            rows[*it].reached.insert(q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate));
    }
    // Back to the order the caller asked for.
    QVector<RegistryRow> ordered;
    ordered.reserve(rows.size());
    for (qint64 id : ids) {
        const auto it = index.constFind(id);
        if (it != index.constEnd())
            ordered.append(rows.at(*it));
    }
    return ordered;
}

QVector<CooperativeChange> CooperativeRepository::changes(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT field, old_value, new_value, changed_at, changed_by FROM cooperative_change "
                                                "WHERE cooperative_id = ? ORDER BY id"),
                           {id}, tr("Reading the history"));
    QVector<CooperativeChange> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toString()});
    return out;
}

QStringList CooperativeRepository::villageCodes() const
{
    QStringList codes;
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT village_code FROM cooperative ORDER BY village_code"), {},
                           tr("Reading the registry"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}
