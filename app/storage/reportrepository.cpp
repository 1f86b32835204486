#include "reportrepository.h"

#include "milestonerepository.h"
#include "progressrepository.h"
#include "regioncode.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportRepository", text);
}

// Codes under an area compare as a text range: "12." <= code < "12/" ('/' follows '.'), which
// the district index answers without scanning. An empty prefix matches every code.
struct CodeRange
{
    QString from;
    QString to;
};

CodeRange rangeFor(const QString &areaCode)
{
    // A national database (the benchmark's "ID") is not one region: everything is in it.
    const AreaLevel level = RegionCode::levelOf(areaCode);
    if (areaCode.isEmpty() || level == AreaLevel::Invalid || level == AreaLevel::Village)
        // not a null QString: that would bind as NULL and match nothing
        return {QStringLiteral(""), QStringLiteral("~")};
    return {areaCode + QLatin1Char('.'), areaCode + QLatin1Char('/')};
}
} // namespace

QString ReportRepository::areaName(const QString &areaCode) const
{
    const SettingsRepository settings(m_db);
    if (areaCode.isEmpty() || areaCode == settings.areaCode())
        return settings.areaName();
    const QString what = tr("Reading the region names");
    if (RegionCode::levelOf(areaCode) == AreaLevel::Province) {
        const QString name = Sql::scalar(m_db, QStringLiteral("SELECT name FROM province WHERE code = ?"), {areaCode}, what).toString();
        return name.isEmpty() ? areaCode : QStringLiteral("Provinsi %1").arg(name);
    }
    const QString name = Sql::scalar(m_db, QStringLiteral("SELECT name FROM regency WHERE code = ?"), {areaCode}, what).toString();
    return name.isEmpty() ? areaCode : name;
}

ProgressSummary ReportRepository::summary(const QDate &asOf, const QString &areaCode) const
{
    const CodeRange range = rangeFor(areaCode.isEmpty() ? SettingsRepository(m_db).areaCode() : areaCode);
    ProgressSummary s = ProgressRepository(m_db).summaryWithin(asOf, range.from, range.to);
    if (!areaCode.isEmpty()) {
        s.areaCode = areaCode;
        s.areaName = areaName(areaCode);
    }
    return s;
}

QVector<BehindCooperative> ReportRepository::behind(const QString &milestoneCode, const QDate &asOf,
                                                    const QString &areaCode) const
{
    const CodeRange range = rangeFor(areaCode.isEmpty() ? SettingsRepository(m_db).areaCode() : areaCode);
    QSqlQuery q = Sql::run(m_db, QStringLiteral(
        "SELECT c.id, c.district_code, d.name, c.village_code, v.name, c.name, c.chair_name, c.chair_phone, c.phone "
        "FROM cooperative c JOIN village v ON v.code = c.village_code JOIN district d ON d.code = c.district_code "
        "WHERE c.district_code >= ? AND c.district_code < ? AND NOT EXISTS ("
        "  SELECT 1 FROM milestone_event e WHERE e.cooperative_id = c.id AND e.milestone_code = ? "
        "  AND e.current = 1 AND e.reached_on <= ?) "
        "ORDER BY c.village_code"),
        {range.from, range.to, milestoneCode, asOf.toString(Qt::ISODate)},
        tr("Listing the cooperatives that are behind"));
    QVector<BehindCooperative> rows;
    while (q.next()) {
        BehindCooperative b;
        b.id = q.value(0).toLongLong();
        b.districtCode = q.value(1).toString();
        b.districtName = q.value(2).toString();
        b.villageCode = q.value(3).toString();
        b.villageName = q.value(4).toString();
        b.name = q.value(5).toString();
        b.chairName = q.value(6).toString();
        b.chairPhone = q.value(7).toString();
        b.phone = q.value(8).toString();
        rows.append(b);
    }
    return rows;
}

void ReportRepository::forEachRegistryRow(const QVector<qint64> &ids,
                                          const std::function<void(const RegistryRow &)> &sink) const
{
    const QString what = tr("Reading the registry for the export");
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    // Two cursors in the same order (village codes are unique), merged as they go: the whole
    // table is read once, in constant memory, instead of in many IN (...) slices.
    QSqlQuery rows = Sql::run(m_db, QStringLiteral(
        "SELECT c.id, c.village_code, v.name, v.kind, c.district_code, d.name, c.name, c.kind, c.legal_number, "
        "c.legal_date, c.nik_koperasi, c.npwp, c.nib, c.chair_name, c.chair_phone, c.secretary_name, "
        "c.secretary_phone, c.treasurer_name, c.treasurer_phone, c.phone, c.member_count "
        "FROM cooperative c JOIN village v ON v.code = c.village_code JOIN district d ON d.code = c.district_code "
        "ORDER BY c.village_code"), {}, what);
    QSqlQuery marks = Sql::run(m_db, QStringLiteral(
        "SELECT c.id, e.milestone_code, e.reached_on FROM cooperative c "
        "JOIN milestone_event e ON e.cooperative_id = c.id AND e.current = 1 ORDER BY c.village_code"), {}, what);
    bool haveMark = marks.next();
    RegistryRow row;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const bool keep = wanted.contains(id);
        row.reached.clear();
        // Marks of cooperatives before this one in the order were consumed with them.
        while (haveMark && marks.value(0).toLongLong() == id) {
            if (keep)
                row.reached.insert(marks.value(1).toString(), QDate::fromString(marks.value(2).toString(), Qt::ISODate));
            haveMark = marks.next();
        }
        if (!keep)
            continue;
        Cooperative &c = row.cooperative;
        c.id = id;
        c.villageCode = rows.value(1).toString();
        c.villageName = rows.value(2).toString();
        c.villageKind = rows.value(3).toString();
        c.districtCode = rows.value(4).toString();
        c.districtName = rows.value(5).toString();
        c.name = rows.value(6).toString();
        c.kind = rows.value(7).toString();
        c.legalNumber = rows.value(8).toString();
        c.legalDate = QDate::fromString(rows.value(9).toString(), Qt::ISODate);
        c.nikKoperasi = rows.value(10).toString();
        c.npwp = rows.value(11).toString();
        c.nib = rows.value(12).toString();
        c.chairName = rows.value(13).toString();
        c.chairPhone = rows.value(14).toString();
        c.secretaryName = rows.value(15).toString();
        c.secretaryPhone = rows.value(16).toString();
        c.treasurerName = rows.value(17).toString();
        c.treasurerPhone = rows.value(18).toString();
        c.phone = rows.value(19).toString();
        c.memberCount = rows.value(20).toInt();
        sink(row);
    }
}
