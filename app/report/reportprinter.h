#pragma once
#include "report/pagesetup.h"

#include <QString>

class QPrinter;
class QTextDocument;

// Prints a report document page by page on a QPrinter (a real printer, the print preview or a
// PDF file), painting the footer and "Halaman 1 dari 4" on each page. Table rows are never cut:
// the document is paginated by QTextDocument's layout, which also repeats table header rows.
class ReportPrinter
{
public:
    // A table whose format carries this property (true) is moved to the next page rather than
    // split, e.g. the signature block.
    static constexpr int KeepTogetherProperty = 0x100000 + 41;   // QTextFormat::UserProperty + 41

    // Lays the document out for the printer's page and prints every page. Returns the page count.
    static int print(QTextDocument *doc, QPrinter *printer, const QString &footer);
    // Writes a PDF (the same pages the printer gets) through OutputFile: an earlier file is only
    // replaced by a complete one. Returns the page count, 0 when it failed (*error says why).
    static int savePdf(QTextDocument *doc, const QString &path, const PageSetup &setup, const QString &footer,
                       const QString &title = QString(), QString *error = nullptr);
    // "Halaman 1 dari 4"
    static QString pageLabel(int page, int pageCount);

    // A group heading of a table (a row of one cell across every column, "Kecamatan Raya (17
    // koperasi)") that would stand alone at the foot of a page is moved to the next page, with its
    // first row. For a document already laid out on its page size; print() does it. Returns how
    // many headings were moved.
    static int keepGroupHeadingsWithRows(QTextDocument *doc);
};
