#include "storage/attendancerow.h"

#include "storage/rowreader.h"

namespace AttendanceRow {

QString select()
{
    return QStringLiteral(
        "SELECT c.id, c.village_code, c.name, v.name, c.district_code, d.name, c.chair_name, c.chair_phone, c.phone, "
        "e.id, e.recorded_at, e.recorded_by, e.attendee_name, e.attendee_role "
        "FROM workshop_invitation i "
        "JOIN cooperative c ON c.id = i.cooperative_id "
        "JOIN village v ON v.code = c.village_code "
        "JOIN district d ON d.code = c.district_code "
        "LEFT JOIN attendance_event e ON e.workshop_id = i.workshop_id AND e.cooperative_id = i.cooperative_id AND e.current = 1 ");
}

AttendanceEntry read(const RowReader &row)
{
    AttendanceEntry a;
    a.cooperativeId = row.integer(0);
    a.villageCode = row.string(1);
    a.cooperativeName = row.string(2);
    a.villageName = row.string(3);
    a.districtCode = row.string(4);
    a.districtName = row.string(5);
    a.chairName = row.string(6);
    a.chairPhone = row.string(7);
    a.phone = row.string(8);
    a.present = !row.isNull(9);
    if (a.present) {
        a.markedAt = QDateTime::fromString(row.string(10), Qt::ISODateWithMs);
        a.markedAt.setTimeSpec(Qt::UTC);
        a.markedBy = row.string(11);
        a.attendeeName = row.string(12);
        a.attendeeRole = row.string(13);
    }
    return a;
}

}   // namespace AttendanceRow
