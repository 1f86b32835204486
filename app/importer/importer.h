#pragma once
#include "import/headerdetector.h"
#include "importer/importplan.h"
#include "import/importtable.h"

#include "storage/connection.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

class Database;

// A file read for the import: its table, the header found in it and the mapping proposed for it
// (the one remembered for the same headers, or the detector's).
struct ImportSource
{
    QString path;
    QString fileName;   // what messages and the history call it
    QString sha256;     // of the file's bytes, hex
    ImportTable table;
    HeaderDetection detection;
    ColumnMapping mapping;   // proposed
    bool mappingRemembered = false;
};

struct ImportOutcome
{
    ImportPlan plan;
    bool dryRun = false;
    qint64 importId = 0;   // 0 when nothing was applied
    bool applied() const { return importId > 0; }
};

// The import's one way through, shared by the command line, the dialog and the tests: read a
// file, check it against the database, apply it in one transaction, undo it.
class Importer
{
public:
    struct Options : ImportOptions
    {
        bool dryRun = false;
        // Called once before anything is written, outside the write transaction: the backup.
        // The command line and the dialog set it (backupBefore() by default); empty: none.
        std::function<void()> beforeApply;
    };

    // Throws ImportError (a file that cannot be read) or StorageError. `cancelled` is looked at
    // between the steps, and while the .xls helper reads (it is killed): then it returns early
    // with an empty table.
    static ImportSource read(const Connection &db, const QString &path, const QString &sheet = QString(),
                             const std::atomic_bool *cancelled = nullptr);
    // Plans the file against the database as it is now (read in bulk), without writing.
    static ImportPlan check(const Connection &db, const ImportSource &source, const ColumnMapping &mapping,
                            const ImportOptions &options);
    // Checks again inside one write transaction and, when the file is accepted (and not a dry
    // run), writes all of it and its record, and remembers the mapping for these headers. When
    // `expectedFingerprint` is given (the preview the user saw) and the database changed since,
    // so that the plan differs, nothing is written and a StorageError says to check again.
    static ImportOutcome apply(const Connection &db, const ImportSource &source, const ColumnMapping &mapping,
                               const Options &options, const QByteArray &expectedFingerprint = QByteArray());
    static qint64 undo(const Connection &db, qint64 importId, const QString &actor);

    // The default beforeApply: a copy of a SQLite file through Database::copyTo into
    // "<db folder>/backups/<base>-<yyyyMMdd-HHmmss>-import.sqlite", its path in *savedPath. A
    // server database is not copied (its backups are its administrator's job); *note says so.
    static std::function<void()> backupBefore(const Database &db, QString *savedPath, QString *note);

    // The command line's --json object: file, accepted, dry_run, import_id, rows, changed,
    // unchanged, rejected, ignored_columns, problems [{row, column, message, kind}].
    static QJsonObject toJson(const ImportOutcome &outcome);
    // A short summary for people, the problems one per line after it.
    static QString summaryText(const ImportOutcome &outcome);
};
