#include "import/csvtablereader.h"

#include "import/importerror.h"
#include "import/importlimits.h"
#include "import/textdecoding.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// Splits text into records. Lines are counted physically (CRLF, LF and a lone CR each end one
// line), so a record's number is the line it starts on even after a quoted field that holds
// line breaks, which is what a text editor shows.
class RecordSplitter
{
public:
    RecordSplitter(const QString &text, QChar separator) : m_text(text), m_sep(separator) {}

    enum class Result { Record,
                        End,
                        UnclosedQuote };
    Result next(QStringList &fields)
    {
        fields.clear();
        const qsizetype n = m_text.size();
        if (m_pos >= n)
            return Result::End;
        m_recordLine = m_line;
        QString field;
        bool quoted = false;   // inside quotes now
        bool atFieldStart = true;
        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        m_pos += 2;
                        continue;
                    }
                    quoted = false;
                    ++m_pos;
                    continue;
                }
                if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                    consumeLineBreak(&field);
                else {
                    field.append(c);
                    ++m_pos;
                }
                continue;
            }
            if (c == m_sep) {
                fields.append(field);
                field.clear();
                atFieldStart = true;
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                consumeLineBreak(nullptr);
                fields.append(field);
                return Result::Record;
            }
            if (c == QLatin1Char('"') && atFieldStart) {
                quoted = true;
                m_quoteLine = m_line;
                m_quoteColumn = int(fields.size()) + 1;
                atFieldStart = false;
                ++m_pos;
                continue;
            }
            // Text after a closing quote ("abc"def) is kept, as Excel does; a quote inside an
            // unquoted field (5" disk) is an ordinary character. The run up to the next
            // separator or line break is taken at once rather than character by character.
            qsizetype end = m_pos + 1;
            while (end < n) {
                const QChar e = m_text.at(end);
                if (e == m_sep || e == QLatin1Char('\r') || e == QLatin1Char('\n'))
                    break;
                ++end;
            }
            field.append(QStringView(m_text).mid(m_pos, end - m_pos));
            atFieldStart = false;
            m_pos = end;
        }
        if (quoted)
            return Result::UnclosedQuote;
        fields.append(field);
        return Result::Record;
    }

    int recordLine() const { return m_recordLine; }
    int quoteLine() const { return m_quoteLine; }
    int quoteColumn() const { return m_quoteColumn; }

private:
    void consumeLineBreak(QString *field)
    {
        const bool crlf = m_text.at(m_pos) == QLatin1Char('\r') && m_pos + 1 < m_text.size()
                       && m_text.at(m_pos + 1) == QLatin1Char('\n');
        // Inside a quoted field the line break is part of the value; kept as "\n" whatever the
        // file used, so a cell reads the same from a Windows or a Linux file.
        if (field)
            field->append(QLatin1Char('\n'));
        m_pos += crlf ? 2 : 1;
        ++m_line;
    }

    const QString &m_text;
    QChar m_sep;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
};
}   // namespace

QChar CsvTableReader::detectSeparator(const QString &text)
{
    // Only the first records are looked at: a title line or a total line at the bottom must not
    // decide, and a 6,000-row file need not be split three times.
    constexpr int sampleRecords = 30;
    const QChar candidates[] = {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')};
    QChar best = QLatin1Char(',');
    int bestAgreeing = 0;
    int bestWidth = 0;
    for (const QChar sep : candidates) {
        RecordSplitter splitter(text, sep);
        QHash<int, int> countsByWidth;
        QStringList fields;
        for (int i = 0; i < sampleRecords; ++i) {
            const auto result = splitter.next(fields);
            if (result != RecordSplitter::Result::Record)
                break;
            if (fields.size() == 1 && fields.first().trimmed().isEmpty())
                continue;   // blank line
            ++countsByWidth[int(fields.size())];
        }
        for (auto it = countsByWidth.cbegin(); it != countsByWidth.cend(); ++it) {
            if (it.key() < 2)
                continue;
            // Most records agreeing wins; on a tie the wider split (a "," inside a ";" file's
            // names splits only some records, never all of them wider).
            if (it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestWidth)) {
                best = sep;
                bestAgreeing = it.value();
                bestWidth = it.key();
            }
        }
    }
    return best;
}

ImportTable CsvTableReader::read(const QByteArray &data, const QString &displayName)
{
    const DecodedText decoded = TextDecoding::decode(data);
    if (TextDecoding::looksBinary(decoded.text))
        throw ImportError(QCoreApplication::translate("CsvTableReader", "The file %1 is not a spreadsheet: it is not an Excel (.xlsx, .xls) or LibreOffice (.ods) "
                                                                        "workbook, nor a CSV or text file. Open it in Excel and save it as .xlsx.")
                              .arg(displayName));
    ImportTable table;
    table.format = QStringLiteral("csv");
    table.encoding = decoded.encoding;
    table.separator = detectSeparator(decoded.text);
    RecordSplitter splitter(decoded.text, table.separator);
    QStringList fields;
    qint64 cells = 0;
    for (;;) {
        const auto result = splitter.next(fields);
        if (result == RecordSplitter::Result::End)
            break;
        if (result == RecordSplitter::Result::UnclosedQuote)
            throw ImportError(QCoreApplication::translate("CsvTableReader", "The file %1 has a quote (\") that is never closed: it opens on line %2, in column %3. "
                                                                            "Close the quote or remove it, and import again.")
                                  .arg(displayName)
                                  .arg(splitter.quoteLine())
                                  .arg(splitter.quoteColumn()));
        if (table.rows.size() >= ImportLimits::maxTextRows)
            throw ImportError(QCoreApplication::translate("CsvTableReader", "The file %1 has more than %2 rows, too many to import. Split it into smaller files.")
                                  .arg(displayName)
                                  .arg(ImportLimits::maxTextRows));
        cells += fields.size();
        if (cells > ImportLimits::maxCells)
            throw ImportError(QCoreApplication::translate("CsvTableReader", "The file %1 has more than %2 cells, too many to import. Split it into smaller files.")
                                  .arg(displayName)
                                  .arg(ImportLimits::maxCells));
        if (fields.size() > ImportLimits::maxColumns)
            throw ImportError(QCoreApplication::translate("CsvTableReader", "Line %2 of the file %1 has more than %3 columns, too many to import.")
                                  .arg(displayName)
                                  .arg(splitter.recordLine())
                                  .arg(ImportLimits::maxColumns));
        // The table's contract: no empty rows (blank lines, ";;;;"), no trailing empty cells.
        while (!fields.isEmpty() && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        if (fields.isEmpty())
            continue;
        ImportRow row;
        row.number = splitter.recordLine();
        row.cells.reserve(fields.size());
        for (const QString &f : fields) {
            ImportCell cell;
            if (!f.isEmpty()) {
                cell.kind = ImportCell::Kind::Text;
                cell.text = f;
            }
            row.cells.append(cell);
        }
        table.rows.append(std::move(row));
    }
    return table;
}
