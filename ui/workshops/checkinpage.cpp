#include "workshops/checkinpage.h"

#include "workshops/attendancecounterspanel.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "core/indonesianformat.h"
#include "core/regioncode.h"
#include "storage/storageerror.h"
#include "workshops/workshopmilestonedialog.h"
#include "storage/workshoprepository.h"

#include <QApplication>
#include <QChildEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kRecentArrivals = 12;

QString localTime(const QDateTime &utc)
{
    return IndonesianFormat::time(utc.toLocalTime().time());
}

// "Koperasi Desa Merah Putih Huta Parik" -> "KDMP Huta Parik": the village name is what a
// facilitator looks for in a narrow column; KDMP/KKMP are the programme's own abbreviations.
QString shortName(const QString &name)
{
    static const QString desa = QStringLiteral("Koperasi Desa Merah Putih ");
    static const QString kelurahan = QStringLiteral("Koperasi Kelurahan Merah Putih ");
    if (name.startsWith(desa))
        return QStringLiteral("KDMP ") + name.mid(desa.size());
    if (name.startsWith(kelurahan))
        return QStringLiteral("KKMP ") + name.mid(kelurahan.size());
    return name;
}

}   // namespace

CheckInPage::CheckInPage(const AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    buildUi();
    watchChildren();
    if (m_ctx.watcher)
        connect(m_ctx.watcher, &ChangeWatcher::changed, this, &CheckInPage::refresh);
}

void CheckInPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Workshops"), this);
    connect(back, &QPushButton::clicked, this, &CheckInPage::backRequested);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    m_subtitle = new QLabel(this);
    m_subtitle->setStyleSheet(QStringLiteral("color: #546e7a;"));
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *outcome = new QPushButton(tr("&Outcome and absentees"), this);
    connect(outcome, &QPushButton::clicked, this, [this] { emit outcomeRequested(m_workshopId); });
    top->addWidget(back);
    top->addSpacing(12);
    top->addLayout(titles, 1);
    top->addWidget(outcome);
    root->addLayout(top);

    // Who records at this desk: kept with every mark ("Rina (Meja 1)") and remembered on this
    // computer, so the records of several desks at one door can be told apart.
    auto *deskRow = new QHBoxLayout;
    QSettings settings;
    m_deskName = new QLineEdit(settings.value(QStringLiteral("checkIn/desk")).toString(), this);
    m_deskName->setObjectName(QStringLiteral("checkInDesk"));
    m_deskName->setPlaceholderText(tr("e.g. Desk 1"));
    m_facilitatorName = new QLineEdit(settings.value(QStringLiteral("checkIn/facilitator")).toString(), this);
    m_facilitatorName->setObjectName(QStringLiteral("checkInFacilitator"));
    m_facilitatorName->setPlaceholderText(m_ctx.actor);
    auto *deskLabel = new QLabel(tr("D&esk:"), this);
    deskLabel->setBuddy(m_deskName);
    auto *facilitatorLabel = new QLabel(tr("Recorded &by:"), this);
    facilitatorLabel->setBuddy(m_facilitatorName);
    deskRow->addWidget(deskLabel);
    deskRow->addWidget(m_deskName, 1);
    deskRow->addWidget(facilitatorLabel);
    deskRow->addWidget(m_facilitatorName, 2);
    root->addLayout(deskRow);
    connect(m_deskName, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("checkIn/desk"), m_deskName->text().simplified()); });
    connect(m_facilitatorName, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("checkIn/facilitator"), m_facilitatorName->text().simplified()); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("checkInSearch"));
    m_search->setPlaceholderText(tr("Scan the card, or type a village code or a cooperative, village or chair name, then Enter"));
    m_search->setStyleSheet(QStringLiteral("QLineEdit { font-size: 22pt; padding: 8px; border: 2px solid #b71c1c; border-radius: 6px; }"));
    m_search->setClearButtonEnabled(true);
    root->addWidget(m_search);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(52);
    root->addWidget(m_message);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_resultsCaption = new QLabel(this);
    m_resultsCaption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    left->addWidget(m_resultsCaption);
    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QStringLiteral("checkInResults"));
    m_results->setHorizontalHeaderLabels({tr("Village code"), tr("Cooperative and chair"), tr("Kecamatan"), tr("Attendance")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_results->horizontalHeader()->resizeSection(2, 170);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Tab leaves the table (it does not walk its cells), and the table shows when it has the focus.
    m_results->setTabKeyNavigation(false);
    m_results->setStyleSheet(QStringLiteral("QTableWidget { font-size: 11pt; border: 2px solid transparent; }"
                                            "QTableWidget:focus { border: 2px solid #1565c0; }"
                                            "QTableWidget::item:selected:focus { background: #1565c0; color: white; }"
                                            "QTableWidget::item:selected:!focus { background: #cfd8dc; color: black; }"));
    connect(m_results, &QTableWidget::itemActivated, this, [this] { markSelected(); });
    left->addWidget(m_results, 1);

    auto *who = new QHBoxLayout;
    m_attendeeName = new QLineEdit(this);
    m_attendeeName->setPlaceholderText(tr("Name of the person who came (optional)"));
    m_attendeeRole = new QComboBox(this);
    m_attendeeRole->setEditable(true);
    m_attendeeRole->addItems({QString(), tr("Chair"), tr("Secretary"), tr("Treasurer"), tr("Supervisor"), tr("Member"), tr("Manager")});
    m_attendeeRole->lineEdit()->setPlaceholderText(tr("Role (optional)"));
    auto *nameLabel = new QLabel(tr("&Came:"), this);
    nameLabel->setBuddy(m_attendeeName);
    who->addWidget(nameLabel);
    who->addWidget(m_attendeeName, 2);
    who->addWidget(m_attendeeRole, 1);
    left->addLayout(who);

    auto *actions = new QHBoxLayout;
    m_markButton = new QPushButton(tr("Mark &present (Enter)"), this);
    m_takeBackButton = new QPushButton(tr("&Take back mark…"), this);
    m_milestonesButton = new QPushButton(tr("&Milestones reached today…"), this);
    connect(m_markButton, &QPushButton::clicked, this, &CheckInPage::markSelected);
    connect(m_takeBackButton, &QPushButton::clicked, this, &CheckInPage::takeBackSelected);
    connect(m_milestonesButton, &QPushButton::clicked, this, &CheckInPage::recordMilestones);
    actions->addWidget(m_markButton);
    actions->addWidget(m_takeBackButton);
    actions->addWidget(m_milestonesButton);
    actions->addStretch(1);
    left->addLayout(actions);
    body->addLayout(left, 5);

    m_counters = new AttendanceCountersPanel(this);
    body->addWidget(m_counters, 3);
    root->addLayout(body, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &CheckInPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_searchStale = true;
        m_searchTimer->start();
    });
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(clear, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_search->setFocus();
    });
    auto *focusSearch = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(focusSearch, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
    showMessage(tr("Ready. Scan a card or type, then press Enter."), Tone::Neutral);
}

void CheckInPage::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    try {
        m_workshop = WorkshopRepository(m_ctx.database->connection()).get(workshopId);
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);
        return;
    }
    m_title->setText(tr("Check-in: %1").arg(m_workshop.title));
    m_subtitle->setText(IndonesianFormat::dateLong(m_workshop.heldOn)
                        + (m_workshop.place.isEmpty() ? QString() : QStringLiteral(" · ") + m_workshop.place));
    m_search->clear();
    m_searchTimer->stop();
    runSearch();
    refreshCounters();
    if (WorkshopRepository(m_ctx.database->connection()).isOpenForMarks(m_workshop))
        showMessage(tr("Ready. Scan a card or type, then press Enter."), Tone::Neutral);
    else   // said at once, not only when the first scan is refused
        showMessage(tr("This workshop was held on %1 and has ended: its attendance is closed and scans are refused. "
                       "To record a mark that was really missed, use \"Reopen for today\" on the Workshops page.")
                        .arg(IndonesianFormat::date(m_workshop.heldOn)),
                    Tone::Warning);
    m_search->setFocus();
}

void CheckInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_search->setFocus();
}

void CheckInPage::watchChildren()
{
    // Every widget of the page (and of the counters panel) that can hold the focus.
    installEventFilter(this);
    for (QWidget *w : findChildren<QWidget *>())
        w->installEventFilter(this);
}

