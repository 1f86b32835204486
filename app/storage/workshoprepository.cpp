#include "storage/workshoprepository.h"

#include "storage/attendancerow.h"
#include "storage/bulkinsert.h"
#include "core/regioncode.h"
#include "storage/rowreader.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("WorkshopRepository", s); }

// NOT NULL text columns: an empty field is stored as '' (a null QString would bind as NULL).
QString text(const QString &s)
{
    const QString t = s.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// "120830" -> "12.08.30": what a person has typed so far of a dotted code, for a prefix match.
QString dottedPrefix(const QString &digits)
{
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        if (i == 2 || i == 4 || i == 6)
            out += QLatin1Char('.');
        out += digits.at(i);
    }
    return out;
}
}   // namespace

// ---------------------------------------------------------------- workshops

qint64 WorkshopRepository::create(const Workshop &w, const QString &actor)
{
    const QString what = tr("Saving the workshop");
    if (w.title.trimmed().isEmpty())
        throw StorageError(tr("The workshop needs a title."));
    if (!w.heldOn.isValid())
        throw StorageError(tr("Choose the date of the workshop."));
    Transaction tx(m_db, what);
    const QString now = Sql::nowUtc();
    const qint64 id = Sql::insertReturningId(
        m_db, QStringLiteral("INSERT INTO workshop (title, held_on, place, organiser, notes, created_at, created_by, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {w.title.trimmed(), w.heldOn.toString(Qt::ISODate), text(w.place), text(w.organiser),
         Sql::textOrNull(w.notes.trimmed()), now, actor, now, actor},
        what);
    tx.commit();
    return id;
}

void WorkshopRepository::update(const Workshop &w, const QString &actor)
{
    const QString what = tr("Saving the workshop");
    if (w.title.trimmed().isEmpty())
        throw StorageError(tr("The workshop needs a title."));
    if (!w.heldOn.isValid())
        throw StorageError(tr("Choose the date of the workshop."));
    get(w.id);   // a clear message when it was removed meanwhile
    Sql::run(m_db, QStringLiteral("UPDATE workshop SET title = ?, held_on = ?, place = ?, organiser = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
             {w.title.trimmed(), w.heldOn.toString(Qt::ISODate), text(w.place), text(w.organiser),
              Sql::textOrNull(w.notes.trimmed()), Sql::nowUtc(), actor, w.id},
             what);
}

namespace {
Workshop workshopFrom(const QSqlQuery &q)
{
    Workshop w;
    w.id = q.value(0).toLongLong();
    w.title = q.value(1).toString();
    w.heldOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    w.place = q.value(3).toString();
    w.organiser = q.value(4).toString();
    w.notes = q.value(5).toString();
    w.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    w.createdAt.setTimeSpec(Qt::UTC);
    w.createdBy = q.value(7).toString();
    return w;
}
const char kWorkshopColumns[] = "SELECT id, title, held_on, place, organiser, notes, created_at, created_by FROM workshop ";
}   // namespace

Workshop WorkshopRepository::get(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, QString::fromLatin1(kWorkshopColumns) + QStringLiteral("WHERE id = ?"), {id},
                           tr("Reading the workshop"));
    if (!q.next())
        throw StorageError(tr("There is no workshop number %1 in this database.").arg(id));
    return workshopFrom(q);
}

bool WorkshopRepository::exists(qint64 id) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM workshop WHERE id = ?"), {id}, tr("Reading the workshop")).toInt() > 0;
}

QVector<Workshop> WorkshopRepository::list() const
{
    QSqlQuery q = Sql::run(m_db, QString::fromLatin1(kWorkshopColumns) + QStringLiteral("ORDER BY held_on DESC, id DESC"), {},
                           tr("Reading the workshops"));
    QVector<Workshop> out;
    while (q.next())
        out.append(workshopFrom(q));
    return out;
}

// ---------------------------------------------------------------- invitations

