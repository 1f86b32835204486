#include "report/spreadsheetexport.h"

#include "storage/cooperativerepository.h"
#include "core/indonesianformat.h"
#include "storage/milestonerepository.h"
#include "storage/reportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "io/tableexporter.h"
#include "storage/workshoprepository.h"

#include <QCoreApplication>

namespace {
using Kind = ExportColumn::Kind;

std::unique_ptr<TableExporter> exporterFor(const QString &path, const CsvDialect &csv)
{
    auto exporter = TableExporter::forPath(path, csv);
    if (!exporter)
        throw StorageError(QCoreApplication::translate("SpreadsheetExport", "Choose a file name ending in .xlsx or .csv, not \"%1\".").arg(path));
    return exporter;
}

void begin(TableExporter &out, const QString &path, const QString &sheet, const QVector<ExportColumn> &columns)
{
    if (!out.begin(path, sheet, columns))
        throw StorageError(out.error());
}

void finish(TableExporter &out)
{
    if (!out.finish())
        throw StorageError(out.error());
}

QVariant percentValue(int part, int whole)
{
    return IndonesianFormat::percentTenths(part, whole) / 10.0;
}
}   // namespace

namespace SpreadsheetExport {

bool whatFromKey(const QString &key, What *what)
{
    if (key == QLatin1String("registry"))
        *what = What::Registry;
    else if (key == QLatin1String("districts"))
        *what = What::Districts;
    else if (key == QLatin1String("absent"))
        *what = What::Absent;
    else
        return false;
    return true;
}

int registry(Connection db, const RegistryQuery &query, const QString &path, const CsvDialect &csv)
{
    auto out = exporterFor(path, csv);
    return registry(db, query, *out, path);
}

int registry(Connection db, const RegistryQuery &query, TableExporter &out, const QString &path)
{
    const QVector<MilestoneDefinition> milestones = MilestoneRepository(db).definitions();
    const QString villageTerm = SettingsRepository(db).villageTerm();
    QVector<ExportColumn> columns{
        {QStringLiteral("Kode Wilayah"), Kind::Text, 15}, {QStringLiteral("%1/Kelurahan").arg(villageTerm), Kind::Text, 22}, {QStringLiteral("Jenis Wilayah"), Kind::Text, 10}, {QStringLiteral("Kode Kecamatan"), Kind::Text, 10}, {QStringLiteral("Kecamatan"), Kind::Text, 18}, {QStringLiteral("Nama Koperasi"), Kind::Text, 42}, {QStringLiteral("Jenis"), Kind::Text, 7}, {QStringLiteral("Nomor SK AHU"), Kind::Text, 28}, {QStringLiteral("Tanggal SK AHU"), Kind::Date, 12}, {QStringLiteral("NIK Koperasi"), Kind::Text, 18}, {QStringLiteral("NPWP"), Kind::Text, 20}, {QStringLiteral("NIB"), Kind::Text, 15}, {QStringLiteral("Ketua"), Kind::Text, 24}, {QStringLiteral("Telepon Ketua"), Kind::Text, 15}, {QStringLiteral("Sekretaris"), Kind::Text, 24}, {QStringLiteral("Telepon Sekretaris"), Kind::Text, 15}, {QStringLiteral("Bendahara"), Kind::Text, 24}, {QStringLiteral("Telepon Bendahara"), Kind::Text, 15}, {QStringLiteral("Telepon Koperasi"), Kind::Text, 15}, {QStringLiteral("Jumlah Anggota"), Kind::Integer, 9}};
    for (const MilestoneDefinition &m : milestones)
        columns.append({m.name, Kind::Date, 12});
    begin(out, path, QStringLiteral("Daftar KMP"), columns);

    const CooperativeRepository cooperatives(db);
    const QVector<qint64> ids = cooperatives.findIds(query);
    const auto writeRow = [&](const RegistryRow &r) {
        const Cooperative &c = r.cooperative;
        QVariantList values{c.villageCode, c.villageName, c.villageKind, c.districtCode, c.districtName, c.name, c.kind,
                            c.legalNumber, c.legalDate, c.nikKoperasi, c.npwp, c.nib, c.chairName, IndonesianFormat::phone(c.chairPhone),
                            c.secretaryName, IndonesianFormat::phone(c.secretaryPhone), c.treasurerName,
                            IndonesianFormat::phone(c.treasurerPhone), IndonesianFormat::phone(c.phone), c.memberCount};
        for (const MilestoneDefinition &m : milestones)
            values << r.reached.value(m.code);
        out.addRow(values);
    };
    if (query.sortKey == RegistryQuery::SortKey::VillageCode && !query.descending) {
        // The registry's own order: one streaming pass over the table, whatever its size.
        ReportRepository(db).forEachRegistryRow(ids, writeRow);
    } else {
        // The order the registry window shows, a slice of rows at a time.
        constexpr int kSlice = 500;
        for (int from = 0; from < ids.size(); from += kSlice)
            for (const RegistryRow &r : cooperatives.loadRows(ids.mid(from, kSlice)))
                writeRow(r);
    }
    finish(out);
    return int(ids.size());
}

int districts(const ProgressSummary &s, const QString &path, const CsvDialect &csv)
{
    auto out = exporterFor(path, csv);
    QVector<ExportColumn> columns{{QStringLiteral("Kode Kecamatan"), Kind::Text, 11}, {QStringLiteral("Kecamatan"), Kind::Text, 22}, {QStringLiteral("Kabupaten/Kota"), Kind::Text, 24}, {QStringLiteral("Jumlah Desa/Kelurahan"), Kind::Integer, 11}, {QStringLiteral("Jumlah KMP"), Kind::Integer, 9}};
    for (const MilestoneDefinition &m : s.milestones) {
        columns.append({m.name, Kind::Integer, 11});
        columns.append({QStringLiteral("%1 (%)").arg(m.name), Kind::Percent, 11});
    }
    begin(*out, path, QStringLiteral("Per Kecamatan %1").arg(s.asOf.toString(Qt::ISODate)), columns);
    int villages = 0;
    for (const DistrictProgress &d : s.districts) {
        QVariantList values{d.code, d.name, d.regencyName, d.villages, d.total};
        for (const MilestoneDefinition &m : s.milestones)
            values << d.reachedCount(m.code) << percentValue(d.reachedCount(m.code), d.total);
        out->addRow(values);
        villages += d.villages;
    }
    QVariantList total{QString(), QStringLiteral("Jumlah"), s.areaName, villages, s.total};
    for (const MilestoneDefinition &m : s.milestones)
        total << s.reachedCount(m.code) << percentValue(s.reachedCount(m.code), s.total);
    out->addRow(total);
    finish(*out);
    return int(s.districts.size());
}

int absentees(Connection db, qint64 workshopId, const QString &path, const CsvDialect &csv)
{
    auto out = exporterFor(path, csv);
    const WorkshopRepository repository(db);
    const Workshop workshop = repository.get(workshopId);
    const QVector<AttendanceEntry> rows = repository.absentees(workshopId);
    begin(*out, path, QStringLiteral("Belum Hadir"),
          {{QStringLiteral("Kode Wilayah"), Kind::Text, 15}, {QStringLiteral("%1/Kelurahan").arg(SettingsRepository(db).villageTerm()), Kind::Text, 22}, {QStringLiteral("Kode Kecamatan"), Kind::Text, 11}, {QStringLiteral("Kecamatan"), Kind::Text, 20}, {QStringLiteral("Nama Koperasi"), Kind::Text, 42}, {QStringLiteral("Ketua"), Kind::Text, 24}, {QStringLiteral("Telepon Ketua"), Kind::Text, 15}, {QStringLiteral("Telepon Koperasi"), Kind::Text, 15}, {QStringLiteral("Kegiatan"), Kind::Text, 30}, {QStringLiteral("Tanggal Kegiatan"), Kind::Date, 12}});
    for (const AttendanceEntry &e : rows)
        out->addRow({e.villageCode, e.villageName, e.districtCode, e.districtName, e.cooperativeName, e.chairName,
                     IndonesianFormat::phone(e.chairPhone), IndonesianFormat::phone(e.phone), workshop.title, workshop.heldOn});
    finish(*out);
    return int(rows.size());
}

}   // namespace SpreadsheetExport
