#include "reports/reportspage.h"
#include "widgets/dateedit.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "reports/exportfiledialog.h"
#include "core/indonesianformat.h"
#include "reports/letterheaddialog.h"
#include "storage/milestonerepository.h"
#include "report/reportprinter.h"
#include "storage/reportrepository.h"
#include "report/spreadsheetexport.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QSettings>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Long work (a province's report, the registry export) shows the wait cursor.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};
}   // namespace

// What the worker thread hands back: the report and its document (moved to the GUI thread), or
// the message of what failed.
struct ReportsPage::Build
{
    std::unique_ptr<PrintableReport> report;
    std::unique_ptr<QTextDocument> document;
    QString status;
    QString error;
    bool cancelled = false;
};

namespace {
// Runs in a worker thread with its own connection to the same file: Connection connections
// belong to the thread that opened them, and the window's stays free for the GUI thread.
std::shared_ptr<ReportsPage::Build> buildInWorker(const ConnectionSettings &settings, qint64 workshop, const ReportOptions &options,
                                                  QThread *guiThread, std::shared_ptr<std::atomic_bool> cancelled)
{
    auto build = std::make_shared<ReportsPage::Build>();
    try {
        Database db;
        db.open(settings, Database::OpenMode::ReadOnly);   // a report only reads
        if (workshop) {
            auto w = std::make_unique<WorkshopReport>(WorkshopReportData::load(db.connection(), workshop));
            const AttendanceCounts &c = w->data().counts;
            build->status = QCoreApplication::translate("ReportsPage", "%1: %2 invited, %3 present, %4 absent.")
                                .arg(w->data().workshop.title, IndonesianFormat::number(c.invited), IndonesianFormat::number(c.present),
                                     IndonesianFormat::number(c.absent()));
            build->report = std::move(w);
        } else {
            auto p = std::make_unique<ProgressReport>(ProgressReportData::load(db.connection(), options));
            const ProgressReportData &d = p->data();
            build->status = QCoreApplication::translate("ReportsPage", "%1: %2 cooperatives; %3 in the follow-up list.")
                                .arg(d.current.areaName, IndonesianFormat::number(d.current.total), IndonesianFormat::number(d.behind.size()));
            build->report = std::move(p);
        }
        if (*cancelled) {
            build->cancelled = true;
            return build;
        }
        build->document = build->report->textDocument();
        build->document->moveToThread(guiThread);   // only the owning thread may hand it on
    } catch (const StorageError &e) {
        build->error = e.message();
    }
    build->cancelled = *cancelled;
    return build;
}
}   // namespace

ReportsPage::ReportsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    const QString printerName = QSettings().value(QStringLiteral("report/printerName")).toString();
    if (!printerName.isEmpty())
        m_printer->setPrinterName(printerName);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildControls());
    m_preview = new QTextBrowser(this);
    m_preview->setOpenLinks(false);
    m_preview->setStyleSheet(QStringLiteral("QTextBrowser { background: white; color: black; }"));
    layout->addWidget(m_preview, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Build>>::finished, this, &ReportsPage::buildFinished);
    if (m_context.watcher)
        connect(m_context.watcher, &ChangeWatcher::changed, this, &ReportsPage::scheduleRefresh);
    pageSetupChanged();
    // Built when the page is first shown: a province's or the whole country's report takes
    // seconds, and most sessions open the dashboard or the registry, not the reports.
    m_stale = true;
}

ReportsPage::~ReportsPage()
{
    // The worker holds its own connection and no pointer into the page; wait for it so that
    // its document is not delivered to a page that is gone.
    cancelBuild();
    m_watcher.waitForFinished();
    for (auto &f : m_pending)
        f.waitForFinished();
    // The preview goes before the document it shows (a member, destroyed before the children).
    delete m_preview;
}

bool ReportsPage::isBuilding() const
{
    // From the request until its result is shown (or cancelled): the page's own state, not the
    // worker's, which may already have finished while its result waits in the event queue.
    return bool(m_cancelled);
}

void ReportsPage::cancelBuild()
{
    if (!m_cancelled)
        return;
    *m_cancelled = true;
    m_cancelled.reset();
    m_progress->hide();
    m_cancel->hide();
}

