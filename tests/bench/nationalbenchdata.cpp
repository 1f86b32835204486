#include "bench/nationalbenchdata.h"

#include "storage/progresscounts.h"

#include "storage/bulkinsert.h"
#include "io/csvexporter.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "io/regioncatalog.h"
#include "core/regioncode.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <functional>
#include <random>

namespace {
const char *const kMilestones[] = {"musdesus", "badan_hukum", "akun", "profil", "gerai", "gerai_aktif", "kemitraan", "pembiayaan"};
const QString kActor = QStringLiteral("bench");
const QString kRecordedAt = QStringLiteral("2026-01-01T00:00:00.000Z");

}   // namespace

NationalBenchData::NationalBenchData()
{
    const RegionCatalog catalog;
    m_provinces = catalog.provinces();
    m_regencies = catalog.regencies();
    m_districts = catalog.districts();
    m_villages = catalog.villages();

    std::mt19937 rng(83762u);
    std::uniform_int_distribution<int> day(0, 540);
    std::uniform_int_distribution<int> percent(0, 99);
    const QDate start(2025, 5, 1);
    m_cooperatives.reserve(m_villages.size());
    m_events.reserve(m_villages.size() * 9);
    for (int i = 0; i < m_villages.size(); ++i) {
        const RegionEntry &v = m_villages.at(i);
        Cooperative c;
        const VillageKind kind = RegionCode::kindFromKey(v.kind);
        c.villageCode = v.code;
        c.villageName = v.name;
        c.name = RegionCode::cooperativeNameFor(kind, v.name);
        const qint64 id = i + 1;
        m_cooperatives.append({id, v.code, v.parentCode, c.name, RegionCode::cooperativeKindFor(kind),
                               CooperativeRepository::searchTextFor(c)});
        // Each milestone is reached at a later date than the one before; one in ten was recorded
        // by mistake and withdrawn (a reach followed by an unreach), as happens in real offices.
        QDate date = start;
        for (quint8 m = 0; m < std::size(kMilestones); ++m) {
            date = date.addDays(day(rng) / 8);
            if (percent(rng) < 10) {
                m_events.append({qint32(id), m, true, false, date});
                m_events.append({qint32(id), m, false, false, QDate()});
            } else {
                m_events.append({qint32(id), m, true, true, date});
            }
        }
    }
}

