#pragma once
#include "import/importtable.h"

#include <QDate>
#include <QString>

// Fast paths for the forms nearly every cell of a large file has: "12.08.30.2002",
// "04/10/2025" or "2025-10-04", "0812-6011-2345". They give what ImportValues gives for those
// forms; anything else gives an empty/invalid value, and the caller then goes through
// ImportValues (for the other forms, and for a failure's message). A national file has
// 83,762 rows, so the common form is read without a regular expression.
namespace ImportFastForms {

// A village code written as text in its dotted form, as it is; empty for any other form.
QString villageCode(const ImportCell &cell);
// A Date cell, or text as dd/mm/yyyy or yyyy-mm-dd; invalid for any other form.
QDate date(const ImportCell &cell);
// A phone number of digits with dashes or spaces, in its stored form ("081260112345") when it
// has CooperativeValidator::normalisePhone's form; empty otherwise.
QString phone(const ImportCell &cell);

}   // namespace ImportFastForms
