#include "xls/freexlreader.h"

#include "import/exceldate.h"
#include "import/importerror.h"
#include "import/importlimits.h"
#include "import/sheetbuilder.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

// The messages keep the context "XlsReader": they are the ones the import always showed for .xls
// files, and their translations are filed under it.
namespace {

// Closes the FreeXL handle on every path out, exceptions included.
class Workbook
{
public:
    Workbook(const QString &path, const QString &displayName) : m_displayName(displayName)
    {
        const int rc = freexl_open(QFile::encodeName(path).constData(), &m_handle);
        if (rc != FREEXL_OK) {
            m_handle = nullptr;
            throw ImportError(QCoreApplication::translate("XlsReader", "The file %1 is damaged or not a real Excel 97-2003 workbook (FreeXL error %2). "
                                                                       "Open it in Excel and save it again, or save it as .xlsx.")
                                  .arg(displayName)
                                  .arg(rc));
        }
        unsigned int info = 0;
        if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
            throw ImportError(QCoreApplication::translate("XlsReader", "The file %1 is protected with a password. Open it in Excel, remove the password and save it again.")
                                  .arg(displayName));
    }
    ~Workbook()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    QStringList sheetNames() const
    {
        unsigned int count = 0;
        if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
            count = 0;
        QStringList names;
        for (unsigned int i = 0; i < count && i < 65535; ++i) {
            const char *name = nullptr;
            if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name) == FREEXL_OK && name)
                names.append(QString::fromUtf8(name));
            else
                names.append(QString());
        }
        if (names.isEmpty())
            throw ImportError(QCoreApplication::translate("XlsReader", "The file %1 has no sheets.").arg(m_displayName));
        return names;
    }

    const void *handle() const { return m_handle; }

private:
    const void *m_handle = nullptr;
    QString m_displayName;
};

QString numberText(double n)
{
    return QString::number(n, 'g', 15);
}
}   // namespace

QStringList FreeXlReader::sheetNames(const QString &path, const QString &displayName)
{
    return Workbook(path, displayName).sheetNames();
}

ImportTable FreeXlReader::read(const QString &path, const QString &displayName, int sheetIndex)
{
    Workbook wb(path, displayName);
    ImportTable table;
    table.format = QStringLiteral("xls");
    table.sheets = wb.sheetNames();
    table.sheet = table.sheets.value(sheetIndex);
    const auto damaged = [&](int rc) {
        return ImportError(QCoreApplication::translate("XlsReader", "The file %1 is damaged: the sheet %2 cannot be read (FreeXL error %3). "
                                                                    "Open it in Excel and save it again, or save it as .xlsx.")
                               .arg(displayName, table.sheet)
                               .arg(rc));
    };
    int rc = freexl_select_active_worksheet(wb.handle(), static_cast<unsigned short>(sheetIndex));
    if (rc != FREEXL_OK)
        throw damaged(rc);
    unsigned int rows = 0;
    unsigned short columns = 0;
    rc = freexl_worksheet_dimensions(wb.handle(), &rows, &columns);
    if (rc != FREEXL_OK)
        throw damaged(rc);
    SheetBuilder builder(displayName, table.sheet);
    for (unsigned int r = 0; r < rows; ++r) {
        builder.beginRow(int(r) + 1);
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            rc = freexl_get_cell_value(wb.handle(), r, c, &value);
            if (rc != FREEXL_OK)
                throw ImportError(QCoreApplication::translate("XlsReader", "The file %1 is damaged: cell %3 of the sheet %2 cannot be read (FreeXL error %4).")
                                      .arg(displayName, table.sheet,
                                           SheetBuilder::columnName(c) + QString::number(r + 1))
                                      .arg(rc));
            ImportCell cell;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.kind = ImportCell::Kind::Number;
                cell.number = value.value.int_value;
                cell.text = numberText(cell.number);
                break;
            case FREEXL_CELL_DOUBLE:
                cell.kind = ImportCell::Kind::Number;
                cell.number = value.value.double_value;
                cell.text = numberText(cell.number);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_TIME:
                cell.text = QString::fromUtf8(value.value.text_value ? value.value.text_value : "");
                cell.kind = cell.text.isEmpty() ? ImportCell::Kind::Empty : ImportCell::Kind::Text;
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME: {
                cell.text = QString::fromUtf8(value.value.text_value ? value.value.text_value : "");
                cell.date = QDate::fromString(cell.text.left(10), Qt::ISODate);
                cell.kind = cell.date.isValid() ? ImportCell::Kind::Date : ImportCell::Kind::Text;
                cell.number = ExcelDate::toSerial(cell.date);
                break;
            }
            default:
                break;
            }
            builder.setCell(c, cell);
        }
    }
    table.rows = builder.takeRows();
    return table;
}
