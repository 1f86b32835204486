#include "importer/importer.h"

#include "storage/backupservice.h"

#include "storage/database.h"
#include "import/importerror.h"
#include "import/importlimits.h"
#include "importer/importplanner.h"
#include "storage/importrepository.h"
#include "storage/milestonerepository.h"
#include "import/spreadsheetreader.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Importer", s); }

// PK_IMPORT_TIMING=1 prints how long each step took on stderr (for the benchmark's figures).
class StepTimer
{
public:
    StepTimer() : m_on(qEnvironmentVariableIsSet("PK_IMPORT_TIMING")) { m_timer.start(); }
    void step(const char *name)
    {
        if (m_on)
            fprintf(stderr, "import timing: %s %.1f ms\n", name, m_timer.nsecsElapsed() / 1e6);
        m_timer.restart();
    }

private:
    bool m_on;
    QElapsedTimer m_timer;
};

QString kindKey(ImportProblem::Kind k)
{
    switch (k) {
    case ImportProblem::Kind::Rejected: return QStringLiteral("rejected");
    case ImportProblem::Kind::Ambiguous: return QStringLiteral("ambiguous");
    case ImportProblem::Kind::Conflict: return QStringLiteral("conflict");
    case ImportProblem::Kind::File: return QStringLiteral("file");
    }
    return QString();
}
}   // namespace

