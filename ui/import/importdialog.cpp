#include "import/importdialog.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "import/importerror.h"
#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importpreviewpage.h"
#include "import/importresultpage.h"
#include "storage/milestonerepository.h"
#include "storage/storageerror.h"
#include "importer/rejectedrowssheet.h"
#include "widgets/filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

// What a job in the worker thread hands back.
struct ImportDialog::Work
{
    std::shared_ptr<const ImportSource> source;   // set by a read
    ImportPlan plan;
    qint64 importId = 0;
    QString backupNote;
    QString error;
    bool cancelled = false;
};

ImportDialog::ImportDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a file"));
    setAcceptDrops(false);
    auto *layout = new QVBoxLayout(this);
    m_steps = new QStackedWidget(this);
    layout->addWidget(m_steps, 1);
    // In the order of Step: a page's index is its step.
    m_filePage = new ImportFilePage(m_steps);
    m_steps->addWidget(m_filePage);
    buildWorkStep();
    m_mappingPage = new ImportMappingPage(m_steps);
    m_steps->addWidget(m_mappingPage);
    m_previewPage = new ImportPreviewPage(m_steps);
    m_steps->addWidget(m_previewPage);
    m_resultPage = new ImportResultPage(m_steps);
    m_steps->addWidget(m_resultPage);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    m_apply = new QPushButton(tr("&Apply import"), this);
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_apply->setToolTip(tr("Writes every change of the preview in one go, after a backup of the database"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("importClose"));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::goNext);
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::startApply);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_filePage, &ImportFilePage::fileChanged, this, [this] {
        m_source.reset();
        showStep(FileStep);
    });
    connect(m_filePage, &ImportFilePage::pathEdited, this, [this] {
        if (step() == FileStep)
            m_next->setEnabled(!m_filePage->path().isEmpty());
    });
    connect(m_previewPage, &ImportPreviewPage::optionsChanged, this, &ImportDialog::startCheck);
    connect(m_previewPage, &ImportPreviewPage::villageChosen, this, [this](int row, const QString &villageCode) {
        m_chosenVillages.insert(row, villageCode);
        startCheck();
    });
    connect(m_previewPage, &ImportPreviewPage::saveRejectedRequested, this, &ImportDialog::saveRejectedRows);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Work>>::finished, this, &ImportDialog::workDone);
    resize(980, 640);
    showStep(FileStep);
}

ImportDialog::~ImportDialog()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_watcher.waitForFinished();
}

void ImportDialog::buildWorkStep()
{
    auto *page = new QWidget(m_steps);
    auto *v = new QVBoxLayout(page);
    v->addStretch(1);
    m_workLabel = new QLabel(page);
    m_workLabel->setAlignment(Qt::AlignCenter);
    m_workLabel->setWordWrap(true);
    v->addWidget(m_workLabel);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    v->addWidget(m_progress);
    v->addStretch(1);
    m_steps->addWidget(page);
}

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QString ImportDialog::resultText() const
{
    return m_resultPage->text();
}

void ImportDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    const bool working = step == WorkStep;
    m_back->setVisible(step == MappingStep || step == PreviewStep);
    m_next->setVisible(step == FileStep || step == MappingStep);
    m_apply->setVisible(step == PreviewStep);
    m_apply->setEnabled(step == PreviewStep && m_plan.accepted());
    m_cancel->setVisible(working);
    m_close->setVisible(!working);
    m_close->setText(step == ResultStep ? tr("Close") : tr("Cancel import"));
    m_next->setEnabled(step != FileStep || !m_filePage->path().isEmpty());
}

void ImportDialog::openFile(const QString &path)
{
    m_filePage->setPath(path);
    startRead();
}

void ImportDialog::goNext()
{
    if (step() == FileStep)
        startRead();
    else if (step() == MappingStep)
        startCheck();
}

void ImportDialog::goBack()
{
    if (step() == PreviewStep)
        showStep(MappingStep);
    else if (step() == MappingStep)
        showStep(FileStep);
}