int WorkshopRepository::invite(qint64 workshopId, const InvitationScope &scope, const QString &actor)
{
    const QString what = tr("Inviting the cooperatives");
    get(workshopId);
    Transaction tx(m_db, what);
    QSet<qint64> already;
    for (qint64 id : invitedIds(workshopId))
        already.insert(id);
    QVector<qint64> chosen;
    if (scope.kind == InvitationScope::Kind::Cooperatives) {
        chosen = scope.cooperativeIds;
    } else {
        QString sql = QStringLiteral("SELECT id FROM cooperative");
        QVariantList values;
        if (scope.kind == InvitationScope::Kind::Districts) {
            if (scope.districtCodes.isEmpty())
                return 0;
            sql += QStringLiteral(" WHERE district_code IN (%1)").arg(Sql::placeholders(int(scope.districtCodes.size())));
            for (const QString &code : scope.districtCodes)
                values << code;
        }
        QSqlQuery q = Sql::run(m_db, sql, values, what);
        while (q.next())
            chosen.append(q.value(0).toLongLong());
    }
    BulkInsert insert(m_db, QStringLiteral("workshop_invitation"),
                      {QStringLiteral("workshop_id"), QStringLiteral("cooperative_id"), QStringLiteral("invited_at"),
                       QStringLiteral("invited_by")},
                      what);
    const QString now = Sql::nowUtc();
    int added = 0;
    for (qint64 id : chosen) {
        if (already.contains(id))
            continue;
        already.insert(id);
        insert.add({workshopId, id, now, actor});
        ++added;
    }
    insert.flush();
    recountInvited(workshopId);
    tx.commit();
    return added;
}

int WorkshopRepository::uninvite(qint64 workshopId, const QVector<qint64> &cooperativeIds)
{
    const QString what = tr("Removing invitations");
    Transaction tx(m_db, what);
    int removed = 0;
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("DELETE FROM workshop_invitation WHERE workshop_id = ? AND cooperative_id = ? "
                                                    "AND NOT EXISTS (SELECT 1 FROM attendance_event e WHERE e.workshop_id = ? "
                                                    "AND e.cooperative_id = ? AND e.current = 1)"),
                               what);
    for (qint64 id : cooperativeIds) {
        q.bindValue(0, workshopId);
        q.bindValue(1, id);
        q.bindValue(2, workshopId);
        q.bindValue(3, id);
        Sql::exec(q, what);
        removed += q.numRowsAffected();
    }
    recountInvited(workshopId);
    tx.commit();
    return removed;
}

// Rebuilds the per-kecamatan counters of a workshop; called inside the invitation transaction.
void WorkshopRepository::recountInvited(qint64 workshopId)
{
    const QString what = tr("Counting the invitations");
    Sql::run(m_db, QStringLiteral("DELETE FROM workshop_tally WHERE workshop_id = ?"), {workshopId}, what);
    Sql::run(m_db, QStringLiteral("INSERT INTO workshop_tally (workshop_id, district_code, invited, present) "
                                  "SELECT i.workshop_id, c.district_code, COUNT(*), COUNT(e.id) "
                                  "FROM workshop_invitation i JOIN cooperative c ON c.id = i.cooperative_id "
                                  "LEFT JOIN attendance_event e ON e.workshop_id = i.workshop_id AND e.cooperative_id = i.cooperative_id AND e.current = 1 "
                                  "WHERE i.workshop_id = ? GROUP BY i.workshop_id, c.district_code"),
             {workshopId}, what);
}

QVector<qint64> WorkshopRepository::invitedIds(qint64 workshopId) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT cooperative_id FROM workshop_invitation WHERE workshop_id = ? ORDER BY cooperative_id"),
                           {workshopId}, tr("Reading the invitations"));
    QVector<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

// ---------------------------------------------------------------- check-in

QVector<AttendanceEntry> WorkshopRepository::select(const QString &where, const QString &order, const QVariantList &values,
                                                    const QString &what, int limit) const
{
    QString sql = AttendanceRow::select() + QStringLiteral("WHERE i.workshop_id = ? ") + where;
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    RowReader rows(m_db, sql, values, what);
    QVector<AttendanceEntry> out;
    while (rows.next())
        out.append(AttendanceRow::read(rows));
    return out;
}

