#include "workshops/workshopoutcomepage.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "reports/exportfiledialog.h"
#include "core/indonesianformat.h"
#include "report/pagesetup.h"
#include "report/reportprinter.h"
#include "report/spreadsheetexport.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

WorkshopOutcomePage::WorkshopOutcomePage(const AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *root = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Workshops"), this);
    auto *checkIn = new QPushButton(tr("&Check-in"), this);
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *csv = new QPushButton(tr("E&xport absentees…"), this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("outcomeHeadline"));
    m_headline->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold; color: #2e7d32;"));
    top->addWidget(back);
    top->addSpacing(12);
    top->addWidget(m_headline, 1);
    top->addWidget(checkIn);
    top->addWidget(print);
    top->addWidget(csv);
    root->addLayout(top);
    m_view = new QTextBrowser(this);
    m_view->setStyleSheet(QStringLiteral("QTextBrowser { background: white; color: black; }"));
    root->addWidget(m_view, 1);

    connect(back, &QPushButton::clicked, this, &WorkshopOutcomePage::backRequested);
    connect(checkIn, &QPushButton::clicked, this, [this] { emit checkInRequested(m_workshopId); });
    connect(print, &QPushButton::clicked, this, &WorkshopOutcomePage::print);
    connect(csv, &QPushButton::clicked, this, &WorkshopOutcomePage::exportCsv);
    if (m_ctx.watcher)
        connect(m_ctx.watcher, &ChangeWatcher::changed, this, [this] {
            if (isVisible())
                reload();
        });
}

WorkshopOutcomePage::~WorkshopOutcomePage() = default;

void WorkshopOutcomePage::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    reload();
}

QString WorkshopOutcomePage::headline() const
{
    if (!m_report)
        return QString();
    const AttendanceCounts &c = m_report->data().counts;
    return tr("%1 present, %2 absent").arg(IndonesianFormat::number(c.present), IndonesianFormat::number(c.absent()));
}

void WorkshopOutcomePage::reload()
{
    if (m_workshopId == 0)
        return;
    try {
        m_report = std::make_unique<WorkshopReport>(WorkshopReportData::load(m_ctx.database->connection(), m_workshopId));
    } catch (const StorageError &e) {
        m_view->setPlainText(e.message());
        return;
    }
    m_headline->setText(headline());
    const int scroll = m_view->verticalScrollBar()->value();
    auto doc = m_report->document();
    doc->setDocumentMargin(18);   // on screen only; paper has the page margins
    m_view->setDocument(doc.get());
    m_document = std::move(doc);
    m_view->verticalScrollBar()->setValue(scroll);
}

void WorkshopOutcomePage::print()
{
    if (!m_report)
        return;
    // The paper and orientation chosen on the Reports page (remembered on this PC).
    QPrinter printer(QPrinter::HighResolution);
    PageSetup::loadFromSettings().applyTo(printer);
    printer.setDocName(m_report->suggestedFileName());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the workshop report"));
    preview.resize(1000, 760);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        const auto doc = m_report->document();
        ReportPrinter::print(doc.get(), p, m_report->footerText());
    });
    preview.exec();
}

bool WorkshopOutcomePage::exportAbsentees(const QString &path, QString *error, const CsvDialect &csv) const
{
    // The same absentee sheet as the Reports page and `pantau-kopdes export --what absent`.
    try {
        SpreadsheetExport::absentees(m_ctx.database->connection(), m_workshopId, path, csv);
        return true;
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

void WorkshopOutcomePage::exportCsv()
{
    const QDate day = m_report ? m_report->data().workshop.heldOn : QDate::currentDate();
    const auto target = ExportFileDialog::askSpreadsheet(this, tr("Export the absentees"),
                                                         QStringLiteral("Belum_Hadir_%1").arg(day.toString(Qt::ISODate)));
    if (target.isEmpty())
        return;
    QString error;
    if (!exportAbsentees(target.path, &error, target.csv))
        QMessageBox::warning(this, tr("Export the absentees"), error);
}
