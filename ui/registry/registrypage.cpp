#include "registry/registrypage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include "widgets/frozencolumntableview.h"

#include "storage/changewatcher.h"
#include "registry/cooperativeeditdialog.h"
#include "registry/cooperativehistorydialog.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "reports/exportfiledialog.h"
#include "core/indonesianformat.h"
#include "storage/milestonerepository.h"
#include "registry/markmilestonedialog.h"
#include "storage/regionrepository.h"
#include "registry/registrycolumnlayout.h"
#include "registry/registrycommands.h"
#include "models/registrymodel.h"
#include "report/spreadsheetexport.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

RegistryPage::RegistryPage(const AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    setAcceptDrops(true);   // a spreadsheet dropped here is imported (ImportDialog)
    m_model = new RegistryModel(ctx.database->connection(), this);
    buildToolBar();

    // The code and name columns stay in view when the milestone columns are scrolled to.
    auto *table = new FrozenColumnTableView(this);
    m_table = table;
    m_table->setObjectName(QStringLiteral("registryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights let the view skip measuring 83,762 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Staff drag the milestone columns next to the name; the order is remembered.
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegistryModel::CodeColumn, Qt::AscendingOrder);
    m_table->addActions({m_edit, m_mark, m_withdraw, m_history});
    // Shown while the registry reflects a past date (from a dashboard set to that date).
    m_asOfBanner = new QWidget(this);
    m_asOfBanner->setObjectName(QStringLiteral("asOfBanner"));
    m_asOfBanner->setStyleSheet(QStringLiteral("#asOfBanner { background: #fff3cd; border: 1px solid #e0c060; }"));
    auto *bannerLayout = new QHBoxLayout(m_asOfBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_asOfLabel = new QLabel(m_asOfBanner);
    auto *backToToday = new QPushButton(tr("Back to today"), m_asOfBanner);
    backToToday->setObjectName(QStringLiteral("backToToday"));
    connect(backToToday, &QPushButton::clicked, this, [this] { setAsOf(QDate()); });
    bannerLayout->addWidget(m_asOfLabel, 1);
    bannerLayout->addWidget(backToToday);
    m_asOfBanner->hide();
    layout->addWidget(m_asOfBanner);
    table->frozenView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->frozenView()->addActions({m_edit, m_mark, m_withdraw, m_history});
    layout->addWidget(m_table, 1);
    m_columns = new RegistryColumnLayout(m_table, m_model);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(10000);
    connect(&m_searchTimer, &QTimer::timeout, this, &RegistryPage::applyQuery);
    connect(&m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RegistryPage::applySearchNow);
    connect(m_district, &QComboBox::currentIndexChanged, this, &RegistryPage::applyQuery);
    connect(m_milestone, &QComboBox::currentIndexChanged, this, &RegistryPage::applyQuery);
    connect(m_milestoneState, &QComboBox::currentIndexChanged, this, &RegistryPage::applyQuery);
    connect(m_table, &QAbstractItemView::activated, this, &RegistryPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegistryPage::updateActions);
    connect(m_model, &RegistryModel::queryChanged, this, &RegistryPage::updateCount);
    connect(m_model, &RegistryModel::readFailed, this, &RegistryPage::showError);
    if (ctx.watcher)
        connect(ctx.watcher, &ChangeWatcher::changed, this, &RegistryPage::reload);
    RegistryCommands::setErrorReporter(ctx.undoStack, [this](const QString &message) { showError(message); });
    updateCount();
    updateActions();
    if (!m_model->startupError().isEmpty())
        QTimer::singleShot(0, this, [this] { showError(m_model->startupError()); });
}

RegistryPage::~RegistryPage()
{
    RegistryCommands::setErrorReporter(m_ctx.undoStack, nullptr);
    m_columns->flush();
}

void RegistryPage::buildToolBar()
{
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setPlaceholderText(tr("Search name, village, code or chair..."));
    m_search->setClearButtonEnabled(true);
    // The filter row shrinks to a 1024×600 netbook's window: the boxes show at least eight
    // characters and the rest of a long name in the open list.
    m_search->setMinimumWidth(120);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("registryDistrict"));
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_district->setMinimumContentsLength(8);
    m_milestone = new QComboBox(this);
    m_milestone->setObjectName(QStringLiteral("registryMilestone"));
    m_milestone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_milestone->setMinimumContentsLength(8);
    m_milestoneState = new QComboBox(this);
    m_milestoneState->setObjectName(QStringLiteral("registryMilestoneState"));
    m_milestoneState->addItem(tr("reached"), int(RegistryQuery::MilestoneFilter::Reached));
    m_milestoneState->addItem(tr("not reached"), int(RegistryQuery::MilestoneFilter::NotReached));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registryCount"));
    m_count->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_count->setWordWrap(true);   // wraps instead of widening the page past a netbook's window
    fillDistricts();
    fillMilestones();
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *districtLabel = new QLabel(tr("&Kecamatan:"), this);
    districtLabel->setBuddy(m_district);
    auto *milestoneLabel = new QLabel(tr("&Milestone:"), this);
    milestoneLabel->setBuddy(m_milestone);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(districtLabel);
    filters->addWidget(m_district, 1);
    filters->addSpacing(8);
    filters->addWidget(milestoneLabel);
    filters->addWidget(m_milestone, 1);
    filters->addWidget(m_milestoneState);
    filters->addSpacing(12);
    filters->addWidget(m_count);
    static_cast<QVBoxLayout *>(layout())->addLayout(filters);

    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit = actions->addAction(tr("&Edit..."), this, &RegistryPage::editCurrent);
    m_edit->setToolTip(tr("Edit the selected cooperative (double-click or Enter)"));
    m_mark = actions->addAction(tr("Mark milestone &reached..."), this, &RegistryPage::markSelected);
    m_mark->setShortcut(QKeySequence(QStringLiteral("Ctrl+M")));
    m_mark->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_mark->setToolTip(tr("Record a milestone for all selected cooperatives (Ctrl+M)"));
    m_withdraw = actions->addAction(tr("&Withdraw milestone..."), this, &RegistryPage::withdrawSelected);
    m_withdraw->setToolTip(tr("Withdraw a milestone recorded by mistake; the withdrawal stays in the history"));
    m_history = actions->addAction(tr("&History"), this, &RegistryPage::showHistory);
    m_history->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    m_history->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    actions->addSeparator();
    QAction *exportRows = actions->addAction(tr("E&xport these rows..."), this, [this] {
        const auto target = ExportFileDialog::askSpreadsheet(this, tr("Export the registry"), QStringLiteral("Daftar_KMP"));
        if (!target.isEmpty())
            exportRowsTo(target.path, target.csv);
    });
    exportRows->setToolTip(tr("Save the cooperatives shown, filtered and sorted as here, to Excel (XLSX) or CSV"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20; padding-left: 12px;"));
    actions->addWidget(m_message);
    static_cast<QVBoxLayout *>(layout())->addWidget(actions);
}

void RegistryPage::fillDistricts()
{
    const QString current = m_district->currentData().toString();
    const QSignalBlocker block(m_district);
    m_district->clear();
    m_district->addItem(tr("All kecamatan"), QString());
    try {
        for (const RegionEntry &d : RegionRepository(m_ctx.database->connection()).districts())
            m_district->addItem(d.name, d.code);
    } catch (const StorageError &e) {
        showError(e.message());
    }
    m_district->setCurrentIndex(std::max(0, m_district->findData(current)));
}

void RegistryPage::fillMilestones()
{
    const QString current = m_milestone->currentData().toString();
    const QSignalBlocker block(m_milestone);
    m_milestone->clear();
    m_milestone->addItem(tr("Any milestone"), QString());
    for (const MilestoneDefinition &m : m_model->milestones())
        m_milestone->addItem(m.name, m.code);
    m_milestone->setCurrentIndex(std::max(0, m_milestone->findData(current)));
    m_milestoneState->setEnabled(m_milestone->currentIndex() > 0);
}

void RegistryPage::applyQuery()
{
    m_searchTimer.stop();
    RegistryQuery q = m_model->query();
    q.search = m_search->text().trimmed();
    q.districtCode = m_district->currentData().toString();
    q.milestoneCode = m_milestone->currentData().toString();
    m_milestoneState->setEnabled(!q.milestoneCode.isEmpty());
    q.milestoneFilter = q.milestoneCode.isEmpty()
                          ? RegistryQuery::MilestoneFilter::Any
                          : RegistryQuery::MilestoneFilter(m_milestoneState->currentData().toInt());
    const QVector<qint64> selected = selectedIds();
    try {
        m_model->setQuery(q);
    } catch (const StorageError &e) {
        showError(e.message());
        return;
    }
    selectIds(selected);
}

void RegistryPage::applySearchNow()
{
    if (m_searchTimer.isActive() || m_search->text().trimmed() != m_model->query().search)
        applyQuery();
}

QDate RegistryPage::asOf() const
{
    return m_model->query().asOf;
}

void RegistryPage::setAsOf(const QDate &asOf)
{
    // Today's date is today's state: no banner for it.
    const QDate date = asOf.isValid() && asOf < QDate::currentDate() ? asOf : QDate();
    m_asOfLabel->setText(date.isValid() ? tr("<b>Status as of %1</b>: milestones reached after that day are not shown.")
                                              .arg(IndonesianFormat::date(date))
                                        : QString());
    m_asOfBanner->setVisible(date.isValid());
    RegistryQuery q = m_model->query();
    if (q.asOf == date)
        return;
    q.asOf = date;
    try {
        m_model->setQuery(q);
    } catch (const StorageError &e) {
        showError(e.message());
    }
}

void RegistryPage::applyFilter(const QString &districtCode, const QString &milestoneCode,
                               RegistryQuery::MilestoneFilter filter, const QDate &asOf)
{
    setAsOf(asOf);
    {
        const QSignalBlocker b1(m_search), b2(m_district), b3(m_milestone), b4(m_milestoneState);
        m_search->clear();
        m_district->setCurrentIndex(std::max(0, m_district->findData(districtCode)));
        const bool withMilestone = filter != RegistryQuery::MilestoneFilter::Any && !milestoneCode.isEmpty();
        m_milestone->setCurrentIndex(withMilestone ? std::max(0, m_milestone->findData(milestoneCode)) : 0);
        if (withMilestone)
            m_milestoneState->setCurrentIndex(m_milestoneState->findData(int(filter)));
    }
    applyQuery();
}

void RegistryPage::reload()
{
    const QVector<qint64> selected = selectedIds();
    const qint64 current = currentId();
    const int scroll = m_table->verticalScrollBar()->value();
    bool wasReset = false;
    const auto connection = connect(m_model, &RegistryModel::modelReset, this, [&wasReset] { wasReset = true; });
    try {
        m_model->reload();
    } catch (const StorageError &e) {
        showError(e.message());
    }
    disconnect(connection);
    fillMilestones();
    if (wasReset) {
        selectIds(selected);
        const QVector<int> rows = m_model->rowsOf({current});
        if (!rows.isEmpty())
            m_table->selectionModel()->setCurrentIndex(m_model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
        m_table->verticalScrollBar()->setValue(scroll);
    }
    updateCount();
}

QVector<qint64> RegistryPage::selectedIds() const
{
    QVector<qint64> ids;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids.append(m_model->idAt(row));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void RegistryPage::selectIds(const QVector<qint64> &ids)
{
    const QVector<int> rows = m_model->rowsOf(QSet<qint64>(ids.begin(), ids.end()));
    // Contiguous rows become one range, so selecting thousands stays quick.
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        selection.select(m_model->index(rows.at(i), 0), m_model->index(rows.at(j), lastColumn));
        i = j + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QString RegistryPage::countText() const
{
    return m_count->text();
}

void RegistryPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%1 cooperatives").arg(IndonesianFormat::number(total))
                                    : tr("%1 of %2 cooperatives").arg(IndonesianFormat::number(shown), IndonesianFormat::number(total)));
    updateActions();
}

void RegistryPage::updateActions()
{
    const bool any = m_table && m_table->selectionModel()->hasSelection();
    m_edit->setEnabled(any);
    m_history->setEnabled(any);
    m_mark->setEnabled(any);
    m_withdraw->setEnabled(any);
}

int RegistryPage::exportRowsTo(const QString &path, const CsvDialect &csv)
{
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const int rows = SpreadsheetExport::registry(m_ctx.database->connection(), m_model->query(), path, csv);
        QApplication::restoreOverrideCursor();
        showMessage(tr("Exported %n cooperative(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
        return rows;
    } catch (const StorageError &e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
        return -1;
    }
}

void RegistryPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_messageTimer.start();
}

void RegistryPage::showError(const QString &text)
{
    QMessageBox::warning(this, tr("Cooperatives"), text);
}

qint64 RegistryPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return m_model->idAt(current.row());
    const QVector<qint64> ids = selectedIds();
    return ids.isEmpty() ? 0 : ids.first();
}

int RegistryPage::markMilestone(const QVector<qint64> &ids, const QString &code, const QDate &date, const QString &note)
{
    return changeMilestone(true, ids, code, date, note);
}

int RegistryPage::withdrawMilestone(const QVector<qint64> &ids, const QString &code, const QString &note)
{
    return changeMilestone(false, ids, code, QDate(), note);
}

int RegistryPage::changeMilestone(bool mark, const QVector<qint64> &ids, const QString &code, const QDate &date,
                                  const QString &note)
{
    const auto milestones = m_model->milestones();
    const auto it = std::find_if(milestones.begin(), milestones.end(), [&](const MilestoneDefinition &m) { return m.code == code; });
    if (it == milestones.end())
        return -1;
    try {
        MilestoneMarkCommand *command = MilestoneMarkCommand::create(
            m_ctx, mark ? MilestoneMarkCommand::Action::Mark : MilestoneMarkCommand::Action::Withdraw, ids, *it, date, note);
        const int changed = command ? command->changedCount() : 0;
        if (command)
            m_ctx.undoStack->push(command);
        const QString count = IndonesianFormat::number(changed);
        const int already = mark ? int(ids.size()) - changed : 0;
        if (already > 0)
            showMessage(tr("%1 recorded for %2 cooperatives; %3 had reached it before, their dates were not changed.")
                            .arg(it->name, count, IndonesianFormat::number(already)));
        else
            showMessage(mark ? tr("%1 recorded for %2 cooperatives.").arg(it->name, count)
                             : tr("%1 withdrawn for %2 cooperatives.").arg(it->name, count));
        if (!m_ctx.watcher)
            reload();
        return changed;
    } catch (const StorageError &e) {
        showError(e.message());
        return -1;
    }
}

void RegistryPage::editCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        const Cooperative before = CooperativeRepository(m_ctx.database->connection()).get(id);
        CooperativeEditDialog dialog(before, this);
        bool saved = false;
        // The dialog writes on Save and stays open with the edits when the write fails.
        dialog.setSaver([&](const Cooperative &after) -> QString {
            try {
                if (EditCooperativeCommand *command = EditCooperativeCommand::create(m_ctx, before, after)) {
                    m_ctx.undoStack->push(command);
                    saved = true;
                }
                return QString();
            } catch (const StorageError &e) {
                return e.message();
            }
        });
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (saved)
            showMessage(tr("%1 saved.").arg(dialog.cooperative().name));
        if (!m_ctx.watcher)
            reload();
    } catch (const StorageError &e) {
        showError(e.message());
    }
}

void RegistryPage::markSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    MarkMilestoneDialog dialog(MarkMilestoneDialog::Mode::Mark, m_model->milestones(), int(ids.size()),
                               m_milestone->currentData().toString(), this);
    dialog.setReachedCounter([this, ids](const QString &code) {
        try {
            return MilestoneRepository(m_ctx.database->connection()).reachedCount(ids, code);
        } catch (const StorageError &) {
            return 0;   // only a hint; the mark itself reports a failing database
        }
    });
    if (dialog.exec() == QDialog::Accepted)
        markMilestone(ids, dialog.milestoneCode(), dialog.date(), dialog.note());
}

void RegistryPage::withdrawSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    MarkMilestoneDialog dialog(MarkMilestoneDialog::Mode::Withdraw, m_model->milestones(), int(ids.size()),
                               m_milestone->currentData().toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        withdrawMilestone(ids, dialog.milestoneCode(), dialog.note());
}

void RegistryPage::showHistory()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        CooperativeHistoryDialog dialog(m_ctx, id, this);
        dialog.exec();
    } catch (const StorageError &e) {
        showError(e.message());
    }
}

namespace {
// The one local file of a drag, empty when it carries anything else.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return QString();
    return mime->urls().first().toLocalFile();
}
}   // namespace

void RegistryPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RegistryPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit fileDropped(path);
}
