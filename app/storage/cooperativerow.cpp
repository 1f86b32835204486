#include "storage/cooperativerow.h"

#include "storage/rowreader.h"

namespace CooperativeRow {

QString select()
{
    return QStringLiteral(
        "SELECT c.id, c.village_code, c.district_code, c.name, c.kind, c.legal_number, c.legal_date, "
        "c.nik_koperasi, c.npwp, c.nib, c.chair_name, c.chair_phone, c.secretary_name, c.secretary_phone, "
        "c.treasurer_name, c.treasurer_phone, c.supervisor_name, c.phone, c.member_count, c.business_units, "
        "c.notes, c.is_demo, c.updated_at, c.updated_by, v.name, v.kind, d.name "
        "FROM cooperative c JOIN village v ON v.code = c.village_code JOIN district d ON d.code = c.district_code ");
}

Cooperative read(const RowReader &row)
{
    Cooperative c;
    int i = 0;
    c.id = row.integer(i++);
    c.villageCode = row.string(i++);
    c.districtCode = row.string(i++);
    c.name = row.string(i++);
    c.kind = row.string(i++);
    c.legalNumber = row.string(i++);
    c.legalDate = row.date(i++);
    c.nikKoperasi = row.string(i++);
    c.npwp = row.string(i++);
    c.nib = row.string(i++);
    c.chairName = row.string(i++);
    c.chairPhone = row.string(i++);
    c.secretaryName = row.string(i++);
    c.secretaryPhone = row.string(i++);
    c.treasurerName = row.string(i++);
    c.treasurerPhone = row.string(i++);
    c.supervisorName = row.string(i++);
    c.phone = row.string(i++);
    c.memberCount = int(row.integer(i++));
    c.businessUnits = row.string(i++);
    c.notes = row.string(i++);
    c.demo = row.integer(i++) != 0;
    c.updatedAt = QDateTime::fromString(row.string(i++), Qt::ISODateWithMs);
    c.updatedBy = row.string(i++);
    c.villageName = row.string(i++);
    c.villageKind = row.string(i++);
    c.districtName = row.string(i++);
    return c;
}

}   // namespace CooperativeRow
