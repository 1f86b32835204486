#include "workshopreportdata.h"

#include "reportrepository.h"
#include "settingsrepository.h"
#include "workshoprepository.h"

WorkshopReportData WorkshopReportData::load(Connection db, qint64 workshopId)
{
    const WorkshopRepository workshops(db);
    WorkshopReportData d;
    d.workshop = workshops.get(workshopId);   // "There is no workshop number 7 in this database."
    d.counts = workshops.counts(workshopId);
    d.absentees = workshops.absentees(workshopId);
    const ReportRepository reports(db);
    d.before = reports.summary(d.workshop.heldOn.addDays(-1));
    d.after = reports.summary(d.workshop.heldOn);
    d.areaName = d.after.areaName;
    d.letterhead = Letterhead::load(db);
    d.villageTerm = SettingsRepository(db).villageTerm();
    return d;
}

qint64 WorkshopReportData::latestWorkshopId(Connection db)
{
    const QVector<Workshop> all = WorkshopRepository(db).list();
    return all.isEmpty() ? 0 : all.first().id;
}
