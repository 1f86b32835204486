#include "progressrepository.h"

#include "milestonerepository.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ProgressRepository", s); }

const QString kDistrictsSql = QStringLiteral(
    "SELECT d.code, d.name, d.regency_code, r.name, "
    "(SELECT COUNT(*) FROM village v WHERE v.district_code = d.code), "
    "(SELECT COUNT(*) FROM cooperative c WHERE c.district_code = d.code) "
    "FROM district d JOIN regency r ON r.code = d.regency_code ORDER BY d.code");
// Current reaches, whatever their date.
const QString kCurrentSql = QStringLiteral(
    "SELECT district_code, milestone_code, reached FROM progress_district WHERE reached <> 0");
// Reaches dated after / up to a date.
const QString kAfterSql = QStringLiteral(
    "SELECT district_code, milestone_code, reached FROM progress_district_day WHERE reached_on > ? AND reached <> 0");
const QString kUpToSql = QStringLiteral(
    "SELECT district_code, milestone_code, reached FROM progress_district_day WHERE reached_on <= ? AND reached <> 0");
const QString kSplitSql = QStringLiteral(
    "SELECT COALESCE(SUM(CASE WHEN reached_on <= ? THEN reached ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN reached_on > ? THEN reached ELSE 0 END), 0) FROM progress_day");

// How the per-kecamatan counts as of a date are read: the current counts minus those dated later
// (cheap for today and recent dates), or the rows dated up to the date (cheap for early dates).
struct Plan
{
    bool subtractLater = true;
    qint64 upTo = 0;     // reaches dated up to the date
    qint64 after = 0;    // reaches dated after it
};

Plan choosePlan(const QSqlDatabase &db, const QString &date, int districtRows, const QString &what)
{
    Plan p;
    QSqlQuery q = Sql::run(db, kSplitSql, {date, date}, what);
    if (q.next()) {
        p.upTo = q.value(0).toLongLong();
        p.after = q.value(1).toLongLong();
    }
    // Rows read: all per-kecamatan counts plus the later ones, against the earlier ones.
    p.subtractLater = p.after == 0 || districtRows + p.after < p.upTo;
    return p;
}

// Adds (sign 1) or subtracts (sign -1) each row's count into its kecamatan and the area total.
void accumulate(QSqlQuery &q, int sign, ProgressSummary &s, const QHash<QString, int> &districtIndex)
{
    // The same few codes repeat on every row; hashing the text once per row is what costs.
    while (q.next()) {
        const QString milestone = q.value(1).toString();
        const int n = sign * q.value(2).toInt();
        const auto it = districtIndex.constFind(q.value(0).toString());
        if (it != districtIndex.constEnd())
            s.districts[*it].reached[milestone] += n;
        s.reached[milestone] += n;
    }
}

QString literal(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
} // namespace

ProgressSummary ProgressRepository::summary(const QDate &asOf) const
{
    const QString what = tr("Computing the progress summary");
    ProgressSummary s;
    s.asOf = asOf;
    const SettingsRepository settings(m_db);
    s.areaCode = settings.areaCode();
    s.areaName = settings.areaName();
    s.milestones = MilestoneRepository(m_db).definitions();

    QHash<QString, int> districtIndex;
    {
        QSqlQuery q = Sql::prepare(m_db, kDistrictsSql, what);
        q.setForwardOnly(true);
        Sql::exec(q, what);
        while (q.next()) {
            DistrictProgress d;
            d.code = q.value(0).toString();
            d.name = q.value(1).toString();
            d.regencyCode = q.value(2).toString();
            d.regencyName = q.value(3).toString();
            d.villages = q.value(4).toInt();
            d.total = q.value(5).toInt();
            s.total += d.total;
            districtIndex.insert(d.code, int(s.districts.size()));
            s.districts.append(d);
        }
    }
    const QString date = asOf.toString(Qt::ISODate);
    const Plan plan = choosePlan(m_db, date, int(s.districts.size() * s.milestones.size()), what);
    const auto read = [&](const QString &sql, const QVariantList &values, int sign) {
        QSqlQuery q = Sql::prepare(m_db, sql, what);
        q.setForwardOnly(true);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        Sql::exec(q, what);
        accumulate(q, sign, s, districtIndex);
    };
    if (plan.subtractLater) {
        read(kCurrentSql, {}, 1);
        if (plan.after > 0)
            read(kAfterSql, {date}, -1);
    } else {
        read(kUpToSql, {date}, 1);
    }
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
    if (!m_db.tables().contains(QStringLiteral("workshop")))
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
    const int districts = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM district"), {}, what).toInt();
    const int milestones = int(MilestoneRepository(m_db).definitions().size());
    const Plan plan = choosePlan(m_db, date, districts * milestones, what);
    const QString value = literal(date);
    QStringList statements;
    statements << QStringLiteral("SELECT value FROM setting WHERE key = 'area_code'")
               << QStringLiteral("SELECT value FROM setting WHERE key = 'area_name'")
               << QStringLiteral("SELECT code, name, label, phrase, position, retired FROM milestone WHERE retired = 0 ORDER BY position, code")
               << kDistrictsSql
               << QString(kSplitSql).replace(QLatin1Char('?'), value);
    if (plan.subtractLater) {
        statements << kCurrentSql;
        if (plan.after > 0)
            statements << QString(kAfterSql).replace(QLatin1Char('?'), value);
    } else {
        statements << QString(kUpToSql).replace(QLatin1Char('?'), value);
    }
    return statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}
