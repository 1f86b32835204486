#pragma once
#include "report/letterhead.h"
#include "core/progresssummary.h"
#include "storage/reportrepository.h"

#include <QDate>
#include "storage/connection.h"
#include <QString>
#include <QVector>

// What the user (or the command line) chooses for a progress report.
struct ReportOptions
{
    QDate asOf;                // the report's date: figures as of the end of this day
    QDate compareFrom;         // invalid: no comparison column
    QString behindMilestone;   // the follow-up list; empty = the first milestone not reached by all
    QString areaCode;          // empty = the office's whole area
};

// Every figure and name a progress report prints, read in one go so that building the document
// needs no database (and the GUI, the command line and the tests print the same thing).
struct ProgressReportData
{
    ProgressSummary current;
    ProgressSummary previous;   // valid only when hasComparison
    bool hasComparison = false;
    MilestoneDefinition behindMilestone;   // empty code: no follow-up list
    QVector<BehindCooperative> behind;
    Letterhead letterhead;
    QString villageTerm;   // "Nagori" in Simalungun, "Desa" elsewhere

    static ProgressReportData load(Connection db, const ReportOptions &options);
    // The first milestone, in order, that some cooperatives have not reached yet.
    static QString defaultBehindMilestone(const ProgressSummary &summary);
};
