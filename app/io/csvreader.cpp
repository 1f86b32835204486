#include "io/csvreader.h"

#include <QCoreApplication>
#include <QFile>

#include <csv.h>

namespace {
struct ParseState
{
    QVector<QStringList> rows;
    QStringList current;
};

void onField(void *data, size_t len, void *user)
{
    auto *state = static_cast<ParseState *>(user);
    state->current.append(QString::fromUtf8(static_cast<const char *>(data), qsizetype(len)));
}

void onRow(int, void *user)
{
    auto *state = static_cast<ParseState *>(user);
    state->rows.append(state->current);
    state->current.clear();
}
}   // namespace

CsvReader::Result CsvReader::parse(const QByteArray &input, char delimiter)
{
    Result result;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        result.error = QCoreApplication::translate("CsvReader", "Not enough memory to read the CSV file.");
        return result;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    ParseState state;
    const size_t parsed = csv_parse(&parser, data.constData(), size_t(data.size()), onField, onRow, &state);
    const bool finished = parsed == size_t(data.size()) && csv_fini(&parser, onField, onRow, &state) == 0;
    if (!finished) {
        // The record being read when parsing failed is the one after the last complete row.
        const int row = int(state.rows.size()) + 1;
        result.error = QCoreApplication::translate("CsvReader", "The CSV file is malformed at row %1 (%2). Check that row for an unclosed quote.")
                           .arg(row)
                           .arg(QString::fromLatin1(csv_strerror(csv_error(&parser))));
    }
    csv_free(&parser);
    result.rows = std::move(state.rows);
    return result;
}

CsvReader::Result CsvReader::readFile(const QString &path, char delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = QCoreApplication::translate("CsvReader", "Cannot read \"%1\": %2").arg(path, file.errorString());
        return r;
    }
    return parse(file.readAll(), delimiter);
}