QWidget *ReportsPage::buildControls()
{
    auto *panel = new QWidget(this);
    panel->setFixedWidth(330);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);

    auto *reportBox = new QGroupBox(tr("Printed report"), panel);
    auto *form = new QFormLayout(reportBox);
    m_kind = new QComboBox(reportBox);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(16);
    m_kind->setToolTip(tr("The progress report of the whole area, or the report of one workshop: attendance per kecamatan, "
                          "milestones the day before and the day of the workshop, and the absentees."));
    m_kind->addItem(tr("Progress report"), qint64(0));
    // Full width: a workshop's title is long.
    form->addRow(m_kind);
    m_asOf = new DateEdit(reportBox);
    m_asOf->setDate(QDate::currentDate());
    m_asOf->setCalendarPopup(true);
    form->addRow(tr("&As of:"), m_asOf);
    m_compare = new QCheckBox(tr("&Compare with:"), reportBox);
    m_compare->setChecked(true);
    m_compareFrom = new DateEdit(reportBox);
    m_compareFrom->setDate(QDate::currentDate().addDays(-7));
    m_compareFrom->setCalendarPopup(true);
    form->addRow(m_compare, m_compareFrom);
    m_milestone = new QComboBox(reportBox);
    m_milestone->setToolTip(tr("The report ends with the cooperatives that have not reached this milestone, by kecamatan, with chair and phone."));
    // Label above, list full width: "Tahapan pertama yang belum dicapai semua" is long.
    m_milestone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *followUpLabel = new QLabel(tr("&Follow-up list:"), reportBox);
    followUpLabel->setBuddy(m_milestone);
    form->addRow(followUpLabel);
    form->addRow(m_milestone);
    m_paper = new QComboBox(reportBox);
    m_paper->addItem(tr("A4 (210 × 297 mm)"), PageSetup::key(PageSetup::Paper::A4));
    m_paper->addItem(tr("F4 / Folio (215 × 330 mm)"), PageSetup::key(PageSetup::Paper::F4));
    form->addRow(tr("&Paper:"), m_paper);
    m_orientation = new QComboBox(reportBox);
    m_orientation->addItem(tr("Portrait"));
    m_orientation->addItem(tr("Landscape"));
    form->addRow(tr("&Orientation:"), m_orientation);
    const PageSetup saved = PageSetup::loadFromSettings();
    m_paper->setCurrentIndex(saved.paper == PageSetup::Paper::F4 ? 1 : 0);
    m_orientation->setCurrentIndex(saved.landscape ? 1 : 0);
    fillMilestones();

    auto addButton = [](QWidget *parent, QLayout *to, const QString &text, auto slot, QObject *receiver) {
        auto *b = new QPushButton(text, parent);
        QObject::connect(b, &QPushButton::clicked, receiver, slot);
        to->addWidget(b);
        return b;
    };
    auto *buttons = new QVBoxLayout;
    addButton(
        reportBox, buttons, tr("Print pre&view..."), [this] { printPreview(); }, this);
    addButton(
        reportBox, buttons, tr("P&rint..."), [this] { print(); }, this);
    addButton(
        reportBox, buttons, tr("&Save as PDF..."), [this] { savePdf(); }, this);
    addButton(
        reportBox, buttons, tr("&Letterhead and signature..."), [this] { editLetterhead(); }, this);
    form->addRow(buttons);
    column->addWidget(reportBox);

    auto *exportBox = new QGroupBox(tr("Spreadsheets (XLSX or CSV)"), panel);
    auto *exports = new QVBoxLayout(exportBox);
    addButton(
        exportBox, exports, tr("Export the &registry..."), [this] { exportRegistry(); }, this);
    addButton(
        exportBox, exports, tr("Export the per-&kecamatan table..."), [this] { exportDistricts(); }, this);
    addButton(
        exportBox, exports, tr("Export a workshop's &absentees..."), [this] { exportAbsentees(); }, this);
    column->addWidget(exportBox);

    m_status = new QLabel(panel);
    m_status->setWordWrap(true);
    column->addWidget(m_status);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 0);   // busy: the layout of a QTextDocument reports no steps
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_cancel->setToolTip(tr("Stop building this report; the preview stays as it was"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancelBuild();
        m_status->setText(tr("Cancelled. The preview shows the report as it was before."));
        m_stale = true;   // built again when asked for (printing, a change of options)
    });
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    column->addLayout(progressRow);
    column->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateProgressControls();
        scheduleRefresh();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_compareFrom, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_compare, &QCheckBox::toggled, m_compareFrom, &QWidget::setEnabled);
    connect(m_compare, &QCheckBox::toggled, this, &ReportsPage::scheduleRefresh);
    connect(m_milestone, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportsPage::pageSetupChanged);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &ReportsPage::pageSetupChanged);
    return panel;
}

void ReportsPage::fillMilestones()
{
    const QString current = m_milestone->currentData().toString();
    const QSignalBlocker block(m_milestone);
    m_milestone->clear();
    m_milestone->addItem(tr("First not reached by all"), QString());
    try {
        for (const MilestoneDefinition &m : MilestoneRepository(m_context.database->connection()).definitions())
            m_milestone->addItem(tr("Not yet: %1").arg(m.name), m.code);
    } catch (const StorageError &e) {
        m_status->setText(e.message());
    }
    m_milestone->setCurrentIndex(qMax(0, m_milestone->findData(current)));
}

