#pragma once
#include "import/importtable.h"

#include <QDate>
#include <QString>

#include <optional>

// Turns imported cells into the values the database holds, undoing what Excel does to them
// (village codes and phone numbers made into numbers, dates as serial numbers) and reading
// what people type on Indonesian sheets. Every function returns an empty/invalid value for an
// empty cell without a problem; for a cell it cannot read it also sets *problem to a translated
// sentence about the value (the caller adds file, row and column).
namespace ImportValues {

// Serial numbers are taken as dates only in this range, so a count or a code is not a date.
QDate earliestSerialDate();   // 1 January 2000
QDate latestSerialDate();     // 31 December 2100

// Day first: 04/10/2025, 4-10-2025, 4.10.2025, 04/10/25, 2025-10-04, 4 Oktober 2025, 4 Okt 2025,
// 04-Okt-25, Sabtu, 4 Oktober 2025, October 4, 2025, 4 October 2025; Date cells; Excel serial
// numbers in Number cells and in text (45934 = 4 October 2025) within the range above. A time of
// day after the date is ignored. 31/02/2025 -> invalid, "31/02/2025 is not a date that exists".
QDate parseDate(const ImportCell &cell, QString *problem = nullptr);
QDate parseDateText(const QString &text, QString *problem = nullptr);

// A Kemendagri code at any level in its dotted form ("12", "12.08", "12.08.30", "12.08.30.2002"),
// from what Excel left of it: 1208302002 as a number (or 1.208302002E+09 text), "1208302002",
// "12 08 30 2002", "12.8" (a number that lost the zero of "12.08"), "12.8.30.2002". Empty when
// it is not a code.
QString parseAreaCode(const ImportCell &cell);
// The same, for village codes only (ten digits); empty otherwise.
QString parseVillageCode(const ImportCell &cell);

// An Indonesian phone number in its stored form (digits, leading 0: "081265432100"), from
// 0812-6543-2100, +62 812 6543 2100, 6281265432100, and number cells that lost the leading 0
// (81265432100, 8.12654321E10). When a cell holds several numbers ("0812... / 0813..."), the
// first is used.
QString parsePhone(const ImportCell &cell, QString *problem = nullptr);

// Whether a milestone is reached: true for Ya, Y, Yes, Sudah, Sdh, Selesai, Ada, Aktif, OK, ✓, ✔, √, V,
// 1, TRUE, Benar and for a date; false for Tidak, Tdk, Belum, Blm, No, N, 0, FALSE, Salah, -;
// std::nullopt for an empty cell ("nothing to do") and for text that is neither (then *problem
// is set). "X" is not read: on some forms it marks a box, on others it crosses one out.
std::optional<bool> parseReached(const ImportCell &cell, QString *problem = nullptr);

// A milestone cell: reached with its date when it holds a date (a Date cell, date text, a
// serial number), otherwise parseReached with no date.
struct MilestoneValue
{
    std::optional<bool> reached;
    QDate date;
};
MilestoneValue parseMilestone(const ImportCell &cell, QString *problem = nullptr);

// A count of people: 150, "150", "1.250" (Indonesian thousands), "150 orang". -1 when empty or
// not a whole number (then *problem is set).
int parseCount(const ImportCell &cell, QString *problem = nullptr);

// The SK AHU number in its usual form (upper case, single spaces), checked with
// CooperativeValidator::isValidLegalNumber; empty (with *problem) when it is not one.
QString parseLegalNumber(const ImportCell &cell, QString *problem = nullptr);

// The text of a cell for a name field: spaces collapsed.
QString cellText(const ImportCell &cell);

// A key for matching a village by name when there is no code. See importvalues.cpp for the
// rules: case, spacing and punctuation ignored, a leading Nagori/Desa/Kelurahan/Kel./Ds. removed,
// and names written in the old spellings (before 1947 and 1972) folded to today's.
QString villageNameKey(const QString &name);
// How many letters must be inserted, deleted, replaced or swapped to turn one village name key into
// the other, spaces not counted ("bosar galuggur" is 1 from "bosar galugur"); stops counting
// past `limit` and then returns limit + 1.
int nameDistance(const QString &a, const QString &b, int limit);

}   // namespace ImportValues