QVector<AttendanceEntry> WorkshopRepository::lookup(qint64 workshopId, const QString &typed, int limit) const
{
    const QString what = tr("Searching the invited cooperatives");
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const QString code = RegionCode::normaliseVillageCode(text);
    if (!code.isEmpty())
        return select(QStringLiteral("AND c.village_code = ?"), QString(), {workshopId, code}, what, limit);

    QString digits = text;
    digits.remove(QLatin1Char('.'));
    bool allDigits = !digits.isEmpty();
    for (const QChar ch : digits)
        allDigits = allDigits && ch.isDigit();
    if (allDigits && digits.size() < 10)
        return select(QStringLiteral("AND c.village_code LIKE ?"), QStringLiteral("c.village_code"),
                      {workshopId, dottedPrefix(digits) + QLatin1Char('%')}, what, limit);

    // Words of names: every word must appear in the cooperative's search text (name, village,
    // code, chair). Village name equal or starting with the text ranks first; absent before present.
    QString where;
    QVariantList values{workshopId};
    for (const QString &word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where += QStringLiteral("AND c.search_text LIKE ? ");
        values << QLatin1Char('%') + word + QLatin1Char('%');
    }
    const QString lower = text.toLower();
    values << lower << lower + QLatin1Char('%');
    return select(where, QStringLiteral("CASE WHEN lower(v.name) = ? THEN 0 WHEN lower(v.name) LIKE ? THEN 1 ELSE 2 END, "
                                        "CASE WHEN e.id IS NULL THEN 0 ELSE 1 END, v.name, c.village_code"),
                  values, what, limit);
}

WorkshopRepository::CodeLookup WorkshopRepository::findByCode(qint64 workshopId, const QString &typed) const
{
    CodeLookup r;
    r.villageCode = RegionCode::normaliseVillageCode(typed);
    if (r.villageCode.isEmpty())
        return r;
    const QString what = tr("Looking up the village code");
    const QVector<AttendanceEntry> found = select(QStringLiteral("AND c.village_code = ?"), QString(), {workshopId, r.villageCode}, what);
    if (!found.isEmpty()) {
        r.status = CodeLookup::Status::Found;
        r.entry = found.first();
        return r;
    }
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT c.id, c.name, v.name, c.district_code, d.name FROM cooperative c "
                                                "JOIN village v ON v.code = c.village_code JOIN district d ON d.code = c.district_code "
                                                "WHERE c.village_code = ?"),
                           {r.villageCode}, what);
    if (!q.next()) {
        r.status = CodeLookup::Status::Unknown;
        return r;
    }
    r.status = CodeLookup::Status::NotInvited;
    r.entry.cooperativeId = q.value(0).toLongLong();
    r.entry.villageCode = r.villageCode;
    r.entry.cooperativeName = q.value(1).toString();
    r.entry.villageName = q.value(2).toString();
    r.entry.districtCode = q.value(3).toString();
    r.entry.districtName = q.value(4).toString();
    return r;
}

AttendanceEntry WorkshopRepository::entry(qint64 workshopId, qint64 cooperativeId) const
{
    const QVector<AttendanceEntry> found = select(QStringLiteral("AND i.cooperative_id = ?"), QString(), {workshopId, cooperativeId},
                                                  tr("Reading the attendance"));
    return found.isEmpty() ? AttendanceEntry() : found.first();
}

namespace {
QString reopenedKey(qint64 workshopId)
{
    return QStringLiteral("workshop_reopened_on.%1").arg(workshopId);
}
}   // namespace

bool WorkshopRepository::isOpenForMarks(const Workshop &w) const
{
    const QDate today = QDate::currentDate();
    return today <= w.heldOn || SettingsRepository(m_db).value(reopenedKey(w.id)) == today.toString(Qt::ISODate);
}

void WorkshopRepository::reopenForToday(qint64 workshopId)
{
    get(workshopId);   // an unknown workshop says so
    SettingsRepository(m_db).setValue(reopenedKey(workshopId), QDate::currentDate().toString(Qt::ISODate),
                                      QCoreApplication::translate("WorkshopRepository", "Reopening workshop %1 for today's marks").arg(workshopId));
}

void WorkshopRepository::ensureOpenForMarks(qint64 workshopId) const
{
    const Workshop w = get(workshopId);
    if (!isOpenForMarks(w))
        throw StorageError(tr("The workshop \"%1\" of %2 has ended: its attendance is closed and nothing was recorded. "
                              "If a mark was really missed, reopen the workshop for today first.")
                               .arg(w.title, QLocale(QLocale::Indonesian).toString(w.heldOn, QStringLiteral("d MMMM yyyy"))));
}

