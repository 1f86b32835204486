#include "storage/progressrepository.h"

#include "storage/milestonerepository.h"
#include "storage/rowreader.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ProgressRepository", s); }

const QString kDistrictsSql = QStringLiteral(
    "SELECT d.code, d.name, d.regency_code, r.name, COALESCE(t.villages, 0), COALESCE(t.cooperatives, 0) "
    "FROM district d JOIN regency r ON r.code = d.regency_code "
    "LEFT JOIN district_tally t ON t.district_code = d.code ORDER BY d.code");
// Current reaches, whatever their date: the summary for today (and any date nothing is dated after).
const QString kCurrentSql = QStringLiteral(
    "SELECT district_code, milestone_code, reached FROM progress_district WHERE reached <> 0");
// Reaches dated up to a date, summed in one pass over the covering index.
const QString kUpToSql = QStringLiteral(
    "SELECT district_code, milestone_code, SUM(reached) FROM progress_district_day WHERE reached_on <= ? "
    "GROUP BY district_code, milestone_code HAVING SUM(reached) <> 0");
// Whether any current reach is dated after the date (a small index range).
const QString kLaterSql = QStringLiteral(
    "SELECT COUNT(*) FROM progress_day WHERE reached_on > ? AND reached <> 0");

bool anythingLater(const Connection &db, const QString &date, const QString &what)
{
    return Sql::scalar(db, kLaterSql, {date}, what).toInt() > 0;
}

// Adds each row (kecamatan code, milestone code, count) into its kecamatan, then totals the area
// from the kecamatan (7,000 additions, not 58,000). Rows arrive grouped by kecamatan, so the
// kecamatan looked up last is usually the next one's too; codes are compared as the UTF-8 bytes
// SQLite hands out, without making strings. Milestones no longer active are skipped.
void accumulate(RowReader &rows, ProgressSummary &s, const QHash<QString, int> &districtIndex)
{
    QVector<QByteArray> milestoneCodes;
    for (const MilestoneDefinition &m : std::as_const(s.milestones))
        milestoneCodes.append(m.code.toUtf8());
    QByteArray lastCode;
    DistrictProgress *district = nullptr;
    while (rows.next()) {
        const QByteArrayView code = rows.text(0);
        if (code != lastCode) {
            lastCode = code.toByteArray();
            const auto it = districtIndex.constFind(QString::fromUtf8(code));
            district = it == districtIndex.constEnd() ? nullptr : &s.districts[*it];
        }
        if (!district)
            continue;
        const int position = int(milestoneCodes.indexOf(rows.text(1)));
        if (position >= 0)
            district->counts[position] += int(rows.integer(2));
    }
    for (int i = 0; i < s.milestones.size(); ++i) {
        int sum = 0;
        for (const DistrictProgress &d : std::as_const(s.districts))
            sum += d.counts.at(i);
        s.reached.insert(s.milestones.at(i).code, sum);
    }
}

QString literal(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
}   // namespace

ProgressSummary ProgressRepository::summaryWithin(const QDate &asOf, const QString &fromCode, const QString &toCode) const
{
    const QString what = tr("Computing the progress summary");
    ProgressSummary s;
    s.asOf = asOf;
    const SettingsRepository settings(m_db);
    s.areaCode = settings.areaCode();
    s.areaName = settings.areaName();
    s.milestones = MilestoneRepository(m_db).definitions();

    // Optional code range, added in front of a statement's ORDER BY / GROUP BY (or at its end).
    const bool ranged = !fromCode.isEmpty();
    const auto within = [ranged](QString sql, const QString &column, const QString &before, bool hasWhere) {
        if (!ranged)
            return sql;
        const QString clause = QStringLiteral(" %1 %2 >= ? AND %2 < ? ").arg(hasWhere ? QStringLiteral("AND") : QStringLiteral("WHERE"), column);
        if (before.isEmpty())
            sql += clause;
        else
            sql.insert(sql.indexOf(before), clause);
        return sql;
    };
    QHash<QString, int> districtIndex;
    {
        QVariantList range;
        if (ranged)
            range << fromCode << toCode;
        RowReader rows(m_db, within(kDistrictsSql, QStringLiteral("d.code"), QStringLiteral("ORDER BY"), false), range, what);
        QHash<QString, int> milestoneIndex;
        for (int i = 0; i < s.milestones.size(); ++i)
            milestoneIndex.insert(s.milestones.at(i).code, i);
        while (rows.next()) {
            DistrictProgress d;
            d.code = rows.string(0);
            d.name = rows.string(1);
            d.regencyCode = rows.string(2);
            // Kecamatan come in code order, so a regency's rows follow each other: share its strings.
            if (!s.districts.isEmpty() && s.districts.constLast().regencyCode == d.regencyCode) {
                d.regencyCode = s.districts.constLast().regencyCode;
                d.regencyName = s.districts.constLast().regencyName;
            } else {
                d.regencyName = rows.string(3);
            }
            d.villages = int(rows.integer(4));
            d.total = int(rows.integer(5));
            d.milestoneIndex = milestoneIndex;
            d.counts.fill(0, s.milestones.size());
            s.total += d.total;
            districtIndex.insert(d.code, int(s.districts.size()));
            s.districts.append(d);
        }
    }
    const QString date = asOf.toString(Qt::ISODate);
    const bool later = anythingLater(m_db, date, what);
    QVariantList values;
    if (later)
        values << date;
    if (ranged)
        values << fromCode << toCode;
    RowReader rows(m_db, later ? within(kUpToSql, QStringLiteral("district_code"), QStringLiteral("GROUP BY"), true) : within(kCurrentSql, QStringLiteral("district_code"), QString(), true),
                   values, what);
    accumulate(rows, s, districtIndex);
    return s;
}

