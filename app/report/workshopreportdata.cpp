#include "report/workshopreportdata.h"

#include "core/indonesianformat.h"
#include "storage/reportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/workshoprepository.h"

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
    // A workshop for some kecamatan reports the milestones of those kecamatan, not of the area.
    QStringList invitedDistricts;
    for (const DistrictAttendance &a : d.counts.districts)
        invitedDistricts.append(a.code);
    if (!invitedDistricts.isEmpty() && invitedDistricts.size() < d.after.districts.size()) {
        d.before = d.before.onlyDistricts(invitedDistricts);
        d.after = d.after.onlyDistricts(invitedDistricts);
        QStringList names;
        for (const DistrictAttendance &a : d.counts.districts)
            names.append(a.name);
        d.scopeName = QStringLiteral("Kecamatan ") + IndonesianFormat::list(names);
    }
    d.letterhead = Letterhead::load(db);
    d.villageTerm = SettingsRepository(db).villageTerm();
    return d;
}

qint64 WorkshopReportData::latestWorkshopId(Connection db)
{
    const QVector<Workshop> all = WorkshopRepository(db).list();
    return all.isEmpty() ? 0 : all.first().id;
}
