#pragma once
#include "import/columnmapping.h"
#include "core/milestone.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QTableWidget;
struct ImportSource;

// Step 3 of the import: what each column of the file holds, proposed and changeable, one combo
// box per column.
class ImportMappingPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    // The columns of `source`, each imported as `mapping` says; false when the sheet has no header
    // row, so that there is nothing to map.
    bool fill(const ImportSource &source, const ColumnMapping &mapping, const QVector<MilestoneDefinition> &milestones);
    ColumnMapping mapping() const;
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
};
