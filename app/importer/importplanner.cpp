#include "importplanner.h"

#include "cooperativerepository.h"
#include "cooperativevalidator.h"
#include "importvalues.h"
#include "indonesianformat.h"
#include "regioncatalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1) { return QCoreApplication::translate("ImportPlanner", s, c, n); }

QString quoted(const QString &s) { return QStringLiteral("\u201C%1\u201D").arg(s); }

QString rowMessage(int row, const QString &column, const QString &text)
{
    if (column.isEmpty())
        return QCoreApplication::translate("ImportPlanner", "Row %1: %2").arg(row).arg(text);
    return QCoreApplication::translate("ImportPlanner", "Row %1, column '%2': %3").arg(row).arg(column, text);
}

// The national list, only for telling "outside the area" from "no such village" in a message.
const RegionCatalog *nationalCatalog()
{
    static const RegionCatalog *catalog = []() -> const RegionCatalog * {
        try {
            return new RegionCatalog();
        } catch (...) {
            return nullptr;
        }
    }();
    return catalog;
}

QString nationalVillageName(const QString &code)
{
    const RegionCatalog *c = nationalCatalog();
    if (!c)
        return QString();
    for (const RegionEntry &v : c->villages())
        if (v.code == code)
            return v.name;
    return QString();
}

struct Issue
{
    QString column;
    QString text;
};

struct MilestoneIntent
{
    std::optional<bool> reached;
    QDate date;
    QString statusHeader;
    QString dateHeader;
    QString statusText;   // as written, for messages
    bool present() const { return reached.has_value() || date.isValid(); }
};

struct RowIntent
{
    int tableIndex = 0;
    int row = 0;
    int coop = -1;
    QString values[ImportColumns::FieldCount];
    QString headers[ImportColumns::FieldCount];
    QVector<MilestoneIntent> milestones;
    QVector<Issue> issues;
    bool ambiguous = false;
    QVector<VillageCandidate> candidates;
    QString villageText;
};

ImportColumns::Field columnFor(ImportField f)
{
    switch (f) {
    case ImportField::ChairName: return ImportColumns::ChairName;
    case ImportField::ChairPhone: return ImportColumns::ChairPhone;
    case ImportField::Phone: return ImportColumns::Phone;
    case ImportField::LegalNumber: return ImportColumns::LegalNumber;
    case ImportField::LegalDate: return ImportColumns::LegalDate;
    case ImportField::NikKoperasi: return ImportColumns::NikKoperasi;
    case ImportField::Npwp: return ImportColumns::Npwp;
    case ImportField::Nib: return ImportColumns::Nib;
    case ImportField::MemberCount: return ImportColumns::MemberCount;
    default: return ImportColumns::FieldCount;
    }
}

QString futureText(const QDate &date, const QDate &today)
{
    return QCoreApplication::translate("ImportPlanner", "%1 is in the future; enter the date it actually happened (today, %2, at the latest)")
        .arg(IndonesianFormat::date(date), IndonesianFormat::date(today));
}

QString nikText(const ImportCell &cell)
{
    QString t;
    if (cell.kind == ImportCell::Kind::Number && cell.number >= 0 && cell.number < 1e16)
        t = QString::number(qint64(cell.number));
    else
        t = cell.text.trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t = t.mid(1);
    t.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    return t;
}

qint64 markKey(qint64 cooperativeId, int milestone) { return cooperativeId * 64 + milestone; }

// Fast paths for the forms nearly every cell of a large file has: "12.08.30.2002",
// "04/10/2025" or "2025-10-04", "0812-6011-2345". They give what ImportValues gives for those
// forms; anything else (and any failure, for its message) goes through ImportValues.
bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

int digitsAt(const QString &t, int from, int n)
{
    int v = 0;
    for (int i = from; i < from + n; ++i) {
        if (!isDigit(t.at(i)))
            return -1;
        v = v * 10 + (t.at(i).unicode() - '0');
    }
    return v;
}

