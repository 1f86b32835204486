#pragma once
#include "report/printablereport.h"
#include "report/progressreportdata.h"

#include <QString>
#include <memory>

class QTextDocument;

// The progress report for the Bupati and the ministry, built as HTML into a QTextDocument
// (shown in the Reports page, printed page by page by ReportPrinter, saved as PDF).
// The text is Bahasa Indonesia whatever the UI language: it is an official document.
class ProgressReport : public PrintableReport
{
public:
    explicit ProgressReport(ProgressReportData data);

    const ProgressReportData &data() const { return m_data; }

    // "Dari 413 KMP, 266 koperasi (64,4 %) telah teraktivasi di SIMKOPDES, ..." in the ministry's words, with
    // the percentages rounded as the tables round them (one decimal).
    QString openingParagraph() const;
    // "Dibandingkan dengan keadaan per Jumat, 3 Oktober 2025, ..." (empty without a comparison).
    QString comparisonParagraph() const;
    // "Pematang Raya, 4 Oktober 2025"
    QString placeAndDate() const;
    // The line painted at the foot of every page beside "Halaman 1 dari 4".
    QString footerText() const override;
    // "LAPORAN_KMP_12.08_2025-10-04.pdf"
    QString suggestedFileName() const override;

    QString html() const override;
    // The document with its images (logo, charts) registered as resources.
    std::unique_ptr<QTextDocument> document() const override;
    std::unique_ptr<QTextDocument> textDocument() const override;
    void installImages(QTextDocument *doc) const override;

private:
    QString titleHtml() const;
    QString summaryTableHtml() const;
    QString districtTableHtml() const;
    QString chartsHtml() const;
    QString behindListHtml() const;

    ProgressReportData m_data;
};
