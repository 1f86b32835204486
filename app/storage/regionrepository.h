#pragma once
#include "storage/connection.h"
#include <QString>
#include <QVector>

struct RegionEntry
{
    QString code;
    QString parentCode;   // province of a regency, regency of a district, district of a village
    QString name;
    QString kind;   // villages only: "desa", "kelurahan", "desa_adat"
};

// The office's part of the Kemendagri region list, as stored in the database.
class RegionRepository
{
public:
    explicit RegionRepository(Connection db) : m_db(std::move(db)) {}

    // Inserts (or refreshes names of) the given rows; codes never change meaning.
    void upsertProvinces(const QVector<RegionEntry> &rows);
    void upsertRegencies(const QVector<RegionEntry> &rows);
    void upsertDistricts(const QVector<RegionEntry> &rows);
    void upsertVillages(const QVector<RegionEntry> &rows);

    QVector<RegionEntry> regencies() const;
    QVector<RegionEntry> districts() const;   // sorted by code
    int villageCount() const;
    int villageCount(const QString &kind) const;

private:
    void upsert(const QString &sql, const QVector<RegionEntry> &rows, bool withKind, bool withParent);
    Connection m_db;
};
