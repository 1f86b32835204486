#pragma once
#include "core/milestone.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What a column of an imported sheet holds. The milestone fields carry the milestone's code in
// ColumnAssignment, since milestones are data the Dinas extends.
enum class ImportField {
    Ignored,
    VillageCode,
    VillageName,
    DistrictName,
    ChairName,
    ChairPhone,
    Phone,
    LegalNumber,
    LegalDate,
    NikKoperasi,
    Npwp,
    Nib,
    MemberCount,
    MilestoneStatus,
    MilestoneDate,
    CooperativeName,
    SecretaryName,
    SecretaryPhone,
    TreasurerName,
    TreasurerPhone,
    // A column the region data decides (the kecamatan's code, the village's kind, KDMP/KKMP), as
    // the app's own export writes it: known, read past, never imported.
    RegionDetail,
};

struct ColumnAssignment
{
    ImportField field = ImportField::Ignored;
    QString milestoneCode;   // MilestoneStatus / MilestoneDate only

    bool operator==(const ColumnAssignment &o) const { return field == o.field && milestoneCode == o.milestoneCode; }
    bool operator!=(const ColumnAssignment &o) const { return !(*this == o); }
};

// Per column of the sheet (column A first), what it holds. Proposed from the header texts by
// HeaderDetector; the user may correct it; the caller may store it (toJson) under the headers'
// signature so the next file with the same headers is mapped the same way.
class ColumnMapping
{
public:
    QVector<ColumnAssignment> columns;

    // Lower case, dots, "_" and "-" as spaces, spaces collapsed: "No. HP" and "No.HP" -> "no hp",
    // "kode_desa" -> "kode desa", " Kode  Desa " -> "kode desa". Line breaks count as spaces.
    static QString normaliseHeader(const QString &header);
    // What a header proposes, given the area's milestones; Ignored when nothing fits.
    static ColumnAssignment propose(const QString &header, const QVector<MilestoneDefinition> &milestones);

    // A stable key for a header row: the normalised headers, joined, SHA-256, hex. Trailing
    // empty headers do not count; order does.
    static QString headerSignature(const QStringList &headers);

    // {"version":1,"columns":[{"field":"village_code"},{"field":"milestone_date","milestone":"akun"},...]}
    QString toJson() const;
    // Empty optional-like result: `ok` false when the text is not a mapping this version wrote.
    static ColumnMapping fromJson(const QString &json, bool *ok = nullptr);

    int columnOf(ImportField field, const QString &milestoneCode = QString()) const;   // -1 when absent
    ColumnAssignment at(int column) const { return columns.value(column); }

    // "village_code", "milestone_status" ...: the keys used in JSON.
    static QString fieldKey(ImportField field);
    static ImportField fieldFromKey(const QString &key, bool *ok = nullptr);
    // "Village code", "Milestone reached" ...: translated, for the mapping editor and messages.
    static QString fieldTitle(ImportField field);

    bool operator==(const ColumnMapping &o) const { return columns == o.columns; }
};
