#include "cli/clicommands.h"

#include "storage/database.h"
#include "core/indonesianformat.h"
#include "report/invitationsheet.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `pantau-kopdes attendance mark|list|workshops|cards`. Exit codes of `mark`: 0 when every code is now
// present (a second mark of the same cooperative says "already present" and is not an error),
// 3 when a code was malformed, unknown or not invited (nothing is written for that code),
// 1 when the database failed, 2 for a usage error.
namespace {
QString tr(const char *s) { return QCoreApplication::translate("AttendanceCommand", s); }

constexpr int kRefusedExit = 3;

QString localTime(const QDateTime &utc)
{
    return IndonesianFormat::time(utc.toLocalTime().time());
}

// Marks one code and prints one line that starts with the code. The line is printed (and
// flushed) only after the mark's transaction committed, so a printed "present" is on disk.
bool markOne(WorkshopRepository &repo, qint64 workshopId, const QString &typed, const QString &by,
             const QString &name, const QString &role, QTextStream &out, QTextStream &err)
{
    const WorkshopRepository::CodeLookup found = repo.findByCode(workshopId, typed);
    switch (found.status) {
    case WorkshopRepository::CodeLookup::Status::Malformed:
        err << typed.trimmed() << '\t' << QCoreApplication::translate("AttendanceCommand", "not a village code (expected 10 digits such as 12.08.30.2002); nothing was recorded") << '\n';
        err.flush();
        return false;
    case WorkshopRepository::CodeLookup::Status::Unknown:
        err << found.villageCode << '\t' << QCoreApplication::translate("AttendanceCommand", "no cooperative with this village code in the database; nothing was recorded") << '\n';
        err.flush();
        return false;
    case WorkshopRepository::CodeLookup::Status::NotInvited:
        err << found.villageCode << '\t' << QCoreApplication::translate("AttendanceCommand", "%1 is not invited to this workshop; nothing was recorded").arg(found.entry.cooperativeName) << '\n';
        err.flush();
        return false;
    case WorkshopRepository::CodeLookup::Status::Found:
        break;
    }
    const MarkResult r = repo.markPresent(workshopId, found.entry.cooperativeId, name, role, by);
    if (r.status == MarkResult::Status::NotInvited) {   // invitation removed meanwhile
        err << found.villageCode << '\t' << QCoreApplication::translate("AttendanceCommand", "%1 is not invited to this workshop; nothing was recorded").arg(found.entry.cooperativeName) << '\n';
        err.flush();
        return false;
    }
    if (r.status == MarkResult::Status::AlreadyPresent)
        out << r.entry.villageCode << '\t' << QCoreApplication::translate("AttendanceCommand", "%1 (%2) already present at %3; nothing changed").arg(r.entry.cooperativeName, r.entry.districtName, localTime(r.entry.markedAt)) << '\n';
    else
        out << r.entry.villageCode << '\t' << QCoreApplication::translate("AttendanceCommand", "%1 (%2) present at %3").arg(r.entry.cooperativeName, r.entry.districtName, localTime(r.entry.markedAt)) << '\n';
    out.flush();
    return true;
}

int mark(const CliArguments &a, QTextStream &out)
{
    Database db;
    CliCommands::openExisting(db, a.required(QStringLiteral("db")), Database::OpenMode::ReadWrite);
    WorkshopRepository repo(db.connection());
    const qint64 workshopId = a.integer(QStringLiteral("workshop"));
    repo.get(workshopId);
    // An ended workshop is refused before any code is read; --reopen reopens it for today.
    if (a.has(QStringLiteral("reopen")))
        repo.reopenForToday(workshopId);
    if (!repo.isOpenForMarks(repo.get(workshopId)))
        throw CliError(QCoreApplication::translate("AttendanceCommand",
                                                   "workshop %1 has ended (%2); nothing was recorded. Add --reopen to record a mark that was really missed")
                           .arg(workshopId)
                           .arg(repo.get(workshopId).heldOn.toString(Qt::ISODate)));
    if (a.has(QStringLiteral("code")) == a.has(QStringLiteral("codes-from")))
        throw CliError(QCoreApplication::translate("AttendanceCommand", "give either --code or --codes-from"));
    // "--by Rina --desk 'Meja 2'" is stored as "Rina (Meja 2)", like the check-in screen's marks.
    const QString by = WorkshopRepository::recorder(a.value(QStringLiteral("by"), qEnvironmentVariable("USER", QStringLiteral("cli"))),
                                                    a.value(QStringLiteral("desk")));
    const QString name = a.value(QStringLiteral("name"));
    const QString role = a.value(QStringLiteral("role"));
    QTextStream err(stderr);
    if (a.has(QStringLiteral("code")))
        return markOne(repo, workshopId, a.value(QStringLiteral("code")), by, name, role, out, err) ? 0 : kRefusedExit;

    // One code per line, as a scanner or a spreadsheet column gives them; "-" reads stdin.
    const QString path = a.value(QStringLiteral("codes-from"));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Text)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly | QIODevice::Text));
    if (!opened)
        throw CliError(QCoreApplication::translate("AttendanceCommand", "cannot read \"%1\"; check that the file exists and can be read").arg(path));
    bool allMarked = true;
    int recorded = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        try {
            if (markOne(repo, workshopId, line, by, name, role, out, err))
                ++recorded;
            else
                allMarked = false;
        } catch (const StorageError &e) {
            // Midway (the server went away, the disk filled): what was recorded is recorded, and
            // the office must know exactly which codes to give again. The code being saved may
            // have reached the server before its answer was lost, so it is named as uncertain.
            err << line << '\t'
                << QCoreApplication::translate("AttendanceCommand", "not recorded, or recorded just before the answer was lost: give it again once the database can be reached")
                << '\n';
            err << QCoreApplication::translate("AttendanceCommand", "Stopped: %1").arg(e.cause()) << '\n';
            err << QCoreApplication::translate("AttendanceCommand", "%n code(s) were recorded before that (each listed above with its time).", nullptr, recorded) << '\n';
            err << (path == QLatin1String("-") ? QCoreApplication::translate("AttendanceCommand", "The codes after %1 were not read and not recorded.").arg(line)
                                               : QCoreApplication::translate("AttendanceCommand", "%1 and the codes after it in %2 were not recorded.").arg(line, path))
                << ' '
                << QCoreApplication::translate("AttendanceCommand", "Give them again when the database can be reached: a code recorded already is reported so and changes nothing.")
                << '\n';
            err.flush();
            return 1;
        }
    }
    return allMarked ? 0 : kRefusedExit;
}

