#pragma once
#include "import/columnmapping.h"
#include "import/importtable.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Finds the header row of an imported sheet and proposes what each column holds. Sheets from
// the field start with a title block ("DATA KOPERASI DESA MERAH PUTIH KAB. SIMALUNGUN", a date
// line, an empty row) before the header; the header is the row among the first 30 with the most
// cells naming a known field, at least two, one of them the village code or the village name
// (without one of those no row can be matched to a cooperative). Earlier rows win ties.
struct HeaderDetection
{
    bool found = false;
    int headerRow = 0;            // the sheet's own row number (1-based)
    int headerIndex = -1;         // index into ImportTable::rows; data rows follow it
    QStringList headers;          // per column, as written; trailing empty columns dropped
    ColumnMapping mapping;        // proposed, one entry per header
    QStringList ignoredHeaders;   // headers of the columns left Ignored (non-empty ones), in order
    QString problem;              // translated, when !found: what a header should look like

    // Data rows start after the header row.
    int firstDataIndex() const { return headerIndex + 1; }
};

class HeaderDetector
{
public:
    static constexpr int rowsSearched = 30;

    // `displayName` names the file in the problem text.
    static HeaderDetection detect(const ImportTable &table, const QVector<MilestoneDefinition> &milestones,
                                  const QString &displayName = QString());
    // The mapping for a given header row; a field claimed by an earlier column is Ignored in
    // later ones ("Desa" and "Nama Desa" side by side: the first wins).
    static ColumnMapping propose(const QStringList &headers, const QVector<MilestoneDefinition> &milestones);
    // The header texts of a row: cells as text, trailing empty ones dropped.
    static QStringList headerTexts(const ImportRow &row);
};
