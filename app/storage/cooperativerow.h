#pragma once
#include "core/cooperative.h"

#include <QString>

class RowReader;

// One cooperative as the registry, its edit form and the spreadsheet export read it: the columns
// in one place, and the one function that turns such a row into a Cooperative.
namespace CooperativeRow {
// "SELECT <the columns> FROM cooperative c JOIN village v ... JOIN district d ... " (the caller
// adds WHERE / ORDER BY). Column 0 is the cooperative's id.
QString select();
Cooperative read(const RowReader &row);
}   // namespace CooperativeRow