QJsonObject entryJson(const AttendanceEntry &e)
{
    QJsonObject o{{QStringLiteral("village_code"), e.villageCode},
                  {QStringLiteral("cooperative"), e.cooperativeName},
                  {QStringLiteral("village"), e.villageName},
                  {QStringLiteral("district_code"), e.districtCode},
                  {QStringLiteral("district"), e.districtName},
                  {QStringLiteral("chair_name"), e.chairName},
                  {QStringLiteral("chair_phone"), e.chairPhone},
                  {QStringLiteral("phone"), e.phone},
                  {QStringLiteral("present"), e.present}};
    if (e.present) {
        o.insert(QStringLiteral("marked_at"), e.markedAt.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("marked_by"), e.markedBy);
        o.insert(QStringLiteral("attendee_name"), e.attendeeName);
        o.insert(QStringLiteral("attendee_role"), e.attendeeRole);
    }
    return o;
}

int list(const CliArguments &a, QTextStream &out)
{
    Database db;
    CliCommands::openExisting(db, a.required(QStringLiteral("db")));
    WorkshopRepository repo(db.connection());
    const qint64 workshopId = a.integer(QStringLiteral("workshop"));
    const Workshop w = repo.get(workshopId);
    const bool absentOnly = a.has(QStringLiteral("absent"));
    const QVector<AttendanceEntry> rows = absentOnly ? repo.absentees(workshopId) : repo.entries(workshopId);
    const AttendanceCounts counts = repo.counts(workshopId);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray entries;
        for (const AttendanceEntry &e : rows)
            entries.append(entryJson(e));
        const QJsonObject doc{{QStringLiteral("workshop"), QJsonObject{{QStringLiteral("id"), w.id},
                                                                       {QStringLiteral("title"), w.title},
                                                                       {QStringLiteral("date"), w.heldOn.toString(Qt::ISODate)},
                                                                       {QStringLiteral("place"), w.place}}},
                              {QStringLiteral("invited"), counts.invited},
                              {QStringLiteral("present"), counts.present},
                              {QStringLiteral("absent"), counts.absent()},
                              {QStringLiteral("entries"), entries}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << w.title << " — " << IndonesianFormat::dateLong(w.heldOn) << '\n'
        << QCoreApplication::translate("AttendanceCommand", "%1 present, %2 absent, %3 invited").arg(IndonesianFormat::number(counts.present), IndonesianFormat::number(counts.absent()), IndonesianFormat::number(counts.invited))
        << '\n';
    QString district;
    for (const AttendanceEntry &e : rows) {
        if (e.districtCode != district) {
            district = e.districtCode;
            out << '\n'
                << QCoreApplication::translate("AttendanceCommand", "Kecamatan %1 (%2)").arg(e.districtName, e.districtCode) << '\n';
        }
        const QString status = e.present ? QCoreApplication::translate("AttendanceCommand", "present %1").arg(localTime(e.markedAt)) : QCoreApplication::translate("AttendanceCommand", "absent");
        out << "  " << e.villageCode << '\t' << e.cooperativeName << '\t' << status << '\t' << e.chairName << '\t' << IndonesianFormat::phone(e.chairPhone) << '\n';
    }
    return 0;
}

int workshops(const CliArguments &a, QTextStream &out)
{
    Database db;
    CliCommands::openExisting(db, a.required(QStringLiteral("db")));
    WorkshopRepository repo(db.connection());
    for (const Workshop &w : repo.list()) {
        const AttendanceCounts c = repo.counts(w.id);
        out << w.id << '\t' << w.heldOn.toString(Qt::ISODate) << '\t' << w.title << '\t'
            << QCoreApplication::translate("AttendanceCommand", "%1 present of %2").arg(c.present).arg(c.invited) << '\n';
    }
    return 0;
}
// Name cards with QR codes for every invited cooperative, as a PDF.
int cards(const CliArguments &a, QTextStream &out)
{
    Database db;
    CliCommands::openExisting(db, a.required(QStringLiteral("db")));
    WorkshopRepository repo(db.connection());
    const qint64 workshopId = a.integer(QStringLiteral("workshop"));
    const Workshop w = repo.get(workshopId);
    const QVector<AttendanceEntry> invited = repo.entries(workshopId);
    const QString path = a.outputPath();
    QString error;
    if (!InvitationSheet(w, invited, SettingsRepository(db.connection()).areaName()).writePdf(path, &error))
        throw StorageError(error);   // a plain sentence from OutputFile
    out << QCoreApplication::translate("AttendanceCommand", "%1 name cards written to %2").arg(invited.size()).arg(path) << '\n';
    return 0;
}
}   // namespace

namespace CliCommands {

int attendance(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db"), QStringLiteral("workshop"), QStringLiteral("code"), QStringLiteral("codes-from"), QStringLiteral("by"), QStringLiteral("desk"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("out")},
                         {QStringLiteral("absent"), QStringLiteral("json"), QStringLiteral("reopen")});
    const QString action = a.positional().value(0);
    if (a.positional().size() != 1)
        throw CliError(tr("say what to do: mark, list, workshops or cards"));
    if (action == QLatin1String("mark"))
        return mark(a, out);
    if (action == QLatin1String("list"))
        return list(a, out);
    if (action == QLatin1String("workshops"))
        return workshops(a, out);
    if (action == QLatin1String("cards"))
        return cards(a, out);
    throw CliError(tr("unknown action \"%1\": use mark, list, workshops or cards").arg(action));
}

}   // namespace CliCommands
