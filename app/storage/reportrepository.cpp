#include "reportrepository.h"

#include "milestonerepository.h"
#include "progressrepository.h"
#include "regioncode.h"
#include "rowreader.h"
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

namespace {
// "2025-10-04" as SQLite hands it out; anything else through Qt's parser (which rejects it).
QDate isoDate(QByteArrayView text)
{
    const auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char ch = text.at(i);
            if (ch < '0' || ch > '9')
                return -1;
            n = n * 10 + (ch - '0');
        }
        return n;
    };
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

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
} // namespace

void ReportRepository::forEachRegistryRow(const QVector<qint64> &ids,
                                          const std::function<void(const RegistryRow &)> &sink) const
{
    const QString what = tr("Reading the registry for the export");
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    // Two cursors in the same order (village codes are unique), merged as they go: the whole
    // table is read once, in constant memory, instead of in many IN (...) slices. CROSS JOIN keeps
    // the cooperatives as the outer loop, so the marks come in village order from the index
    // without sorting 650,000 rows.
    RowReader rows(m_db, QStringLiteral(
        "SELECT c.id, c.village_code, v.name, v.kind, c.district_code, d.name, c.name, c.kind, c.legal_number, "
        "c.legal_date, c.nik_koperasi, c.npwp, c.nib, c.chair_name, c.chair_phone, c.secretary_name, "
        "c.secretary_phone, c.treasurer_name, c.treasurer_phone, c.phone, c.member_count "
        "FROM cooperative c JOIN village v ON v.code = c.village_code JOIN district d ON d.code = c.district_code "
        "ORDER BY c.village_code"), {}, what);
    RowReader marks(m_db, QStringLiteral(
        "SELECT c.id, e.milestone_code, e.reached_on FROM cooperative c "
        "CROSS JOIN milestone_event e ON e.cooperative_id = c.id AND e.current = 1 ORDER BY c.village_code"), {}, what);
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
                row.reached.insert(codes(marks.text(1)), isoDate(marks.text(2)));
            haveMark = marks.next();
        }
        if (!keep)
            continue;
        Cooperative &c = row.cooperative;
        c.id = id;
        c.villageCode = rows.string(1);
        c.villageName = rows.string(2);
        c.villageKind = rows.string(3);
        c.districtCode = rows.string(4);
        c.districtName = rows.string(5);
        c.name = rows.string(6);
        c.kind = rows.string(7);
        c.legalNumber = rows.string(8);
        c.legalDate = rows.text(9).isEmpty() ? QDate() : isoDate(rows.text(9));
        c.nikKoperasi = rows.string(10);
        c.npwp = rows.string(11);
        c.nib = rows.string(12);
        c.chairName = rows.string(13);
        c.chairPhone = rows.string(14);
        c.secretaryName = rows.string(15);
        c.secretaryPhone = rows.string(16);
        c.treasurerName = rows.string(17);
        c.treasurerPhone = rows.string(18);
        c.phone = rows.string(19);
        c.memberCount = int(rows.integer(20));
        sink(row);
    }
}
