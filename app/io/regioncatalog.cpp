#include "io/regioncatalog.h"

#include "io/csvreader.h"
#include "core/regioncode.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("RegionCatalog", s); }

QVector<RegionEntry> load(const QString &folder, const QString &file, int expectedColumns, bool villages)
{
    const QString path = QDir(folder).filePath(file);
    const CsvReader::Result csv = CsvReader::readFile(path);
    if (!csv.ok())
        throw StorageError(QCoreApplication::translate("RegionCatalog", "The region list %1 cannot be read: %2").arg(path, csv.error));
    QVector<RegionEntry> out;
    out.reserve(csv.rows.size());
    for (int i = 1; i < csv.rows.size(); ++i) {
        const QStringList &r = csv.rows.at(i);
        if (r.size() < expectedColumns)
            throw StorageError(QCoreApplication::translate("RegionCatalog", "The region list %1 has a short row at line %2.").arg(path).arg(i + 1));
        RegionEntry e;
        e.code = r.at(0);
        e.parentCode = expectedColumns > 2 ? r.at(1) : QString();
        e.name = r.at(expectedColumns - 1);
        if (villages)
            e.kind = RegionCode::kindKey(RegionCode::villageKindOf(e.code));
        out.append(e);
    }
    return out;
}

template <typename Pred>
QVector<RegionEntry> filtered(const QVector<RegionEntry> &all, Pred pred)
{
    QVector<RegionEntry> out;
    for (const RegionEntry &e : all)
        if (pred(e))
            out.append(e);
    return out;
}
}   // namespace

RegionCatalog::RegionCatalog(const QString &folder)
{
    m_provinces = load(folder, QStringLiteral("provinces.csv"), 2, false);
    m_regencies = load(folder, QStringLiteral("regencies.csv"), 3, false);
    m_districts = load(folder, QStringLiteral("districts.csv"), 3, false);
    m_villages = load(folder, QStringLiteral("villages.csv"), 3, true);
}

QString RegionCatalog::nameOf(const QString &code) const
{
    for (const auto *list : {&m_provinces, &m_regencies, &m_districts})
        for (const RegionEntry &e : *list)
            if (e.code == code)
                return e.name;
    return QString();
}

RegionCatalog::Area RegionCatalog::area(const QString &code) const
{
    const AreaLevel level = RegionCode::levelOf(code);
    Area a;
    a.code = code;
    if (level == AreaLevel::Province) {
        const QString name = nameOf(code);
        if (name.isEmpty())
            throw StorageError(tr("Province code %1 is not in the region list.").arg(code));
        // The stored area name is the official Indonesian one whatever the UI language: it heads
        // every report, and reports are always in Indonesian.
        a.name = QStringLiteral("Provinsi %1").arg(name);
    } else if (level == AreaLevel::Regency) {
        a.name = nameOf(code);
        if (a.name.isEmpty())
            throw StorageError(tr("Regency code %1 is not in the region list.").arg(code));
    } else {
        throw StorageError(tr("\"%1\" is not a province (12) or regency (12.08) code.").arg(code));
    }
    const QString prefix = code + QLatin1Char('.');
    const QString province = RegionCode::provinceOf(code);
    a.provinces = filtered(m_provinces, [&](const RegionEntry &e) { return e.code == province; });
    a.regencies = filtered(m_regencies, [&](const RegionEntry &e) { return e.code == code || e.code.startsWith(prefix); });
    a.districts = filtered(m_districts, [&](const RegionEntry &e) { return e.code.startsWith(prefix); });
    a.villages = filtered(m_villages, [&](const RegionEntry &e) { return e.code.startsWith(prefix); });
    return a;
}

QString RegionCatalog::attribution()
{
    return tr("Region codes and names: idn-area-data 4.0.1 (github.com/fityannugroho/idn-area-data), based on Kepmendagri 300.2.2-2138/2025; "
              "data licensed under the Open Database License (ODbL) 1.0.");
}
