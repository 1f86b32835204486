#pragma once
#include "import/columnmapping.h"
#include "importer/importplan.h"
#include "storage/importrepository.h"
#include "importer/importrowintent.h"
#include "import/importtable.h"

#include <QHash>
#include <QStringList>
#include <QVector>

// Step 1 of ImportPlanner::plan: reads each data row into a RowIntent. It matches the row to its
// cooperative (by village code, or by village name within its kecamatan) and reads and checks
// every cell with the edit form's rules, collecting the row's issues; nothing is compared with
// what is stored yet. It builds its indexes over the snapshot once, so each row costs hash
// lookups, never a query. It keeps references to what it is given: it lives within one plan().
class ImportRowReader
{
public:
    // `headers` are the header row's texts, `milestoneCodes` ImportPlanner::milestoneCodes(mapping).
    ImportRowReader(const ImportSnapshot &snapshot, const QStringList &headers, const ColumnMapping &mapping,
                    const QStringList &milestoneCodes, const ImportOptions &options);

    // One intent per row of `table` from index `first` on, in the table's order; the totals line
    // and the signature block at the sheet's foot (SheetFooter) get none: they go to `footer`.
    QVector<RowIntent> read(const ImportTable &table, int first, ImportFooterRows *footer) const;

    // The index of the snapshot's village with that code, or -1.
    int villageIndex(const QString &code) const { return m_villageByCode.value(code, -1); }

    // The cooperative field a mapped field is stored in; FieldCount for the others.
    static ImportColumns::Field fieldOf(ImportField field);

private:
    void readVillage(const ImportRow &row, RowIntent &in) const;
    void readVillageCode(const ImportCell &cell, RowIntent &in) const;
    // Makes the row a question: the villages to choose from; returns them as the reason names them.
    QStringList offerVillages(const QVector<int> &villages, RowIntent &in) const;
    QVector<int> nearVillages(const QString &name, const QString &districtText) const;
    void readVillageName(const ImportRow &row, const ImportCell &cell, RowIntent &in) const;
    void readCells(const ImportRow &row, RowIntent &in) const;
    void readMilestoneCell(const ColumnAssignment &assignment, const ImportCell &cell, const QString &header, RowIntent &in) const;
    // A status and a date column of one milestone together: a date without a status is reached,
    // "not reached" with a date is an issue.
    void settleMilestones(RowIntent &in) const;

    const ImportSnapshot &m_snapshot;
    const QStringList &m_headers;
    const ColumnMapping &m_mapping;
    const QStringList &m_codes;
    const ImportOptions &m_options;
    int m_codeColumn = -1;
    int m_nameColumn = -1;
    int m_districtColumn = -1;
    QString m_codeHeader;
    QString m_nameHeader;
    QHash<QString, int> m_coopByVillage;
    QHash<QString, int> m_villageByCode;
    // Only with a village name column:
    QHash<QString, QVector<int>> m_villagesByName;   // ImportValues::villageNameKey -> villages
    QHash<QString, QString> m_districtKey;           // district code -> name key
};
