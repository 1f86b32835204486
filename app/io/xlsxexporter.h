#pragma once
#include "io/tableexporter.h"

#include <memory>

class OutputFile;

struct lxw_workbook;
struct XlsxWriterLibrary;
struct lxw_worksheet;
struct lxw_format;

// XLSX through libxlsxwriter in constant-memory mode (rows are streamed to a temporary file, so
// 83,762 rows cost little memory). Text cells are always strings; the header is bold and frozen
// with an auto-filter; dates are real dates shown as yyyy-mm-dd.
class XlsxExporter : public TableExporter
{
public:
    XlsxExporter();
    ~XlsxExporter() override;
    XlsxExporter(const XlsxExporter &) = delete;
    XlsxExporter &operator=(const XlsxExporter &) = delete;

    bool begin(const QString &path, const QString &sheetName, const QVector<ExportColumn> &columns) override;
    void addRow(const QVariantList &values) override;
    bool finish() override;

    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    static QString safeSheetName(const QString &name);

private:
    const XlsxWriterLibrary *m_lib = nullptr;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_percent = nullptr;
    QVector<ExportColumn> m_columns;
    QString m_path;
    std::unique_ptr<OutputFile> m_out;   // the checked temporary file renamed over m_path
    quint32 m_row = 0;
};