QString quickVillageCode(const ImportCell &cell)
{
    if (cell.kind != ImportCell::Kind::Text || cell.text.size() != 13)
        return QString();
    const QString &t = cell.text;
    if (t.at(2) != QLatin1Char('.') || t.at(5) != QLatin1Char('.') || t.at(8) != QLatin1Char('.'))
        return QString();
    if (digitsAt(t, 0, 2) < 0 || digitsAt(t, 3, 2) < 0 || digitsAt(t, 6, 2) < 0 || digitsAt(t, 9, 4) < 0)
        return QString();
    return t;
}

QDate quickDate(const ImportCell &cell)
{
    if (cell.kind == ImportCell::Kind::Date)
        return cell.date;
    if (cell.kind != ImportCell::Kind::Text || cell.text.size() != 10)
        return QDate();
    const QString &t = cell.text;
    if (t.at(2) == QLatin1Char('/') && t.at(5) == QLatin1Char('/')) {
        const int d = digitsAt(t, 0, 2), m = digitsAt(t, 3, 2), y = digitsAt(t, 6, 4);
        return d > 0 && m > 0 && y > 0 ? QDate(y, m, d) : QDate();
    }
    if (t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
        const int y = digitsAt(t, 0, 4), m = digitsAt(t, 5, 2), d = digitsAt(t, 8, 2);
        return d > 0 && m > 0 && y > 0 ? QDate(y, m, d) : QDate();
    }
    return QDate();
}

QString quickPhone(const ImportCell &cell)
{
    if (cell.kind != ImportCell::Kind::Text || cell.text.size() > 20)
        return QString();
    QString digits;
    digits.reserve(cell.text.size());
    for (const QChar c : cell.text) {
        if (isDigit(c))
            digits.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' '))
            return QString();
    }
    // CooperativeValidator::normalisePhone's form: ^0[1-9][0-9]{7,12}$
    if (digits.size() < 9 || digits.size() > 14 || digits.at(0) != QLatin1Char('0') || digits.at(1) == QLatin1Char('0'))
        return QString();
    return digits;
}
} // namespace

int PlannedRow::appliedMilestones() const
{
    int n = 0;
    for (const PlannedMilestoneChange &m : milestones)
        if (!m.blocked)
            ++n;
    return n;
}

bool ImportPlan::hasFileProblem() const
{
    for (const ImportProblem &p : problems)
        if (p.kind == ImportProblem::Kind::File)
            return true;
    return false;
}

bool ImportPlan::accepted() const
{
    if (hasFileProblem() || rows.isEmpty())
        return false;
    return rejected == 0 || (skipBadRows && rejected < rowCount());
}