void ImportDialog::reject()
{
    if (isBusy() && m_doneStep == ResultStep)
        return;   // an import being written finishes first (one transaction; it cannot be half done)
    cancelWork();
    QDialog::reject();
}

Importer::Options ImportDialog::options() const
{
    Importer::Options o;
    o.actor = m_context.actor;
    o.skipBadRows = m_previewPage->skipBadRows();
    o.allowWithdraw = m_previewPage->allowWithdraw();
    o.reachedOn = m_previewPage->reachedOn();
    o.chosenVillages = m_chosenVillages;
    o.reachedOnHint = tr("tick the date under Options");
    return o;
}

void ImportDialog::startWork(const QString &title, std::function<std::shared_ptr<Work>(const std::atomic_bool &)> job, bool cancellable)
{
    cancelWork();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    if (step() != WorkStep)
        m_returnStep = step();
    m_workLabel->setText(title);
    showStep(WorkStep);
    m_cancel->setEnabled(cancellable);
    m_watcher.setFuture(QtConcurrent::run([job, cancelled] {
        try {
            return job(*cancelled);
        } catch (const ImportError &e) {
            auto w = std::make_shared<Work>();
            w->error = e.message();
            return w;
        } catch (const StorageError &e) {
            auto w = std::make_shared<Work>();
            w->error = e.message();
            return w;
        }
    }));
}

void ImportDialog::cancelWork()
{
    if (!m_cancelled)
        return;
    if (m_doneStep == ResultStep)
        return;   // applying: not cancelled midway
    *m_cancelled = true;
    m_cancelled.reset();
    showStep(m_returnStep);
}

void ImportDialog::workDone()
{
    // A result that arrives after Cancel (m_cancelled reset) is dropped: nothing changes.
    if (!m_cancelled)
        return;
    const bool cancelled = *m_cancelled;
    m_cancelled.reset();
    const std::shared_ptr<Work> w = m_watcher.result();
    if (cancelled || !w || w->cancelled) {
        showStep(m_returnStep);
        return;
    }
    if (!w->error.isEmpty()) {
        if (m_doneStep == ResultStep) {
            m_resultPage->showFailure(w->error);
            showStep(ResultStep);
        } else {
            m_filePage->setNote(w->error);
            showStep(m_returnStep == WorkStep ? FileStep : m_returnStep);
            if (step() != FileStep)
                QMessageBox::warning(this, windowTitle(), w->error);
        }
        return;
    }
    if (w->source) {
        m_source = w->source;
        if (!m_filePage->isListed())
            m_filePage->showSheets(m_source->table.sheets, m_source->table.sheet);
    }
    m_plan = w->plan;
    switch (m_doneStep) {
    case MappingStep:
        if (!m_mappingPage->fill(*m_source, m_plan.mapping, MilestoneRepository(m_context.database->connection()).definitions()))
            m_next->setEnabled(false);
        showStep(MappingStep);
        break;
    case PreviewStep:
        m_previewPage->fill(m_plan, MilestoneRepository(m_context.database->connection()).definitions(true));
        m_apply->setEnabled(m_plan.accepted());
        showStep(PreviewStep);
        break;
    case ResultStep: {
        m_importId = w->importId;
        m_resultPage->showOutcome(m_plan, w->importId, w->backupNote);
        showStep(ResultStep);
        if (w->importId > 0) {
            if (m_context.watcher)
                m_context.watcher->notifyLocalChange();
            emit imported(w->importId);
        }
        break;
    }
    default:
        break;
    }
}

void ImportDialog::startRead()
{
    const QString path = m_filePage->path();
    if (path.isEmpty())
        return;
    const ConnectionSettings location = m_context.database->connectionSettings();
    // Sheets not known yet (a path typed and Next chosen at once, or an .xls whose helper is still
    // at it): the first sheet, as the workbook lists it; the chooser is filled from what is read.
    const QString sheet = m_filePage->isListed() ? m_filePage->sheet() : QString();
    const Importer::Options opts = options();
    m_chosenVillages.clear();
    m_doneStep = MappingStep;
    startWork(
        tr("Reading and checking \"%1\"...").arg(QFileInfo(path).fileName()),
        [location, path, sheet, opts](const std::atomic_bool &cancelled) {
            auto w = std::make_shared<Work>();
            Database db;
            db.open(location, Database::OpenMode::ReadOnly);   // checking only reads
            auto source = std::make_shared<ImportSource>(Importer::read(db.connection(), path, sheet, &cancelled));
            if (cancelled) {
                w->cancelled = true;
                return w;
            }
            w->plan = Importer::check(db.connection(), *source, source->mapping, opts);
            w->source = source;
            w->cancelled = cancelled;
            return w;
        },
        true);
}

