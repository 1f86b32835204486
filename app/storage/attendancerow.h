#pragma once
#include "core/workshop.h"

#include <QString>

class RowReader;

// One invited cooperative with its attendance, as the door screen, the outcome and the exports
// read it: the columns in one place (`i` is the invitation, `e` the current mark) and the one
// function that turns such a row into an AttendanceEntry.
namespace AttendanceRow {
// "SELECT <the columns> FROM workshop_invitation i JOIN ... LEFT JOIN attendance_event e ... "
// (the caller adds WHERE / ORDER BY / LIMIT).
QString select();
AttendanceEntry read(const RowReader &row);
}   // namespace AttendanceRow
