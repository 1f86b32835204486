#include "report/progressreportdata.h"

#include "storage/settingsrepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

QString ProgressReportData::defaultBehindMilestone(const ProgressSummary &summary)
{
    for (const MilestoneDefinition &m : summary.milestones)
        if (summary.reachedCount(m.code) < summary.total)
            return m.code;
    return summary.milestones.isEmpty() ? QString() : summary.milestones.last().code;
}

ProgressReportData ProgressReportData::load(Connection db, const ReportOptions &options)
{
    const ReportRepository repository(db);
    ProgressReportData d;
    d.current = repository.summary(options.asOf, options.areaCode);
    if (options.compareFrom.isValid() && options.compareFrom != options.asOf) {
        d.previous = repository.summary(options.compareFrom, options.areaCode);
        d.hasComparison = true;
    }
    const QString code = options.behindMilestone.isEmpty() ? defaultBehindMilestone(d.current) : options.behindMilestone;
    if (!code.isEmpty()) {
        const MilestoneDefinition *m = d.current.milestone(code);
        if (!m)
            throw StorageError(QCoreApplication::translate("ProgressReportData", "There is no milestone with the code \"%1\".").arg(code));
        d.behindMilestone = *m;
        d.behind = repository.behind(code, options.asOf, options.areaCode);
    }
    d.letterhead = Letterhead::load(db);
    d.villageTerm = SettingsRepository(db).villageTerm();
    return d;
}
