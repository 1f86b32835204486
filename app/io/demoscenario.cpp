#include "io/demoscenario.h"

#include "io/areasetup.h"
#include "storage/cooperativerepository.h"
#include "io/demoworkshop.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/workshoprepository.h"
#include "storage/milestonerepository.h"
#include "io/outputfile.h"
#include "storage/storageerror.h"
#include "io/regioncatalog.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <random>

namespace {
const QString kActor = QStringLiteral("demo");

// Invented, clearly-marked people: common Simalungun family names with generic given names.
const char *const kGiven[] = {"Budi", "Rina", "Togar", "Sri", "Hotman", "Maria", "Jonson", "Lestari", "Parlin", "Dewi",
                              "Robert", "Nurhayati", "Anton", "Rosmawati", "Darwin", "Friska"};
const char *const kFamily[] = {"Saragih", "Purba", "Damanik", "Sinaga", "Girsang", "Sipayung", "Silalahi", "Munthe",
                               "Sitopu", "Manik", "Simarmata", "Tambunan"};

QDate spread(std::mt19937 &rng, const QDate &from, const QDate &to)
{
    std::uniform_int_distribution<int> days(0, int(from.daysTo(to)));
    return from.addDays(days(rng));
}
// The order the steps happen in: a cooperative's date of each step is on or after that of the step
// before it (a profile is filled in after the account exists). Partnership and financing follow the
// account. Dates drawn at random are moved up to the step before when they fall earlier.
void keepMilestoneOrder(QVector<MilestoneMark> &marks)
{
    const QStringList chain = {QStringLiteral("musdesus"), QStringLiteral("badan_hukum"), QStringLiteral("akun"),
                               QStringLiteral("profil"), QStringLiteral("gerai"), QStringLiteral("gerai_aktif")};
    const auto rank = [&](const QString &code) {
        const int i = int(chain.indexOf(code));
        return i >= 0 ? i : int(chain.indexOf(QStringLiteral("akun"))) + 1;   // after the account
    };
    const auto earlier = [&](const MilestoneMark &a, const MilestoneMark &b) {
        return a.cooperativeId != b.cooperativeId ? a.cooperativeId < b.cooperativeId : rank(a.milestoneCode) < rank(b.milestoneCode);
    };
    std::stable_sort(marks.begin(), marks.end(), earlier);
    QHash<QString, QDate> reached;   // of the cooperative at hand
    for (int i = 0; i < marks.size(); ++i) {
        MilestoneMark &m = marks[i];
        if (i == 0 || marks.at(i - 1).cooperativeId != m.cooperativeId)
            reached.clear();
        const int r = rank(m.milestoneCode);
        const QString previous = r > 0 ? chain.at(r - 1) : QString();
        if (reached.contains(previous) && m.reachedOn < reached.value(previous))
            m.reachedOn = reached.value(previous);
        reached.insert(m.milestoneCode, m.reachedOn);
    }
}
}   // namespace