ProgressTimeline ProgressRepository::timeline(const QDate &from, const QDate &to) const
{
    const QString what = tr("Computing the progress over time");
    ProgressTimeline t;
    const SettingsRepository settings(m_db);
    t.areaCode = settings.areaCode();
    t.areaName = settings.areaName();
    t.milestones = MilestoneRepository(m_db).definitions();
    t.total = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, what).toInt();

    QDate start = from;
    if (!start.isValid()) {
        const QVariant first = Sql::scalar(m_db, QStringLiteral("SELECT MIN(reached_on) FROM progress_day WHERE reached <> 0"), {}, what);
        start = first.isNull() ? to : QDate::fromString(first.toString(), Qt::ISODate);
        // One day before the first mark, so every line starts from zero.
        start = start.addDays(-1);
    }
    if (start > to)
        start = to;

    QHash<QString, int> running;
    QHash<QString, int> index;
    for (int i = 0; i < t.milestones.size(); ++i)
        index.insert(t.milestones.at(i).code, i);
    const auto appendPoint = [&](const QDate &d) {
        t.dates.append(d);
        for (const auto &m : t.milestones)
            t.reached[m.code].append(running.value(m.code));
    };

    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT reached_on, milestone_code, SUM(reached) FROM progress_day "
                                                    "WHERE reached_on <= ? GROUP BY reached_on, milestone_code ORDER BY reached_on"),
                               what);
    q.setForwardOnly(true);
    q.bindValue(0, to.toString(Qt::ISODate));
    Sql::exec(q, what);
    const QString startText = start.toString(Qt::ISODate);
    bool startAdded = false;
    QString pending;   // the latest date after the start whose counts are being summed
    while (q.next()) {
        const QString day = q.value(0).toString();
        const QString code = q.value(1).toString();
        const int n = index.contains(code) ? q.value(2).toInt() : 0;
        if (day <= startText) {   // before the chart starts: only the starting level
            running[code] += n;
            continue;
        }
        if (!startAdded) {
            appendPoint(start);
            startAdded = true;
        }
        if (day != pending && !pending.isEmpty())
            appendPoint(QDate::fromString(pending, Qt::ISODate));
        pending = day;
        running[code] += n;
    }
    if (!startAdded)
        appendPoint(start);
    if (!pending.isEmpty())
        appendPoint(QDate::fromString(pending, Qt::ISODate));
    if (t.dates.last() < to)
        appendPoint(to);
    return t;
}

QHash<QString, int> ProgressRepository::areaReached(const QDate &asOf) const
{
    QHash<QString, int> out;
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT milestone_code, SUM(reached) FROM progress_day WHERE reached_on <= ? "
                                                "GROUP BY milestone_code"),
                           {asOf.toString(Qt::ISODate)}, tr("Computing the progress summary"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QDate ProgressRepository::latestWorkshopDate(const QDate &onOrBefore) const
{
    if (!m_db.engine().tableExists(m_db.qt(), QStringLiteral("workshop")))
        return {};
    const QVariant v = Sql::scalar(m_db, QStringLiteral("SELECT MAX(held_on) FROM workshop WHERE held_on <= ?"),
                                   {onOrBefore.toString(Qt::ISODate)}, tr("Reading workshops"));
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString ProgressRepository::summarySqlForShell(const QDate &asOf) const
{
    // The statements summary() runs for this date, in order, with the parameters written in.
    const QString what = tr("Computing the progress summary");
    const QString date = asOf.toString(Qt::ISODate);
    const bool later = anythingLater(m_db, date, what);
    const QString value = literal(date);
    QStringList statements;
    statements << QStringLiteral("SELECT value FROM setting WHERE key = 'area_code'")
               << QStringLiteral("SELECT value FROM setting WHERE key = 'area_name'")
               << QStringLiteral("SELECT code, name, label, phrase, position, retired FROM milestone WHERE retired = 0 ORDER BY position, code")
               << kDistrictsSql
               << QString(kLaterSql).replace(QLatin1Char('?'), value)
               << (later ? QString(kUpToSql).replace(QLatin1Char('?'), value) : kCurrentSql);
    return statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}
