#include "cli/clicommands.h"

#include "storage/database.h"
#include "importer/importer.h"
#include "import/importerror.h"
#include "storage/importrepository.h"
#include "core/indonesianformat.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `pantau-kopdes import`: a spreadsheet into the registry in one transaction, or nothing.
// Exit codes: 0 applied (with --dry-run: would be applied), 1 the file was rejected or could not
// be read, or the undo was refused (nothing changed), 2 a usage error.
namespace {
QString tr(const char *s) { return QCoreApplication::translate("ImportCommand", s); }

QString actorOf(const CliArguments &a)
{
    const QString by = a.value(QStringLiteral("by"), qEnvironmentVariable("USER", QStringLiteral("cli"))).trimmed();
    return by.isEmpty() ? QStringLiteral("cli") : by;
}

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int undo(const CliArguments &a, QTextStream &out)
{
    const qint64 id = a.integer(QStringLiteral("undo"));
    Database db;
    CliCommands::openExisting(db, a.required(QStringLiteral("db")), Database::OpenMode::ReadWrite);
    try {
        const qint64 undoId = Importer::undo(db.connection(), id, actorOf(a));
        if (a.has(QStringLiteral("json")))
            printJson(out, {{QStringLiteral("import_id"), id}, {QStringLiteral("undone"), true}, {QStringLiteral("undo_id"), undoId}});
        else
            out << QCoreApplication::translate("ImportCommand", "Import %1 undone (recorded as %2).").arg(id).arg(undoId) << '\n';
        return 0;
    } catch (const StorageError &e) {
        if (!a.has(QStringLiteral("json")))
            throw;
        printJson(out, {{QStringLiteral("import_id"), id}, {QStringLiteral("undone"), false}, {QStringLiteral("message"), e.message()}});
        return 1;
    }
}
}   // namespace

namespace CliCommands {

int importFile(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args,
                         {QStringLiteral("db"), QStringLiteral("in"), QStringLiteral("sheet"), QStringLiteral("reached-on"),
                          QStringLiteral("by"), QStringLiteral("undo")},
                         {QStringLiteral("skip-bad-rows"), QStringLiteral("allow-withdraw"), QStringLiteral("dry-run"), QStringLiteral("json")});
    if (a.has(QStringLiteral("undo"))) {
        if (a.has(QStringLiteral("in")))
            throw CliError(tr("give either --in FILE (to import) or --undo ID (to take an import back), not both"));
        return undo(a, out);
    }
    const QString in = a.required(QStringLiteral("in"));
    const QString dbPath = a.required(QStringLiteral("db"));
    Importer::Options options;
    options.actor = actorOf(a);
    options.skipBadRows = a.has(QStringLiteral("skip-bad-rows"));
    options.allowWithdraw = a.has(QStringLiteral("allow-withdraw"));
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.reachedOn = a.date(QStringLiteral("reached-on"), QDate());
    options.reachedOnHint = QStringLiteral("--reached-on");
    if (options.reachedOn.isValid() && options.reachedOn > options.today)
        throw CliError(tr("--reached-on %1 is in the future; give the date the milestones were really reached").arg(options.reachedOn.toString(Qt::ISODate)));
    const bool json = a.has(QStringLiteral("json"));

    Database db;
    openExisting(db, dbPath, options.dryRun ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite);
    QString backupNote;
    options.beforeApply = Importer::backupBefore(db, nullptr, &backupNote);

    ImportOutcome outcome;
    try {
        const ImportSource source = Importer::read(db.connection(), in, a.value(QStringLiteral("sheet")));
        outcome = Importer::apply(db.connection(), source, source.mapping, options);
    } catch (const ImportError &e) {
        outcome.dryRun = options.dryRun;
        outcome.plan.fileName = QFileInfo(in).fileName();
        outcome.plan.problems.append({ImportProblem::Kind::File, 0, QString(), e.message()});
    }
    if (!backupNote.isEmpty())   // on stderr: stdout may be a JSON consumer's
        QTextStream(stderr) << backupNote << '\n';
    if (json) {
        printJson(out, Importer::toJson(outcome));
    } else if (outcome.plan.hasFileProblem()) {
        // A file that could not be read at all is an error, on stderr like every other.
        QTextStream(stderr) << Importer::summaryText(outcome);
    } else {
        out << Importer::summaryText(outcome);
    }
    return outcome.plan.accepted() && (outcome.applied() || outcome.dryRun) ? 0 : 1;
}

int imports(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("db")}, {QStringLiteral("json")});
    Database db;
    openExisting(db, a.required(QStringLiteral("db")));
    const QVector<ImportRecord> history = ImportRepository(db.connection()).history();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ImportRecord &r : history) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("at"), r.importedAt.toString(Qt::ISODate)},
                          {QStringLiteral("by"), r.importedBy},
                          {QStringLiteral("file"), r.fileName},
                          {QStringLiteral("sha256"), r.sha256},
                          {QStringLiteral("sheet"), r.sheet},
                          {QStringLiteral("rows"), r.rows},
                          {QStringLiteral("changed"), r.changed},
                          {QStringLiteral("unchanged"), r.unchanged},
                          {QStringLiteral("rejected"), r.rejected},
                          {QStringLiteral("fields_changed"), r.fieldsChanged},
                          {QStringLiteral("milestones_changed"), r.milestonesChanged}};
            o.insert(QStringLiteral("undoes"), r.undoesId > 0 ? QJsonValue(r.undoesId) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("undone_by"), r.undoneById > 0 ? QJsonValue(r.undoneById) : QJsonValue(QJsonValue::Null));
            list.append(o);
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (history.isEmpty())
        out << tr("No imports yet.") << '\n';
    for (const ImportRecord &r : history) {
        const QString when = IndonesianFormat::dateTime(r.importedAt.toLocalTime());
        if (r.kind == QLatin1String("undo"))
            out << tr("%1  %2  %3  undo of import %4 (%5)").arg(r.id).arg(when, r.importedBy).arg(r.undoesId).arg(r.fileName) << '\n';
        else
            out << tr("%1  %2  %3  %4: %5 row(s), %6 changed, %7 unchanged, %8 rejected%9")
                       .arg(r.id)
                       .arg(when, r.importedBy, r.fileName)
                       .arg(r.rows)
                       .arg(r.changed)
                       .arg(r.unchanged)
                       .arg(r.rejected)
                       .arg(r.undoneById > 0 ? tr(" (undone)") : QString())
                << '\n';
    }
    return 0;
}

}   // namespace CliCommands
