#pragma once
#include "importer/importplan.h"
#include "storage/importrepository.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

// What one data row of a sheet asks for, read from its cells before anything is compared with
// the database: ImportRowReader makes it, mergeRowsPerCooperative merges the rows of one
// cooperative, ImportPlanner::plan compares it with what is stored.

// Something wrong with a row: the column's header (empty for the row as a whole) and a
// translated sentence about the value (the row and column are added when it is shown).
struct RowIssue
{
    QString column;
    QString text;
};

// One milestone's columns in a row: a status column, a date column, or both.
struct MilestoneIntent
{
    std::optional<bool> reached;
    QDate date;
    QString statusHeader;
    QString dateHeader;
    QString statusText;   // as written, for messages
    bool present() const { return reached.has_value() || date.isValid(); }
};

struct RowIntent
{
    int tableIndex = 0;
    int row = 0;     // the spreadsheet's row number
    int coop = -1;   // index into ImportSnapshot::cooperatives; -1 when not matched
    // Per ImportColumns::Field: the value asked for (empty: leave as it is), and its column.
    QString values[ImportColumns::FieldCount];
    QString headers[ImportColumns::FieldCount];
    QVector<MilestoneIntent> milestones;   // per milestone code of the mapping, in its order
    QVector<RowIssue> issues;              // any issue rejects the row
    bool ambiguous = false;                // the village name fits several villages (one of the issues)
    QVector<VillageCandidate> candidates;
    QString villageText;   // the village as written, for a row not matched
};
