#include "import/sheetbuilder.h"

#include "import/importerror.h"
#include "import/importlimits.h"

#include <QCoreApplication>


SheetBuilder::SheetBuilder(QString displayName, QString sheet)
    : m_displayName(std::move(displayName)), m_sheet(std::move(sheet))
{
}

void SheetBuilder::checkRow(int number) const
{
    if (number > ImportLimits::maxRows || number < 1)
        throw ImportError(QCoreApplication::translate("SheetBuilder", "The sheet %2 of the file %1 has more than %3 rows, too many to import. Split it into smaller files.")
                              .arg(m_displayName, m_sheet)
                              .arg(ImportLimits::maxRows));
}

void SheetBuilder::beginRow(int number)
{
    checkRow(number);
    finishRow();
    m_current = ImportRow();
    m_current.number = number;
    m_open = true;
}

void SheetBuilder::setCell(int column, const ImportCell &cell)
{
    if (!m_open || cell.kind == ImportCell::Kind::Empty)
        return;
    if (column < 0 || column >= ImportLimits::maxColumns)
        throw ImportError(QCoreApplication::translate("SheetBuilder", "Row %3 of the sheet %2 of the file %1 has a cell beyond column %4, the last column Excel has.")
                              .arg(m_displayName, m_sheet)
                              .arg(m_current.number)
                              .arg(columnName(ImportLimits::maxColumns - 1)));
    if (column >= m_current.cells.size()) {
        m_cells += column + 1 - m_current.cells.size();
        if (m_cells > ImportLimits::maxCells)
            throw ImportError(QCoreApplication::translate("SheetBuilder", "The sheet %2 of the file %1 holds more than %3 cells, too many to import. Split it into smaller files.")
                                  .arg(m_displayName, m_sheet)
                                  .arg(ImportLimits::maxCells));
        m_current.cells.resize(column + 1);
    }
    m_current.cells[column] = cell;
}

void SheetBuilder::finishRow()
{
    if (!m_open)
        return;
    m_open = false;
    while (!m_current.cells.isEmpty() && m_current.cells.constLast().isEmpty())
        m_current.cells.removeLast();
    if (!m_current.cells.isEmpty())
        m_rows.append(std::move(m_current));
}

QVector<ImportRow> SheetBuilder::takeRows()
{
    finishRow();
    return std::move(m_rows);
}

bool SheetBuilder::parseCellReference(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > ImportLimits::maxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        if (!ref.at(i).isDigit() || ref.at(i).unicode() >= 128)
            return false;
        r = r * 10 + (ref.at(i).unicode() - '0');
        if (r > ImportLimits::maxRows)
            return false;
    }
    if (r < 1)
        return false;
    *column = int(col - 1);
    *row = int(r);
    return true;
}

QString SheetBuilder::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t('A' + (c - 1) % 26)));
    return name;
}
