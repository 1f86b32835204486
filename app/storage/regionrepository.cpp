#include "storage/regionrepository.h"

#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace {
QString what() { return QCoreApplication::translate("RegionRepository", "Saving the region list"); }
}

void RegionRepository::upsert(const QString &sql, const QVector<RegionEntry> &rows, bool withKind, bool withParent)
{
    QSqlQuery q = Sql::prepare(m_db, sql, what());
    for (const RegionEntry &r : rows) {
        int i = 0;
        q.bindValue(i++, r.code);
        if (withParent)
            q.bindValue(i++, r.parentCode);
        q.bindValue(i++, r.name);
        if (withKind)
            q.bindValue(i++, r.kind);
        Sql::exec(q, what());
    }
}

void RegionRepository::upsertProvinces(const QVector<RegionEntry> &rows)
{
    upsert(QStringLiteral("INSERT INTO province (code, name) VALUES (?, ?) "
                          "ON CONFLICT (code) DO UPDATE SET name = excluded.name"),
           rows, false, false);
}

void RegionRepository::upsertRegencies(const QVector<RegionEntry> &rows)
{
    upsert(QStringLiteral("INSERT INTO regency (code, province_code, name) VALUES (?, ?, ?) "
                          "ON CONFLICT (code) DO UPDATE SET name = excluded.name"),
           rows, false, true);
}

void RegionRepository::upsertDistricts(const QVector<RegionEntry> &rows)
{
    upsert(QStringLiteral("INSERT INTO district (code, regency_code, name) VALUES (?, ?, ?) "
                          "ON CONFLICT (code) DO UPDATE SET name = excluded.name"),
           rows, false, true);
}

void RegionRepository::upsertVillages(const QVector<RegionEntry> &rows)
{
    upsert(QStringLiteral("INSERT INTO village (code, district_code, name, kind) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (code) DO UPDATE SET name = excluded.name"),
           rows, true, true);
}

QVector<RegionEntry> RegionRepository::regencies() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT code, province_code, name FROM regency ORDER BY code"), {},
                           QCoreApplication::translate("RegionRepository", "Reading the region list"));
    QVector<RegionEntry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), QString()});
    return out;
}

QVector<RegionEntry> RegionRepository::districts() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT code, regency_code, name FROM district ORDER BY code"), {},
                           QCoreApplication::translate("RegionRepository", "Reading the region list"));
    QVector<RegionEntry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), QString()});
    return out;
}

int RegionRepository::villageCount() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM village"), {},
                       QCoreApplication::translate("RegionRepository", "Reading the region list"))
        .toInt();
}

int RegionRepository::villageCount(const QString &kind) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM village WHERE kind = ?"), {kind},
                       QCoreApplication::translate("RegionRepository", "Reading the region list"))
        .toInt();
}
