#pragma once
#include "core/milestone.h"

#include <QDate>
#include <QDialog>
#include <QVector>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Marks a milestone reached (or withdraws it) for the selected cooperatives: which milestone,
// the date it was reached (default today, never in the future) and an optional note.
class MarkMilestoneDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Mark,
                      Withdraw };
    MarkMilestoneDialog(Mode mode, const QVector<MilestoneDefinition> &milestones, int selectedCount,
                        const QString &preselectedCode, QWidget *parent = nullptr);

    QString milestoneCode() const;
    MilestoneDefinition milestone() const;
    QDate date() const;
    QString note() const;

    // Mark mode: how many of the selected cooperatives have a milestone already (they keep their
    // date); the dialog says so for the milestone chosen.
    void setReachedCounter(std::function<int(const QString &code)> counter);

    void accept() override;

private:
    Mode m_mode;
    QVector<MilestoneDefinition> m_milestones;
    QComboBox *m_milestone = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_alreadyReached = nullptr;
    int m_selectedCount = 0;
    std::function<int(const QString &)> m_reachedCounter;
    void showAlreadyReached();
};
