#pragma once
#include "storage/connection.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// The cooperative fields an import may write, in one place: the column, and how the change
// history (cooperative_change.field) names it, which is the same.
namespace ImportColumns {
enum Field { ChairName,
             ChairPhone,
             Phone,
             LegalNumber,
             LegalDate,
             NikKoperasi,
             Npwp,
             Nib,
             MemberCount,
             Name,
             SecretaryName,
             SecretaryPhone,
             TreasurerName,
             TreasurerPhone,
             FieldCount };
QString column(int field);   // "chair_name"
}   // namespace ImportColumns

// What an import needs to know about the office's database, read once and in bulk (a handful of
// statements whatever the file's size): the area's villages and kecamatan, every cooperative
// with the fields an import may change, and the current marks of the milestones the file holds.
struct ImportSnapshot
{
    struct Village
    {
        QString code;
        QString name;
        QString districtCode;
    };
    struct Cooperative
    {
        qint64 id = 0;
        QString villageCode;
        QString name;
        QString values[ImportColumns::FieldCount];   // as stored; a null QString for NULL
        QString updatedAt;
        QString updatedBy;
        QString searchText;
    };
    struct Mark
    {
        qint64 eventId = 0;
        qint64 cooperativeId = 0;
        QString milestoneCode;
        QDate reachedOn;
    };
    QString areaName;
    QVector<Village> villages;
    QHash<QString, QString> districtNames;   // code -> name
    QVector<Cooperative> cooperatives;
    QVector<Mark> marks;
};

// Exactly what one import writes, worked out by the planner (app/importer) and written by
// ImportRepository::record in the caller's transaction.
struct ImportWrite
{
    QString actor;
    QString fileName;
    QString sha256;
    QString sheet;
    QString mappingJson;
    int rowsTotal = 0;
    int rowsChanged = 0;
    int rowsUnchanged = 0;
    int rowsRejected = 0;

    struct Problem
    {
        int row = 0;
        QString column;   // empty: the row as a whole
        QString message;
    };
    struct Cooperative
    {
        qint64 cooperativeId = 0;
        int row = 0;
        QString oldUpdatedAt;
        QString oldUpdatedBy;
        QString oldSearchText;
        QString newSearchText;
    };
    struct Field
    {
        qint64 cooperativeId = 0;
        int field = 0;      // ImportColumns::Field
        QString oldValue;   // null QString: NULL
        QString newValue;
    };
    struct Milestone
    {
        enum class Action { Reach,
                            Redate,
                            Withdraw };
        qint64 cooperativeId = 0;
        QString code;
        Action action = Action::Reach;
        qint64 oldEventId = 0;   // the current reach it replaces (0 for Reach)
        QDate oldDate;
        QDate newDate;   // Reach, Redate
    };
    QVector<Problem> problems;
    QVector<Cooperative> cooperatives;   // those with field changes
    QVector<Field> fields;
    QVector<Milestone> milestones;
    QString note;   // on every milestone event: "Impor <file name>"
};

// One line of the import history.
struct ImportRecord
{
    qint64 id = 0;
    QString kind;           // "import" or "undo"
    qint64 undoesId = 0;    // undo: the import it took back
    QDateTime importedAt;   // UTC
    QString importedBy;
    QString fileName;
    QString sha256;
    QString sheet;
    int rows = 0;
    int changed = 0;
    int unchanged = 0;
    int rejected = 0;
    int fieldsChanged = 0;
    int milestonesChanged = 0;
    QDateTime undoneAt;   // invalid while not undone
    QString undoneBy;
    qint64 undoneById = 0;
};

struct ImportProblemRecord
{
    int row = 0;
    QString column;
    QString message;
};

// SQL of the import: the bulk snapshot, the one-transaction write with its record, the history,
// and undo. Writes run in the caller's Transaction (record) or open their own (undo).
class ImportRepository
{
public:
    explicit ImportRepository(Connection db) : m_db(std::move(db)) {}

    // `milestoneCodes`: the milestones whose current marks are read (those the file holds);
    // `fields`: the ImportColumns::Field values read (those the file holds; the chair's name is
    // always read, for the search text); empty: all of them. The others stay null.
    ImportSnapshot snapshot(const QStringList &milestoneCodes, const QList<int> &fields = {}) const;

    // A cheap mark of the database's state as far as an import's plan depends on it (the newest
    // event, change, cooperative and import): equal before a snapshot and inside the write
    // transaction means the snapshot still holds, since every change the app makes to a
    // cooperative's fields or milestones adds a row to one of those tables.
    QString stateStamp() const;

    // Writes everything in `w` and the import's record; returns the import's id. Call inside a
    // Transaction: field updates and events are set-based statements over the record's rows.
    qint64 record(const ImportWrite &w);

    // Takes import `id` back exactly (fields to their old values, the events it inserted removed,
    // the marks it replaced current again), in one transaction, and records the undo; returns the
    // undo's id. Refused (StorageError, nothing changed) when it was undone already, or when a
    // later edit changed a field or milestone it wrote: the message lists which.
    qint64 undo(qint64 id, const QString &actor);
    // The later edits that stand in the way of undoing `id` ("12.08.30.2002 Koperasi …: No HP"),
    // at most `limit` of them; empty when undo can go ahead.
    QStringList undoBlockers(qint64 id, int limit = 20, int *total = nullptr) const;

    QVector<ImportRecord> history() const;   // newest first
    ImportRecord get(qint64 id) const;       // throws when there is none
    QVector<ImportProblemRecord> problems(qint64 id) const;

    // The column mapping remembered for a header signature (ColumnMapping::headerSignature), in
    // the settings table; empty when none.
    QString rememberedMapping(const QString &signature) const;
    void rememberMapping(const QString &signature, const QString &json);
    static QString mappingKey(const QString &signature);   // "import_mapping.<signature>"

private:
    qint64 maxId(const QString &table) const;
    void advanceIdentity(const QString &table) const;
    Connection m_db;
};
