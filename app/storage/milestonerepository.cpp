#include "storage/milestonerepository.h"

#include <algorithm>

#include "storage/bulkinsert.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("MilestoneRepository", s); }
}

QVector<MilestoneDefinition> MilestoneRepository::definitions(bool includeRetired) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT code, name, label, phrase, position, retired FROM milestone %1 ORDER BY position, code").arg(includeRetired ? QString() : QStringLiteral("WHERE retired = 0")),
                           {}, tr("Reading milestones"));
    QVector<MilestoneDefinition> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toInt() != 0});
    return out;
}

void MilestoneRepository::addDefinition(const MilestoneDefinition &d)
{
    const QString what = tr("Adding the milestone");
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9_]{1,30}$"));
    if (!codeRe.match(d.code).hasMatch())
        throw StorageError(tr("The milestone code \"%1\" must start with a letter and use only lower-case letters, digits and _ (e.g. verifikasi_lahan).").arg(d.code));
    if (d.name.trimmed().isEmpty())
        throw StorageError(tr("The milestone needs a name."));
    if (Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM milestone WHERE code = ?"), {d.code}, what).toInt() > 0)
        throw StorageError(tr("A milestone with the code \"%1\" already exists (perhaps retired). Choose another code or bring that one back.").arg(d.code));
    const int position = Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM milestone"), {}, what).toInt();
    Sql::run(m_db, QStringLiteral("INSERT INTO milestone (code, name, label, phrase, position, retired) VALUES (?, ?, ?, ?, ?, 0)"),
             {d.code, d.name.trimmed(), d.label.trimmed().isEmpty() ? d.name.trimmed() : d.label.trimmed(),
              d.phrase.trimmed().isEmpty() ? d.name.trimmed() : d.phrase.trimmed(), position},
             what);
}

void MilestoneRepository::updateDefinition(const MilestoneDefinition &d)
{
    if (d.name.trimmed().isEmpty())
        throw StorageError(tr("The milestone needs a name."));
    Sql::run(m_db, QStringLiteral("UPDATE milestone SET name = ?, label = ?, phrase = ? WHERE code = ?"),
             {d.name.trimmed(), d.label.trimmed(), d.phrase.trimmed(), d.code}, tr("Renaming the milestone"));
}

void MilestoneRepository::setOrder(const QStringList &codes)
{
    const QString what = tr("Reordering milestones");
    Transaction tx(m_db, what);
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("UPDATE milestone SET position = ? WHERE code = ?"), what);
    for (int i = 0; i < codes.size(); ++i) {
        q.bindValue(0, i + 1);
        q.bindValue(1, codes.at(i));
        Sql::exec(q, what);
    }
    tx.commit();
}

void MilestoneRepository::setRetired(const QString &code, bool retired)
{
    Sql::run(m_db, QStringLiteral("UPDATE milestone SET retired = ? WHERE code = ?"), {retired ? 1 : 0, code},
             tr("Retiring the milestone"));
}

void MilestoneRepository::restoreDefinitions(const QVector<MilestoneDefinition> &snapshot)
{
    const QString what = tr("Restoring the milestone list");
    Transaction tx(m_db, what);
    QSet<QString> wanted;
    for (const MilestoneDefinition &d : snapshot)
        wanted.insert(d.code);
    for (const MilestoneDefinition &d : definitions(true)) {
        if (wanted.contains(d.code))
            continue;
        if (Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM milestone_event WHERE milestone_code = ?"), {d.code}, what).toInt() > 0)
            throw StorageError(tr("\"%1\" cannot be taken away again: dates have been recorded for it since. Retire it instead.").arg(d.name));
        Sql::run(m_db, QStringLiteral("DELETE FROM milestone WHERE code = ?"), {d.code}, what);
    }
    for (const MilestoneDefinition &d : snapshot)
        Sql::run(m_db, QStringLiteral("INSERT INTO milestone (code, name, label, phrase, position, retired) VALUES (?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (code) DO UPDATE SET name = excluded.name, label = excluded.label, "
                                      "phrase = excluded.phrase, position = excluded.position, retired = excluded.retired"),
                 {d.code, d.name, d.label, d.phrase, d.position, d.retired ? 1 : 0}, what);
    tx.commit();
}

QVector<MilestoneMark> MilestoneRepository::currentMarks(const QVector<qint64> &ids, const QString &code) const
{
    QVector<MilestoneMark> out;
    QHash<qint64, MilestoneMark> found;
    // Chunks keep the IN list under every engine's parameter limit.
    for (int start = 0; start < ids.size(); start += 500) {
        const auto chunk = ids.mid(start, 500);
        QVariantList values{code};
        for (qint64 id : chunk)
            values << id;
        QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT cooperative_id, reached_on, note FROM milestone_event "
                                                    "WHERE milestone_code = ? AND current = 1 AND cooperative_id IN (%1)")
                                         .arg(Sql::placeholders(int(chunk.size()))),
                               values, tr("Reading milestones"));
        while (q.next())
            found.insert(q.value(0).toLongLong(), {q.value(0).toLongLong(), code,
                                                   QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()});
    }
    for (qint64 id : ids)
        out.append(found.value(id, MilestoneMark{id, code, QDate(), QString()}));
    return out;
}

void MilestoneRepository::reachOne(qint64 id, const QString &code, const QDate &date, const QString &note,
                                   const QString &actor, const QString &now)
{
    const QString what = tr("Recording the milestone");
    Sql::run(m_db, QStringLiteral("UPDATE milestone_event SET current = 0 WHERE cooperative_id = ? AND milestone_code = ? AND current = 1"),
             {id, code}, what);
    Sql::run(m_db, QStringLiteral("INSERT INTO milestone_event (cooperative_id, milestone_code, action, reached_on, current, recorded_at, recorded_by, note) "
                                  "VALUES (?, ?, 'reach', ?, 1, ?, ?, ?)"),
             {id, code, date.toString(Qt::ISODate), now, actor, Sql::textOrNull(note)}, what);
}

