#include "import/exceldate.h"

#include <cmath>

namespace ExcelDate {

QDate fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0)   // 2958465 = 9999-12-31
        return QDate();
    // The time of day is the fraction; the date is the whole days.
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return QDate();
    if (days < 60)
        return days == 0 ? QDate() : QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

double toSerial(const QDate &date)
{
    if (!date.isValid())
        return 0;
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    return double(days < 61 ? days - 1 : days);
}

}   // namespace ExcelDate
