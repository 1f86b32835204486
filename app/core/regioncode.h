#pragma once
#include <QString>

// Kemendagri region codes: province "12", regency "12.08", kecamatan "12.08.30",
// village "12.08.30.2002". Codes are text; cooperatives are matched on code, never on name.
enum class VillageKind { Kelurahan,
                         Desa,
                         DesaAdat,
                         Unknown };
enum class AreaLevel { Province,
                       Regency,
                       District,
                       Village,
                       Invalid };

namespace RegionCode {
AreaLevel levelOf(const QString &code);
bool isValidVillageCode(const QString &code);
// "12.08.30.2002" -> VillageKind::Desa (first digit of the last part: 1 kelurahan, 2 desa, 3 desa adat)
VillageKind villageKindOf(const QString &villageCode);
QString districtOf(const QString &villageCode);   // "12.08.30"
QString regencyOf(const QString &code);           // "12.08"
QString provinceOf(const QString &code);          // "12"
QString kindKey(VillageKind kind);                // "desa", "kelurahan", "desa_adat" (as stored)
VillageKind kindFromKey(const QString &key);
// KDMP for desa (and desa adat), KKMP for kelurahan.
QString cooperativeKindFor(VillageKind kind);
// "Koperasi Desa Merah Putih Huta Parik" / "Koperasi Kelurahan Merah Putih Ujung Padang"
QString cooperativeNameFor(VillageKind kind, const QString &villageName);
// Accepts what a barcode scanner or a person types ("1208302002", " 12.08.30.2002 ") and
// returns the canonical dotted code, or an empty string when it is not a village code.
QString normaliseVillageCode(const QString &typed);
}   // namespace RegionCode
