#include "importdialog.h"

#include "changewatcher.h"
#include "database.h"
#include "filedialogs.h"
#include "importerror.h"
#include "importrepository.h"
#include "indonesianformat.h"
#include "milestonerepository.h"
#include "spreadsheetreader.h"
#include "storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
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

namespace {
constexpr int kPreviewRowsShown = 5000;

QString milestoneName(const QVector<MilestoneDefinition> &milestones, const QString &code)
{
    for (const MilestoneDefinition &m : milestones)
        if (m.code == code)
            return m.name;
    return code;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? IndonesianFormat::date(d) : QString();
}
} // namespace

ImportDialog::ImportDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a file"));
    setAcceptDrops(false);
    auto *layout = new QVBoxLayout(this);
    m_steps = new QStackedWidget(this);
    layout->addWidget(m_steps, 1);
    buildFileStep();
    buildWorkStep();
    buildMappingStep();
    buildPreviewStep();
    buildResultStep();

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

void ImportDialog::buildFileStep()
{
    auto *page = new QWidget(m_steps);
    auto *v = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Choose the spreadsheet to import (Excel .xlsx or .xls, LibreOffice .ods, or CSV). Its rows are matched "
                                "to the cooperatives by the village code (Kode Desa), or by the village name and kecamatan. Nothing "
                                "is changed before you have seen the preview and chosen Apply."),
                             page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("&Choose file..."), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheetLabel = new QLabel(tr("Sheet:"), page);
    form->addRow(m_sheetLabel, m_sheet);
    v->addLayout(form);
    m_fileNote = new QLabel(page);
    m_fileNote->setWordWrap(true);
    m_fileNote->setObjectName(QStringLiteral("importFileNote"));
    v->addWidget(m_fileNote);
    v->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::fileChanged);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (m_next && step() == FileStep)
            m_next->setEnabled(!m_path->text().trimmed().isEmpty());
    });
    m_steps->addWidget(page);
    m_sheet->hide();
    m_sheetLabel->hide();
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