void ReportsPage::fillWorkshops()
{
    const qint64 current = chosenWorkshop();
    const QSignalBlocker block(m_kind);
    while (m_kind->count() > 1)
        m_kind->removeItem(1);
    for (const Workshop &w : WorkshopRepository(m_context.database->connection()).list()) {
        const QString text = tr("Workshop of %1: %2").arg(IndonesianFormat::dateShort(w.heldOn), w.title);
        m_kind->addItem(text, w.id);
        m_kind->setItemData(m_kind->count() - 1, text, Qt::ToolTipRole);
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
    updateProgressControls();
}

qint64 ReportsPage::chosenWorkshop() const
{
    return m_kind->currentData().toLongLong();
}

void ReportsPage::updateProgressControls()
{
    const bool progress = chosenWorkshop() == 0;
    m_asOf->setEnabled(progress);
    m_compare->setEnabled(progress);
    m_compareFrom->setEnabled(progress && m_compare->isChecked());
    m_milestone->setEnabled(progress);
}

void ReportsPage::scheduleRefresh()
{
    m_stale = true;
    m_refreshTimer->start(300);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start(m_report ? 300 : 0);   // the first time right after the page is painted
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    o.asOf = m_asOf->date();
    if (m_compare->isChecked())
        o.compareFrom = m_compareFrom->date();
    o.behindMilestone = m_milestone->currentData().toString();
    return o;
}

PageSetup ReportsPage::pageSetup() const
{
    PageSetup p;
    PageSetup::fromKey(m_paper->currentData().toString(), &p.paper);
    p.landscape = m_orientation->currentIndex() == 1;
    return p;
}

void ReportsPage::pageSetupChanged()
{
    const PageSetup p = pageSetup();
    p.saveToSettings();
    p.applyTo(*m_printer);
}

void ReportsPage::refresh()
{
    if (!isVisible()) {
        // Built when shown; a hidden page does not rebuild on every save elsewhere.
        m_stale = true;
        return;
    }
    m_stale = false;
    // A province's report takes seconds: it is built in a worker thread while the window goes on
    // answering, with a progress bar and Cancel. A build still running is abandoned.
    cancelBuild();
    try {
        fillWorkshops();
    } catch (const StorageError &e) {
        m_status->setText(e.message());
        return;
    }
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Building the report..."));
    // Abandoned builds run to their end unseen; the page waits for them only when it closes.
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), [](const auto &f) { return f.isFinished(); }), m_pending.end());
    if (m_watcher.isRunning())
        m_pending.push_back(m_watcher.future());
    auto future = QtConcurrent::run(buildInWorker, m_context.database->connectionSettings(), chosenWorkshop(), options(), thread(), cancelled);
    // One watcher for the newest build; an abandoned build finishes unseen and is discarded.
    m_watcher.setFuture(future);
    emit buildStarted();
}

void ReportsPage::buildFinished()
{
    const std::shared_ptr<Build> build = m_watcher.result();
    // Cancelled, also when the worker had already finished and its result was waiting in the
    // event queue at the click (m_cancelled is reset by Cancel): the page stays as it was.
    if (!build || build->cancelled || !m_cancelled)
        return;
    m_cancelled.reset();
    m_progress->hide();
    m_cancel->hide();
    if (!build->error.isEmpty()) {
        m_status->setText(build->error);
        return;
    }
    build->report->installImages(build->document.get());
    build->document->setDocumentMargin(18);   // on screen only; paper has the page margins
    m_preview->setDocument(build->document.get());
    m_previewDocument = std::move(build->document);
    m_report = std::move(build->report);
    m_status->setText(build->status);
    emit reportReady();
}

void ReportsPage::buildNow()
{
    m_stale = false;
    cancelBuild();
    try {
        WaitCursor wait;
        fillWorkshops();
        const Connection db = m_context.database->connection();
        std::unique_ptr<PrintableReport> report;
        QString status;
        if (const qint64 workshop = chosenWorkshop()) {
            auto w = std::make_unique<WorkshopReport>(WorkshopReportData::load(db, workshop));
            const AttendanceCounts &c = w->data().counts;
            status = tr("%1: %2 invited, %3 present, %4 absent.")
                         .arg(w->data().workshop.title, IndonesianFormat::number(c.invited), IndonesianFormat::number(c.present),
                              IndonesianFormat::number(c.absent()));
            report = std::move(w);
        } else {
            auto p = std::make_unique<ProgressReport>(ProgressReportData::load(db, options()));
            const ProgressReportData &d = p->data();
            status = tr("%1: %2 cooperatives; %3 in the follow-up list.")
                         .arg(d.current.areaName, IndonesianFormat::number(d.current.total), IndonesianFormat::number(d.behind.size()));
            report = std::move(p);
        }
        auto doc = report->document();
        doc->setDocumentMargin(18);   // on screen only; paper has the page margins
        m_preview->setDocument(doc.get());
        m_previewDocument = std::move(doc);
        m_report = std::move(report);
        m_status->setText(status);
    } catch (const StorageError &e) {
        m_status->setText(e.message());
    }
}

