#include "io/xlsxexporter.h"

#include "io/outputfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#ifdef PK_HAVE_XLSXWRITER
#include "io/xlsxwriterlibrary.h"
#endif

namespace {
// Sends stderr to the null device for its lifetime.
struct QuietStderr
{
#ifdef Q_OS_UNIX
    int saved = -1;
    QuietStderr()
    {
        std::fflush(stderr);
        saved = ::dup(2);
        const int null = ::open("/dev/null", O_WRONLY);
        if (null >= 0) {
            ::dup2(null, 2);
            ::close(null);
        }
    }
    ~QuietStderr()
    {
        std::fflush(stderr);
        if (saved >= 0) {
            ::dup2(saved, 2);
            ::close(saved);
        }
    }
#endif
};
}   // namespace

XlsxExporter::XlsxExporter() = default;

XlsxExporter::~XlsxExporter()
{
#ifdef PK_HAVE_XLSXWRITER
    if (m_workbook) {
        m_lib->workbook_close(m_workbook);   // m_out then removes the temporary file
    }
#endif
}

QString XlsxExporter::safeSheetName(const QString &name)
{
    QString s = name;
    s.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("-"));
    s = s.left(31).trimmed();
    return s.isEmpty() ? QStringLiteral("Data") : s;
}

bool XlsxExporter::begin(const QString &path, const QString &sheetName, const QVector<ExportColumn> &columns)
{
#ifdef PK_HAVE_XLSXWRITER
    m_path = path;
    // Written beside the target and renamed at the end, so a failed export leaves no broken file.
    m_out = std::make_unique<OutputFile>(path);
    if (!m_out->begin()) {
        m_error = m_out->error();
        m_out.reset();
        return false;
    }
    m_lib = XlsxWriterLibrary::get(&m_error);
    if (!m_lib) {
        m_out.reset();
        return false;
    }
    m_columns = columns;
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(m_out->tempPath());
    m_workbook = m_lib->workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        m_error = QCoreApplication::translate("XlsxExporter", "Cannot create the file \"%1\". Choose another folder; nothing was written.")
                      .arg(path);
        m_out.reset();
        return false;
    }
    m_sheet = m_lib->workbook_add_worksheet(m_workbook, safeSheetName(sheetName).toUtf8().constData());
    m_header = m_lib->workbook_add_format(m_workbook);
    m_lib->format_set_bold(m_header);
    m_lib->format_set_bg_color(m_header, 0xE0E0E0);
    m_lib->format_set_text_wrap(m_header);
    m_lib->format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    m_date = m_lib->workbook_add_format(m_workbook);
    m_lib->format_set_num_format(m_date, "yyyy-mm-dd");
    m_percent = m_lib->workbook_add_format(m_workbook);
    m_lib->format_set_num_format(m_percent, "0.0");
    for (int c = 0; c < columns.size(); ++c) {
        m_lib->worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width, nullptr);
        m_lib->worksheet_write_string(m_sheet, 0, lxw_col_t(c), columns.at(c).title.toUtf8().constData(), m_header);
    }
    m_lib->worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return true;
#else
    Q_UNUSED(path)
    Q_UNUSED(sheetName)
    Q_UNUSED(columns)
    m_error = QCoreApplication::translate("XlsxExporter", "This build cannot write XLSX files; export to CSV instead.");
    return false;
#endif
}

void XlsxExporter::addRow(const QVariantList &values)
{
#ifdef PK_HAVE_XLSXWRITER
    if (!m_sheet)
        return;
    for (int c = 0; c < values.size() && c < m_columns.size(); ++c) {
        const QVariant &v = values.at(c);
        if (v.isNull())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        switch (m_columns.at(c).kind) {
        case ExportColumn::Kind::Integer:
            m_lib->worksheet_write_number(m_sheet, m_row, col, double(v.toLongLong()), nullptr);
            break;
        case ExportColumn::Kind::Percent:
            m_lib->worksheet_write_number(m_sheet, m_row, col, v.toDouble(), m_percent);
            break;
        case ExportColumn::Kind::Date: {
            const QDate d = v.toDate();
            if (d.isValid()) {
                lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                m_lib->worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date);
            }
            break;
        }
        case ExportColumn::Kind::Text: {
            const QString s = v.toString();
            if (!s.isEmpty())
                m_lib->worksheet_write_string(m_sheet, m_row, col, s.toUtf8().constData(), nullptr);
            break;
        }
        }
    }
    ++m_row;
#else
    Q_UNUSED(values)
#endif
}

bool XlsxExporter::finish()
{
#ifdef PK_HAVE_XLSXWRITER
    if (!m_workbook)
        return false;
    if (!m_columns.isEmpty())
        m_lib->worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
    lxw_error result;
    {
        // libxlsxwriter prints its own "[ERROR][./src/packager.c…]" lines on stderr; the user gets
        // the one plain sentence below instead.
        QuietStderr quiet;
        result = m_lib->workbook_close(m_workbook);
    }
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        m_error = m_out->writeFailure();
        m_out->cancel();
        m_out.reset();
        return false;
    }
    const bool ok = m_out->commit();
    if (!ok)
        m_error = m_out->error();
    m_out.reset();
    return ok;
#else
    return false;
#endif
}
