#pragma once
#include <QDate>

// Spreadsheet serial day numbers. Excel's 1900 system counts 1900-01-01 as 1 and, copying
// Lotus 1-2-3, treats 1900 as a leap year: serial 60 is the non-existent 1900-02-29, so from 61 on
// the serial is days since 1899-12-30. The 1904 system (old Mac workbooks, workbookPr date1904)
// counts days since 1904-01-01.
namespace ExcelDate {
// Invalid QDate for serial 60 in the 1900 system, negative serials or a serial past 9999-12-31.
QDate fromSerial(double serial, bool date1904 = false);
double toSerial(const QDate &date);   // 1900 system
}   // namespace ExcelDate
