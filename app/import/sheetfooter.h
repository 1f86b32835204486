#pragma once
#include "import/importtable.h"

// The rows at the foot of an office's sheet that are not data: a totals line ("JUMLAH", "TOTAL",
// a row of sums) and the signature block ("Mengetahui", "Kepala Dinas", a name, a NIP line, the
// place and date). An import shows them as ignored instead of rejecting them as bad rows.
class SheetFooter
{
public:
    enum class Kind { None,
                      Totals,
                      Signature };

    // codeColumn/nameColumn: the columns holding the village code and name (-1 when none).
    SheetFooter(int codeColumn, int nameColumn) : m_codeColumn(codeColumn), m_nameColumn(nameColumn) {}

    // Classifies the next row of the sheet, top to bottom: once the signature block began, the
    // rows after it without a village code belong to it too (the official's name, blank lines).
    Kind classify(const ImportRow &row);

private:
    bool hasVillageCode(const ImportRow &row) const;
    int m_codeColumn;
    int m_nameColumn;
    bool m_inSignature = false;
};
