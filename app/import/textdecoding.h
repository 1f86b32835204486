#pragma once
#include <QByteArray>
#include <QString>

// Turns the bytes of a text file typed on an Indonesian Windows PC into text. Order of trust:
// a byte-order mark (UTF-8; UTF-16 LE/BE, which Excel's "Unicode Text" writes), UTF-16 without a
// mark recognised by its zero bytes, valid UTF-8, and otherwise Windows-1252 (Excel's "CSV" on
// a Windows set to Indonesian or English writes the ANSI code page 1252).
struct DecodedText
{
    QString text;
    QString encoding;   // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
};

namespace TextDecoding {
DecodedText decode(const QByteArray &data);
// Windows-1252 by table: Qt 6.4's QStringConverter has no 1252, and QStringDecoder("windows-1252")
// exists only when Qt is built with ICU (Debian's is, Qt's Windows installers are not). Bytes
// 0x80-0x9F are the 1252 punctuation (curly quotes, dashes, the euro sign); the rest is Latin-1.
QString fromWindows1252(const QByteArray &data);
// True when decoded text looks like a binary file (an image, a PDF) rather than text.
bool looksBinary(const QString &text);
}   // namespace TextDecoding