void ImportDialog::buildMappingStep()
{
    auto *page = new QWidget(m_steps);
    auto *v = new QVBoxLayout(page);
    m_mappingNote = new QLabel(page);
    m_mappingNote->setWordWrap(true);
    v->addWidget(m_mappingNote);
    m_mappingTable = new QTableWidget(0, 3, page);
    m_mappingTable->setObjectName(QStringLiteral("importMapping"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First values")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setColumnWidth(1, 280);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per column of the file, as tall as its combo box.
    m_mappingTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mappingTable->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    v->addWidget(m_mappingTable, 1);
    m_steps->addWidget(page);
}

void ImportDialog::buildPreviewStep()
{
    auto *page = new QWidget(m_steps);
    auto *v = new QVBoxLayout(page);
    m_totals = new QLabel(page);
    m_totals->setObjectName(QStringLiteral("importTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    v->addWidget(m_totals);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), page));
    m_show = new QComboBox(page);
    m_show->setObjectName(QStringLiteral("importShow"));
    m_show->addItem(tr("All rows"));
    m_show->addItem(tr("Changed rows"));
    m_show->addItem(tr("Rejected and ambiguous rows"));
    m_show->addItem(tr("Unchanged rows"));
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    v->addLayout(filterRow);
    m_preview = new QTableWidget(0, 4, page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Cooperative"), tr("Result"), tr("What changes / why")});
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->setColumnWidth(1, 300);
    m_preview->setColumnWidth(2, 110);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Each change on a line of its own; rows as tall as their lines.
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    v->addWidget(m_preview, 1);
    auto *box = new QGroupBox(tr("Options"), page);
    auto *form = new QVBoxLayout(box);
    m_skipBadRows = new QCheckBox(tr("Import the good rows and leave out the rejected ones (they are kept in the import history)"), box);
    m_skipBadRows->setObjectName(QStringLiteral("importSkipBadRows"));
    m_allowWithdraw = new QCheckBox(tr("Withdraw milestones the file marks \"Belum\"/\"Tidak\" that are recorded as reached"), box);
    m_allowWithdraw->setObjectName(QStringLiteral("importAllowWithdraw"));
    auto *dateRow = new QHBoxLayout;
    m_useReachedOn = new QCheckBox(tr("Milestones marked \"Ya\"/\"Sudah\" without a date were reached on:"), box);
    m_useReachedOn->setObjectName(QStringLiteral("importUseReachedOn"));
    m_reachedOn = new QDateEdit(QDate::currentDate(), box);
    m_reachedOn->setObjectName(QStringLiteral("importReachedOn"));
    m_reachedOn->setCalendarPopup(true);
    m_reachedOn->setMaximumDate(QDate::currentDate());
    m_reachedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    dateRow->addWidget(m_useReachedOn);
    dateRow->addWidget(m_reachedOn);
    dateRow->addStretch(1);
    form->addWidget(m_skipBadRows);
    form->addWidget(m_allowWithdraw);
    form->addLayout(dateRow);
    v->addWidget(box);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportDialog::fillPreview);
    for (QCheckBox *c : {m_skipBadRows, m_allowWithdraw, m_useReachedOn})
        connect(c, &QCheckBox::toggled, this, &ImportDialog::startCheck);
    connect(m_reachedOn, &QDateEdit::editingFinished, this, [this] {
        if (m_useReachedOn->isChecked())
            startCheck();
    });
    m_steps->addWidget(page);
}

void ImportDialog::buildResultStep()
{
    auto *page = new QWidget(m_steps);
    auto *v = new QVBoxLayout(page);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_result);
    v->addStretch(1);
    m_steps->addWidget(page);
}

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QString ImportDialog::resultText() const
{
    return m_result->text();
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
    m_next->setEnabled(step != FileStep || !m_path->text().trimmed().isEmpty());
}

void ImportDialog::chooseFile()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Import from a file"), QFileInfo(m_path->text()).absolutePath(),
                                                      tr("Spreadsheets (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    fileChanged();
}

void ImportDialog::fileChanged()
{
    const QString path = m_path->text().trimmed();
    m_sheet->clear();
    m_fileNote->clear();
    m_source.reset();
    QStringList sheets;
    if (!path.isEmpty() && QFileInfo(path).isFile() && !Database::isOpenDatabaseFile(path)) {
        try {
            sheets = SpreadsheetReader::sheetNames(path);
        } catch (const ImportError &e) {
            m_fileNote->setText(e.message());
        }
    }
    m_sheet->addItems(sheets);
    m_sheet->setVisible(sheets.size() > 1);
    m_sheetLabel->setVisible(sheets.size() > 1);
    showStep(FileStep);
}

void ImportDialog::openFile(const QString &path)
{
    m_path->setText(path);
    fileChanged();
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
    o.skipBadRows = m_skipBadRows->isChecked();
    o.allowWithdraw = m_allowWithdraw->isChecked();
    if (m_useReachedOn->isChecked())
        o.reachedOn = m_reachedOn->date();
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
            m_result->setText(tr("Nothing was imported: %1").arg(w->error));
            showStep(ResultStep);
        } else {
            m_fileNote->setText(w->error);
            showStep(m_returnStep == WorkStep ? FileStep : m_returnStep);
            if (step() != FileStep)
                QMessageBox::warning(this, windowTitle(), w->error);
        }
        return;
    }
    if (w->source)
        m_source = w->source;
    m_plan = w->plan;
    switch (m_doneStep) {
    case MappingStep:
        fillMapping();
        showStep(MappingStep);
        break;
    case PreviewStep:
        fillPreview();
        showStep(PreviewStep);
        break;
    case ResultStep: {
        m_importId = w->importId;
        QString text;
        if (w->importId > 0) {
            text = tr("Imported \"%1\" (import %2): %3 cooperative(s) changed, %4 unchanged, %5 row(s) rejected.")
                       .arg(m_plan.fileName)
                       .arg(w->importId)
                       .arg(m_plan.changed)
                       .arg(m_plan.unchanged)
                       .arg(m_plan.rejected);
            text += QStringLiteral("\n\n") + tr("It can be undone under Data → Import history.");
        } else {
            text = tr("Nothing was imported: the file was refused when it was checked again. %1")
                       .arg(m_plan.problems.isEmpty() ? QString() : m_plan.problems.first().message);
        }
        if (!w->backupNote.isEmpty())
            text += QStringLiteral("\n\n") + w->backupNote;
        m_result->setText(text);
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
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    if (m_sheet->count() == 0)
        fileChanged();
    const QString location = m_context.database->path();
    const QString sheet = m_sheet->isVisible() ? m_sheet->currentText() : QString();
    const Importer::Options opts = options();
    m_chosenVillages.clear();
    m_doneStep = MappingStep;
    startWork(tr("Reading and checking \"%1\"...").arg(QFileInfo(path).fileName()),
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
    const QString location = m_context.database->path();
    const std::shared_ptr<const ImportSource> source = m_source;
    const ColumnMapping mapping = step() == MappingStep ? mappingFromTable() : m_plan.mapping;
    const Importer::Options opts = options();
    m_doneStep = PreviewStep;
    startWork(tr("Checking \"%1\" against the registry...").arg(source->fileName),
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
    const QString location = m_context.database->path();
    const std::shared_ptr<const ImportSource> source = m_source;
    const ColumnMapping mapping = m_plan.mapping;
    const Importer::Options opts = options();
    const QByteArray fingerprint = m_plan.fingerprint();
    m_doneStep = ResultStep;
    startWork(tr("Importing \"%1\": a backup of the database first, then every change in one go...").arg(source->fileName),
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

void ImportDialog::fillMapping()
{
    const QVector<MilestoneDefinition> milestones = MilestoneRepository(m_context.database->connection()).definitions();
    const HeaderDetection &d = m_source->detection;
    m_mappingTable->setRowCount(0);
    if (!d.found) {
        m_mappingNote->setText(d.problem.isEmpty() ? tr("No header row was found in this sheet.") : d.problem);
        m_next->setEnabled(false);
        return;
    }
    m_mappingNote->setText((m_source->mappingRemembered
                                ? tr("The header is row %1. These columns are imported as they were the last time a file with the same headers was imported; change any that is wrong.")
                                : tr("The header is row %1. This is what each column seems to hold; change any that is wrong, or choose \"(not imported)\"."))
                               .arg(d.headerRow));
    m_mappingTable->setRowCount(int(d.headers.size()));
    for (int c = 0; c < d.headers.size(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(d.headers.at(c)));
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("importField%1").arg(c));
        for (ImportField f : {ImportField::Ignored, ImportField::VillageCode, ImportField::VillageName, ImportField::DistrictName,
                              ImportField::ChairName, ImportField::ChairPhone, ImportField::Phone, ImportField::LegalNumber,
                              ImportField::LegalDate, ImportField::NikKoperasi, ImportField::Npwp, ImportField::Nib, ImportField::MemberCount})
            combo->addItem(ColumnMapping::fieldTitle(f), QStringList{ColumnMapping::fieldKey(f), QString()});
        for (const MilestoneDefinition &m : milestones) {
            combo->addItem(tr("%1: reached (Ya/Belum or a date)").arg(m.name), QStringList{ColumnMapping::fieldKey(ImportField::MilestoneStatus), m.code});
            combo->addItem(tr("%1: date reached").arg(m.name), QStringList{ColumnMapping::fieldKey(ImportField::MilestoneDate), m.code});
        }
        const ColumnAssignment a = m_plan.mapping.at(c);
        const int index = combo->findData(QStringList{ColumnMapping::fieldKey(a.field), a.milestoneCode});
        combo->setCurrentIndex(qMax(0, index));
        m_mappingTable->setCellWidget(c, 1, combo);
        QStringList samples;
        for (int r = d.firstDataIndex(); r < m_source->table.rows.size() && samples.size() < 3; ++r) {
            const QString t = m_source->table.rows.at(r).cells.value(c).text.simplified();
            if (!t.isEmpty())
                samples << t;
        }
        m_mappingTable->setItem(c, 2, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto shade = [this, c, combo] {
            const bool ignored = combo->currentIndex() == 0;
            for (int col : {0, 2})
                if (QTableWidgetItem *item = m_mappingTable->item(c, col))
                    item->setForeground(ignored ? palette().color(QPalette::Disabled, QPalette::Text) : palette().color(QPalette::Text));
        };
        connect(combo, &QComboBox::currentIndexChanged, this, shade);
        shade();
    }
}

ColumnMapping ImportDialog::mappingFromTable() const
{
    ColumnMapping m;
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(c, 1));
        const QStringList data = combo ? combo->currentData().toStringList() : QStringList();
        ColumnAssignment a;
        a.field = ColumnMapping::fieldFromKey(data.value(0));
        a.milestoneCode = data.value(1);
        m.columns.append(a);
    }
    return m;
}

void ImportDialog::updatePreviewSummary()
{
    const ImportPlan &p = m_plan;
    QString text = tr("<b>%1</b>: %2 row(s): <b>%3 changed</b>, %4 unchanged, <b>%5 rejected</b>%6. %7 field(s) and %8 milestone(s) would change.")
                       .arg(p.fileName.toHtmlEscaped())
                       .arg(p.rowCount())
                       .arg(p.changed)
                       .arg(p.unchanged)
                       .arg(p.rejected)
                       .arg(p.ambiguous > 0 ? tr(" (%1 ambiguous: choose the village in the list)").arg(p.ambiguous) : QString())
                       .arg(p.fieldChanges)
                       .arg(p.milestoneChanges);
    if (p.conflicts > 0)
        text += QStringLiteral("<br>") + tr("%1 milestone(s) marked \"Belum\" are recorded as reached: they stay unless withdrawals are allowed below.").arg(p.conflicts);
    for (const ImportProblem &pr : p.problems)
        if (pr.kind == ImportProblem::Kind::File)
            text += QStringLiteral("<br><span style='color:#b00020'>%1</span>").arg(pr.message.toHtmlEscaped());
    if (p.accepted())
        text += QStringLiteral("<br>") + tr("Apply writes these changes in one go; a backup of the database is made first.");
    else if (!p.hasFileProblem() && p.rejected > 0)
        text += QStringLiteral("<br><span style='color:#b00020'>%1</span>")
                    .arg(tr("Rejected rows stop the whole file. Correct them in the file, or tick \"Import the good rows\" below.").toHtmlEscaped());
    if (!p.ignoredHeaders.isEmpty())
        text += QStringLiteral("<br>") + tr("Not imported: %1").arg(p.ignoredHeaders.join(QStringLiteral(", ")).toHtmlEscaped());
    m_totals->setText(text);
}

void ImportDialog::fillPreview()
{
    updatePreviewSummary();
    const QVector<MilestoneDefinition> milestones = MilestoneRepository(m_context.database->connection()).definitions(true);
    const int filter = m_show->currentIndex();
    m_preview->setUpdatesEnabled(false);
    m_preview->clearContents();
    m_preview->setRowCount(0);
    int shown = 0;
    int matching = 0;
    for (const PlannedRow &r : std::as_const(m_plan.rows)) {
        const bool bad = r.status == PlannedRow::Status::Rejected || r.status == PlannedRow::Status::Ambiguous;
        if ((filter == 1 && r.status != PlannedRow::Status::Changed) || (filter == 2 && !bad)
            || (filter == 3 && r.status != PlannedRow::Status::Unchanged))
            continue;
        ++matching;
        if (shown >= kPreviewRowsShown)
            continue;
        const int at = shown++;
        m_preview->insertRow(at);
        m_preview->setItem(at, 0, new QTableWidgetItem(QString::number(r.row)));
        const QString who = r.cooperativeId ? QStringLiteral("%1 %2").arg(r.villageCode, r.cooperativeName) : r.villageName;
        m_preview->setItem(at, 1, new QTableWidgetItem(who));
        QString status;
        QStringList lines;
        QColor colour;
        switch (r.status) {
        case PlannedRow::Status::Changed:
            status = tr("changes");
            colour = QColor(0x1b, 0x5e, 0x20);
            break;
        case PlannedRow::Status::Unchanged:
            status = r.duplicateOf ? tr("same as row %1").arg(r.duplicateOf) : tr("unchanged");
            break;
        case PlannedRow::Status::Rejected:
            status = tr("rejected");
            colour = QColor(0xb0, 0x00, 0x20);
            break;
        case PlannedRow::Status::Ambiguous:
            status = tr("choose village");
            colour = QColor(0x8a, 0x4b, 0x00);
            break;
        }
        for (const PlannedFieldChange &f : r.fields)
            lines << tr("%1: %2 → %3").arg(f.header, f.oldValue.isEmpty() ? tr("(empty)") : f.oldValue, f.newValue);
        for (const PlannedMilestoneChange &m : r.milestones) {
            const QString name = milestoneName(milestones, m.code);
            switch (m.action) {
            case PlannedMilestoneChange::Action::Reach:
                lines << tr("%1: reached on %2").arg(name, dateText(m.newDate));
                break;
            case PlannedMilestoneChange::Action::Redate:
                lines << tr("%1: date %2 → %3").arg(name, dateText(m.oldDate), dateText(m.newDate));
                break;
            case PlannedMilestoneChange::Action::Withdraw:
                lines << (m.blocked ? tr("%1: the file says not reached, recorded as reached on %2: kept").arg(name, dateText(m.oldDate))
                                    : tr("%1: withdrawn (was reached on %2)").arg(name, dateText(m.oldDate)));
                break;
            }
        }
        for (const QString &reason : r.reasons)
            lines << reason;
        auto *statusItem = new QTableWidgetItem(status);
        if (colour.isValid())
            statusItem->setForeground(colour);
        m_preview->setItem(at, 2, statusItem);
        m_preview->setItem(at, 3, new QTableWidgetItem(lines.join(QLatin1Char('\n'))));
        m_preview->setRowHeight(at, qMax(m_preview->verticalHeader()->defaultSectionSize(),
                                         int(qMax<qsizetype>(1, lines.size())) * m_preview->fontMetrics().lineSpacing() + 8));
        if (r.status == PlannedRow::Status::Ambiguous && !r.candidates.isEmpty()) {
            auto *choose = new QComboBox(m_preview);
            choose->setObjectName(QStringLiteral("importChooseVillage%1").arg(r.row));
            choose->addItem(tr("Choose the village..."));
            for (const VillageCandidate &v : r.candidates)
                choose->addItem(tr("%1 %2 (kec. %3)").arg(v.code, v.name, v.districtName), v.code);
            const int row = r.row;
            connect(choose, &QComboBox::activated, this, [this, choose, row](int index) {
                if (index <= 0)
                    return;
                m_chosenVillages.insert(row, choose->itemData(index).toString());
                startCheck();
            });
            m_preview->setCellWidget(at, 2, choose);
        }
    }
    if (matching > shown) {
        const int at = m_preview->rowCount();
        m_preview->insertRow(at);
        m_preview->setItem(at, 3, new QTableWidgetItem(tr("… and %1 more row(s); the totals above count them all.").arg(matching - shown)));
    }
    m_preview->setUpdatesEnabled(true);
    m_apply->setEnabled(m_plan.accepted());
}
