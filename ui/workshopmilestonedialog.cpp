#include "workshopmilestonedialog.h"

#include "database.h"
#include "indonesianformat.h"
#include "milestonerepository.h"
#include "storageerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
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
    QStringList names;
    MilestoneRepository repo(m_ctx.database->connection());
    try {
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem *item = m_list->item(i);
            if (!(item->flags() & Qt::ItemIsEnabled) || item->checkState() != Qt::Checked)
                continue;
            repo.mark({m_cooperative.cooperativeId}, item->data(Qt::UserRole).toString(), m_day,
                      tr("At the workshop of %1").arg(IndonesianFormat::date(m_day)), m_ctx.actor);
            names << item->text();
        }
    } catch (const StorageError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    if (!names.isEmpty())
        m_summary = tr("Recorded for %1: %2").arg(m_cooperative.cooperativeName, names.join(QStringLiteral(", ")));
    QDialog::accept();
}