void MilestoneRepository::unreachOne(qint64 id, const QString &code, const QString &note, const QString &actor,
                                     const QString &now)
{
    const QString what = tr("Withdrawing the milestone");
    Sql::run(m_db, QStringLiteral("UPDATE milestone_event SET current = 0 WHERE cooperative_id = ? AND milestone_code = ? AND current = 1"),
             {id, code}, what);
    Sql::run(m_db, QStringLiteral("INSERT INTO milestone_event (cooperative_id, milestone_code, action, reached_on, current, recorded_at, recorded_by, note) "
                                  "VALUES (?, ?, 'unreach', NULL, 0, ?, ?, ?)"),
             {id, code, now, actor, Sql::textOrNull(note)}, what);
}

QVector<MilestoneMark> MilestoneRepository::mark(const QVector<qint64> &ids, const QString &code, const QDate &date,
                                                 const QString &note, const QString &actor)
{
    if (!date.isValid())
        throw StorageError(tr("Choose the date the milestone was reached."));
    if (date > QDate::currentDate())
        throw StorageError(tr("The date %1 is in the future. A milestone can only be recorded once it has been reached.")
                               .arg(date.toString(Qt::ISODate)));
    return reach(ids, code, date, note, actor, false);
}

QVector<MilestoneMark> MilestoneRepository::redate(const QVector<qint64> &ids, const QString &code, const QDate &date,
                                                   const QString &note, const QString &actor)
{
    if (!date.isValid() || date > QDate::currentDate())
        throw StorageError(tr("Choose the date the milestone was reached, today at the latest."));
    return reach(ids, code, date, note, actor, true);
}

QVector<MilestoneMark> MilestoneRepository::reach(const QVector<qint64> &ids, const QString &code, const QDate &date,
                                                  const QString &note, const QString &actor, bool onlyReached)
{
    Transaction tx(m_db, tr("Recording the milestone"));
    QVector<MilestoneMark> previous;
    const QString now = Sql::nowUtc();
    for (const MilestoneMark &before : currentMarks(ids, code)) {
        if (before.reachedOn.isValid() != onlyReached || before.reachedOn == date)
            continue;
        reachOne(before.cooperativeId, code, date, note, actor, now);
        previous.append(before);
    }
    tx.commit();
    return previous;
}

int MilestoneRepository::reachedCount(const QVector<qint64> &ids, const QString &code) const
{
    const QVector<MilestoneMark> marks = currentMarks(ids, code);
    return int(std::count_if(marks.cbegin(), marks.cend(), [](const MilestoneMark &m) { return m.reachedOn.isValid(); }));
}

QVector<MilestoneMark> MilestoneRepository::unmark(const QVector<qint64> &ids, const QString &code, const QString &note,
                                                   const QString &actor)
{
    Transaction tx(m_db, tr("Withdrawing the milestone"));
    QVector<MilestoneMark> previous;
    const QString now = Sql::nowUtc();
    for (const MilestoneMark &before : currentMarks(ids, code)) {
        if (!before.reachedOn.isValid())
            continue;
        unreachOne(before.cooperativeId, code, note, actor, now);
        previous.append(before);
    }
    tx.commit();
    return previous;
}

void MilestoneRepository::restore(const QVector<MilestoneMark> &states, const QString &note, const QString &actor)
{
    Transaction tx(m_db, tr("Undoing the milestone change"));
    const QString now = Sql::nowUtc();
    for (const MilestoneMark &s : states) {
        if (s.reachedOn.isValid())
            reachOne(s.cooperativeId, s.milestoneCode, s.reachedOn, note, actor, now);
        else
            unreachOne(s.cooperativeId, s.milestoneCode, note, actor, now);
    }
    tx.commit();
}

QVector<MilestoneEvent> MilestoneRepository::history(qint64 cooperativeId) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT id, milestone_code, action, reached_on, current, recorded_at, recorded_by, note "
                                                "FROM milestone_event WHERE cooperative_id = ? ORDER BY id"),
                           {cooperativeId}, tr("Reading the history"));
    QVector<MilestoneEvent> out;
    while (q.next()) {
        MilestoneEvent e;
        e.id = q.value(0).toLongLong();
        e.cooperativeId = cooperativeId;
        e.milestoneCode = q.value(1).toString();
        e.action = q.value(2).toString() == QLatin1String("reach") ? MilestoneEvent::Action::Reach : MilestoneEvent::Action::Unreach;
        e.reachedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.current = q.value(4).toInt() != 0;
        e.recordedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        e.recordedBy = q.value(6).toString();
        e.note = q.value(7).toString();
        out.append(e);
    }
    return out;
}

void MilestoneRepository::insertMarks(const QVector<MilestoneMark> &marks, const QString &actor)
{
    BulkInsert insert(m_db, QStringLiteral("milestone_event"),
                      {QStringLiteral("cooperative_id"), QStringLiteral("milestone_code"), QStringLiteral("action"),
                       QStringLiteral("reached_on"), QStringLiteral("current"), QStringLiteral("recorded_at"),
                       QStringLiteral("recorded_by"), QStringLiteral("note")},
                      tr("Recording milestones"));
    const QString now = Sql::nowUtc();
    const QString reach = QStringLiteral("reach");
    for (const MilestoneMark &m : marks)
        insert.add({m.cooperativeId, m.milestoneCode, reach, m.reachedOn.toString(Qt::ISODate), 1, now, actor,
                    Sql::textOrNull(m.note)});
    insert.flush();
}