MarkResult WorkshopRepository::markPresent(qint64 workshopId, qint64 cooperativeId, const QString &attendeeName,
                                           const QString &attendeeRole, const QString &actor)
{
    const QString what = tr("Marking attendance");
    // The check and the insert share one write transaction: a second facilitator scanning the
    // same card waits for this one and then finds the mark (and the unique index backs this up).
    Transaction tx(m_db, what);
    ensureOpenForMarks(workshopId);
    MarkResult result;
    result.entry = entry(workshopId, cooperativeId);
    if (result.entry.cooperativeId == 0) {
        result.status = MarkResult::Status::NotInvited;
        return result;
    }
    if (result.entry.present) {
        result.status = MarkResult::Status::AlreadyPresent;
        return result;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Sql::run(m_db, QStringLiteral("INSERT INTO attendance_event (workshop_id, cooperative_id, action, current, recorded_at, recorded_by, attendee_name, attendee_role) "
                                  "VALUES (?, ?, 'present', 1, ?, ?, ?, ?)"),
             {workshopId, cooperativeId, utcText(now), actor, Sql::textOrNull(attendeeName.trimmed()),
              Sql::textOrNull(attendeeRole.trimmed())},
             what);
    Sql::run(m_db, QStringLiteral("UPDATE workshop_tally SET present = present + 1 WHERE workshop_id = ? AND district_code = ?"),
             {workshopId, result.entry.districtCode}, what);
    tx.commit();
    result.status = MarkResult::Status::Marked;
    result.entry.present = true;
    result.entry.markedAt = now;
    result.entry.markedBy = actor;
    result.entry.attendeeName = attendeeName.trimmed();
    result.entry.attendeeRole = attendeeRole.trimmed();
    return result;
}

QString WorkshopRepository::recorder(const QString &name, const QString &desk)
{
    const QString who = name.simplified();
    const QString where = desk.simplified();
    if (where.isEmpty())
        return who;
    return who.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(who, where);
}

bool WorkshopRepository::takeBack(qint64 workshopId, qint64 cooperativeId, const QString &note, const QString &actor)
{
    const QString what = tr("Taking back the attendance mark");
    Transaction tx(m_db, what);
    ensureOpenForMarks(workshopId);
    const AttendanceEntry before = entry(workshopId, cooperativeId);
    if (!before.present)
        return false;
    Sql::run(m_db, QStringLiteral("UPDATE attendance_event SET current = 0 WHERE workshop_id = ? AND cooperative_id = ? AND current = 1"),
             {workshopId, cooperativeId}, what);
    Sql::run(m_db, QStringLiteral("INSERT INTO attendance_event (workshop_id, cooperative_id, action, current, recorded_at, recorded_by, note) "
                                  "VALUES (?, ?, 'withdrawn', 0, ?, ?, ?)"),
             {workshopId, cooperativeId, Sql::nowUtc(), actor, Sql::textOrNull(note.trimmed())}, what);
    Sql::run(m_db, QStringLiteral("UPDATE workshop_tally SET present = present - 1 WHERE workshop_id = ? AND district_code = ?"),
             {workshopId, before.districtCode}, what);
    tx.commit();
    return true;
}

int WorkshopRepository::importMarks(qint64 workshopId, const QVector<AttendanceEntry> &marks, const QString &actor)
{
    const QString what = tr("Recording attendance");
    Transaction tx(m_db, what);
    QSet<qint64> open;
    for (const AttendanceEntry &e : select(QStringLiteral("AND e.id IS NULL"), QString(), {workshopId}, what))
        open.insert(e.cooperativeId);
    BulkInsert insert(m_db, QStringLiteral("attendance_event"),
                      {QStringLiteral("workshop_id"), QStringLiteral("cooperative_id"), QStringLiteral("action"),
                       QStringLiteral("current"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by"),
                       QStringLiteral("attendee_name"), QStringLiteral("attendee_role")},
                      what);
    int marked = 0;
    for (const AttendanceEntry &m : marks) {
        if (!open.remove(m.cooperativeId))
            continue;
        insert.add({workshopId, m.cooperativeId, QStringLiteral("present"), 1, utcText(m.markedAt),
                    m.markedBy.isEmpty() ? actor : m.markedBy, Sql::textOrNull(m.attendeeName), Sql::textOrNull(m.attendeeRole)});
        ++marked;
    }
    insert.flush();
    recountInvited(workshopId);
    tx.commit();
    return marked;
}

// ---------------------------------------------------------------- figures and lists

AttendanceCounts WorkshopRepository::counts(qint64 workshopId) const
{
    const QString what = tr("Counting the attendance");
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT t.district_code, d.name, t.invited, t.present FROM workshop_tally t "
                                                    "JOIN district d ON d.code = t.district_code WHERE t.workshop_id = ? ORDER BY t.district_code"),
                               what);
    q.setForwardOnly(true);
    q.bindValue(0, workshopId);
    Sql::exec(q, what);
    AttendanceCounts c;
    while (q.next()) {
        DistrictAttendance d{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
        c.invited += d.invited;
        c.present += d.present;
        c.districts.append(d);
    }
    return c;
}

AttendanceCounts WorkshopRepository::totals(qint64 workshopId) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT COALESCE(SUM(invited), 0), COALESCE(SUM(present), 0) FROM workshop_tally WHERE workshop_id = ?"),
                           {workshopId}, tr("Counting the attendance"));
    AttendanceCounts c;
    if (q.next()) {
        c.invited = q.value(0).toInt();
        c.present = q.value(1).toInt();
    }
    return c;
}

