#pragma once
#include "import/columnmapping.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// The rows at a sheet's foot that are not data, by their spreadsheet row numbers: shown as
// ignored, never rejected.
struct ImportFooterRows
{
    QVector<int> totals;      // "JUMLAH", "TOTAL", a row of sums
    QVector<int> signature;   // "Mengetahui", "Kepala Dinas", the name, the NIP line
    bool isEmpty() const { return totals.isEmpty() && signature.isEmpty(); }
    // "Row 420 (a totals line) and rows 422-428 (the signature block) are not data and were left out."
    QString describe() const;
};

// What the user chose for one import.
struct ImportOptions
{
    QDate reachedOn;                      // the date for a yes-value ("Ya", "Sudah") that has no date
    bool skipBadRows = false;             // apply the good rows and record the rejected ones
    bool allowWithdraw = false;           // a "Belum"/"Tidak" on a reached milestone withdraws it
    QString actor;                        // who imports
    QDate today = QDate::currentDate();   // dates after it are refused
    // Rows whose village name matched several villages: the row number -> the village code the
    // user chose (the dialog asks; the command line has no way to and rejects such rows).
    QHash<int, QString> chosenVillages;
    // How the question for a missing date names the place to answer it: "--reached-on" on the
    // command line, the dialog's date field in the window.
    QString reachedOnHint;
};

// One thing wrong with, or worth a question in, the file: row and column as the spreadsheet
// shows them, and a sentence that names both.
struct ImportProblem
{
    enum class Kind {
        Rejected,    // the row is not applied
        Ambiguous,   // the row's village name fits several villages: the user chooses
        Conflict,    // "Belum" on a milestone already reached: not withdrawn unless allowed
        File,        // the whole file (no village column, a date is missing for yes-values)
    };
    Kind kind = Kind::Rejected;
    int row = 0;       // the spreadsheet's own 1-based row number; 0 for the file
    QString column;    // the header text; empty for the row or file as a whole
    QString message;   // translated, complete: "Row 7, column 'Tanggal Akun': 31/02/2025 …"
};

struct PlannedFieldChange
{
    int field = 0;      // ImportColumns::Field
    QString header;     // the column it came from
    QString oldValue;   // null: NULL
    QString newValue;
};

struct PlannedMilestoneChange
{
    enum class Action { Reach,
                        Redate,
                        Withdraw };
    Action action = Action::Reach;
    QString code;
    QString header;
    QDate oldDate;
    QDate newDate;
    qint64 oldEventId = 0;
    bool blocked = false;   // a withdrawal the options do not allow: shown, not applied
};

struct VillageCandidate
{
    QString code;
    QString name;
    QString districtName;
};

struct PlannedRow
{
    enum class Status { Changed,
                        Unchanged,
                        Rejected,
                        Ambiguous };
    int row = 0;   // the spreadsheet's row number
    Status status = Status::Unchanged;
    qint64 cooperativeId = 0;
    QString villageCode;
    QString villageName;
    QString districtName;
    QString cooperativeName;
    int duplicateOf = 0;   // a later row agreeing with an earlier one: that row's number
    QVector<PlannedFieldChange> fields;
    QVector<PlannedMilestoneChange> milestones;
    QStringList reasons;                    // Rejected/Ambiguous: why (complete sentences)
    QVector<VillageCandidate> candidates;   // Ambiguous: the villages the name fits

    int appliedMilestones() const;
};

// The outcome of checking a file against the database: per data row what would change, and
// whether the file as a whole may be applied with the options given.
struct ImportPlan
{
    QString fileName;
    QString sheet;
    int headerRow = 0;
    QStringList headers;
    QStringList ignoredHeaders;
    ImportFooterRows footer;
    ColumnMapping mapping;
    QVector<PlannedRow> rows;
    QVector<ImportProblem> problems;   // in row order, file problems first
    bool skipBadRows = false;

    int changed = 0;
    int unchanged = 0;
    int rejected = 0;   // rejected and ambiguous rows
    int ambiguous = 0;
    int fieldChanges = 0;
    int milestoneChanges = 0;   // applied ones (blocked withdrawals not counted)
    int conflicts = 0;          // blocked withdrawals
    int needDate = 0;           // rows with a yes-value and no date, when no reachedOn was given

    int rowCount() const { return int(rows.size()); }
    bool hasFileProblem() const;
    // Whether applying would change the database with these options: no file problem, and
    // either no rejected row or skipBadRows.
    bool accepted() const;
    // A digest of every planned change: the preview the user saw and the plan made again
    // inside the write transaction must agree, or the database changed in between.
    QByteArray fingerprint() const;
};
