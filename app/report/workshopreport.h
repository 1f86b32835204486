#pragma once
#include "report/printablereport.h"
#include "report/workshopreportdata.h"

#include <QString>
#include <memory>

class QTextDocument;

// The report of a workshop's outcome for the Bupati: kop surat, where and when, the attendance
// ("360 hadir, 53 tidak hadir") in total and per kecamatan, the milestones the day before against
// the day itself, the signature and, as its attachment, the absentees by kecamatan with chair and
// phone. Shown on the outcome page and the Reports page, printed and saved as PDF through
// ReportPrinter, written by `pantau-kopdes report --workshop`. Bahasa Indonesia always.
class WorkshopReport : public PrintableReport
{
public:
    explicit WorkshopReport(WorkshopReportData data);

    const WorkshopReportData &data() const { return m_data; }

    // "360 hadir, 53 tidak hadir"
    QString headline() const;
    // "87,2 % dari 413 KMP yang diundang hadir"
    QString attendanceShare() const;

    // PrintableReport. The file name is "Laporan_Workshop_12.08_2025-10-04.pdf"; the document is
    // dated on the workshop's day.
    QString html() const override;
    std::unique_ptr<QTextDocument> document() const override;
    std::unique_ptr<QTextDocument> textDocument() const override;
    QString footerText() const override;
    QString suggestedFileName() const override;

private:
    QString titleHtml() const;
    QString detailsHtml() const;
    QString districtTableHtml() const;
    QString milestoneTableHtml() const;
    QString absenteeListHtml() const;

    WorkshopReportData m_data;
};
