#pragma once
#include "core/milestone.h"
#include "storage/regionrepository.h"

#include <QString>
#include <QVector>

// The national benchmark data set: every village of the country (83,762) with one cooperative
// each and about eight milestone events per cooperative. The rows are generated in memory with a
// fixed seed first, so that the app and the sqlite3 shell load exactly the same rows.
class NationalBenchData
{
public:
    struct CooperativeRow
    {
        qint64 id;
        QString villageCode;
        QString districtCode;
        QString name;
        QString kind;
        QString searchText;
    };
    // Compact on purpose: 737k of them are held in memory, and peak memory is one of the figures.
    struct EventRow
    {
        qint32 cooperativeId;
        quint8 milestone;   // index into the default milestone codes
        bool reach;         // false: an 'unreach' (reachedOn invalid)
        bool current;
        QDate reachedOn;
    };

    NationalBenchData();   // generates the rows from the embedded region list

    // Writes everything into a freshly migrated database at path (which must not exist).
    void writeDatabase(const QString &path) const;
    // Writes the same rows as CSV files (one per table) into folder, for the sqlite3 shell.
    QStringList writeCsv(const QString &folder) const;
    // The sqlite3 shell script that imports those CSV files into a freshly migrated database.
    QString sqlite3ImportScript(const QString &folder) const;

    int cooperativeCount() const { return int(m_cooperatives.size()); }
    int eventCount() const { return int(m_events.size()); }

private:
    QVector<RegionEntry> m_provinces, m_regencies, m_districts, m_villages;
    QVector<CooperativeRow> m_cooperatives;
    QVector<EventRow> m_events;   // event id = index + 1
};