QString CheckInPage::recorder() const
{
    const QString name = m_facilitatorName->text().simplified();
    return WorkshopRepository::recorder(name.isEmpty() ? m_ctx.actor : name, m_deskName->text());
}

bool CheckInPage::routeToScanField(QObject *watched, QKeyEvent *key)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    // Not the scan field itself, nor the page (keys the children left), nor popups and dialogs.
    if (!widget || watched == m_search || watched == this || widget->window() != window())
        return false;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    auto *field = qobject_cast<QLineEdit *>(watched);
    if (!field)
        if (auto *combo = qobject_cast<QComboBox *>(watched))
            field = combo->lineEdit();
    if (field) {
        // Names are typed here; a scan (a village code and Enter) that landed in a name field is
        // taken out of it and checked in, so it is neither lost nor kept as a name.
        if (!enter)
            return false;
        // The scanner types straight after what is there ("Meja 11208302002"): the longest
        // well-formed village code at the end of the text is the scan.
        const QString text = field->text();
        int cut = int(text.size());
        while (cut > 0 && (text.at(cut - 1).isDigit() || text.at(cut - 1) == QLatin1Char('.')))
            --cut;
        while (cut < text.size() && RegionCode::normaliseVillageCode(text.mid(cut)).isEmpty())
            ++cut;
        const QString tail = text.mid(cut);
        if (tail.isEmpty()) {
            if (field == m_attendeeName || field == m_attendeeRole->lineEdit())
                markSelected();   // Enter in "who came" marks the highlighted row, as before
            else
                m_search->setFocus();
            return true;
        }
        field->setText(text.left(cut).trimmed());
        m_search->setText(tail);
        markSelected();
        return true;
    }
    // Any other widget (the tables, the buttons): printable text goes to the scan field.
    const QString text = key->text();
    // Space still presses a focused button; a code never starts with one.
    const bool printable = !text.isEmpty() && text.at(0).isPrint() && (m_scanRouted || text != QLatin1String(" "))
                        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable) {
        if (!m_scanRouted) {
            // The first routed key starts a new scan: what was in the field before is replaced.
            m_search->clear();
            m_scanRouted = true;
        }
        m_search->insert(text);
        return true;
    }
    if (enter && (m_scanRouted || watched == m_results)) {
        m_scanRouted = false;
        markSelected();
        return true;
    }
    return false;
}

bool CheckInPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded && watched->isWidgetType()) {
        // Widgets created later (rows' editors, popups) are watched too.
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            child->installEventFilter(this);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched != m_search) {
        if (routeToScanField(watched, key))
            return true;
        return QWidget::eventFilter(watched, event);
    }
    m_scanRouted = false;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        markSelected();
        return true;
    }
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down: moveSelection(1); return true;
        case Qt::Key_Up: moveSelection(-1); return true;
        case Qt::Key_PageDown: moveSelection(10); return true;
        case Qt::Key_PageUp: moveSelection(-10); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInPage::moveSelection(int delta)
{
    if (m_rows.isEmpty())
        return;
    const int row = qBound(0, m_results->currentRow() + delta, int(m_rows.size()) - 1);
    m_results->selectRow(row);
    m_results->scrollToItem(m_results->item(row, 0));
}

bool CheckInPage::runSearch()
{
    if (m_workshopId == 0)
        return false;
    m_searchTimer->stop();
    m_searchStale = false;
    m_searchedText = m_search->text().trimmed();
    WorkshopRepository repo(m_ctx.database->connection());
    try {
        if (m_searchedText.isEmpty()) {
            m_resultsCaption->setText(tr("Latest arrivals"));
            showResults(repo.recentArrivals(m_workshopId, kRecentArrivals), 0);
        } else {
            const QVector<AttendanceEntry> found = repo.lookup(m_workshopId, m_searchedText, 50);
            m_resultsCaption->setText(found.isEmpty() ? tr("No invited cooperative matches “%1”").arg(m_searchedText)
                                                      : tr("Matches: Enter marks the highlighted one, ↑ ↓ choose another"));
            showResults(found, 0);
        }
    } catch (const StorageError &e) {
        // The rows of an earlier search are not the answer to this one (a lost server link).
        m_rows.clear();
        m_results->setRowCount(0);
        showMessage(e.message(), Tone::Error);
        return false;
    }
    return true;
}

