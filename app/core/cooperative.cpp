#include "core/cooperative.h"

#include <QCoreApplication>

bool Cooperative::sameEditableFields(const Cooperative &o) const
{
    return name == o.name && legalNumber == o.legalNumber && legalDate == o.legalDate
        && nikKoperasi == o.nikKoperasi && npwp == o.npwp && nib == o.nib
        && chairName == o.chairName && chairPhone == o.chairPhone
        && secretaryName == o.secretaryName && secretaryPhone == o.secretaryPhone
        && treasurerName == o.treasurerName && treasurerPhone == o.treasurerPhone
        && supervisorName == o.supervisorName && phone == o.phone
        && memberCount == o.memberCount && businessUnits == o.businessUnits && notes == o.notes;
}

namespace BusinessUnit {

QStringList keys()
{
    return {QStringLiteral("kantor"), QStringLiteral("sembako"), QStringLiteral("simpan_pinjam"),
            QStringLiteral("klinik"), QStringLiteral("apotek"), QStringLiteral("gudang"),
            QStringLiteral("logistik"), QStringLiteral("lainnya")};
}

QString label(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *text;
    } labels[] = {
        {"kantor", QT_TRANSLATE_NOOP("BusinessUnit", "Cooperative office")},
        {"sembako", QT_TRANSLATE_NOOP("BusinessUnit", "Staple food outlet")},
        {"simpan_pinjam", QT_TRANSLATE_NOOP("BusinessUnit", "Savings and loans unit")},
        {"klinik", QT_TRANSLATE_NOOP("BusinessUnit", "Village clinic")},
        {"apotek", QT_TRANSLATE_NOOP("BusinessUnit", "Village pharmacy")},
        {"gudang", QT_TRANSLATE_NOOP("BusinessUnit", "Warehouse / cold storage")},
        {"logistik", QT_TRANSLATE_NOOP("BusinessUnit", "Logistics")},
        {"lainnya", QT_TRANSLATE_NOOP("BusinessUnit", "Other")},
    };
    for (const auto &l : labels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("BusinessUnit", l.text);
    return key;
}

}   // namespace BusinessUnit