DistrictAttendance WorkshopRepository::districtCounts(qint64 workshopId, const QString &districtCode) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT t.district_code, d.name, t.invited, t.present FROM workshop_tally t "
                                                "JOIN district d ON d.code = t.district_code WHERE t.workshop_id = ? AND t.district_code = ?"),
                           {workshopId, districtCode}, tr("Counting the attendance"));
    DistrictAttendance d;
    if (q.next())
        d = {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
    return d;
}

QVector<AttendanceEntry> WorkshopRepository::entries(qint64 workshopId) const
{
    return select(QString(), QStringLiteral("c.district_code, c.village_code"), {workshopId}, tr("Reading the attendance"));
}

QVector<AttendanceEntry> WorkshopRepository::attendees(qint64 workshopId) const
{
    return select(QStringLiteral("AND e.id IS NOT NULL"), QStringLiteral("e.recorded_at, e.id"), {workshopId}, tr("Reading the attendance"));
}

QVector<AttendanceEntry> WorkshopRepository::recentArrivals(qint64 workshopId, int limit) const
{
    return select(QStringLiteral("AND e.id IS NOT NULL"), QStringLiteral("e.recorded_at DESC, e.id DESC"), {workshopId},
                  tr("Reading the attendance"), limit);
}

QVector<AttendanceEntry> WorkshopRepository::absentees(qint64 workshopId) const
{
    return select(QStringLiteral("AND e.id IS NULL"), QStringLiteral("c.district_code, c.village_code"), {workshopId},
                  tr("Reading the absentees"));
}

QVector<AttendanceEvent> WorkshopRepository::history(qint64 workshopId, qint64 cooperativeId) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT id, action, current, recorded_at, recorded_by, attendee_name, attendee_role, note "
                                                "FROM attendance_event WHERE workshop_id = ? AND cooperative_id = ? ORDER BY id"),
                           {workshopId, cooperativeId}, tr("Reading the attendance history"));
    QVector<AttendanceEvent> out;
    while (q.next()) {
        AttendanceEvent e;
        e.id = q.value(0).toLongLong();
        e.cooperativeId = cooperativeId;
        e.action = q.value(1).toString() == QLatin1String("present") ? AttendanceEvent::Action::Present : AttendanceEvent::Action::Withdrawn;
        e.current = q.value(2).toInt() != 0;
        e.recordedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.recordedAt.setTimeSpec(Qt::UTC);
        e.recordedBy = q.value(4).toString();
        e.attendeeName = q.value(5).toString();
        e.attendeeRole = q.value(6).toString();
        e.note = q.value(7).toString();
        out.append(e);
    }
    return out;
}
