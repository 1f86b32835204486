// A test client that plays one desk against a shared database: for every village code in a file
// it marks the cooperative present at a workshop and marks a milestone reached today, through the
// app's own repositories, and prints one line per write: "P <code> marked|already" and
// "M <code> reached|already". The concurrency tests start several at once.
//   pk_storage_client DATABASE WORKSHOP_ID CODES_FILE MILESTONE DESK
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/milestonerepository.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        QTextStream(stderr) << "usage: pk_storage_client DATABASE WORKSHOP_ID CODES_FILE MILESTONE DESK\n";
        return 2;
    }
    QFile file(args.at(3));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 2;
    const QStringList codes = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QTextStream out(stdout);
    try {
        Database db;
        db.open(args.at(1), Database::OpenMode::ReadWrite);
        WorkshopRepository workshops(db.connection());
        MilestoneRepository milestones(db.connection());
        CooperativeRepository cooperatives(db.connection());
        const qint64 workshop = args.at(2).toLongLong();
        for (const QString &code : codes) {
            const qint64 id = cooperatives.idForVillage(code);
            const MarkResult r = workshops.markPresent(workshop, id, QString(), QString(), args.at(5));
            out << "P " << code << (r.status == MarkResult::Status::Marked ? " marked" : " already") << '\n';
            const QVector<MilestoneMark> changed = milestones.mark({id}, args.at(4), QDate::currentDate(), QString(), args.at(5));
            out << "M " << code << (changed.isEmpty() ? " already" : " reached") << '\n';
            out.flush();
        }
    } catch (const StorageError &e) {
        QTextStream(stderr) << e.message() << " [" << e.technical() << "]\n";
        return 1;
    }
    return 0;
}
