#pragma once
#include "shell/appcontext.h"
#include "io/tableexporter.h"
#include "report/workshopreport.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTextBrowser;
class QTextDocument;

// After the workshop: the headline ("360 hadir, 53 tidak hadir") above the workshop's report
// (attendance per kecamatan, the milestones reached that day, the absentees by kecamatan with
// chair and phone), the same WorkshopReport the Reports page and the command line print;
// printed with a preview, the absentees exported as CSV.
class WorkshopOutcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopOutcomePage(const AppContext &ctx, QWidget *parent = nullptr);
    ~WorkshopOutcomePage() override;

    void setWorkshop(qint64 workshopId);
    // The report shown (null until a workshop was loaded).
    const WorkshopReport *report() const { return m_report.get(); }
    // "360 present, 53 absent" in the interface's language.
    QString headline() const;
    // Writes the absentee list as UTF-8 CSV with a byte-order mark (so Excel shows the names
    // right); returns false with *error set when the file cannot be written.
    bool exportAbsentees(const QString &path, QString *error, const CsvDialect &csv = CsvDialect()) const;

signals:
    void backRequested();
    void checkInRequested(qint64 workshopId);

private:
    void reload();
    void print();
    void exportCsv();

    AppContext m_ctx;
    qint64 m_workshopId = 0;
    std::unique_ptr<WorkshopReport> m_report;
    std::unique_ptr<QTextDocument> m_document;
    QLabel *m_headline = nullptr;
    QTextBrowser *m_view = nullptr;
};