ImportSource Importer::read(const Connection &db, const QString &path, const QString &sheet, const std::atomic_bool *cancelled)
{
    ImportSource source;
    source.path = path;
    source.fileName = QFileInfo(path).fileName();
    // Opening and closing the open database's own file by its path would drop this process's
    // locks on it (see Database); it is not a spreadsheet anyway.
    if (Database::isOpenDatabaseFile(path))
        throw ImportError(tr("\"%1\" is the database this application has open, not a spreadsheet. Choose the file that came from the kecamatan.")
                              .arg(source.fileName));
    QFile file(path);
    if (!file.exists())
        throw ImportError(tr("The file \"%1\" does not exist.").arg(QDir::toNativeSeparators(path)));
    SpreadsheetReader::checkOrdinaryFile(path);
    if (file.size() > ImportLimits::maxFileBytes)
        throw ImportError(tr("\"%1\" is too large to be a sheet of cooperatives (%2 MB).").arg(source.fileName).arg(file.size() / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(tr("\"%1\" cannot be opened. Close it if another program has it open, and check that you may read it.").arg(source.fileName));
    const QByteArray bytes = file.readAll();
    file.close();
    StepTimer timer;
    source.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    timer.step("sha256");
    if (cancelled && *cancelled)
        return source;
    try {
        source.table = SpreadsheetReader::read(bytes, source.fileName, sheet, cancelled);
    } catch (const ImportError &) {
        // Cancel stops an .xls's helper midway, which throws: the same early return as between steps.
        if (cancelled && *cancelled)
            return source;
        throw;
    }
    timer.step("read");
    if (cancelled && *cancelled)
        return source;
    const QVector<MilestoneDefinition> milestones = MilestoneRepository(db).definitions();
    source.detection = HeaderDetector::detect(source.table, milestones, source.fileName);
    timer.step("detect");
    source.mapping = source.detection.mapping;
    if (source.detection.found) {
        const QString remembered = ImportRepository(db).rememberedMapping(ColumnMapping::headerSignature(source.detection.headers));
        bool ok = false;
        const ColumnMapping m = ColumnMapping::fromJson(remembered, &ok);
        if (ok && !remembered.isEmpty() && m.columns.size() == source.detection.headers.size()) {
            source.mapping = m;
            source.mappingRemembered = true;
        }
    }
    return source;
}

namespace {
struct Checked
{
    QString stamp;
    ImportSnapshot snapshot;
    ImportPlan plan;
};

void checkInto(Checked &c, const Connection &db, const ImportSource &source, const ColumnMapping &mapping, const ImportOptions &options)
{
    StepTimer timer;
    ImportRepository repo(db);
    c.stamp = repo.stateStamp();   // before the snapshot: a change in between shows as a new stamp
    const QVector<MilestoneDefinition> milestones = MilestoneRepository(db).definitions(true);
    c.snapshot = repo.snapshot(ImportPlanner::milestoneCodes(mapping), ImportPlanner::fieldsRead(mapping));
    timer.step("snapshot");
    c.plan = ImportPlanner(c.snapshot, milestones).plan(source.table, source.detection, mapping, options, source.fileName);
    timer.step("plan");
}
}   // namespace

ImportPlan Importer::check(const Connection &db, const ImportSource &source, const ColumnMapping &mapping, const ImportOptions &options)
{
    Checked c;
    checkInto(c, db, source, mapping, options);
    return c.plan;
}

ImportOutcome Importer::apply(const Connection &db, const ImportSource &source, const ColumnMapping &mapping, const Options &options,
                              const QByteArray &expectedFingerprint)
{
    ImportOutcome outcome;
    outcome.dryRun = options.dryRun;
    // A first look outside the transaction: a rejected file takes no backup and no write lock.
    Checked c;
    checkInto(c, db, source, mapping, options);
    outcome.plan = c.plan;
    if (options.dryRun || !outcome.plan.accepted())
        return outcome;
    const QString changedSince = tr("The database was changed (perhaps on another computer) since \"%1\" was checked. Check the file again before applying it.")
                                     .arg(source.fileName);
    if (!expectedFingerprint.isEmpty() && outcome.plan.fingerprint() != expectedFingerprint)
        throw StorageError(changedSince);
    StepTimer timer;
    if (options.beforeApply)
        options.beforeApply();
    timer.step("backup");

    const QString what = tr("Importing \"%1\"").arg(source.fileName);
    Transaction tx(db, what);
    // What is written must be planned from what is stored: when anything changed since the
    // first look (another desk, the backup's wait), plan again inside the write transaction.
    ImportRepository repo(db);
    if (repo.stateStamp() != c.stamp) {
        checkInto(c, db, source, mapping, options);
        outcome.plan = c.plan;
        timer.step("planned again in the transaction");
        if (!outcome.plan.accepted())
            return outcome;   // rolled back: nothing written
        if (!expectedFingerprint.isEmpty() && outcome.plan.fingerprint() != expectedFingerprint)
            throw StorageError(changedSince);
    }
    ImportWrite w = ImportPlanner::toWrite(outcome.plan, c.snapshot, options);
    w.sha256 = source.sha256;
    timer.step("changes listed");
    outcome.importId = repo.record(w);
    repo.rememberMapping(ColumnMapping::headerSignature(source.detection.headers), mapping.toJson());
    timer.step("written");
    tx.commit();
    timer.step("committed");
    return outcome;
}

qint64 Importer::undo(const Connection &db, qint64 importId, const QString &actor)
{
    return ImportRepository(db).undo(importId, actor);
}

std::function<void()> Importer::backupBefore(const Database &db, QString *savedPath, QString *note)
{
    return [&db, savedPath, note] {
        if (db.isServer()) {
            if (note)
                *note = tr("The database is on a server: no copy was made here; the server's backups are its administrator's job.");
            return;
        }
        // The app's one way of backing up (checked, named and kept by the retention rule like the
        // daily ones, listed by Berkas → Pulihkan…).
        const QString target = BackupService::backUp(db, BackupService::Reason::Import).path;
        if (savedPath)
            *savedPath = target;
        if (note)
            *note = tr("A copy of the database from before the import: %1").arg(QDir::toNativeSeparators(target));
    };
}

QJsonObject Importer::toJson(const ImportOutcome &outcome)
{
    const ImportPlan &p = outcome.plan;
    QJsonArray ignored;
    for (const QString &h : p.ignoredHeaders)
        ignored.append(h);
    QJsonArray problems;
    for (const ImportProblem &pr : p.problems) {
        QJsonObject o;
        o.insert(QStringLiteral("row"), pr.row > 0 ? QJsonValue(pr.row) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("column"), pr.column.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pr.column));
        o.insert(QStringLiteral("message"), pr.message);
        o.insert(QStringLiteral("kind"), kindKey(pr.kind));
        problems.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("file"), p.fileName);
    o.insert(QStringLiteral("accepted"), p.accepted());
    o.insert(QStringLiteral("dry_run"), outcome.dryRun);
    o.insert(QStringLiteral("import_id"), outcome.importId > 0 ? QJsonValue(outcome.importId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("rows"), p.rowCount());
    o.insert(QStringLiteral("changed"), p.changed);
    o.insert(QStringLiteral("unchanged"), p.unchanged);
    o.insert(QStringLiteral("rejected"), p.rejected);
    o.insert(QStringLiteral("fields_changed"), p.fieldChanges);
    o.insert(QStringLiteral("milestones_changed"), p.milestoneChanges);
    o.insert(QStringLiteral("conflicts"), p.conflicts);
    o.insert(QStringLiteral("ignored_columns"), ignored);
    QJsonArray totalsRows, signatureRows;
    for (int row : p.footer.totals)
        totalsRows.append(row);
    for (int row : p.footer.signature)
        signatureRows.append(row);
    o.insert(QStringLiteral("ignored_totals_rows"), totalsRows);
    o.insert(QStringLiteral("ignored_signature_rows"), signatureRows);
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

QString Importer::summaryText(const ImportOutcome &outcome)
{
    const ImportPlan &p = outcome.plan;
    QString text;
    if (outcome.applied())
        text = tr("%1: imported (import %2). %3 row(s): %4 changed, %5 unchanged, %6 rejected.")
                   .arg(p.fileName)
                   .arg(outcome.importId)
                   .arg(p.rowCount())
                   .arg(p.changed)
                   .arg(p.unchanged)
                   .arg(p.rejected);
    else if (outcome.dryRun && p.accepted())
        text = tr("%1: would be imported (dry run, nothing changed). %2 row(s): %3 changed, %4 unchanged, %5 rejected.")
                   .arg(p.fileName)
                   .arg(p.rowCount())
                   .arg(p.changed)
                   .arg(p.unchanged)
                   .arg(p.rejected);
    else
        text = tr("%1: not imported, nothing changed. %2 row(s): %3 changed, %4 unchanged, %5 rejected.")
                   .arg(p.fileName)
                   .arg(p.rowCount())
                   .arg(p.changed)
                   .arg(p.unchanged)
                   .arg(p.rejected);
    text += QLatin1Char('\n');
    if (!p.ignoredHeaders.isEmpty())
        text += tr("Columns not imported: %1").arg(p.ignoredHeaders.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!p.footer.isEmpty())
        text += p.footer.describe() + QLatin1Char('\n');
    if (!p.accepted() && p.rejected > 0 && !p.skipBadRows && !p.hasFileProblem())
        text += tr("Correct the rows below and import the file again, or import only the good rows (--skip-bad-rows).") + QLatin1Char('\n');
    for (const ImportProblem &pr : p.problems)
        text += pr.message + QLatin1Char('\n');
    return text;
}