void CheckInPage::showResults(const QVector<AttendanceEntry> &rows, qint64 keepSelected)
{
    m_rows = rows;
    m_results->setRowCount(int(rows.size()));
    int selectRow = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const AttendanceEntry &e = rows.at(r);
        const QString status = e.present ? tr("present %1").arg(localTime(e.markedAt)) : tr("not yet present");
        const QString name = shortName(e.cooperativeName);
        const QString who = e.chairName.isEmpty() ? name : tr("%1\nChair: %2").arg(name, e.chairName);
        const QStringList cells{e.villageCode, who, e.districtName, status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(e.cooperativeName);
            if (c == 3)
                item->setForeground(e.present ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
            m_results->setItem(r, c, item);
        }
        if (e.cooperativeId == keepSelected)
            selectRow = r;
    }
    if (!rows.isEmpty())
        m_results->selectRow(selectRow);
    const bool any = !rows.isEmpty();
    m_markButton->setEnabled(any);
    m_takeBackButton->setEnabled(any);
    m_milestonesButton->setEnabled(any);
}

qint64 CheckInPage::selectedId() const
{
    return selectedEntry().cooperativeId;
}

AttendanceEntry CheckInPage::selectedEntry() const
{
    const int row = m_results->currentRow();
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : AttendanceEntry();
}

void CheckInPage::markSelected()
{
    if (m_workshopId == 0)
        return;
    // A scanner types the code and Enter faster than the search timer: search now.
    if ((m_searchStale || m_search->text().trimmed() != m_searchedText) && !runSearch())
        return;   // the database could not be read: its message stays, the text stays for another try
    if (m_searchedText.isEmpty())
        return;
    if (m_rows.isEmpty()) {
        explainNoMatch(m_searchedText);
        m_search->selectAll();
        return;
    }
    const AttendanceEntry chosen = selectedEntry();
    WorkshopRepository repo(m_ctx.database->connection());
    MarkResult r;
    try {
        r = repo.markPresent(m_workshopId, chosen.cooperativeId, m_attendeeName->text(), m_attendeeRole->currentText(), recorder());
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);   // nothing was saved; the text stays for another try
        return;
    }
    const AttendanceEntry &e = r.entry;
    if (r.status == MarkResult::Status::NotInvited) {
        showMessage(tr("%1 is not invited to this workshop. Nothing was recorded.").arg(chosen.cooperativeName), Tone::Error);
        return;
    }
    if (r.status == MarkResult::Status::AlreadyPresent) {
        showMessage(tr("Already present at %1: %2 (%3), marked by %4. Nothing changed.")
                        .arg(localTime(e.markedAt), e.cooperativeName, e.districtName, e.markedBy),
                    Tone::Warning);
    } else {
        // Shown only now: markPresent returned after its transaction committed.
        showMessage(tr("PRESENT %1 · %2 (%3)%4").arg(localTime(e.markedAt), e.cooperativeName, e.districtName, e.attendeeName.isEmpty() ? QString() : QStringLiteral(" · ") + e.attendeeName),
                    Tone::Success);
    }
    m_attendeeName->clear();
    m_attendeeRole->setCurrentIndex(0);
    m_search->clear();
    runSearch();
    // The cooperative in front of the desk stays on top and highlighted, so "take back" and
    // "milestones" act on it.
    QVector<AttendanceEntry> rows{e};
    for (const AttendanceEntry &other : std::as_const(m_rows))
        if (other.cooperativeId != e.cooperativeId)
            rows.append(other);
    showResults(rows, e.cooperativeId);
    refreshCounters(e.districtCode);
    m_search->setFocus();
}