void NationalBenchData::writeDatabase(const QString &path) const
{
    Database db;
    db.open(path);
    // The whole national database fits in the page cache during the load, so SQLite writes each
    // page once at commit instead of spilling and rewriting pages of the randomly-filled indexes.
    db.setCacheSizeMiB(128);
    Connection c = db.connection();
    Transaction tx(c, QStringLiteral("bench"));
    auto regions = [&](const QString &table, const QStringList &columns, const QVector<RegionEntry> &rows) {
        BulkInsert insert(c, table, columns, QStringLiteral("bench"));
        for (const RegionEntry &r : rows) {
            QVariantList values{r.code};
            if (columns.size() > 2)
                values << r.parentCode;
            values << r.name;
            if (columns.size() > 3)
                values << r.kind;
            insert.add(values);
        }
        insert.flush();
    };
    regions(QStringLiteral("province"), {QStringLiteral("code"), QStringLiteral("name")}, m_provinces);
    regions(QStringLiteral("regency"), {QStringLiteral("code"), QStringLiteral("province_code"), QStringLiteral("name")}, m_regencies);
    regions(QStringLiteral("district"), {QStringLiteral("code"), QStringLiteral("regency_code"), QStringLiteral("name")}, m_districts);
    regions(QStringLiteral("village"), {QStringLiteral("code"), QStringLiteral("district_code"), QStringLiteral("name"), QStringLiteral("kind")}, m_villages);
    {
        BulkInsert insert(c, QStringLiteral("cooperative"),
                          {QStringLiteral("id"), QStringLiteral("village_code"), QStringLiteral("district_code"), QStringLiteral("name"),
                           QStringLiteral("kind"), QStringLiteral("search_text"), QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                          QStringLiteral("bench"));
        for (const CooperativeRow &r : m_cooperatives)
            insert.add({r.id, r.villageCode, r.districtCode, r.name, r.kind, r.searchText, kRecordedAt, kActor});
        insert.flush();
    }
    {
        QStringList codes;
        for (const char *code : kMilestones)
            codes << QString::fromLatin1(code);
        const QString reach = QStringLiteral("reach");
        const QString unreach = QStringLiteral("unreach");
        ProgressCounts counts(c);   // PostgreSQL: recounted in one pass after the load
        counts.suspend();
        BulkInsert insert(c, QStringLiteral("milestone_event"),
                          {QStringLiteral("id"), QStringLiteral("cooperative_id"), QStringLiteral("milestone_code"), QStringLiteral("action"),
                           QStringLiteral("reached_on"), QStringLiteral("current"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by")},
                          QStringLiteral("bench"));
        for (int i = 0; i < m_events.size(); ++i) {
            const EventRow &e = m_events.at(i);
            insert.add({i + 1, e.cooperativeId, codes.at(e.milestone), e.reach ? reach : unreach,
                        Sql::dateOrNull(e.reachedOn), e.current ? 1 : 0, kRecordedAt, kActor});
        }
        insert.flush();
        counts.resume();
    }
    SettingsRepository settings(c);
    settings.setValue(QStringLiteral("area_code"), QStringLiteral("ID"));
    settings.setValue(QStringLiteral("area_name"), QStringLiteral("Indonesia"));
    tx.commit();
}

QStringList NationalBenchData::writeCsv(const QString &folder) const
{
    QStringList files;
    // Written with the app's own CSV writer (libcsv quoting, CRLF), which the shell's .import reads.
    auto write = [&](const QString &name, const QStringList &header, const std::function<void(QFile &)> &body) {
        const QString path = QDir(folder).filePath(name + QStringLiteral(".csv"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(CsvExporter::line(header));
        body(f);
        files << path;
    };
    auto regions = [](const QVector<RegionEntry> &rows, int columns) {
        return [&rows, columns](QFile &f) {
            for (const RegionEntry &r : rows) {
                QStringList fields{r.code};
                if (columns > 2)
                    fields << r.parentCode;
                fields << r.name;
                if (columns > 3)
                    fields << r.kind;
                f.write(CsvExporter::line(fields));
            }
        };
    };
    write(QStringLiteral("province"), {QStringLiteral("code"), QStringLiteral("name")}, regions(m_provinces, 2));
    write(QStringLiteral("regency"), {QStringLiteral("code"), QStringLiteral("province_code"), QStringLiteral("name")}, regions(m_regencies, 3));
    write(QStringLiteral("district"), {QStringLiteral("code"), QStringLiteral("regency_code"), QStringLiteral("name")}, regions(m_districts, 3));
    write(QStringLiteral("village"), {QStringLiteral("code"), QStringLiteral("district_code"), QStringLiteral("name"), QStringLiteral("kind")},
          regions(m_villages, 4));
    write(QStringLiteral("cooperative"),
          QStringLiteral("id,village_code,district_code,name,kind,search_text,updated_at,updated_by").split(QLatin1Char(',')),
          [this](QFile &f) {
              for (const CooperativeRow &r : m_cooperatives)
                  f.write(CsvExporter::line({QString::number(r.id), r.villageCode, r.districtCode, r.name, r.kind, r.searchText,
                                             kRecordedAt, kActor}));
          });
    write(QStringLiteral("milestone_event"),
          QStringLiteral("id,cooperative_id,milestone_code,action,reached_on,current,recorded_at,recorded_by").split(QLatin1Char(',')),
          [this](QFile &f) {
              for (int i = 0; i < m_events.size(); ++i) {
                  const EventRow &e = m_events.at(i);
                  f.write(CsvExporter::line({QString::number(i + 1), QString::number(e.cooperativeId),
                                             QString::fromLatin1(kMilestones[e.milestone]),
                                             e.reach ? QStringLiteral("reach") : QStringLiteral("unreach"),
                                             e.reachedOn.toString(Qt::ISODate), e.current ? QStringLiteral("1") : QStringLiteral("0"),
                                             kRecordedAt, kActor}));
              }
          });
    return files;
}

QString NationalBenchData::sqlite3ImportScript(const QString &folder) const
{
    // The shell's own bulk path in one transaction: the region CSVs match their tables column for
    // column and are imported directly; cooperatives and events go through staging tables (which
    // .import creates from the header, all text) and INSERT ... SELECT into the same columns the
    // app fills, with the same types.
    const auto file = [&](const char *table) {
        return QDir(folder).filePath(QString::fromLatin1(table) + QStringLiteral(".csv"));
    };
    QString script = QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA cache_size = -131072;\nPRAGMA temp_store = MEMORY;\nBEGIN;\n");
    for (const char *table : {"province", "regency", "district", "village"})
        script += QStringLiteral(".import --csv --skip 1 '%1' %2\n").arg(file(table), QString::fromLatin1(table));
    script += QStringLiteral(".import --csv --schema temp '%1' staging_cooperative\n").arg(file("cooperative"));
    script += QStringLiteral(".import --csv --schema temp '%1' staging_event\n").arg(file("milestone_event"));
    script += QStringLiteral(
        "INSERT INTO cooperative (id, village_code, district_code, name, kind, search_text, updated_at, updated_by) "
        "SELECT CAST(id AS INTEGER), village_code, district_code, name, kind, search_text, updated_at, updated_by FROM temp.staging_cooperative;\n"
        "INSERT INTO milestone_event (id, cooperative_id, milestone_code, action, reached_on, current, recorded_at, recorded_by) "
        "SELECT CAST(id AS INTEGER), CAST(cooperative_id AS INTEGER), milestone_code, action, NULLIF(reached_on, ''), "
        "CAST(current AS INTEGER), recorded_at, recorded_by FROM temp.staging_event;\n"
        "INSERT INTO setting (key, value) VALUES ('area_code', 'ID'), ('area_name', 'Indonesia');\n"
        "COMMIT;\n");
    return script;
}
