#include "import/sheetfooter.h"

#include "import/importvalues.h"

#include <QRegularExpression>

namespace {
const ImportCell &cellAt(const ImportRow &row, int column)
{
    static const ImportCell empty;
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : empty;
}

bool startsTotals(const QString &text)
{
    static const QRegularExpression totals(QStringLiteral("^(jumlah|jml|total|sub ?total|grand ?total|rekapitulasi|rekap)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return totals.match(text.trimmed()).hasMatch();
}

bool startsSignature(const QString &text)
{
    // "Mengetahui,", "Kepala Dinas ...", "NIP. 19700101...", "a.n. Bupati", "Pematang Raya, 4 Oktober 2025".
    static const QRegularExpression signature(
        QStringLiteral("^(mengetahui|menyetujui|disetujui|diketahui|kepala (dinas|bidang|seksi)|kadis|kabid|plt\\.? |plh\\.? |"
                       "a\\.? ?n\\.? |ttd|dto|nip\\b|nip\\.|pembina|penata|camat\\b|sekretaris dinas|bupati\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression placeAndDate(
        QStringLiteral("^[\\p{L} .'-]+, *\\d{1,2} +(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
                       "november|desember) +\\d{4}$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    return signature.match(t).hasMatch() || placeAndDate.match(t).hasMatch();
}
}   // namespace

bool SheetFooter::hasVillageCode(const ImportRow &row) const
{
    const ImportCell &code = cellAt(row, m_codeColumn);
    return !code.isEmpty() && !ImportValues::parseVillageCode(code).isEmpty();
}

SheetFooter::Kind SheetFooter::classify(const ImportRow &row)
{
    if (hasVillageCode(row)) {
        m_inSignature = false;
        return Kind::None;
    }
    // The words of a totals line or a signature count where such labels stand (up to the village
    // columns), or anywhere when the row names no village: a note "total 3 gerai" in a data row's
    // last column does not make it a totals line.
    const bool noVillage = cellAt(row, m_codeColumn).isEmpty() && cellAt(row, m_nameColumn).isEmpty();
    const int labelColumns = qMax(m_codeColumn, m_nameColumn);
    int numbers = 0, texts = 0;
    for (int c = 0; c < row.cells.size(); ++c) {
        const ImportCell &cell = row.cells.at(c);
        if (cell.isEmpty())
            continue;
        static const QRegularExpression plainNumber(QStringLiteral("^\\d[\\d.,]*$"));   // "413", "1.234" in a CSV
        if (cell.kind == ImportCell::Kind::Number || (cell.kind == ImportCell::Kind::Text && plainNumber.match(cell.text.trimmed()).hasMatch()))
            ++numbers;
        else
            ++texts;
        if (cell.kind != ImportCell::Kind::Text || (!noVillage && c > labelColumns))
            continue;
        if (startsTotals(cell.text))
            return Kind::Totals;
        if (startsSignature(cell.text)) {
            m_inSignature = true;
            return Kind::Signature;
        }
    }
    if (m_inSignature)
        return Kind::Signature;
    // A row of sums: no village, nothing but plain numbers (dates are Date cells, not Number).
    if (noVillage && texts == 0 && numbers >= 2)
        return Kind::Totals;
    return Kind::None;
}
