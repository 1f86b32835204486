#pragma once
#include "importer/importplan.h"
#include "core/milestone.h"

#include <QDate>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// Step 4 of the import: per row of the file what changes (old → new), what is unchanged,
// rejected (why) or ambiguous (choose the village), the totals, and the options the check takes.
class ImportPreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(QWidget *parent = nullptr);

    // Shows `plan`; kept to show it again when another filter is chosen.
    void fill(const ImportPlan &plan, const QVector<MilestoneDefinition> &milestones);

    bool skipBadRows() const;
    bool allowWithdraw() const;
    // The date for milestones marked reached without one; invalid when not ticked.
    QDate reachedOn() const;

    QTableWidget *table() const { return m_table; }
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    QCheckBox *allowWithdrawBox() const { return m_allowWithdraw; }
    QCheckBox *reachedOnBox() const { return m_useReachedOn; }
    QDateEdit *reachedOnEdit() const { return m_reachedOn; }

signals:
    // An option changed: the plan no longer holds until the file is checked again.
    void optionsChanged();
    // The user chose the village for a row of the file whose village name matched several.
    void villageChosen(int row, const QString &villageCode);
    // Save the rejected rows… was clicked.
    void saveRejectedRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRows();
    void fitRowHeights();
    void showTotals();

    ImportPlan m_plan;
    QVector<MilestoneDefinition> m_milestones;
    QLabel *m_totals = nullptr;
    QComboBox *m_show = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_saveRejected = nullptr;
    int m_fittedWidth = -1;   // the reason column's width the row heights were computed for
    QCheckBox *m_skipBadRows = nullptr;
    QCheckBox *m_allowWithdraw = nullptr;
    QCheckBox *m_useReachedOn = nullptr;
    QDateEdit *m_reachedOn = nullptr;
};
