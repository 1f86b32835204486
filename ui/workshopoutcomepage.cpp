#include "workshopoutcomepage.h"

#include "changewatcher.h"
#include "database.h"
#include "progressrepository.h"
#include "settingsrepository.h"
#include "spreadsheetexport.h"
#include "storageerror.h"
#include "workshoprepository.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSaveFile>
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
    auto *csv = new QPushButton(tr("E&xport absentees (CSV)…"), this);
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

void WorkshopOutcomePage::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    reload();
}

void WorkshopOutcomePage::reload()
{
    if (m_workshopId == 0)
        return;
    const QSqlDatabase db = m_ctx.database->connection();
    try {
        WorkshopRepository repo(db);
        WorkshopOutcome o;
        o.workshop = repo.get(m_workshopId);
        o.areaName = SettingsRepository(db).areaName();
        o.counts = repo.counts(m_workshopId);
        o.absentees = repo.absentees(m_workshopId);
        const ProgressRepository progress(db);
        o.before = progress.summary(o.workshop.heldOn.addDays(-1));
        o.after = progress.summary(o.workshop.heldOn);
        m_outcome = o;
    } catch (const StorageError &e) {
        m_view->setPlainText(e.message());
        return;
    }
    m_headline->setText(m_outcome.headline());
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    m_view->setHtml(m_outcome.html());
    m_view->verticalScrollBar()->setValue(scroll);
}

void WorkshopOutcomePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(m_outcome.workshop.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the workshop outcome"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(m_outcome.html());
        doc.print(p);
    });
    preview.exec();
}

bool WorkshopOutcomePage::exportAbsentees(const QString &path, QString *error) const
{
    // The same absentee sheet as the Reports page and `pantau-kopdes export --what absent`.
    try {
        SpreadsheetExport::absentees(m_ctx.database->connection(), m_workshopId, path);
        return true;
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

void WorkshopOutcomePage::exportCsv()
{
    const QString suggested = QDir::home().filePath(tr("absent-%1.csv").arg(m_outcome.workshop.heldOn.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the absentees"), suggested, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportAbsentees(path, &error))
        QMessageBox::warning(this, tr("Export the absentees"), tr("Could not write \"%1\": %2").arg(path, error));
}