void ImportDialog::startCheck()
{
    if (!m_source || isBusy())
        return;
    const ConnectionSettings location = m_context.database->connectionSettings();
    const std::shared_ptr<const ImportSource> source = m_source;
    const ColumnMapping mapping = step() == MappingStep ? m_mappingPage->mapping() : m_plan.mapping;
    const Importer::Options opts = options();
    m_doneStep = PreviewStep;
    startWork(
        tr("Checking \"%1\" against the registry...").arg(source->fileName),
        [location, source, mapping, opts](const std::atomic_bool &cancelled) {
            auto w = std::make_shared<Work>();
            Database db;
            db.open(location, Database::OpenMode::ReadOnly);
            w->plan = Importer::check(db.connection(), *source, mapping, opts);
            w->cancelled = cancelled;
            return w;
        },
        true);
}

void ImportDialog::startApply()
{
    if (!m_source || !m_plan.accepted() || isBusy())
        return;
    const ConnectionSettings location = m_context.database->connectionSettings();
    const std::shared_ptr<const ImportSource> source = m_source;
    const ColumnMapping mapping = m_plan.mapping;
    const Importer::Options opts = options();
    const QByteArray fingerprint = m_plan.fingerprint();
    m_doneStep = ResultStep;
    startWork(
        tr("Importing \"%1\": a backup of the database first, then every change in one go...").arg(source->fileName),
        [location, source, mapping, opts, fingerprint](const std::atomic_bool &) {
            auto w = std::make_shared<Work>();
            Database db;
            db.open(location, Database::OpenMode::ReadWrite);
            Importer::Options o = opts;
            o.beforeApply = Importer::backupBefore(db, nullptr, &w->backupNote);
            const ImportOutcome out = Importer::apply(db.connection(), *source, mapping, o, fingerprint);
            w->plan = out.plan;
            w->importId = out.importId;
            return w;
        },
        false);
}

QTableWidget *ImportDialog::mappingTable() const
{
    return m_mappingPage->table();
}

QTableWidget *ImportDialog::previewTable() const
{
    return m_previewPage->table();
}

QCheckBox *ImportDialog::skipBadRowsBox() const
{
    return m_previewPage->skipBadRowsBox();
}

QCheckBox *ImportDialog::allowWithdrawBox() const
{
    return m_previewPage->allowWithdrawBox();
}

QCheckBox *ImportDialog::reachedOnBox() const
{
    return m_previewPage->reachedOnBox();
}

QDateEdit *ImportDialog::reachedOnEdit() const
{
    return m_previewPage->reachedOnEdit();
}

void ImportDialog::saveRejectedRows()
{
    if (!m_source)
        return;
    // Beside the file it came from, as the same kind of file, named for what it holds.
    const QFileInfo from(m_source->path);
    const QString suffix = from.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString suggested = from.absoluteDir().filePath(tr("%1-rejected.%2").arg(from.completeBaseName(), suffix));
    const QString path = FileDialogs::getSaveFileName(this, tr("Save the rejected rows"), suggested, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const int rows = RejectedRowsSheet::write(*m_source, m_plan, path, &error);
    if (rows < 0) {
        QMessageBox::warning(this, tr("Save the rejected rows"), tr("The rejected rows could not be saved: %1").arg(error));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Save the rejected rows"),
                    tr("%n rejected row(s) saved to %1, with every column of the file and the reason. Correct them there and import the sheet again.", nullptr, rows)
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("rejectedRowsSaved"));
    box.exec();
}
