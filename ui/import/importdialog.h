#pragma once
#include "shell/appcontext.h"
#include "importer/importer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;
class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// Data → Import from file…: a spreadsheet from the kecamatan into the registry, in steps.
// 1. the file (and its sheet when it has several); 2. reading and checking, off the GUI thread
// on a read-only connection of its own, with Cancel (which changes nothing); 3. what each column
// holds, proposed and changeable; 4. the preview: per row what changes (old → new), what is
// unchanged, rejected (why) or ambiguous (choose the village), the totals and the options;
// 5. Apply: one transaction after a backup, then the result. The work is Importer's, the same
// as the command line's.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { FileStep,
                WorkStep,
                MappingStep,
                PreviewStep,
                ResultStep };

    explicit ImportDialog(const AppContext &context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Puts the file in step 1 and starts reading it (a file dropped on the registry).
    void openFile(const QString &path);

    Step step() const;
    bool isBusy() const { return bool(m_cancelled); }
    const ImportPlan &plan() const { return m_plan; }
    qint64 importId() const { return m_importId; }
    QString resultText() const;

    // For the tests: the real widgets they click.
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *mappingTable() const;
    QTableWidget *previewTable() const;
    QCheckBox *skipBadRowsBox() const;
    QCheckBox *allowWithdrawBox() const;
    QCheckBox *reachedOnBox() const;
    QDateEdit *reachedOnEdit() const;

    struct Work;

signals:
    void imported(qint64 importId);

protected:
    void reject() override;

private:
    void buildWorkStep();
    void goNext();
    void goBack();
    void startRead();
    void startCheck();
    void saveRejectedRows();
    void startApply();
    void startWork(const QString &title, std::function<std::shared_ptr<Work>(const std::atomic_bool &)> job, bool cancellable);
    void workDone();
    void cancelWork();
    void showStep(Step step);
    Importer::Options options() const;

    AppContext m_context;
    QStackedWidget *m_steps = nullptr;
    ImportFilePage *m_filePage = nullptr;
    QLabel *m_workLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportResultPage *m_resultPage = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;

    std::shared_ptr<const ImportSource> m_source;
    ImportPlan m_plan;
    QHash<int, QString> m_chosenVillages;
    qint64 m_importId = 0;
    Step m_returnStep = FileStep;    // where Cancel goes back to
    Step m_doneStep = MappingStep;   // where a finished job goes
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<std::shared_ptr<Work>> m_watcher;
};
