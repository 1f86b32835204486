#include "workshops/workshopmilestonedialog.h"

#include "storage/database.h"
#include "core/indonesianformat.h"
#include "storage/milestonerepository.h"
#include "registry/registrycommands.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

WorkshopMilestoneDialog::WorkshopMilestoneDialog(const AppContext &ctx, const AttendanceEntry &cooperative, const QDate &day,
                                                 QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_cooperative(cooperative), m_day(day)
{
    setWindowTitle(tr("Milestones reached today"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b> (%2)<br>Tick what was reached at the workshop; it is recorded as reached on %3.")
                                 .arg(cooperative.cooperativeName.toHtmlEscaped(), cooperative.districtName.toHtmlEscaped(),
                                      IndonesianFormat::dateLong(day)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);

    MilestoneRepository repo(ctx.database->connection());
    for (const MilestoneDefinition &d : repo.definitions()) {
        const MilestoneMark mark = repo.currentMarks({cooperative.cooperativeId}, d.code).value(0);
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, d.code);
        if (mark.reachedOn.isValid()) {
            item->setText(tr("%1 (reached %2)").arg(d.name, IndonesianFormat::date(mark.reachedOn)));
            item->setCheckState(Qt::Checked);
            item->setFlags(Qt::ItemIsSelectable);   // shown, not changeable here: the registry corrects history
        } else {
            item->setText(d.name);
            item->setCheckState(Qt::Unchecked);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
    }
    auto *hint = new QLabel(tr("Space ticks the highlighted milestone; Ctrl+Enter saves."), this);
    hint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 420);
}

void WorkshopMilestoneDialog::accept()
{
    const QString note = tr("At the workshop of %1").arg(IndonesianFormat::date(m_day));
    QVector<MilestoneDefinition> chosen;
    const QVector<MilestoneDefinition> definitions = MilestoneRepository(m_ctx.database->connection()).definitions();
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsEnabled) || item->checkState() != Qt::Checked)
            continue;
        for (const MilestoneDefinition &d : definitions)
            if (d.code == item->data(Qt::UserRole).toString())
                chosen << d;
    }
    // Each mark is written when its command is made; together they are one step on the undo
    // stack ("Undo" takes back everything recorded in this dialog).
    QVector<MilestoneMarkCommand *> commands;
    QStringList names;
    QString error;
    try {
        for (const MilestoneDefinition &d : std::as_const(chosen)) {
            if (MilestoneMarkCommand *command = MilestoneMarkCommand::create(
                    m_ctx, MilestoneMarkCommand::Action::Mark, {m_cooperative.cooperativeId}, d, m_day, note))
                commands << command;
            names << d.name;
        }
    } catch (const StorageError &e) {
        error = e.message();
    }
    if (!commands.isEmpty() && m_ctx.undoStack) {
        m_ctx.undoStack->beginMacro(tr("milestones of %1 at the workshop").arg(m_cooperative.cooperativeName));
        for (MilestoneMarkCommand *command : std::as_const(commands))
            m_ctx.undoStack->push(command);
        m_ctx.undoStack->endMacro();
    } else {
        qDeleteAll(commands);   // written already; without a stack there is nothing to keep
    }
    if (!names.isEmpty())
        m_summary = tr("Recorded for %1: %2").arg(m_cooperative.cooperativeName, names.join(QStringLiteral(", ")));
    if (!error.isEmpty()) {
        // What was recorded before the failure stays recorded (and undoable); say what failed.
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}
