#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// One Koperasi Desa/Kelurahan Merah Putih, as the Dinas records it.
// "NIK" is ambiguous in the field: nikKoperasi is the cooperative's Nomor Induk Koperasi;
// a person's 16-digit KTP number is never stored in these fields.
struct Cooperative
{
    qint64 id = 0;
    QString villageCode;    // "12.08.30.2002", text
    QString districtCode;   // "12.08.30"
    QString name;
    QString kind;          // "KDMP" or "KKMP"
    QString legalNumber;   // SK AHU number of the badan hukum
    QDate legalDate;
    QString nikKoperasi;
    QString npwp;
    QString nib;
    QString chairName;
    QString chairPhone;
    QString secretaryName;
    QString secretaryPhone;
    QString treasurerName;
    QString treasurerPhone;
    QString supervisorName;
    QString phone;   // the cooperative's contact number
    int memberCount = 0;
    QString businessUnits;   // comma-separated BusinessUnit keys
    QString notes;
    bool demo = false;   // invented by the demo scenario
    QDateTime updatedAt;
    QString updatedBy;

    // Read-only context joined from the region tables.
    QString villageName;
    QString villageKind;   // "desa", "kelurahan", "desa_adat"
    QString districtName;

    bool sameEditableFields(const Cooperative &other) const;
};

// The seven business units ("7 gerai") plus "Lainnya"; keys are stored, labels are shown.
namespace BusinessUnit {
QStringList keys();
QString label(const QString &key);   // translated
}   // namespace BusinessUnit
