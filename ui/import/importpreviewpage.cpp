#include "import/importpreviewpage.h"
#include "widgets/dateedit.h"

#include "core/indonesianformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>

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
}   // namespace

ImportPreviewPage::ImportPreviewPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("importTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    v->addWidget(m_totals);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("importShow"));
    m_show->addItem(tr("All rows"));
    m_show->addItem(tr("Changed rows"));
    m_show->addItem(tr("Rejected and ambiguous rows"));
    m_show->addItem(tr("Unchanged rows"));
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    m_saveRejected = new QPushButton(tr("&Save the rejected rows…"), this);
    m_saveRejected->setObjectName(QStringLiteral("importSaveRejected"));
    m_saveRejected->setToolTip(tr("The rejected rows with every column of the file and the reason, as a sheet to correct and send back"));
    m_saveRejected->setEnabled(false);
    filterRow->addWidget(m_saveRejected);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportPreviewPage::saveRejectedRequested);
    v->addLayout(filterRow);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Cooperative"), tr("Result"), tr("What changes / why")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(1, 300);
    m_table->setColumnWidth(2, 170);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Each change on a line of its own, a long reason wrapped; rows as tall as their text. The
    // whole text is also the cell's tooltip.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The last column stretches with the window: its text is wrapped again once the width settled.
    m_table->viewport()->installEventFilter(this);
    v->addWidget(m_table, 1);
    auto *box = new QGroupBox(tr("Options"), this);
    auto *form = new QVBoxLayout(box);
    m_skipBadRows = new QCheckBox(tr("Import the good rows and leave out the rejected ones (they are kept in the import history)"), box);
    m_skipBadRows->setObjectName(QStringLiteral("importSkipBadRows"));
    m_allowWithdraw = new QCheckBox(tr("Withdraw milestones the file marks \"Belum\"/\"Tidak\" that are recorded as reached"), box);
    m_allowWithdraw->setObjectName(QStringLiteral("importAllowWithdraw"));
    auto *dateRow = new QHBoxLayout;
    m_useReachedOn = new QCheckBox(tr("Milestones marked \"Ya\"/\"Sudah\" without a date were reached on:"), box);
    m_useReachedOn->setObjectName(QStringLiteral("importUseReachedOn"));
    m_reachedOn = new DateEdit(box);
    m_reachedOn->setDate(QDate::currentDate());
    m_reachedOn->setObjectName(QStringLiteral("importReachedOn"));
    m_reachedOn->setCalendarPopup(true);
    m_reachedOn->setMaximumDate(QDate::currentDate());
    dateRow->addWidget(m_useReachedOn);
    dateRow->addWidget(m_reachedOn);
    dateRow->addStretch(1);
    form->addWidget(m_skipBadRows);
    form->addWidget(m_allowWithdraw);
    form->addLayout(dateRow);
    v->addWidget(box);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::showRows);
    for (QCheckBox *c : {m_skipBadRows, m_allowWithdraw, m_useReachedOn})
        connect(c, &QCheckBox::toggled, this, &ImportPreviewPage::optionsChanged);
    connect(m_reachedOn, &QDateEdit::editingFinished, this, [this] {
        if (m_useReachedOn->isChecked())
            emit optionsChanged();
    });
}


bool ImportPreviewPage::skipBadRows() const
{
    return m_skipBadRows->isChecked();
}

bool ImportPreviewPage::allowWithdraw() const
{
    return m_allowWithdraw->isChecked();
}

QDate ImportPreviewPage::reachedOn() const
{
    return m_useReachedOn->isChecked() ? m_reachedOn->date() : QDate();
}

void ImportPreviewPage::fill(const ImportPlan &plan, const QVector<MilestoneDefinition> &milestones)
{
    m_plan = plan;
    m_milestones = milestones;
    m_saveRejected->setEnabled(plan.rejected > 0);
    showTotals();
    showRows();
}

void ImportPreviewPage::showTotals()
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
    if (!p.footer.isEmpty())
        text += QStringLiteral("<br>") + p.footer.describe().toHtmlEscaped();
    m_totals->setText(text);
}

void ImportPreviewPage::showRows()
{
    const int filter = m_show->currentIndex();
    m_table->setUpdatesEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(0);
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
        m_table->insertRow(at);
        m_table->setItem(at, 0, new QTableWidgetItem(QString::number(r.row)));
        const QString who = r.cooperativeId ? QStringLiteral("%1 %2").arg(r.villageCode, r.cooperativeName) : r.villageName;
        m_table->setItem(at, 1, new QTableWidgetItem(who));
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
            const QString name = milestoneName(m_milestones, m.code);
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
        m_table->setItem(at, 2, statusItem);
        auto *what = new QTableWidgetItem(lines.join(QLatin1Char('\n')));
        what->setToolTip(what->text());
        m_table->setItem(at, 3, what);
        if (r.status == PlannedRow::Status::Ambiguous && !r.candidates.isEmpty()) {
            auto *choose = new QComboBox(m_table);
            choose->setObjectName(QStringLiteral("importChooseVillage%1").arg(r.row));
            choose->addItem(tr("Choose the village..."));
            for (const VillageCandidate &v : r.candidates)
                choose->addItem(tr("%1 %2 (kec. %3)").arg(v.code, v.name, v.districtName), v.code);
            const int row = r.row;
            connect(choose, &QComboBox::activated, this, [this, choose, row](int index) {
                if (index <= 0)
                    return;
                emit villageChosen(row, choose->itemData(index).toString());
            });
            // At the top of its cell, its own height, however tall the reason beside it.
            auto *holder = new QWidget(m_table);
            holder->setAutoFillBackground(true);   // over the status text of the cell beneath
            auto *column = new QVBoxLayout(holder);
            column->setContentsMargins(2, 2, 2, 2);
            column->addWidget(choose);
            column->addStretch(1);
            m_table->setCellWidget(at, 2, holder);
        }
    }
    if (matching > shown) {
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        m_table->setItem(at, 3, new QTableWidgetItem(tr("… and %1 more row(s); the totals above count them all.").arg(matching - shown)));
    }
    fitRowHeights();
    m_table->setUpdatesEnabled(true);
}

bool ImportPreviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: the header stretches its last section after the viewport's resize.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] {
            if (m_fittedWidth != m_table->columnWidth(3))
                fitRowHeights();
        });
    return QWidget::eventFilter(watched, event);
}

void ImportPreviewPage::fitRowHeights()
{
    m_fittedWidth = m_table->columnWidth(3);
    // Each row as tall as its text wrapped at the column's present width (recomputed when the
    // column's width changes): Qt's own resize-to-contents measures every cell of 5,000 rows.
    const int width = qMax(40, m_table->columnWidth(3) - 10);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int minimum = m_table->verticalHeader()->defaultSectionSize();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *what = m_table->item(r, 3);
        if (!what)
            continue;
        const QRect needed = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, what->text());
        m_table->setRowHeight(r, qMax(minimum, needed.height() + 8));
    }
}
