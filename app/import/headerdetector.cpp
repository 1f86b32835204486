#include "import/headerdetector.h"

#include <QCoreApplication>


QStringList HeaderDetector::headerTexts(const ImportRow &row)
{
    QStringList headers;
    for (const ImportCell &cell : row.cells)
        headers.append(cell.isEmpty() ? QString() : cell.text.simplified());
    while (!headers.isEmpty() && headers.constLast().isEmpty())
        headers.removeLast();
    return headers;
}

ColumnMapping HeaderDetector::propose(const QStringList &headers, const QVector<MilestoneDefinition> &milestones)
{
    ColumnMapping mapping;
    for (const QString &h : headers) {
        ColumnAssignment a = ColumnMapping::propose(h, milestones);
        // A field is read from one column; the region's details may be several (kode kecamatan,
        // jenis wilayah, jenis koperasi), none of them imported.
        if (a.field != ImportField::Ignored && a.field != ImportField::RegionDetail && mapping.columnOf(a.field, a.milestoneCode) >= 0)
            a = ColumnAssignment();
        mapping.columns.append(a);
    }
    return mapping;
}

HeaderDetection HeaderDetector::detect(const ImportTable &table, const QVector<MilestoneDefinition> &milestones,
                                       const QString &displayName)
{
    HeaderDetection best;
    int bestScore = 0;
    const int searched = int(qMin<qsizetype>(table.rows.size(), rowsSearched));
    for (int i = 0; i < searched; ++i) {
        const QStringList headers = headerTexts(table.rows.at(i));
        const ColumnMapping mapping = propose(headers, milestones);
        int score = 0;
        for (const ColumnAssignment &a : mapping.columns)
            score += a.field != ImportField::Ignored;
        const bool identifies = mapping.columnOf(ImportField::VillageCode) >= 0
                             || mapping.columnOf(ImportField::VillageName) >= 0;
        if (score >= 2 && identifies && score > bestScore) {
            bestScore = score;
            best.found = true;
            best.headerIndex = i;
            best.headerRow = table.rows.at(i).number;
            best.headers = headers;
            best.mapping = mapping;
        }
    }
    if (!best.found) {
        const QString where = table.sheet.isEmpty() ? displayName
                                                    : QCoreApplication::translate("HeaderDetector", "%1, sheet %2").arg(displayName, table.sheet);
        best.problem = QCoreApplication::translate("HeaderDetector", "No header row was found in %1: none of the first %2 rows names the village "
                                                                     "(a column \"Kode Desa\" or \"Desa\") and at least one other known column "
                                                                     "(\"Kecamatan\", \"Nama Ketua\", \"No HP\", a milestone such as \"Musdesus\" ...). "
                                                                     "Add such a header row above the data, or choose the columns by hand.")
                           .arg(where.isEmpty() ? QCoreApplication::translate("HeaderDetector", "the file") : where)
                           .arg(rowsSearched);
        return best;
    }
    for (int c = 0; c < best.headers.size(); ++c)
        if (best.mapping.columns.at(c).field == ImportField::Ignored && !best.headers.at(c).isEmpty())
            best.ignoredHeaders.append(best.headers.at(c));
    return best;
}
