#include "storage/reportrepository.h"

#include "storage/cooperativerow.h"
#include "storage/milestonerepository.h"
#include "storage/progressrepository.h"
#include "core/regioncode.h"
#include "storage/rowreader.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

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
}   // namespace

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

bool ReportRepository::hasArea(const QString &areaCode) const
{
    if (areaCode.isEmpty())
        return true;
    const char *table = nullptr;
    switch (RegionCode::levelOf(areaCode)) {
    case AreaLevel::Province: table = "province"; break;
    case AreaLevel::Regency: table = "regency"; break;
    case AreaLevel::District: table = "district"; break;
    default: return false;
    }
    const QString office = SettingsRepository(m_db).areaCode();
    const AreaLevel officeLevel = RegionCode::levelOf(office);
    const bool national = office.isEmpty() || officeLevel == AreaLevel::Invalid || officeLevel == AreaLevel::Village;
    if (!national && areaCode != office && !areaCode.startsWith(office + QLatin1Char('.')))
        return false;
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE code = ?").arg(QLatin1String(table)), {areaCode},
                       tr("Reading the region names"))
               .toInt()
         > 0;
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
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT c.id, c.district_code, d.name, c.village_code, v.name, c.name, c.chair_name, c.chair_phone, c.phone "
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

namespace {
// The few milestone codes, made into strings once rather than once per mark.
class CodeStrings
{
public:
    const QString &operator()(QByteArrayView bytes)
    {
        for (const auto &[key, value] : std::as_const(m_known))
            if (key == bytes)
                return value;
        m_known.append({bytes.toByteArray(), QString::fromUtf8(bytes)});
        return m_known.constLast().second;
    }

private:
    QVector<QPair<QByteArray, QString>> m_known;
};
}   // namespace

void ReportRepository::forEachRegistryRow(const QVector<qint64> &ids,
                                          const std::function<void(const RegistryRow &)> &sink) const
{
    const QString what = tr("Reading the registry for the export");
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    // Two cursors in the same order (village codes are unique), merged as they go: the whole
    // table is read once, in constant memory, instead of in many IN (...) slices. CROSS JOIN keeps
    // the cooperatives as the outer loop, so the marks come in village order from the index
    // without sorting 650,000 rows.
    RowReader rows(m_db, CooperativeRow::select() + QStringLiteral("ORDER BY c.village_code"), {}, what);
    RowReader marks(m_db, QStringLiteral("SELECT c.id, e.milestone_code, e.reached_on FROM cooperative c %1 milestone_event e "
                                         "ON e.cooperative_id = c.id AND e.current = 1 ORDER BY c.village_code")
                              .arg(m_db.engine().orderedJoin()),
                    {}, what);
    CodeStrings codes;
    bool haveMark = marks.next();
    RegistryRow row;
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        const bool keep = wanted.contains(id);
        row.reached.clear();
        // Marks of cooperatives before this one in the order were consumed with them.
        while (haveMark && marks.integer(0) == id) {
            if (keep)
                row.reached.insert(codes(marks.text(1)), marks.date(2));
            haveMark = marks.next();
        }
        if (!keep)
            continue;
        row.cooperative = CooperativeRow::read(rows);
        sink(row);
    }
}
