#include "import/textdecoding.h"

#include <QStringDecoder>

namespace TextDecoding {

namespace {
// UTF-16 without a byte-order mark: ASCII text has a zero byte in every other position.
int zeroBytesAt(const QByteArray &data, int parity, int sample)
{
    int zeros = 0;
    for (int i = parity; i < sample; i += 2)
        zeros += data.at(i) == 0;
    return zeros;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray &data, bool *error = nullptr)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(data);
    if (error)
        *error = decoder.hasError();
    return text;
}
}   // namespace

QString fromWindows1252(const QByteArray &data)
{
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in 1252; Windows maps them to the C1
    // controls of the same value, as Latin-1 does.
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out;
    out.resize(data.size());
    QChar *dst = out.data();
    for (const char ch : data) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b <= 0x9F) ? QChar(high[b - 0x80]) : QChar(b);
    }
    return out;
}

bool looksBinary(const QString &text)
{
    const int sample = int(qMin<qsizetype>(text.size(), 4096));
    int controls = 0;
    for (int i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return sample > 0 && controls * 20 > sample;   // more than 5 % control characters
}

DecodedText decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return {decodeWith(QStringConverter::Utf8, data.mid(3)), QStringLiteral("UTF-8 BOM")};
    if (data.startsWith("\xFF\xFE"))
        return {decodeWith(QStringConverter::Utf16LE, data.mid(2)), QStringLiteral("UTF-16LE")};
    if (data.startsWith("\xFE\xFF"))
        return {decodeWith(QStringConverter::Utf16BE, data.mid(2)), QStringLiteral("UTF-16BE")};
    const int sample = int(qMin<qsizetype>(data.size(), 4096)) & ~1;
    if (sample >= 4) {
        const int evenZeros = zeroBytesAt(data, 0, sample);
        const int oddZeros = zeroBytesAt(data, 1, sample);
        const int half = sample / 2;
        if (oddZeros * 10 > half * 7 && evenZeros * 10 < half)
            return {decodeWith(QStringConverter::Utf16LE, data), QStringLiteral("UTF-16LE")};
        if (evenZeros * 10 > half * 7 && oddZeros * 10 < half)
            return {decodeWith(QStringConverter::Utf16BE, data), QStringLiteral("UTF-16BE")};
    }
    bool error = false;
    QString utf8 = decodeWith(QStringConverter::Utf8, data, &error);
    if (!error)
        return {utf8, QStringLiteral("UTF-8")};
    return {fromWindows1252(data), QStringLiteral("Windows-1252")};
}

}   // namespace TextDecoding
