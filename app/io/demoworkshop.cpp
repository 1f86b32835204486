#include "io/demoworkshop.h"

#include "storage/cooperativerepository.h"
#include "io/demoscenario.h"
#include "storage/workshoprepository.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <algorithm>
#include <random>

namespace DemoWorkshop {

qint64 build(Connection db)
{
    const QString actor = QStringLiteral("demo");
    WorkshopRepository workshops(db);
    Workshop w;
    w.title = QStringLiteral("Workshop Percepatan Operasional KMP");
    w.heldOn = DemoScenario::workshopDate();
    w.place = QStringLiteral("Balei Harungguan Djabanten Damanik, Kantor Bupati Simalungun, Pematang Raya");
    w.organiser = QStringLiteral("Dinas Koperasi dan UMKM Kabupaten Simalungun");
    w.notes = QCoreApplication::translate("DemoWorkshop", "Demo data: all KMP boards invited; arrival times are invented.");
    const qint64 id = workshops.create(w, actor);
    workshops.invite(id, InvitationScope{}, actor);

    // Arrivals between 08:00 and 10:30 Western Indonesian Time, from three desks at the door.
    const QTimeZone wib(QByteArrayLiteral("Asia/Jakarta"));
    const QDateTime opening(w.heldOn, QTime(8, 0), wib.isValid() ? wib : QTimeZone(7 * 3600));
    std::mt19937 rng(20251004u);
    std::uniform_int_distribution<int> seconds(0, 150 * 60);
    CooperativeRepository coops(db);
    QVector<AttendanceEntry> marks;
    for (qint64 coopId : DemoScenario::attendees(db)) {
        const Cooperative c = coops.get(coopId);
        AttendanceEntry a;
        a.cooperativeId = coopId;
        a.markedAt = opening.addSecs(seconds(rng)).toUTC();
        a.markedBy = QStringLiteral("(Demo) Meja %1").arg(1 + int(rng() % 3));
        a.attendeeName = c.chairName;
        a.attendeeRole = QStringLiteral("Ketua");
        marks.append(a);
    }
    std::sort(marks.begin(), marks.end(), [](const AttendanceEntry &a, const AttendanceEntry &b) { return a.markedAt < b.markedAt; });
    workshops.importMarks(id, marks, actor);
    return id;
}

}   // namespace DemoWorkshop
