#pragma once
#include "shell/appcontext.h"
#include "report/pagesetup.h"
#include "report/progressreport.h"
#include "report/workshopreport.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTextDocument;
class QTimer;

// Page 3 of the main window: the progress report for the Bupati and the ministry, or a
// workshop's report, chosen in one list (preview, print preview, print, PDF), and the
// spreadsheet exports. One QPrinter is shared by every print so the chosen printer and page
// settings persist; paper and orientation are remembered between runs.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(const AppContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    struct Build;
    // True while a report is being built in the worker thread.
    bool isBuilding() const;
    // Abandons the build in progress (the Cancel button): the preview stays as it was.
    void cancelBuild();
    // Opens the letterhead and signature form (also from the dashboard's first steps).
    void editLetterhead();

signals:
    // The preview shows a freshly built report.
    void reportReady();
    // A build has started in the worker (the progress bar and Cancel are showing).
    void buildStarted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    void fillMilestones();
    void fillWorkshops();
    qint64 chosenWorkshop() const;   // 0: the progress report
    void updateProgressControls();   // the progress report's own options only apply to it
    void scheduleRefresh();
    void refresh();
    void buildNow();
    void buildFinished();
    // The report as the options now say, built only when something changed since the last build.
    const PrintableReport *currentReport();
    ReportOptions options() const;
    PageSetup pageSetup() const;
    void pageSetupChanged();

    void printPreview();
    void print();
    void savePdf();
    void exportRegistry();
    void exportDistricts();
    void exportAbsentees();

    AppContext m_context;
    std::unique_ptr<PrintableReport> m_report;
    std::unique_ptr<QTextDocument> m_previewDocument;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_asOf = nullptr;
    QCheckBox *m_compare = nullptr;
    QDateEdit *m_compareFrom = nullptr;
    QComboBox *m_milestone = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = true;   // data or options changed while the page was hidden
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<std::shared_ptr<Build>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;   // of the build in progress
    std::vector<QFuture<std::shared_ptr<Build>>> m_pending;
};
