#pragma once
#ifdef PK_HAVE_XLSXWRITER
#include <QString>
#include <xlsxwriter.h>

// The libxlsxwriter functions the XLSX exporter calls, through one table.
//
// Why not call them directly: libxlsxwriter writes its zip through the system minizip, and QuaZip
// (which the import reads XLSX and ODS files with) exports functions of the same names (zipOpen3,
// zipOpenNewFileInZip4_64, ...) with other parameters. Linked into one process, whichever library
// the loader meets first serves both, and saving an .xlsx crashes. On Linux the exporter therefore
// loads libxlsxwriter itself with deep binding (RTLD_DEEPBIND): its calls go to its own minizip,
// while the rest of the process keeps QuaZip's. Where the loader keeps each library's imports apart
// (Windows), the table simply holds the linked functions.
struct XlsxWriterLibrary
{
#define PK_XLSX_FUNCTIONS(X)                                                                          \
    X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format) X(workbook_close)            \
        X(worksheet_write_string) X(worksheet_write_number) X(worksheet_write_datetime)               \
            X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_autofilter)                 \
                X(format_set_bold) X(format_set_bg_color) X(format_set_align) X(format_set_text_wrap) \
                    X(format_set_num_format)
#define PK_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
    PK_XLSX_FUNCTIONS(PK_XLSX_MEMBER)
#undef PK_XLSX_MEMBER

    // The loaded table, or nullptr with *error saying why (the library is missing or too old).
    static const XlsxWriterLibrary *get(QString *error);
};
#endif
