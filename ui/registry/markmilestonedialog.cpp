#include "registry/markmilestonedialog.h"
#include "widgets/dateedit.h"

#include "core/indonesianformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MarkMilestoneDialog::MarkMilestoneDialog(Mode mode, const QVector<MilestoneDefinition> &milestones, int selectedCount,
                                         const QString &preselectedCode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_milestones(milestones)
{
    setWindowTitle(mode == Mode::Mark ? tr("Mark milestone reached") : tr("Withdraw milestone"));
    auto *layout = new QVBoxLayout(this);
    auto *count = new QLabel(mode == Mode::Mark
                                 ? tr("<b>%n cooperative(s)</b> selected. The milestone will be recorded as reached for each of them.",
                                      nullptr, selectedCount)
                                 : tr("<b>%n cooperative(s)</b> selected. The milestone will be withdrawn for those that have it; "
                                      "the withdrawal is kept in their history.",
                                      nullptr, selectedCount),
                             this);
    count->setWordWrap(true);
    layout->addWidget(count);

    auto *form = new QFormLayout;
    m_milestone = new QComboBox(this);
    for (const MilestoneDefinition &m : milestones)
        m_milestone->addItem(m.name, m.code);
    const int preselected = m_milestone->findData(preselectedCode);
    if (preselected >= 0)
        m_milestone->setCurrentIndex(preselected);
    form->addRow(tr("&Milestone:"), m_milestone);

    if (mode == Mode::Mark) {
        m_date = new DateEdit(this);
        m_date->setDate(QDate::currentDate());
        m_date->setCalendarPopup(true);
        m_date->setLocale(QLocale(QLocale::Indonesian));
        m_date->setMaximumDate(QDate::currentDate());
        m_date->setToolTip(tr("The day the cooperative reached the milestone; today at the latest."));
        form->addRow(tr("&Reached on:"), m_date);
    }
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(mode == Mode::Mark ? tr("e.g. checked at the workshop, screenshot from SIMKOPDES")
                                                  : tr("why it is withdrawn, e.g. recorded by mistake"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_alreadyReached = new QLabel(this);
    m_alreadyReached->setObjectName(QStringLiteral("alreadyReached"));
    m_alreadyReached->setWordWrap(true);
    m_alreadyReached->hide();
    layout->addWidget(m_alreadyReached);
    m_selectedCount = selectedCount;
    connect(m_milestone, &QComboBox::currentIndexChanged, this, &MarkMilestoneDialog::showAlreadyReached);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Mark ? tr("&Mark reached") : tr("&Withdraw"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedCount > 0 && !milestones.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MarkMilestoneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void MarkMilestoneDialog::setReachedCounter(std::function<int(const QString &)> counter)
{
    m_reachedCounter = std::move(counter);
    showAlreadyReached();
}

void MarkMilestoneDialog::showAlreadyReached()
{
    const int already = m_mode == Mode::Mark && m_reachedCounter ? m_reachedCounter(milestoneCode()) : 0;
    m_alreadyReached->setVisible(already > 0);
    if (already > 0)
        m_alreadyReached->setText(tr("%1 already reached it before; their dates are not changed. %2 will be marked.")
                                      .arg(IndonesianFormat::number(already), IndonesianFormat::number(m_selectedCount - already)));
}

QString MarkMilestoneDialog::milestoneCode() const
{
    return m_milestone->currentData().toString();
}

MilestoneDefinition MarkMilestoneDialog::milestone() const
{
    for (const MilestoneDefinition &m : m_milestones)
        if (m.code == milestoneCode())
            return m;
    return {};
}

QDate MarkMilestoneDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

QString MarkMilestoneDialog::note() const
{
    return m_note->text().trimmed();
}

void MarkMilestoneDialog::accept()
{
    // The date edit stops at today already; the rule is checked here too so it holds whatever the widget allows.
    if (m_mode == Mode::Mark && date() > QDate::currentDate()) {
        m_problem->setText(tr("%1 is in the future. Choose the day the milestone was reached, today at the latest.")
                               .arg(IndonesianFormat::date(date())));
        m_problem->show();
        return;
    }
    QDialog::accept();
}
