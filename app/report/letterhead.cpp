#include "report/letterhead.h"

#include "storage/settingsrepository.h"

#include <QRegularExpression>

namespace {
// Setting keys, in one place.
const char *const kGovernment = "letterhead_government";
const char *const kOffice = "letterhead_office";
const char *const kAddress = "letterhead_address";
const char *const kLogo = "letterhead_logo_path";
const char *const kPlace = "letterhead_place";
const char *const kTitle = "signatory_title";
const char *const kName = "signatory_name";
const char *const kNip = "signatory_nip";

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// An empty field is stored as '' (the column is NOT NULL); a null QString would bind as NULL.
QString stored(const QString &s)
{
    const QString t = s.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}
}   // namespace

Letterhead Letterhead::defaultsFor(const QString &areaName)
{
    // The report is an Indonesian document whatever the UI language, so these are not translated.
    Letterhead l;
    QString area = areaName.trimmed();
    l.government = area.isEmpty() ? QStringLiteral("PEMERINTAH DAERAH") : QStringLiteral("PEMERINTAH %1").arg(area.toUpper());
    l.office = QStringLiteral("DINAS KOPERASI DAN USAHA MIKRO, KECIL DAN MENENGAH");
    // "Kabupaten Simalungun" -> "Simalungun": a usable place until the office types its town.
    l.place = area.remove(QRegularExpression(QStringLiteral("^(Kabupaten|Kota|Provinsi)\\s+"),
                                             QRegularExpression::CaseInsensitiveOption));
    l.signatoryTitle = QStringLiteral("Kepala Dinas Koperasi dan UMKM");
    return l;
}

Letterhead Letterhead::load(Connection db)
{
    const SettingsRepository settings(db);
    const Letterhead d = defaultsFor(settings.areaName());
    Letterhead l;
    l.government = settings.value(key(kGovernment), d.government);
    l.office = settings.value(key(kOffice), d.office);
    l.address = settings.value(key(kAddress), d.address);
    l.logoPath = settings.value(key(kLogo), d.logoPath);
    l.place = settings.value(key(kPlace), d.place);
    l.signatoryTitle = settings.value(key(kTitle), d.signatoryTitle);
    l.signatoryName = settings.value(key(kName), d.signatoryName);
    l.signatoryNip = settings.value(key(kNip), d.signatoryNip);
    return l;
}

void Letterhead::save(Connection db) const
{
    SettingsRepository settings(db);
    settings.setValue(key(kGovernment), stored(government));
    settings.setValue(key(kOffice), stored(office));
    settings.setValue(key(kAddress), stored(address));
    settings.setValue(key(kLogo), stored(logoPath));
    settings.setValue(key(kPlace), stored(place));
    settings.setValue(key(kTitle), stored(signatoryTitle));
    settings.setValue(key(kName), stored(signatoryName));
    settings.setValue(key(kNip), stored(signatoryNip));
}

bool Letterhead::operator==(const Letterhead &o) const
{
    return government == o.government && office == o.office && address == o.address && logoPath == o.logoPath
        && place == o.place && signatoryTitle == o.signatoryTitle && signatoryName == o.signatoryName
        && signatoryNip == o.signatoryNip;
}