void CheckInPage::explainNoMatch(const QString &typed)
{
    WorkshopRepository::CodeLookup code;
    try {
        code = WorkshopRepository(m_ctx.database->connection()).findByCode(m_workshopId, typed);
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);
        return;
    }
    switch (code.status) {
    case WorkshopRepository::CodeLookup::Status::NotInvited:
        showMessage(tr("%1 (%2) is not invited to this workshop. Nothing was recorded.").arg(code.entry.cooperativeName, code.villageCode), Tone::Error);
        break;
    case WorkshopRepository::CodeLookup::Status::Unknown:
        showMessage(tr("No cooperative has the village code %1. Check the card or type the name.").arg(code.villageCode), Tone::Error);
        break;
    default:
        showMessage(tr("Nothing matches “%1”. Type part of the cooperative's, village's or chair's name, or the 10-digit village code.").arg(typed), Tone::Error);
        break;
    }
}

void CheckInPage::takeBackSelected()
{
    const AttendanceEntry chosen = selectedEntry();
    if (chosen.cooperativeId == 0)
        return;
    if (!chosen.present) {
        showMessage(tr("%1 is not marked present; there is nothing to take back.").arg(chosen.cooperativeName), Tone::Warning);
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Take back the attendance mark"),
                                               tr("Take back the mark of %1 (present at %2)?\nReason (optional, kept in the history):")
                                                   .arg(chosen.cooperativeName, localTime(chosen.markedAt)),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        m_search->setFocus();
        return;
    }
    try {
        if (WorkshopRepository(m_ctx.database->connection()).takeBack(m_workshopId, chosen.cooperativeId, note, recorder())) {
            showMessage(tr("Mark taken back: %1 is no longer counted as present (recorded in the history).").arg(chosen.cooperativeName), Tone::Warning);
        }
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);
    }
    runSearch();
    refreshCounters(chosen.districtCode);
    m_search->setFocus();
}

void CheckInPage::recordMilestones()
{
    const AttendanceEntry chosen = selectedEntry();
    if (chosen.cooperativeId == 0)
        return;
    // Milestones recorded "at the workshop" are part of its report: closed with its attendance.
    try {
        WorkshopRepository(m_ctx.database->connection()).ensureOpenForMarks(m_workshopId);
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);
        return;
    }
    WorkshopMilestoneDialog dialog(m_ctx, chosen, m_workshop.heldOn, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.summary().isEmpty()) {
        showMessage(dialog.summary(), Tone::Success);
        saved();
    }
    m_search->setFocus();
}

// Milestones change what other pages show (dashboard, registry); attendance marks do not.
void CheckInPage::saved()
{
    if (m_ctx.watcher)
        m_ctx.watcher->notifyLocalChange();
}

void CheckInPage::refresh()
{
    if (m_workshopId == 0)
        return;
    refreshCounters();
    // Keep what the facilitator is looking at; only the statuses change.
    const qint64 keep = selectedId();
    const QString typed = m_search->text().trimmed();
    WorkshopRepository repo(m_ctx.database->connection());
    try {
        showResults(typed.isEmpty() ? repo.recentArrivals(m_workshopId, kRecentArrivals) : repo.lookup(m_workshopId, typed, 50), keep);
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);
    }
}

void CheckInPage::refreshCounters(const QString &onlyDistrict)
{
    AttendanceCounts c;
    try {
        WorkshopRepository repo(m_ctx.database->connection());
        if (onlyDistrict.isEmpty()) {
            c = repo.counts(m_workshopId);
        } else {
            // After a scan at this desk only the totals and one kecamatan changed: cheap even
            // when a whole province is invited. Other desks' marks come through refresh().
            c = repo.totals(m_workshopId);
            c.districts = {repo.districtCounts(m_workshopId, onlyDistrict)};
        }
    } catch (const StorageError &e) {
        showMessage(e.message(), Tone::Error);
        return;
    }
    if (onlyDistrict.isEmpty())
        m_counters->showAll(c);
    else
        m_counters->showChanged(c);
}

void CheckInPage::showMessage(const QString &text, Tone tone)
{
    static const char *const styles[] = {
        "background: #eceff1; color: #263238;", "background: #2e7d32; color: white; font-weight: bold;",
        "background: #ffb300; color: black; font-weight: bold;", "background: #c62828; color: white; font-weight: bold;"};
    m_message->setStyleSheet(QStringLiteral("QLabel { font-size: 15pt; padding: 8px 12px; border-radius: 6px; %1 }")
                                 .arg(QLatin1String(styles[int(tone)])));
    m_message->setText(text);
}
