#pragma once
#include "progresssummary.h"
#include "workshop.h"

#include <QString>
#include <QVector>

// The outcome of a workshop as one HTML document, shown on the outcome page and printed as it
// is: "360 hadir, 53 tidak hadir", the milestones reached that day (the day before vs the day),
// and the absentees grouped by kecamatan with chair and phone for the follow-up calls.
struct WorkshopOutcome
{
    Workshop workshop;
    QString areaName;
    AttendanceCounts counts;
    ProgressSummary before;      // as of the day before the workshop
    ProgressSummary after;       // as of the workshop's day
    QVector<AttendanceEntry> absentees;

    // "360 present, 53 absent" (translated: "360 hadir, 53 tidak hadir").
    QString headline() const;
    QString html() const;
};
