#include "io/areasetup.h"

#include "storage/cooperativerepository.h"
#include "storage/regionrepository.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

QString AreaSetup::villageTermFor(const QString &areaCode)
{
    return areaCode == QLatin1String("12.08") ? QStringLiteral("Nagori") : QStringLiteral("Desa");
}

AreaSetup::Result AreaSetup::apply(Connection db, const RegionCatalog::Area &area, const QString &actor)
{
    Transaction tx(db, QCoreApplication::translate("AreaSetup", "Setting up the area"));
    SettingsRepository settings(db);
    const QString previous = settings.areaCode();
    if (!previous.isEmpty() && previous != area.code && !area.code.startsWith(previous + QLatin1Char('.'))
        && !previous.startsWith(area.code + QLatin1Char('.')))
        throw StorageError(QCoreApplication::translate("AreaSetup", "This database already serves %1 (%2). Use a new database file for %3.")
                               .arg(settings.areaName(), previous, area.name));
    RegionRepository regions(db);
    regions.upsertProvinces(area.provinces);
    regions.upsertRegencies(area.regencies);
    regions.upsertDistricts(area.districts);
    regions.upsertVillages(area.villages);
    settings.setValue(QStringLiteral("area_code"), area.code);
    settings.setValue(QStringLiteral("area_name"), area.name);
    settings.setValue(QStringLiteral("village_term"), villageTermFor(area.code));
    Result r;
    r.districts = int(area.districts.size());
    r.villages = int(area.villages.size());
    r.cooperativesCreated = CooperativeRepository(db).createForVillages(area.villages, actor);
    tx.commit();
    return r;
}
