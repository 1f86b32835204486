#include "importer/importplanner.h"

#include "storage/cooperativerepository.h"
#include "importer/importrowmerge.h"
#include "importer/importrowreader.h"
#include "core/indonesianformat.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1) { return QCoreApplication::translate("ImportPlanner", s, c, n); }

QString quoted(const QString &s) { return QStringLiteral("\u201C%1\u201D").arg(s); }

QString rowMessage(int row, const QString &column, const QString &text)
{
    if (column.isEmpty())
        return QCoreApplication::translate("ImportPlanner", "Row %1: %2").arg(row).arg(text);
    return QCoreApplication::translate("ImportPlanner", "Row %1, column '%2': %3").arg(row).arg(column, text);
}

qint64 markKey(qint64 cooperativeId, int milestone) { return cooperativeId * 64 + milestone; }
}   // namespace

ImportPlanner::ImportPlanner(const ImportSnapshot &snapshot, const QVector<MilestoneDefinition> &milestones)
    : m_snapshot(snapshot), m_milestones(milestones)
{
}

QStringList ImportPlanner::milestoneCodes(const ColumnMapping &mapping)
{
    QStringList codes;
    for (const ColumnAssignment &a : mapping.columns)
        if ((a.field == ImportField::MilestoneStatus || a.field == ImportField::MilestoneDate) && !codes.contains(a.milestoneCode))
            codes << a.milestoneCode;
    return codes;
}

QList<int> ImportPlanner::fieldsRead(const ColumnMapping &mapping)
{
    QList<int> fields{ImportColumns::ChairName};
    for (const ColumnAssignment &a : mapping.columns) {
        const ImportColumns::Field f = ImportRowReader::fieldOf(a.field);
        if (f != ImportColumns::FieldCount && !fields.contains(f))
            fields << f;
    }
    return fields;
}

