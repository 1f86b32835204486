#pragma once
#include "import/importtable.h"

#include <QString>

// Collects the cells of one sheet row by row for the workbook readers, dropping empty rows and
// trailing empty cells, and enforcing ImportLimits with a message naming the file and sheet.
class SheetBuilder
{
public:
    SheetBuilder(QString displayName, QString sheet);

    // `number` is the sheet's 1-based row number; rows must come in increasing order.
    void beginRow(int number);
    // `column` is 0-based (A = 0). Empty cells need not be set.
    void setCell(int column, const ImportCell &cell);
    QVector<ImportRow> takeRows();

    // The column of a cell reference: "C7" -> 2 and row 7; false when it is not one.
    static bool parseCellReference(QStringView ref, int *column, int *row);
    // 0 -> "A", 27 -> "AB": for messages.
    static QString columnName(int column);

private:
    void finishRow();
    void checkRow(int number) const;

    QString m_displayName;
    QString m_sheet;
    QVector<ImportRow> m_rows;
    ImportRow m_current;
    bool m_open = false;
    qint64 m_cells = 0;
};