QByteArray ImportPlan::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const PlannedRow &r : rows) {
        h.addData(QByteArray::number(r.row) + ':' + QByteArray::number(int(r.status)) + ':' + QByteArray::number(r.cooperativeId) + ';');
        for (const PlannedFieldChange &f : r.fields)
            h.addData((QString::number(f.field) + QLatin1Char('=') + f.oldValue + QChar(0x1F) + f.newValue + QChar(0x1E)).toUtf8());
        for (const PlannedMilestoneChange &m : r.milestones)
            h.addData((m.code + QLatin1Char(':') + QString::number(int(m.action)) + QLatin1Char(':') + QString::number(m.oldEventId)
                       + m.oldDate.toString(Qt::ISODate) + m.newDate.toString(Qt::ISODate) + (m.blocked ? QLatin1Char('b') : QLatin1Char('a')))
                          .toUtf8());
    }
    return h.result();
}

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
        const ImportColumns::Field f = columnFor(a.field);
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
    const int codeColumn = mapping.columnOf(ImportField::VillageCode);
    const int nameColumn = mapping.columnOf(ImportField::VillageName);
    const int districtColumn = mapping.columnOf(ImportField::DistrictName);
    if (codeColumn < 0 && nameColumn < 0) {
        fileProblem(tr("%1: no column holds the village code or the village name, so no row can be matched to a cooperative. "
                       "Choose which column holds the Kode Desa or the Nama Desa.").arg(fileName));
        return plan;
    }
    if (options.reachedOn.isValid() && options.reachedOn > options.today) {
        fileProblem(tr("The date for milestones reached without a date (%1) is in the future.").arg(IndonesianFormat::date(options.reachedOn)));
        return plan;
    }

    // Indexes over the snapshot: hash lookups per row, never a query.
    const QStringList codes = milestoneCodes(mapping);
    QHash<QString, int> coopByVillage;
    coopByVillage.reserve(m_snapshot.cooperatives.size());
    for (int i = 0; i < m_snapshot.cooperatives.size(); ++i)
        coopByVillage.insert(m_snapshot.cooperatives.at(i).villageCode, i);
    QHash<QString, int> villageByCode;
    villageByCode.reserve(m_snapshot.villages.size());
    for (int i = 0; i < m_snapshot.villages.size(); ++i)
        villageByCode.insert(m_snapshot.villages.at(i).code, i);
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
    QHash<QString, QVector<int>> villagesByName;
    QHash<QString, QString> districtKey;   // district code -> name key
    if (nameColumn >= 0) {
        for (int i = 0; i < m_snapshot.villages.size(); ++i)
            villagesByName[ImportValues::villageNameKey(m_snapshot.villages.at(i).name)].append(i);
        for (auto it = m_snapshot.districtNames.constBegin(); it != m_snapshot.districtNames.constEnd(); ++it)
            districtKey.insert(it.key(), ImportValues::villageNameKey(it.value()));
    }
    const QString codeHeader = detection.headers.value(codeColumn);
    const QString nameHeader = detection.headers.value(nameColumn);
    const CooperativeValidator validator(options.today);

    // 1. Every data row: which cooperative, and what each cell asks for.
    QVector<RowIntent> intents;
    const int first = detection.firstDataIndex();
    intents.reserve(qMax(0, int(table.rows.size()) - first));
    for (int t = first; t < table.rows.size(); ++t) {
        const ImportRow &row = table.rows.at(t);
        intents.append(RowIntent());
        RowIntent &in = intents.last();
        in.tableIndex = t;
        in.row = row.number;
        in.milestones.resize(codes.size());
        static const ImportCell empty;
        auto cellAt = [&row](int c) -> const ImportCell & { return c >= 0 && c < row.cells.size() ? row.cells.at(c) : empty; };

        // The village.
        const ImportCell &codeCell = cellAt(codeColumn);
        const ImportCell &nameCell = cellAt(nameColumn);
        if (codeColumn >= 0 && !codeCell.isEmpty()) {
            QString code = quickVillageCode(codeCell);
            if (!coopByVillage.contains(code))
                code = ImportValues::parseVillageCode(codeCell);
            in.villageText = codeCell.text.trimmed();
            if (code.isEmpty()) {
                in.issues.append({codeHeader, tr("%1 is not a village code; write the Kemendagri code of 10 digits, like 12.08.30.2002")
                                                  .arg(quoted(codeCell.text.trimmed()))});
            } else if (const auto it = coopByVillage.constFind(code); it != coopByVillage.constEnd()) {
                in.coop = *it;
            } else if (villageByCode.contains(code)) {
                in.issues.append({codeHeader, tr("village %1 %2 has no cooperative in the registry yet; add it first")
                                                  .arg(code, m_snapshot.villages.at(villageByCode.value(code)).name)});
            } else {
                const QString national = nationalVillageName(code);
                if (!national.isEmpty())
                    in.issues.append({codeHeader, tr("%1 %2 is outside the office's area (%3); this file may be meant for another office")
                                                      .arg(code, national, m_snapshot.areaName)});
                else
                    in.issues.append({codeHeader, tr("village code %1 does not exist in the Kemendagri list; check the code").arg(code)});
            }
        } else if (nameColumn >= 0 && !nameCell.isEmpty()) {
            const QString name = ImportValues::cellText(nameCell);
            in.villageText = name;
            QVector<int> found = villagesByName.value(ImportValues::villageNameKey(name));
            const ImportCell &districtCell = cellAt(districtColumn);
            QString districtText;
            if (districtColumn >= 0 && !districtCell.isEmpty()) {
                districtText = ImportValues::cellText(districtCell);
                const QString key = ImportValues::villageNameKey(districtText);
                QVector<int> inDistrict;
                for (int v : std::as_const(found))
                    if (districtKey.value(m_snapshot.villages.at(v).districtCode) == key)
                        inDistrict.append(v);
                found = inDistrict;
            }
            const QString chosen = options.chosenVillages.value(in.row);
            if (!chosen.isEmpty()) {
                for (int v : std::as_const(found))
                    if (m_snapshot.villages.at(v).code == chosen)
                        found = {v};
            }
            if (found.isEmpty()) {
                in.issues.append({nameHeader, districtText.isEmpty()
                                                  ? tr("no village called %1 in the office's area; check the spelling or add a Kode Desa column").arg(quoted(name))
                                                  : tr("no village called %1 in kecamatan %2; check the spelling or add a Kode Desa column")
                                                        .arg(quoted(name), quoted(districtText))});
            } else if (found.size() > 1) {
                in.ambiguous = true;
                QStringList list;
                for (int v : std::as_const(found)) {
                    const auto &village = m_snapshot.villages.at(v);
                    const QString district = m_snapshot.districtNames.value(village.districtCode);
                    in.candidates.append({village.code, village.name, district});
                    list << tr("%1 (%2, kecamatan %3)").arg(village.code, village.name, district);
                }
                in.issues.append({nameHeader, tr("%1 fits %n villages: %2; choose one, or add a Kode Desa column", nullptr, int(found.size()))
                                                  .arg(quoted(name), list.join(QStringLiteral(", ")))});
            } else {
                const QString code = m_snapshot.villages.at(found.first()).code;
                const auto it = coopByVillage.constFind(code);
                if (it != coopByVillage.constEnd())
                    in.coop = *it;
                else
                    in.issues.append({nameHeader, tr("village %1 %2 has no cooperative in the registry yet; add it first")
                                                      .arg(code, m_snapshot.villages.at(found.first()).name)});
            }
        } else {
            in.issues.append({QString(), tr("no village code or village name, so the row cannot be matched to a cooperative "
                                             "(a totals line or a note can be removed from the file)")});
        }

        // The cells.
        for (int c = 0; c < mapping.columns.size(); ++c) {
            const ColumnAssignment &a = mapping.columns.at(c);
            if (a.field == ImportField::Ignored || a.field == ImportField::VillageCode || a.field == ImportField::VillageName
                || a.field == ImportField::DistrictName)
                continue;
            const ImportCell &cell = cellAt(c);
            if (cell.isEmpty())
                continue;   // an empty cell never erases anything
            const QString header = detection.headers.value(c);
            QString problem;
            if (a.field == ImportField::MilestoneStatus || a.field == ImportField::MilestoneDate) {
                MilestoneIntent &m = in.milestones[codes.indexOf(a.milestoneCode)];
                if (a.field == ImportField::MilestoneStatus) {
                    const ImportValues::MilestoneValue v = ImportValues::parseMilestone(cell, &problem);
                    m.statusHeader = header;
                    m.statusText = cell.text.trimmed();
                    if (!problem.isEmpty()) {
                        in.issues.append({header, problem});
                        continue;
                    }
                    m.reached = v.reached;
                    if (v.date.isValid() && !m.date.isValid())
                        m.date = v.date;
                } else {
                    QDate d = quickDate(cell);
                    if (!d.isValid())
                        d = ImportValues::parseDate(cell, &problem);
                    m.dateHeader = header;
                    if (!problem.isEmpty() || !d.isValid()) {
                        in.issues.append({header, problem.isEmpty() ? tr("%1 is not a date").arg(quoted(cell.text.trimmed())) : problem});
                        continue;
                    }
                    m.date = d;
                }
                if (m.date.isValid() && m.date > options.today) {
                    in.issues.append({header, futureText(m.date, options.today)});
                    m.date = QDate();
                }
                continue;
            }
            const ImportColumns::Field field = columnFor(a.field);
            if (field == ImportColumns::FieldCount)
                continue;
            QString value;
            switch (a.field) {
            case ImportField::ChairName:
                value = ImportValues::cellText(cell);
                break;
            case ImportField::ChairPhone:
            case ImportField::Phone:
                value = quickPhone(cell);
                if (value.isEmpty())
                    value = ImportValues::parsePhone(cell, &problem);
                break;
            case ImportField::LegalNumber:
                value = ImportValues::parseLegalNumber(cell, &problem);
                break;
            case ImportField::LegalDate: {
                QDate d = quickDate(cell);
                if (!d.isValid())
                    d = ImportValues::parseDate(cell, &problem);
                if (problem.isEmpty() && d.isValid() && d > options.today)
                    problem = futureText(d, options.today);
                else if (problem.isEmpty() && !d.isValid())
                    problem = tr("%1 is not a date").arg(quoted(cell.text.trimmed()));
                if (problem.isEmpty())
                    value = d.toString(Qt::ISODate);
                break;
            }
            case ImportField::NikKoperasi:
                value = nikText(cell);
                if (!CooperativeValidator::isValidNikKoperasi(value)) {
                    problem = tr("%1 is not a Nomor Induk Koperasi: it has 16 digits (a person's KTP number does not belong here)")
                                  .arg(quoted(cell.text.trimmed()));
                    value.clear();
                }
                break;
            case ImportField::Npwp:
            case ImportField::Nib:
                value = ImportValues::cellText(cell);
                break;
            case ImportField::MemberCount: {
                const int n = ImportValues::parseCount(cell, &problem);
                if (n >= 0 && problem.isEmpty())
                    value = QString::number(n);
                break;
            }
            default:
                break;
            }
            if (!problem.isEmpty()) {
                in.issues.append({header, problem});
                continue;
            }
            if (value.isEmpty())
                continue;
            // Two columns for one field ("No HP" and "HP Ketua"): they must agree.
            if (!in.values[field].isEmpty() && in.values[field] != value) {
                in.issues.append({header, tr("%1 disagrees with column '%2' (%3)").arg(quoted(value), in.headers[field], quoted(in.values[field]))});
                continue;
            }
            in.values[field] = value;
            in.headers[field] = header;
        }
        for (int i = 0; i < codes.size(); ++i) {
            MilestoneIntent &m = in.milestones[i];
            if (m.reached == std::optional<bool>(false) && m.date.isValid()) {
                in.issues.append({m.statusHeader, tr("%1 says not reached, but column '%2' gives a date; clear one of them")
                                                      .arg(quoted(m.statusText), m.dateHeader.isEmpty() ? m.statusHeader : m.dateHeader)});
                m = MilestoneIntent();
            } else if (!m.reached.has_value() && m.date.isValid()) {
                m.reached = true;
            }
        }
    }
    if (intents.isEmpty()) {
        fileProblem(tr("%1: there are no data rows under the header (row %2).").arg(fileName).arg(detection.headerRow));
        return plan;
    }

    // 2. Several rows for one cooperative: fine when they agree (merged into the first), both
    // rejected when they do not.
    QHash<int, int> firstRowOfCoop;   // cooperative index -> intent index
    QHash<int, QVector<int>> groups;
    for (int i = 0; i < intents.size(); ++i) {
        const RowIntent &in = intents.at(i);
        if (in.coop < 0 || !in.issues.isEmpty())
            continue;
        if (!firstRowOfCoop.contains(in.coop))
            firstRowOfCoop.insert(in.coop, i);
        groups[in.coop].append(i);
    }
    QHash<int, int> duplicateOf;   // intent index -> row number of the first
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QVector<int> &g = it.value();
        if (g.size() < 2)
            continue;
        RowIntent merged = intents.at(g.first());
        QStringList disagreeing;
        for (int k = 1; k < g.size(); ++k) {
            const RowIntent &other = intents.at(g.at(k));
            for (int f = 0; f < ImportColumns::FieldCount; ++f) {
                if (other.values[f].isEmpty())
                    continue;
                if (merged.values[f].isEmpty()) {
                    merged.values[f] = other.values[f];
                    merged.headers[f] = other.headers[f];
                } else if (merged.values[f] != other.values[f] && !disagreeing.contains(other.headers[f])) {
                    disagreeing << other.headers[f];
                }
            }
            for (int m = 0; m < codes.size(); ++m) {
                const MilestoneIntent &o = other.milestones.at(m);
                MilestoneIntent &mine = merged.milestones[m];
                if (!o.present())
                    continue;
                if (!mine.present()) {
                    mine = o;
                } else if (mine.reached != o.reached || (mine.date.isValid() && o.date.isValid() && mine.date != o.date)) {
                    const QString h = o.dateHeader.isEmpty() ? o.statusHeader : o.dateHeader;
                    if (!disagreeing.contains(h))
                        disagreeing << h;
                } else if (!mine.date.isValid()) {
                    mine.date = o.date;
                }
            }
        }
        const auto &coop = m_snapshot.cooperatives.at(it.key());
        if (!disagreeing.isEmpty()) {
            QStringList rowNumbers;
            for (int i : g)
                rowNumbers << QString::number(intents.at(i).row);
            QStringList columns;
            for (const QString &h : std::as_const(disagreeing))
                columns << QStringLiteral("'%1'").arg(h);
            for (int i : g)
                intents[i].issues.append({QString(), tr("rows %1 are all %2 %3 but disagree in %4; keep one row for it")
                                                         .arg(rowNumbers.join(QStringLiteral(", ")), coop.villageCode, coop.name,
                                                              columns.join(QStringLiteral(", ")))});
        } else {
            intents[g.first()] = merged;
            for (int k = 1; k < g.size(); ++k)
                duplicateOf.insert(g.at(k), intents.at(g.first()).row);
        }
    }

    // 3. Against the database.
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
            const int v = villageByCode.value(coop.villageCode, -1);
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
            for (const Issue &issue : in.issues) {
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
                                  "or add the dates to the file.", nullptr, int(needDateRows.size()))
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
            bool chairChanged = false;
            for (const PlannedFieldChange &f : r.fields) {
                w.fields.append({r.cooperativeId, f.field, f.oldValue, f.newValue});
                if (f.field == ImportColumns::ChairName) {
                    c.chairName = f.newValue;
                    chairChanged = true;
                }
            }
            // The search box finds a cooperative by its chair's name too, as after an edit.
            w.cooperatives.append({r.cooperativeId, r.row, coop.updatedAt, coop.updatedBy, coop.searchText,
                                   chairChanged ? CooperativeRepository::searchTextFor(c) : coop.searchText});
        }
        for (const PlannedMilestoneChange &m : r.milestones) {
            if (m.blocked)
                continue;
            ImportWrite::Milestone wm;
            wm.cooperativeId = r.cooperativeId;
            wm.code = m.code;
            wm.action = m.action == PlannedMilestoneChange::Action::Reach    ? ImportWrite::Milestone::Action::Reach
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