const PrintableReport *ReportsPage::currentReport()
{
    // Every option change and every save elsewhere marks the report stale, so a report that is
    // not stale is the one on screen: printing it again does not rebuild it (seconds for a province).
    if (m_stale || !m_report || isBuilding()) {
        m_refreshTimer->stop();
        buildNow();   // the user is waiting for this very report: built here, at once
    }
    return m_report.get();
}

void ReportsPage::printPreview()
{
    if (!currentReport())
        return;
    QPrintPreviewDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(1000, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        WaitCursor wait;
        auto doc = m_report->document();
        ReportPrinter::print(doc.get(), printer, m_report->footerText());
    });
    dialog.exec();
    QSettings().setValue(QStringLiteral("report/printerName"), m_printer->printerName());
}

void ReportsPage::print()
{
    if (!currentReport())
        return;
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("report/printerName"), m_printer->printerName());
    WaitCursor wait;
    auto doc = m_report->document();
    ReportPrinter::print(doc.get(), m_printer.get(), m_report->footerText());
}

void ReportsPage::savePdf()
{
    if (!currentReport())
        return;
    const QString path = ExportFileDialog::ask(this, tr("Save the report as PDF"), m_report->suggestedFileName(),
                                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    WaitCursor wait;
    auto doc = m_report->document();
    QString error;   // a plain sentence from OutputFile (full disk, the database, ...)
    const int pages = ReportPrinter::savePdf(doc.get(), path, pageSetup(), m_report->footerText(), m_report->suggestedFileName(), &error);
    if (pages == 0)
        QMessageBox::warning(this, tr("Save the report as PDF"), error);
    else
        m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::editLetterhead()
{
    if (LetterheadDialog::edit(m_context.database->connection(), this)) {
        m_context.watcher->notifyLocalChange();
        refresh();
    }
}

void ReportsPage::exportRegistry()
{
    const auto target = ExportFileDialog::askSpreadsheet(this, tr("Export the registry"), QStringLiteral("Daftar_KMP"));
    if (target.isEmpty())
        return;
    try {
        WaitCursor wait;
        const int rows = SpreadsheetExport::registry(m_context.database->connection(), RegistryQuery(), target.path, target.csv);
        m_status->setText(tr("Exported %n cooperative(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(target.path)));
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Export the registry"), e.message());
    }
}

void ReportsPage::exportDistricts()
{
    const auto target = ExportFileDialog::askSpreadsheet(this, tr("Export the per-kecamatan table"),
                                                         QStringLiteral("KMP_per_Kecamatan_%1").arg(m_asOf->date().toString(Qt::ISODate)));
    if (target.isEmpty())
        return;
    try {
        WaitCursor wait;
        const int rows = SpreadsheetExport::districts(ReportRepository(m_context.database->connection()).summary(m_asOf->date()),
                                                      target.path, target.csv);
        m_status->setText(tr("Exported %n kecamatan to %1.", nullptr, rows).arg(QDir::toNativeSeparators(target.path)));
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Export the per-kecamatan table"), e.message());
    }
}

void ReportsPage::exportAbsentees()
{
    try {
        const QVector<Workshop> workshops = WorkshopRepository(m_context.database->connection()).list();
        if (workshops.isEmpty()) {
            QMessageBox::information(this, tr("Export a workshop's absentees"), tr("There is no workshop in this database yet."));
            return;
        }
        QStringList names;
        for (const Workshop &w : workshops)
            names << QStringLiteral("%1 — %2").arg(IndonesianFormat::date(w.heldOn), w.title);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Export a workshop's absentees"), tr("Workshop:"), names, 0, false, &ok);
        if (!ok)
            return;
        const Workshop &workshop = workshops.at(int(names.indexOf(chosen)));
        const auto target = ExportFileDialog::askSpreadsheet(this, tr("Export a workshop's absentees"),
                                                             QStringLiteral("Belum_Hadir_%1").arg(workshop.heldOn.toString(Qt::ISODate)));
        if (target.isEmpty())
            return;
        WaitCursor wait;
        const int rows = SpreadsheetExport::absentees(m_context.database->connection(), workshop.id, target.path, target.csv);
        m_status->setText(tr("Exported %n absent cooperative(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(target.path)));
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Export a workshop's absentees"), e.message());
    }
}
