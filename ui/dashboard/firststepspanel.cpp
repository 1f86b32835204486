#include "dashboard/firststepspanel.h"

#include "report/letterhead.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstStepsPanel::FirstStepsPanel(const AppContext &context, QWidget *parent) : QFrame(parent), m_context(context)
{
    setObjectName(QStringLiteral("firstStepsPanel"));
    setStyleSheet(QStringLiteral("QFrame#firstStepsPanel { background: #fffde7; border: 1px solid #fbc02d; border-radius: 4px; }"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>First steps for a new office</b>"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_import = addStep(grid, 0, tr("Import the office's list of cooperatives from its spreadsheet"), tr("&Import from file…"), QStringLiteral("firstStepImport"));
    m_letterhead = addStep(grid, 1, tr("Set the letterhead and the signatory of the reports"), tr("Set the &letterhead…"), QStringLiteral("firstStepLetterhead"));
    m_workshop = addStep(grid, 2, tr("Plan the first workshop"), tr("Plan a &workshop…"), QStringLiteral("firstStepWorkshop"));
    connect(m_import.button, &QPushButton::clicked, this, &FirstStepsPanel::importRequested);
    connect(m_letterhead.button, &QPushButton::clicked, this, &FirstStepsPanel::letterheadRequested);
    connect(m_workshop.button, &QPushButton::clicked, this, &FirstStepsPanel::workshopRequested);
    layout->addLayout(grid);
    auto *guide = new QPushButton(tr("Read the &guide (F1)"), this);
    guide->setObjectName(QStringLiteral("firstStepGuide"));
    connect(guide, &QPushButton::clicked, this, &FirstStepsPanel::guideRequested);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(guide);
    layout->addLayout(row);
}

FirstStepsPanel::Step FirstStepsPanel::addStep(QGridLayout *grid, int row, const QString &text, const QString &action, const QString &objectName)
{
    Step step;
    step.mark = new QLabel(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    step.button = new QPushButton(action, this);
    step.button->setObjectName(objectName);
    grid->addWidget(step.mark, row, 0);
    grid->addWidget(label, row, 1);
    grid->addWidget(step.button, row, 2);
    return step;
}

void FirstStepsPanel::showStep(Step &step, bool done)
{
    step.mark->setText(done ? QStringLiteral("<span style=\"color:#2e7d32; font-size: 14pt;\">&#10004;</span>")
                            : QStringLiteral("<span style=\"color:#9e9e9e; font-size: 14pt;\">&#9744;</span>"));
    step.mark->setToolTip(done ? tr("Done") : tr("Not done yet"));
    step.button->setVisible(!done);
}

void FirstStepsPanel::refresh()
{
    try {
        const Connection db = m_context.database->connection();
        if (CooperativeRepository(db).hasDemoData()) {
            hide();   // the demo is not a new office: it shows the work, not the way to start it
            return;
        }
        m_registryDone = CooperativeRepository(db).anyBoardFilledIn();
        m_letterheadDone = !Letterhead::load(db).signatoryName.trimmed().isEmpty();
        m_workshopDone = !WorkshopRepository(db).list().isEmpty();
    } catch (const StorageError &) {
        return;   // busy or an older database: the next change refreshes
    }
    showStep(m_import, m_registryDone);
    showStep(m_letterhead, m_letterheadDone);
    showStep(m_workshop, m_workshopDone);
    setVisible(!(m_registryDone && m_letterheadDone && m_workshopDone));
}
