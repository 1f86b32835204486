#include "workshops/workshopspage.h"

#include "storage/changewatcher.h"
#include "workshops/checkinpage.h"
#include "storage/database.h"
#include "core/indonesianformat.h"
#include "report/invitationsheet.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "workshops/workshopeditdialog.h"
#include "workshops/workshopoutcomepage.h"
#include "storage/workshoprepository.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include "widgets/filedialogs.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

WorkshopsPage::WorkshopsPage(const AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildList());
    m_checkIn = new CheckInPage(ctx, this);
    m_outcome = new WorkshopOutcomePage(ctx, this);
    m_stack->addWidget(m_checkIn);
    m_stack->addWidget(m_outcome);
    connect(m_checkIn, &CheckInPage::backRequested, this, &WorkshopsPage::showList);
    connect(m_checkIn, &CheckInPage::outcomeRequested, this, &WorkshopsPage::openOutcome);
    connect(m_outcome, &WorkshopOutcomePage::backRequested, this, &WorkshopsPage::showList);
    connect(m_outcome, &WorkshopOutcomePage::checkInRequested, this, &WorkshopsPage::openCheckIn);
    if (m_ctx.watcher)
        connect(m_ctx.watcher, &ChangeWatcher::changed, this, [this] { reload(); });
    reload();
}

QWidget *WorkshopsPage::buildList()
{
    auto *page = new QWidget(this);
    auto *root = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Workshops"), page);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    root->addWidget(title);
    auto *hint = new QLabel(tr("Select a workshop and press Enter to open the check-in screen for the door."), page);
    hint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    root->addWidget(hint);

    // Built before the buttons: the keyboard focus goes from the side bar to the list first.
    m_table = new QTableWidget(0, 6, page);
    m_table->setObjectName(QStringLiteral("workshopList"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Title"), tr("Place"), tr("Invited"), tr("Present"), tr("Absent")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { if (selectedId()) openCheckIn(selectedId()); });
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New workshop…"), page);
    create->setObjectName(QStringLiteral("newWorkshopButton"));
    auto *edit = new QPushButton(tr("Edit and &invite…"), page);
    auto *cards = new QPushButton(tr("Name &cards with QR codes (PDF)…"), page);
    auto *checkIn = new QPushButton(tr("Open chec&k-in"), page);
    auto *outcome = new QPushButton(tr("&Outcome and absentees"), page);
    auto *reopen = new QPushButton(tr("&Reopen for today…"), page);
    reopen->setObjectName(QStringLiteral("reopenWorkshop"));
    reopen->setToolTip(tr("A workshop's attendance closes after its day; reopen it until midnight to record a mark that was really missed"));
    // Two rows: the workshop's preparation, then the day itself and after; one row of six is wider
    // than a 1024×600 netbook's window.
    auto *dayButtons = new QHBoxLayout;
    for (QPushButton *b : {create, edit, cards})
        buttons->addWidget(b);
    for (QPushButton *b : {checkIn, outcome, reopen})
        dayButtons->addWidget(b);
    buttons->addStretch(1);
    dayButtons->addStretch(1);
    root->addLayout(buttons);
    root->addLayout(dayButtons);
    connect(create, &QPushButton::clicked, this, &WorkshopsPage::createWorkshop);
    connect(edit, &QPushButton::clicked, this, &WorkshopsPage::editWorkshop);
    connect(cards, &QPushButton::clicked, this, &WorkshopsPage::saveNameCards);
    connect(checkIn, &QPushButton::clicked, this, [this] { if (selectedId()) openCheckIn(selectedId()); });
    connect(outcome, &QPushButton::clicked, this, [this] { if (selectedId()) openOutcome(selectedId()); });
    connect(reopen, &QPushButton::clicked, this, [this] { if (selectedId()) reopenForToday(selectedId()); });

    root->addWidget(m_table, 1);
    return page;
}

void WorkshopsPage::reload(qint64 select)
{
    const qint64 keep = select != 0 ? select : selectedId();
    QVector<Workshop> all;
    WorkshopRepository repo(m_ctx.database->connection());
    try {
        all = repo.list();
    } catch (const StorageError &) {
        return;   // an older database without workshops yet, or busy: the next change refreshes
    }
    m_table->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Workshop &w = all.at(r);
        const AttendanceCounts c = repo.counts(w.id);
        const QStringList cells{IndonesianFormat::dateShort(w.heldOn), w.title, w.place, IndonesianFormat::number(c.invited),
                                IndonesianFormat::number(c.present), IndonesianFormat::number(c.absent())};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, w.id);
            if (col >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
        if (w.id == keep || (keep == 0 && r == 0)) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0));
        }
    }
    m_table->resizeColumnToContents(0);
}

