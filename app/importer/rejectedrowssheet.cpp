#include "importer/rejectedrowssheet.h"

#include "importer/importer.h"
#include "importer/importplan.h"
#include "io/tableexporter.h"

#include <QCoreApplication>
#include <QHash>

namespace RejectedRowsSheet {

int write(const ImportSource &source, const ImportPlan &plan, const QString &path, QString *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("RejectedRowsSheet", text); };
    std::unique_ptr<TableExporter> out = TableExporter::forPath(path, CsvDialect::excelIndonesian());
    if (!out) {
        *error = tr("Save the rejected rows as an .xlsx or a .csv file.");
        return -1;
    }
    const QStringList &headers = source.detection.headers;
    QVector<ExportColumn> columns{{tr("Row"), ExportColumn::Kind::Integer, 6}};
    for (const QString &h : headers)
        columns.append({h.isEmpty() ? tr("(no header)") : h, ExportColumn::Kind::Text, 18});
    columns.append({tr("Why it was rejected"), ExportColumn::Kind::Text, 80});
    if (!out->begin(path, tr("Rejected rows"), columns)) {
        *error = out->error();
        return -1;
    }
    QHash<int, int> rowAt;   // the sheet's row number -> index into the table
    for (int i = source.detection.firstDataIndex(); i < source.table.rows.size(); ++i)
        rowAt.insert(source.table.rows.at(i).number, i);
    int written = 0;
    for (const PlannedRow &r : plan.rows) {
        if (r.status != PlannedRow::Status::Rejected && r.status != PlannedRow::Status::Ambiguous)
            continue;
        QVariantList values{r.row};
        const int index = rowAt.value(r.row, -1);
        for (int c = 0; c < headers.size(); ++c)
            values << (index >= 0 ? source.table.rows.at(index).cells.value(c).text : QString());
        values << r.reasons.join(QStringLiteral("; "));
        out->addRow(values);
        ++written;
    }
    if (!out->finish()) {
        *error = out->error();
        return -1;
    }
    return written;
}

}   // namespace RejectedRowsSheet
