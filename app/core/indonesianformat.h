#pragma once
#include <QDate>
#include <QString>
#include <QStringList>

// Numbers, percentages and dates the way Indonesian reports print them:
// "83.762", "64,4 %", "Sabtu, 4 Oktober 2025". Percentages are computed in integer
// arithmetic (tenths, rounded half up) so that the same figures never differ by a float.
namespace IndonesianFormat {

// Percentage of part in whole, in tenths of a percent, rounded half up; 0 when whole is 0.
int percentTenths(qint64 part, qint64 whole);
// "64,4 %" (decimals = 1) or "64 %" (decimals = 0). The space is a no-break space (U+00A0) so
// that the sign never wraps away from its figure. Every report sentence, table and dashboard card
// uses the one-decimal form, so that a sentence and a table never round one figure differently.
QString percent(qint64 part, qint64 whole, int decimals = 1);
// "64,4": the same figure without the sign, for table columns whose header carries the "%".
QString percentFigure(qint64 part, qint64 whole);
// Same figure as a plain decimal for machine output: 64.4
QString percentDecimal(qint64 part, qint64 whole);
// "83.762"
QString number(qint64 value);
// "Sabtu, 4 Oktober 2025"
QString dateLong(const QDate &date);
// "4 Oktober 2025"
QString date(const QDate &date);
// "4 Okt 2025" for narrow table cells
QString dateShort(const QDate &date);
// "4 Oktober 2025 09.14"
QString dateTime(const QDateTime &dateTime);
// "09.14"
QString time(const QTime &time);
// A stored phone number as people read and dial it: a mobile number in groups of four
// ("0812-3456-7890", "0812-3456-789"); anything else as it is (a landline's area code has 2 to 4
// digits, which the number alone does not tell).
QString phone(const QString &stored);
// "Raya", "Raya dan Panei", "Raya, Panei dan Silau Kahean"
QString list(const QStringList &items);

}   // namespace IndonesianFormat