ImportPlan ImportPlanner::plan(const ImportTable &table, const HeaderDetection &detection, const ColumnMapping &mapping,
                               const ImportOptions &options, const QString &fileName) const
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.sheet = table.sheet;
    plan.headerRow = detection.headerRow;
    plan.headers = detection.headers;
    plan.mapping = mapping;
    plan.skipBadRows = options.skipBadRows;
    for (int c = 0; c < detection.headers.size(); ++c)
        if (mapping.at(c).field == ImportField::Ignored && !detection.headers.at(c).trimmed().isEmpty())
            plan.ignoredHeaders << detection.headers.at(c);

    auto fileProblem = [&plan](const QString &message) {
        plan.problems.append({ImportProblem::Kind::File, 0, QString(), message});
    };
    if (!detection.found) {
        fileProblem(detection.problem.isEmpty() ? tr("%1: no header row found; the first rows should name the columns (Kode Desa, Nama Desa, …).").arg(fileName)
                                                : detection.problem);
        return plan;
    }
    if (mapping.columnOf(ImportField::VillageCode) < 0 && mapping.columnOf(ImportField::VillageName) < 0) {
        fileProblem(tr("%1: no column holds the village code or the village name, so no row can be matched to a cooperative. "
                       "Choose which column holds the Kode Desa or the Nama Desa.")
                        .arg(fileName));
        return plan;
    }
    if (options.reachedOn.isValid() && options.reachedOn > options.today) {
        fileProblem(tr("The date for milestones reached without a date (%1) is in the future.").arg(IndonesianFormat::date(options.reachedOn)));
        return plan;
    }

    // 1. Every data row: which cooperative, and what each cell asks for.
    const QStringList codes = milestoneCodes(mapping);
    const ImportRowReader reader(m_snapshot, detection.headers, mapping, codes, options);
    QVector<RowIntent> intents = reader.read(table, detection.firstDataIndex(), &plan.footer);
    if (intents.isEmpty()) {
        fileProblem(tr("%1: there are no data rows under the header (row %2).").arg(fileName).arg(detection.headerRow));
        return plan;
    }

    // 2. Several rows for one cooperative: fine when they agree (merged into the first), both
    // rejected when they do not.
    const QHash<int, int> duplicateOf = mergeRowsPerCooperative(intents, m_snapshot);   // intent index -> row number of the first

    // 3. Against the database. The current marks of the file's milestones, by cooperative and
    // milestone: a hash lookup per row and milestone.
    QHash<qint64, int> markIndex;
    {
        QHash<QString, int> codeIndex;
        for (int i = 0; i < codes.size(); ++i)
            codeIndex.insert(codes.at(i), i);
        markIndex.reserve(m_snapshot.marks.size());
        for (int i = 0; i < m_snapshot.marks.size(); ++i) {
            const auto &m = m_snapshot.marks.at(i);
            const auto it = codeIndex.constFind(m.milestoneCode);
            if (it != codeIndex.constEnd())
                markIndex.insert(markKey(m.cooperativeId, *it), i);
        }
    }
    QList<int> needDateRows;
    for (int i = 0; i < intents.size(); ++i) {
        const RowIntent &in = intents.at(i);
        PlannedRow pr;
        pr.row = in.row;
        if (in.coop >= 0) {
            const auto &coop = m_snapshot.cooperatives.at(in.coop);
            pr.cooperativeId = coop.id;
            pr.villageCode = coop.villageCode;
            pr.cooperativeName = coop.name;
            const int v = reader.villageIndex(coop.villageCode);
            if (v >= 0) {
                pr.villageName = m_snapshot.villages.at(v).name;
                pr.districtName = m_snapshot.districtNames.value(m_snapshot.villages.at(v).districtCode);
            }
        } else {
            pr.villageName = in.villageText;
        }
        if (!in.issues.isEmpty()) {
            pr.status = in.ambiguous && in.issues.size() == 1 ? PlannedRow::Status::Ambiguous : PlannedRow::Status::Rejected;
            pr.candidates = in.candidates;
            for (const RowIssue &issue : in.issues) {
                const QString message = rowMessage(in.row, issue.column, issue.text);
                pr.reasons << message;
                plan.problems.append({pr.status == PlannedRow::Status::Ambiguous ? ImportProblem::Kind::Ambiguous : ImportProblem::Kind::Rejected,
                                      in.row, issue.column, message});
            }
            if (pr.status == PlannedRow::Status::Ambiguous)
                ++plan.ambiguous;
            ++plan.rejected;
            plan.rows.append(pr);
            continue;
        }
        if (duplicateOf.contains(i)) {
            pr.duplicateOf = duplicateOf.value(i);
            pr.status = PlannedRow::Status::Unchanged;
            ++plan.unchanged;
            plan.rows.append(pr);
            continue;
        }
        const auto &coop = m_snapshot.cooperatives.at(in.coop);
        for (int f = 0; f < ImportColumns::FieldCount; ++f) {
            if (in.values[f].isEmpty() || in.values[f] == coop.values[f])
                continue;
            pr.fields.append({f, in.headers[f], coop.values[f], in.values[f]});
        }
        bool needsDate = false;
        for (int m = 0; m < codes.size(); ++m) {
            const MilestoneIntent &want = in.milestones.at(m);
            if (!want.reached.has_value())
                continue;
            const int markAt = markIndex.value(markKey(coop.id, m), -1);
            const ImportSnapshot::Mark *mark = markAt >= 0 ? &m_snapshot.marks.at(markAt) : nullptr;
            const QString header = want.dateHeader.isEmpty() ? want.statusHeader : want.dateHeader;
            if (*want.reached) {
                QDate date = want.date;
                if (!date.isValid()) {
                    if (mark)
                        continue;   // reached already; "Ya" keeps its date
                    date = options.reachedOn;
                    if (!date.isValid()) {
                        needsDate = true;
                        continue;
                    }
                }
                if (mark && mark->reachedOn == date)
                    continue;
                PlannedMilestoneChange c;
                c.action = mark ? PlannedMilestoneChange::Action::Redate : PlannedMilestoneChange::Action::Reach;
                c.code = codes.at(m);
                c.header = header;
                c.oldDate = mark ? mark->reachedOn : QDate();
                c.oldEventId = mark ? mark->eventId : 0;
                c.newDate = date;
                pr.milestones.append(c);
            } else if (mark) {
                PlannedMilestoneChange c;
                c.action = PlannedMilestoneChange::Action::Withdraw;
                c.code = codes.at(m);
                c.header = want.statusHeader;
                c.oldDate = mark->reachedOn;
                c.oldEventId = mark->eventId;
                c.blocked = !options.allowWithdraw;
                pr.milestones.append(c);
                if (c.blocked) {
                    ++plan.conflicts;
                    QString name = c.code;
                    for (const MilestoneDefinition &d : m_milestones)
                        if (d.code == c.code)
                            name = d.name;
                    plan.problems.append({ImportProblem::Kind::Conflict, in.row, c.header,
                                          rowMessage(in.row, c.header,
                                                     tr("%1 says %2 is not reached, but %3 reached it on %4; not withdrawn unless withdrawals are allowed")
                                                         .arg(quoted(want.statusText), name, coop.name, IndonesianFormat::date(mark->reachedOn)))});
                }
            }
        }
        if (needsDate)
            needDateRows << in.row;
        const int applied = pr.appliedMilestones();
        pr.status = (pr.fields.isEmpty() && applied == 0) ? PlannedRow::Status::Unchanged : PlannedRow::Status::Changed;
        if (pr.status == PlannedRow::Status::Changed) {
            ++plan.changed;
            plan.fieldChanges += int(pr.fields.size());
            plan.milestoneChanges += applied;
        } else {
            ++plan.unchanged;
        }
        plan.rows.append(pr);
    }
    plan.needDate = int(needDateRows.size());
    if (!needDateRows.isEmpty()) {
        QStringList shown;
        for (int k = 0; k < needDateRows.size() && k < 10; ++k)
            shown << QString::number(needDateRows.at(k));
        if (needDateRows.size() > 10)
            shown << QStringLiteral("…");
        plan.problems.prepend({ImportProblem::Kind::File, 0, QString(),
                               tr("%n row(s) say a milestone was reached but give no date (rows %1). Give the date they were reached (%2), "
                                  "or add the dates to the file.",
                                  nullptr, int(needDateRows.size()))
                                   .arg(shown.join(QStringLiteral(", ")),
                                        options.reachedOnHint.isEmpty() ? QStringLiteral("--reached-on") : options.reachedOnHint)});
    }
    return plan;
}

