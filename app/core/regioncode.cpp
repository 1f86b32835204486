#include "core/regioncode.h"

#include <QRegularExpression>

namespace RegionCode {

AreaLevel levelOf(const QString &code)
{
    static const QRegularExpression province(QStringLiteral("^\\d{2}$"));
    static const QRegularExpression regency(QStringLiteral("^\\d{2}\\.\\d{2}$"));
    static const QRegularExpression district(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$"));
    static const QRegularExpression village(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$"));
    if (village.match(code).hasMatch())
        return AreaLevel::Village;
    if (district.match(code).hasMatch())
        return AreaLevel::District;
    if (regency.match(code).hasMatch())
        return AreaLevel::Regency;
    if (province.match(code).hasMatch())
        return AreaLevel::Province;
    return AreaLevel::Invalid;
}

bool isValidVillageCode(const QString &code)
{
    return levelOf(code) == AreaLevel::Village;
}

VillageKind villageKindOf(const QString &villageCode)
{
    if (!isValidVillageCode(villageCode))
        return VillageKind::Unknown;
    switch (villageCode.at(9).toLatin1()) {
    case '1': return VillageKind::Kelurahan;
    case '2': return VillageKind::Desa;
    case '3': return VillageKind::DesaAdat;
    default: return VillageKind::Unknown;
    }
}

QString districtOf(const QString &villageCode) { return villageCode.left(8); }
QString regencyOf(const QString &code) { return code.left(5); }
QString provinceOf(const QString &code) { return code.left(2); }

QString kindKey(VillageKind kind)
{
    switch (kind) {
    case VillageKind::Kelurahan: return QStringLiteral("kelurahan");
    case VillageKind::Desa: return QStringLiteral("desa");
    case VillageKind::DesaAdat: return QStringLiteral("desa_adat");
    case VillageKind::Unknown: break;
    }
    return QString();
}

VillageKind kindFromKey(const QString &key)
{
    if (key == QLatin1String("kelurahan"))
        return VillageKind::Kelurahan;
    if (key == QLatin1String("desa"))
        return VillageKind::Desa;
    if (key == QLatin1String("desa_adat"))
        return VillageKind::DesaAdat;
    return VillageKind::Unknown;
}

QString cooperativeKindFor(VillageKind kind)
{
    return kind == VillageKind::Kelurahan ? QStringLiteral("KKMP") : QStringLiteral("KDMP");
}

QString cooperativeNameFor(VillageKind kind, const QString &villageName)
{
    // The programme's own naming pattern (Inpres 9/2025); it is a proper name, not UI text.
    const QString prefix = kind == VillageKind::Kelurahan
                             ? QStringLiteral("Koperasi Kelurahan Merah Putih ")
                             : QStringLiteral("Koperasi Desa Merah Putih ");
    return prefix + villageName;
}

QString normaliseVillageCode(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char('.') && !c.isSpace())
            return QString();
    }
    if (digits.size() != 10)
        return QString();
    return digits.left(2) + QLatin1Char('.') + digits.mid(2, 2) + QLatin1Char('.') + digits.mid(4, 2)
         + QLatin1Char('.') + digits.mid(6, 4);
}

}   // namespace RegionCode
