#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) with libcsv.
// Every field stays text, so village codes and phone numbers keep their leading zeros.
// A UTF-8 byte-order mark (as Excel writes it) is skipped.
class CsvReader
{
public:
    struct Result
    {
        QVector<QStringList> rows;   // the header row included
        QString error;               // empty when parsing succeeded; says which line
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray &data, char delimiter = ',');
    static Result readFile(const QString &path, char delimiter = ',');
};