ImportWrite ImportPlanner::toWrite(const ImportPlan &plan, const ImportSnapshot &snapshot, const ImportOptions &options)
{
    ImportWrite w;
    w.actor = options.actor;
    w.fileName = plan.fileName;
    w.sheet = plan.sheet;
    w.mappingJson = plan.mapping.toJson();
    w.rowsTotal = plan.rowCount();
    w.rowsChanged = plan.changed;
    w.rowsUnchanged = plan.unchanged;
    w.rowsRejected = plan.rejected;
    w.note = QCoreApplication::translate("ImportPlanner", "Import %1").arg(plan.fileName);
    for (const ImportProblem &p : plan.problems)
        if (p.kind != ImportProblem::Kind::File)
            w.problems.append({p.row, p.column, p.message});
    QHash<qint64, int> coopIndex;
    coopIndex.reserve(snapshot.cooperatives.size());
    for (int i = 0; i < snapshot.cooperatives.size(); ++i)
        coopIndex.insert(snapshot.cooperatives.at(i).id, i);
    QHash<QString, QString> villageNames;
    villageNames.reserve(snapshot.villages.size());
    for (const auto &v : snapshot.villages)
        villageNames.insert(v.code, v.name);
    for (const PlannedRow &r : plan.rows) {
        if (r.status != PlannedRow::Status::Changed)
            continue;
        if (!r.fields.isEmpty()) {
            const auto &coop = snapshot.cooperatives.at(coopIndex.value(r.cooperativeId));
            Cooperative c;
            c.name = coop.name;
            c.villageCode = coop.villageCode;
            c.villageName = villageNames.value(coop.villageCode);
            c.chairName = coop.values[ImportColumns::ChairName];
            bool searchedChanged = false;
            for (const PlannedFieldChange &f : r.fields) {
                w.fields.append({r.cooperativeId, f.field, f.oldValue, f.newValue});
                if (f.field == ImportColumns::ChairName) {
                    c.chairName = f.newValue;
                    searchedChanged = true;
                } else if (f.field == ImportColumns::Name) {
                    c.name = f.newValue;
                    searchedChanged = true;
                }
            }
            // The search box finds a cooperative by its name and its chair's name, as after an edit.
            w.cooperatives.append({r.cooperativeId, r.row, coop.updatedAt, coop.updatedBy, coop.searchText,
                                   searchedChanged ? CooperativeRepository::searchTextFor(c) : coop.searchText});
        }
        for (const PlannedMilestoneChange &m : r.milestones) {
            if (m.blocked)
                continue;
            ImportWrite::Milestone wm;
            wm.cooperativeId = r.cooperativeId;
            wm.code = m.code;
            wm.action = m.action == PlannedMilestoneChange::Action::Reach  ? ImportWrite::Milestone::Action::Reach
                      : m.action == PlannedMilestoneChange::Action::Redate ? ImportWrite::Milestone::Action::Redate
                                                                           : ImportWrite::Milestone::Action::Withdraw;
            wm.oldEventId = m.oldEventId;
            wm.oldDate = m.oldDate;
            wm.newDate = m.newDate;
            w.milestones.append(wm);
        }
    }
    return w;
}
