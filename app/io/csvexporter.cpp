#include "io/csvexporter.h"

#include "io/outputfile.h"
#include "io/xlsxexporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <csv.h>

std::unique_ptr<TableExporter> TableExporter::forPath(const QString &path, const CsvDialect &csv)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return std::make_unique<XlsxExporter>();
    if (suffix == QLatin1String("csv"))
        return std::make_unique<CsvExporter>(csv);
    return nullptr;
}

CsvExporter::CsvExporter(CsvDialect dialect) : m_dialect(dialect) {}

CsvExporter::~CsvExporter() = default;

QString CsvExporter::safeText(const QString &text)
{
    // OWASP "CSV injection": Excel and LibreOffice run a cell that starts with one of these as a
    // formula (=HYPERLINK(...), +cmd|...). A leading apostrophe makes the cell plain text, and
    // Excel does not show it. Numbers are never Text columns, so they stay numbers.
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            return QLatin1Char('\'') + text;
    }
    return text;
}

QByteArray CsvExporter::line(const QStringList &fields, char separator)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += separator;
        const QByteArray src = fields.at(i).toUtf8();
        // csv_write reports the size it needs (the quotes plus doubled quotes).
        QByteArray quoted(int(src.size() * 2 + 2), Qt::Uninitialized);
        const size_t n = csv_write(quoted.data(), size_t(quoted.size()), src.constData(), size_t(src.size()));
        out += quoted.left(int(n));
    }
    out += "\r\n";
    return out;
}

bool CsvExporter::begin(const QString &path, const QString &, const QVector<ExportColumn> &columns)
{
    m_path = path;
    m_columns = columns;
    m_file = std::make_unique<OutputFile>(path);
    if (!m_file->begin()) {
        m_error = m_file->error();
        m_file.reset();
        return false;
    }
    QStringList titles;
    for (const ExportColumn &c : columns)
        titles << c.title;
    m_file->device()->write("\xEF\xBB\xBF");
    m_file->device()->write(line(titles, m_dialect.separator));
    return true;
}

void CsvExporter::addRow(const QVariantList &values)
{
    if (!m_file)
        return;
    QStringList fields;
    fields.reserve(m_columns.size());
    for (int c = 0; c < m_columns.size(); ++c) {
        const QVariant v = values.value(c);
        switch (m_columns.at(c).kind) {
        case ExportColumn::Kind::Date:
            fields << (v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString());
            break;
        case ExportColumn::Kind::Percent:
            fields << (v.isNull() ? QString()
                                  : QString::number(v.toDouble(), 'f', 1).replace(QLatin1Char('.'), QLatin1Char(m_dialect.decimalMark)));
            break;
        case ExportColumn::Kind::Integer:
            fields << v.toString();
            break;
        case ExportColumn::Kind::Text:
            fields << safeText(v.toString());
            break;
        }
    }
    m_file->device()->write(line(fields, m_dialect.separator));
}

bool CsvExporter::finish()
{
    if (!m_file)
        return false;
    const bool ok = m_file->commit();
    if (!ok)
        m_error = m_file->error();
    m_file.reset();
    return ok;
}
