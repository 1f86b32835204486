#include "storage/progresstally.h"

#include "storage/bulkinsert.h"
#include "storage/rowreader.h"
#include "storage/sqlengine.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ProgressTally", s); }

// Packed keys: district (20 bits), milestone (8), day (32). The day is an index into the dates
// met, which are put in order before the keys are made into rows.
constexpr int kMilestoneShift = 32;
constexpr int kDistrictShift = 40;

quint64 pack(int district, int milestone, int day)
{
    return (quint64(district) << kDistrictShift) | (quint64(milestone) << kMilestoneShift) | quint32(day);
}
}   // namespace

bool ProgressTally::applies(const Connection &db)
{
    return db.engine().kind() == SqlEngine::Kind::Sqlite;
}

ProgressTally::ProgressTally(Connection db) : m_db(std::move(db)), m_what(tr("Counting the milestones"))
{
    Q_ASSERT(applies(m_db));
    QStringList names;
    {
        RowReader triggers(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'milestone_event' "
                                                "AND name LIKE 'progress_event%' ORDER BY name"),
                           {}, m_what);
        while (triggers.next()) {
            names << triggers.string(0);
            m_triggers << triggers.string(1);
        }
    }
    // Dropped once the statement that listed them is finalized (no statement of this connection
    // reads the schema while it changes).
    for (const QString &name : std::as_const(names))
        Sql::execute(m_db, QStringLiteral("DROP TRIGGER %1").arg(name), m_what);
    // Each cooperative's kecamatan, with the kecamatan codes in order.
    RowReader rows(m_db, QStringLiteral("SELECT id, district_code FROM cooperative ORDER BY district_code"), {}, m_what);
    QByteArray last;
    while (rows.next()) {
        const QByteArrayView code = rows.text(1);
        if (m_districts.isEmpty() || code != last) {
            last = code.toByteArray();
            m_districts << QString::fromUtf8(last);
        }
        m_districtOfCooperative.insert(rows.integer(0), int(m_districts.size() - 1));
    }
}

int ProgressTally::districtOf(qint64 cooperativeId)
{
    const auto it = m_districtOfCooperative.constFind(cooperativeId);
    if (it == m_districtOfCooperative.constEnd())
        throw StorageError(m_what + QStringLiteral(": ") + tr("an event names a cooperative that does not exist"));
    return *it;
}

namespace {
// "2025-10-04" as 20251004, or -1 for any other text (kept then by its text).
int isoDay(QByteArrayView t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return -1;
    int v = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}
}   // namespace

int ProgressTally::dayIndex(QByteArrayView text)
{
    const int iso = isoDay(text);
    if (iso >= 0) {
        const auto it = m_isoDays.constFind(iso);
        if (it != m_isoDays.constEnd())
            return *it;
    } else {
        const int i = int(m_days.indexOf(QString::fromUtf8(text)));
        if (i >= 0)
            return i;
    }
    m_days << QString::fromUtf8(text);
    if (iso >= 0)
        m_isoDays.insert(iso, int(m_days.size() - 1));
    return int(m_days.size() - 1);
}

int ProgressTally::milestoneIndex(QByteArrayView code)
{
    for (int i = 0; i < m_milestoneCodes.size(); ++i)   // a handful
        if (m_milestoneCodes.at(i) == code)
            return i;
    m_milestoneCodes << code.toByteArray();
    m_milestones << QString::fromUtf8(code);
    return int(m_milestones.size() - 1);
}

void ProgressTally::run(const QString &sql, const QVariantList &values)
{
    RowReader rows(m_db, sql, values, m_what);
    while (rows.next()) {
        const qint64 change = rows.integer(3);
        if (change == 0 || rows.isNull(2))
            continue;
        m_byDistrictDay[pack(districtOf(rows.integer(0)), milestoneIndex(rows.text(1)), dayIndex(rows.text(2)))] += int(change);
    }
}

namespace {
struct Key
{
    int district, milestone, day;
};

Key unpack(quint64 key)
{
    return {int(key >> kDistrictShift), int((key >> kMilestoneShift) & 0xff), int(key & 0xffffffffu)};
}

// Adds the sums (packed keys) to one count table in key order, skipping those that net to zero.
void upsert(const Connection &db, const QString &table, const QStringList &key, const QHash<quint64, int> &sums,
            const std::function<QVariantList(const Key &)> &keyValues, const QString &what)
{
    QVector<QPair<quint64, int>> rows;
    rows.reserve(sums.size());
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
        if (it.value() != 0)
            rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end());
    BulkInsert insert(db, table, key + QStringList{QStringLiteral("reached")}, what,
                      QStringLiteral("ON CONFLICT (%1) DO UPDATE SET reached = %2.reached + excluded.reached").arg(key.join(QStringLiteral(", ")), table));
    for (const auto &row : std::as_const(rows))
        insert.add(keyValues(unpack(row.first)) << row.second);
    insert.flush();
}
}   // namespace

void ProgressTally::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // The days' ranks in date order, so that packed keys sort as the tables' keys do.
    QStringList days = m_days;
    std::sort(days.begin(), days.end());
    QHash<int, int> rankOf;
    for (int i = 0; i < m_days.size(); ++i)
        rankOf.insert(i, int(std::lower_bound(days.cbegin(), days.cend(), m_days.at(i)) - days.cbegin()));
    QHash<quint64, int> byDistrictDay, byDistrict, byDay;
    for (auto it = m_byDistrictDay.constBegin(); it != m_byDistrictDay.constEnd(); ++it) {
        const Key k = unpack(it.key());
        const int day = rankOf.value(k.day);
        byDistrictDay[pack(k.district, k.milestone, day)] += it.value();
        byDistrict[pack(k.district, k.milestone, 0)] += it.value();
        byDay[pack(0, k.milestone, day)] += it.value();
    }
    const QString district = QStringLiteral("district_code"), milestone = QStringLiteral("milestone_code"), reachedOn = QStringLiteral("reached_on");
    upsert(
        m_db, QStringLiteral("progress_district_day"), {district, milestone, reachedOn}, byDistrictDay,
        [&](const Key &k) { return QVariantList{m_districts.at(k.district), m_milestones.at(k.milestone), days.at(k.day)}; }, m_what);
    upsert(
        m_db, QStringLiteral("progress_district"), {district, milestone}, byDistrict,
        [&](const Key &k) { return QVariantList{m_districts.at(k.district), m_milestones.at(k.milestone)}; }, m_what);
    upsert(
        m_db, QStringLiteral("progress_day"), {milestone, reachedOn}, byDay,
        [&](const Key &k) { return QVariantList{m_milestones.at(k.milestone), days.at(k.day)}; }, m_what);
    for (const QString &sql : std::as_const(m_triggers))
        Sql::execute(m_db, sql, m_what);
}
