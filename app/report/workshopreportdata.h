#pragma once
#include "report/letterhead.h"
#include "core/progresssummary.h"
#include "core/workshop.h"

#include "storage/connection.h"
#include <QString>
#include <QVector>

// Every figure and name a workshop's report prints, read in one go (like ProgressReportData),
// so the outcome page, the Reports page, the command line and the tests print the same thing.
struct WorkshopReportData
{
    Workshop workshop;
    QString areaName;          // "Kabupaten Simalungun"
    AttendanceCounts counts;   // totals and one row per kecamatan with invitations
    ProgressSummary before;    // milestones as of the day before the workshop
    ProgressSummary after;     // ... and as of the end of its day
    // Both of the invited kecamatan only, when not all of the area's were invited; then scopeName
    // names them ("Kecamatan Raya dan Panei"), and is empty otherwise.
    QString scopeName;
    QVector<AttendanceEntry> absentees;   // by kecamatan, then village code
    Letterhead letterhead;
    QString villageTerm;   // "Nagori" in Simalungun, "Desa" elsewhere

    // Throws StorageError when the workshop does not exist.
    static WorkshopReportData load(Connection db, qint64 workshopId);
    // The newest workshop (by date, then by creation); 0 when there is none.
    static qint64 latestWorkshopId(Connection db);
};
