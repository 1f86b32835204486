#pragma once
#include "storage/importrepository.h"
#include "importer/importrowintent.h"

#include <QHash>
#include <QVector>

// Step 2 of ImportPlanner::plan: several rows for one cooperative (a sheet per kecamatan pasted
// together, a row repeated). Where they agree, the first row takes what the others add and the
// others change nothing; where they disagree in a field or a milestone, none of them can be
// trusted, so each gets an issue naming them all. Only matched rows without issues take part.
// Returns, for each row merged into an earlier one, its index in `intents` -> the earlier row's
// spreadsheet row number.
QHash<int, int> mergeRowsPerCooperative(QVector<RowIntent> &intents, const ImportSnapshot &snapshot);
