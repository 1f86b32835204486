#pragma once
#include <QString>

struct ImportPlan;
struct ImportSource;

// The rows an import would reject, as a sheet to send back to whoever made the file: the row
// number, every column of the file as it was written, and the reason, so the rows can be corrected
// in place and the sheet imported again.
namespace RejectedRowsSheet {
// Writes the rejected and undecided rows of `plan` to `path` (.xlsx, or .csv for Excel on an
// Indonesian Windows). Returns the number of rows written, or -1 with `error` set.
int write(const ImportSource &source, const ImportPlan &plan, const QString &path, QString *error);
}   // namespace RejectedRowsSheet
