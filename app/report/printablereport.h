#pragma once
#include <QString>
#include <memory>

class QTextDocument;

// What the Reports page, the print preview and the command line need of any printed report
// (the progress report, a workshop's report): a document and what is painted around it.
class PrintableReport
{
public:
    virtual ~PrintableReport() = default;

    virtual QString html() const = 0;
    // The document with its images registered, ready for ReportPrinter.
    virtual std::unique_ptr<QTextDocument> document() const = 0;
    // document() in two steps, for a worker thread: textDocument() may run in any thread (it
    // touches no widget), installImages() must run in the GUI thread (the charts are widgets).
    virtual std::unique_ptr<QTextDocument> textDocument() const = 0;
    virtual void installImages(QTextDocument *) const {}
    // The line painted at the foot of every page beside "Halaman 1 dari 4".
    virtual QString footerText() const = 0;
    // "Laporan_KMP_12.08_2025-10-04.pdf"
    virtual QString suggestedFileName() const = 0;
};
