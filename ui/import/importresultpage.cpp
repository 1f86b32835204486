#include "import/importresultpage.h"

#include "importer/importplan.h"

#include <QLabel>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("importResult"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_text);
    v->addStretch(1);
}

void ImportResultPage::showOutcome(const ImportPlan &plan, qint64 importId, const QString &backupNote)
{
    QString text;
    if (importId > 0) {
        text = tr("Imported \"%1\" (import %2): %3 cooperative(s) changed, %4 unchanged, %5 row(s) rejected.")
                   .arg(plan.fileName)
                   .arg(importId)
                   .arg(plan.changed)
                   .arg(plan.unchanged)
                   .arg(plan.rejected);
        text += QStringLiteral("\n\n") + tr("It can be undone under Data → Import history.");
    } else {
        text = tr("Nothing was imported: the file was refused when it was checked again. %1")
                   .arg(plan.problems.isEmpty() ? QString() : plan.problems.first().message);
    }
    if (!backupNote.isEmpty())
        text += QStringLiteral("\n\n") + backupNote;
    m_text->setText(text);
}

void ImportResultPage::showFailure(const QString &error)
{
    m_text->setText(tr("Nothing was imported: %1").arg(error));
}

QString ImportResultPage::text() const
{
    return m_text->text();
}