void DemoScenario::build(Connection db, const RegionCatalog &catalog)
{
    AreaSetup::apply(db, catalog.area(areaCode()), kActor);
    CooperativeRepository coops(db);
    RegistryQuery all;
    QVector<qint64> ids = coops.findIds(all);
    std::mt19937 rng(20251004u);

    // Contacts and legal entities: every KMP of the programme was a legal entity by mid-2025.
    for (int i = 0; i < ids.size(); ++i) {
        Cooperative c = coops.get(ids.at(i));
        const QString given = QString::fromLatin1(kGiven[i % std::size(kGiven)]);
        const QString family = QString::fromLatin1(kFamily[(i / 3) % std::size(kFamily)]);
        c.chairName = QStringLiteral("(Demo) %1 %2").arg(given, family);
        c.chairPhone = QStringLiteral("0812-0000-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.phone = c.chairPhone;
        c.legalNumber = QStringLiteral("AHU-%1.AH.01.29.TAHUN 2025").arg(i + 1, 7, 10, QLatin1Char('0'));
        c.legalDate = spread(rng, QDate(2025, 6, 16), QDate(2025, 7, 31));
        c.memberCount = 20 + int(rng() % 180);
        c.notes = QCoreApplication::translate("DemoScenario", "Demo data: people and phone numbers are invented.");
        coops.update(c, kActor);
    }

    coops.markAllAsDemo();

    std::shuffle(ids.begin(), ids.end(), rng);
    QVector<MilestoneMark> marks;
    auto markRange = [&](const QString &code, int from, int to, const QDate &start, const QDate &end) {
        for (int i = from; i < to; ++i)
            marks.append({ids.at(i), code, spread(rng, start, end), QString()});
    };
    const QDate before = dayBefore();
    const QDate workshop = workshopDate();
    const int total = int(ids.size());
    // Formation: every KMP held its Musdesus and became a legal entity before operations began.
    markRange(QStringLiteral("musdesus"), 0, total, QDate(2025, 5, 5), QDate(2025, 6, 14));
    markRange(QStringLiteral("badan_hukum"), 0, total, QDate(2025, 6, 16), QDate(2025, 7, 31));
    // Shuffled order makes nested sets: the first 266 were activated before the workshop, the next
    // 94 at it (360 attended and have an account); 53 neither attended nor activated.
    markRange(QStringLiteral("akun"), 0, 266, QDate(2025, 7, 21), before);
    markRange(QStringLiteral("akun"), 266, 360, workshop, workshop);
    markRange(QStringLiteral("profil"), 0, 121, QDate(2025, 8, 1), before);
    markRange(QStringLiteral("profil"), 121, 249, workshop, workshop);
    // Outlet data: 58 before, 115 more at the workshop (173), among those with a profile (the
    // first 249); 9 outlets operating, among those with outlet data before. Partnerships and
    // financing among the activated.
    markRange(QStringLiteral("gerai"), 0, 58, QDate(2025, 8, 15), before);
    markRange(QStringLiteral("gerai"), 58, 173, workshop, workshop);
    markRange(QStringLiteral("gerai_aktif"), 0, 9, QDate(2025, 9, 20), before);
    markRange(QStringLiteral("kemitraan"), 0, 14, QDate(2025, 9, 1), before);
    for (int i = 14; i < 90; ++i)
        marks.append({ids.at(i + 40), QStringLiteral("kemitraan"), workshop, QString()});
    for (int i = 0; i < 11; ++i)
        marks.append({ids.at(i * 20 + 3), QStringLiteral("pembiayaan"), spread(rng, QDate(2025, 9, 1), before), QString()});
    keepMilestoneOrder(marks);

    Transaction tx(db, QCoreApplication::translate("DemoScenario", "Building the demo"));
    MilestoneRepository(db).insertMarks(marks, kActor);
    tx.commit();
    DemoWorkshop::build(db);   // the workshop of 4 October 2025 with its 360/53 attendance
}

void DemoScenario::buildFile(const QString &path, bool replace, const RegionCatalog &catalog)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("DemoScenario", s); };
    if (ServerAddress::isServerUrl(path)) {
        // A server database exists already (its administrator made it); the demo goes into the
        // app's schema there, which must be empty unless the user asked to replace it.
        Database db;
        db.open(path, Database::OpenMode::Create);
        if (CooperativeRepository(db.connection()).count() > 0 || WorkshopRepository(db.connection()).list().size() > 0) {
            if (!replace)
                throw StorageError(tr("\"%1\" already holds data. Choose another database; existing data is never overwritten "
                                      "(add --replace to delete it and write the demo).")
                                       .arg(db.path()));
            db.recreateServerSchema();
        }
        build(db.connection(), catalog);
        return;
    }
    if (QFileInfo::exists(path) && !replace)
        throw StorageError(tr("\"%1\" already exists. Choose a new file name; existing data is never overwritten.")
                               .arg(QDir::toNativeSeparators(path)));
    OutputFile out(path, OutputFile::Kind::Database);
    if (!out.begin())
        throw StorageError(out.error());
    {
        Database db;
        db.open(out.tempPath(), Database::OpenMode::Create);
        build(db.connection(), catalog);
    }   // closing the last connection checkpoints the WAL into the file and removes it
    // An old -wal beside the new file would be replayed onto it.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    if (!out.commit())
        throw StorageError(out.error());
}

QVector<qint64> DemoScenario::attendees(Connection db)
{
    RegistryQuery q;
    q.milestoneCode = QStringLiteral("akun");
    q.milestoneFilter = RegistryQuery::MilestoneFilter::Reached;
    return CooperativeRepository(db).findIds(q);
}
