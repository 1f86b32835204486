#include "import/xlshelperprotocol.h"

#include "import/importlimits.h"

#include <QDataStream>
#include <QIODevice>

#include <functional>

namespace {

constexpr quint32 magic = 0x504B584C;   // "PKXL"
// Pinned so that an application and a helper built against different Qt versions agree.
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
// BIFF8 numbers sheets with 16 bits.
constexpr quint32 maxSheets = 65535;

enum class Payload : quint8 { SheetNames = 1,
                              Table = 2,
                              Error = 3 };

QByteArray encode(Payload payload, const std::function<void(QDataStream &)> &body)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << magic << XlsHelperProtocol::version << quint8(payload);
    body(out);
    return bytes;
}

void writeNames(QDataStream &out, const QStringList &names)
{
    out << quint32(names.size());
    for (const QString &name : names)
        out << name;
}

bool readNames(QDataStream &in, QStringList *names)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > maxSheets)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        QString name;
        in >> name;
        if (in.status() != QDataStream::Ok)
            return false;
        names->append(name);
    }
    return true;
}

// Only what each kind of cell uses, so that a sheet of numbers costs ~30 bytes a cell.
void writeCell(QDataStream &out, const ImportCell &cell)
{
    out << quint8(cell.kind) << cell.text;
    switch (cell.kind) {
    case ImportCell::Kind::Empty:
    case ImportCell::Kind::Text:
        break;
    case ImportCell::Kind::Number:
        out << cell.number;
        break;
    case ImportCell::Kind::Boolean:
        out << cell.boolean;
        break;
    case ImportCell::Kind::Date:
        out << cell.date << cell.number;
        break;
    }
}

bool readCell(QDataStream &in, ImportCell *cell)
{
    quint8 kind = 0;
    in >> kind >> cell->text;
    if (kind > quint8(ImportCell::Kind::Date))
        return false;
    cell->kind = ImportCell::Kind(kind);
    switch (cell->kind) {
    case ImportCell::Kind::Empty:
    case ImportCell::Kind::Text:
        break;
    case ImportCell::Kind::Number:
        in >> cell->number;
        break;
    case ImportCell::Kind::Boolean:
        in >> cell->boolean;
        break;
    case ImportCell::Kind::Date:
        in >> cell->date >> cell->number;
        break;
    }
    return in.status() == QDataStream::Ok;
}

// The table as SheetBuilder hands it: rows in increasing order, within the limits.
bool readTable(QDataStream &in, ImportTable *table)
{
    in >> table->format >> table->sheet;
    if (in.status() != QDataStream::Ok || !readNames(in, &table->sheets))
        return false;
    quint32 rows = 0;
    in >> rows;
    if (in.status() != QDataStream::Ok || rows > quint32(ImportLimits::maxRows))
        return false;
    qint64 cells = 0;
    int previous = 0;
    for (quint32 r = 0; r < rows; ++r) {
        ImportRow row;
        quint32 count = 0;
        in >> row.number >> count;
        if (in.status() != QDataStream::Ok || row.number <= previous || row.number > ImportLimits::maxRows
            || count > quint32(ImportLimits::maxColumns))
            return false;
        previous = row.number;
        cells += count;
        if (cells > ImportLimits::maxCells)
            return false;
        // No reserve(count) up front: a lying count must run out of bytes, not of memory.
        for (quint32 c = 0; c < count; ++c) {
            ImportCell cell;
            if (!readCell(in, &cell))
                return false;
            row.cells.append(std::move(cell));
        }
        table->rows.append(std::move(row));
    }
    return true;
}
}   // namespace

QByteArray XlsHelperProtocol::encodeSheetNames(const QStringList &names)
{
    return encode(Payload::SheetNames, [&](QDataStream &out) { writeNames(out, names); });
}

QByteArray XlsHelperProtocol::encodeTable(const ImportTable &table)
{
    return encode(Payload::Table, [&](QDataStream &out) {
        out << table.format << table.sheet;
        writeNames(out, table.sheets);
        out << quint32(table.rows.size());
        for (const ImportRow &row : table.rows) {
            out << qint32(row.number) << quint32(row.cells.size());
            for (const ImportCell &cell : row.cells)
                writeCell(out, cell);
        }
    });
}

QByteArray XlsHelperProtocol::encodeError(const QString &message)
{
    return encode(Payload::Error, [&](QDataStream &out) { out << message; });
}

XlsHelperProtocol::Reply XlsHelperProtocol::decode(const QByteArray &bytes)
{
    Reply reply;
    QDataStream in(bytes);
    in.setVersion(streamVersion);
    quint32 m = 0;
    quint16 v = 0;
    quint8 payload = 0;
    in >> m >> v >> payload;
    if (in.status() != QDataStream::Ok || m != magic)
        return reply;
    if (v != version) {
        reply.kind = Reply::Kind::OtherVersion;
        return reply;
    }
    bool ok = false;
    switch (Payload(payload)) {
    case Payload::SheetNames:
        ok = readNames(in, &reply.sheetNames);
        reply.kind = Reply::Kind::SheetNames;
        break;
    case Payload::Table:
        ok = readTable(in, &reply.table);
        reply.sheetNames = reply.table.sheets;
        reply.kind = Reply::Kind::Table;
        break;
    case Payload::Error:
        in >> reply.error;
        ok = in.status() == QDataStream::Ok && !reply.error.isEmpty();
        reply.kind = Reply::Kind::Error;
        break;
    }
    // Trailing bytes mean the reply is not what this version wrote.
    if (!ok || in.status() != QDataStream::Ok || !in.atEnd())
        return Reply();
    return reply;
}