qint64 WorkshopsPage::selectedId() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void WorkshopsPage::showList()
{
    reload();
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void WorkshopsPage::openCheckIn(qint64 workshopId)
{
    m_checkIn->setWorkshop(workshopId);
    m_stack->setCurrentWidget(m_checkIn);
}

void WorkshopsPage::openOutcome(qint64 workshopId)
{
    m_outcome->setWorkshop(workshopId);
    m_stack->setCurrentWidget(m_outcome);
}

void WorkshopsPage::createWorkshop()
{
    Workshop w;
    w.heldOn = QDate::currentDate();
    const qint64 id = WorkshopEditDialog::edit(m_ctx, w, this);
    if (id != 0) {
        m_ctx.watcher->notifyLocalChange();
        reload(id);
        announceSaved(id);
    }
}

void WorkshopsPage::announceSaved(qint64 id)
{
    try {
        const Workshop saved = WorkshopRepository(m_ctx.database->connection()).get(id);
        announce(tr("Workshop \"%1\" of %2 saved.").arg(saved.title, IndonesianFormat::date(saved.heldOn)));
    } catch (const StorageError &) {
        // Saved, and gone again (another desk deleted it): the list says so.
    }
}

void WorkshopsPage::announce(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text, 10000);
}

void WorkshopsPage::editWorkshop()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    try {
        if (WorkshopEditDialog::edit(m_ctx, WorkshopRepository(m_ctx.database->connection()).get(id), this) != 0) {
            m_ctx.watcher->notifyLocalChange();
            reload(id);
            announceSaved(id);
        }
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Edit workshop"), e.message());
    }
}

void WorkshopsPage::reopenForToday(qint64 workshopId)
{
    WorkshopRepository repo(m_ctx.database->connection());
    try {
        const Workshop w = repo.get(workshopId);
        if (repo.isOpenForMarks(w)) {
            QMessageBox::information(this, tr("Reopen for today"), tr("The attendance of \"%1\" is open.").arg(w.title));
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Reopen for today"),
            tr("\"%1\" was held on %2 and its report may already be signed. Reopen its attendance until midnight "
               "to record a mark that was really missed?")
                .arg(w.title, IndonesianFormat::date(w.heldOn)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        repo.reopenForToday(workshopId);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Reopen for today"), e.message());
    }
}

void WorkshopsPage::saveNameCards()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    WorkshopRepository repo(m_ctx.database->connection());
    const Workshop w = repo.get(id);
    const QVector<AttendanceEntry> invited = repo.entries(id);
    if (invited.isEmpty()) {
        QMessageBox::information(this, tr("Name cards"), tr("Nobody is invited to this workshop yet. Use \"Edit and invite\" first."));
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("name-cards-%1.pdf").arg(w.heldOn.toString(Qt::ISODate)));
    const QString path = FileDialogs::getSaveFileName(this, tr("Name cards with QR codes"), suggested, tr("PDF file (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = InvitationSheet(w, invited, SettingsRepository(m_ctx.database->connection()).areaName()).writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Name cards"), error);   // names the file and what to do
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
