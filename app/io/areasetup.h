#pragma once
#include "io/regioncatalog.h"

#include "storage/connection.h"

// First run: stores the office's area (a regency or a whole province) and creates one
// cooperative per village, named by the programme's pattern. Idempotent: villages that
// already have a cooperative are left alone.
class AreaSetup
{
public:
    struct Result
    {
        int districts = 0;
        int villages = 0;
        int cooperativesCreated = 0;
    };

    static Result apply(Connection db, const RegionCatalog::Area &area, const QString &actor);
    // "Nagori" for Kabupaten Simalungun, where a desa is called a nagori; "Desa" elsewhere.
    static QString villageTermFor(const QString &areaCode);
};
