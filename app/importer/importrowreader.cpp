#include "importer/importrowreader.h"

#include "import/sheetfooter.h"

#include "core/cooperativevalidator.h"
#include "importer/importfastforms.h"
#include "import/importvalues.h"
#include "core/indonesianformat.h"
#include "io/regioncatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

// The messages belong to ImportPlanner's translation context, as before the reading had a class
// of its own: each is written out as QCoreApplication::translate("ImportPlanner", …) so that
// lupdate finds it there (a tr() here would be filed under ImportRowReader).

namespace {
QString quoted(const QString &s) { return QStringLiteral("\u201C%1\u201D").arg(s); }

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

QString futureText(const QDate &date, const QDate &today)
{
    return QCoreApplication::translate("ImportPlanner", "%1 is in the future; enter the date it actually happened (today, %2, at the latest)")
        .arg(IndonesianFormat::date(date), IndonesianFormat::date(today));
}

QString notADateText(const ImportCell &cell)
{
    return QCoreApplication::translate("ImportPlanner", "%1 is not a date").arg(quoted(cell.text.trimmed()));
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

// A short row (a sheet stores no trailing empty cells) reads as empty beyond its end.
const ImportCell &cellAt(const ImportRow &row, int c)
{
    static const ImportCell empty;
    return c >= 0 && c < row.cells.size() ? row.cells.at(c) : empty;
}
}   // namespace

ImportRowReader::ImportRowReader(const ImportSnapshot &snapshot, const QStringList &headers, const ColumnMapping &mapping,
                                 const QStringList &milestoneCodes, const ImportOptions &options)
    : m_snapshot(snapshot),
      m_headers(headers),
      m_mapping(mapping),
      m_codes(milestoneCodes),
      m_options(options),
      m_codeColumn(mapping.columnOf(ImportField::VillageCode)),
      m_nameColumn(mapping.columnOf(ImportField::VillageName)),
      m_districtColumn(mapping.columnOf(ImportField::DistrictName)),
      m_codeHeader(headers.value(m_codeColumn)),
      m_nameHeader(headers.value(m_nameColumn))
{
    m_coopByVillage.reserve(m_snapshot.cooperatives.size());
    for (int i = 0; i < m_snapshot.cooperatives.size(); ++i)
        m_coopByVillage.insert(m_snapshot.cooperatives.at(i).villageCode, i);
    m_villageByCode.reserve(m_snapshot.villages.size());
    for (int i = 0; i < m_snapshot.villages.size(); ++i)
        m_villageByCode.insert(m_snapshot.villages.at(i).code, i);
    if (m_nameColumn >= 0) {
        for (int i = 0; i < m_snapshot.villages.size(); ++i)
            m_villagesByName[ImportValues::villageNameKey(m_snapshot.villages.at(i).name)].append(i);
        for (auto it = m_snapshot.districtNames.constBegin(); it != m_snapshot.districtNames.constEnd(); ++it)
            m_districtKey.insert(it.key(), ImportValues::villageNameKey(it.value()));
    }
}

ImportColumns::Field ImportRowReader::fieldOf(ImportField field)
{
    switch (field) {
    case ImportField::ChairName: return ImportColumns::ChairName;
    case ImportField::ChairPhone: return ImportColumns::ChairPhone;
    case ImportField::Phone: return ImportColumns::Phone;
    case ImportField::LegalNumber: return ImportColumns::LegalNumber;
    case ImportField::LegalDate: return ImportColumns::LegalDate;
    case ImportField::NikKoperasi: return ImportColumns::NikKoperasi;
    case ImportField::Npwp: return ImportColumns::Npwp;
    case ImportField::Nib: return ImportColumns::Nib;
    case ImportField::MemberCount: return ImportColumns::MemberCount;
    case ImportField::CooperativeName: return ImportColumns::Name;
    case ImportField::SecretaryName: return ImportColumns::SecretaryName;
    case ImportField::SecretaryPhone: return ImportColumns::SecretaryPhone;
    case ImportField::TreasurerName: return ImportColumns::TreasurerName;
    case ImportField::TreasurerPhone: return ImportColumns::TreasurerPhone;
    default: return ImportColumns::FieldCount;
    }
}

QVector<RowIntent> ImportRowReader::read(const ImportTable &table, int first, ImportFooterRows *footer) const
{
    QVector<RowIntent> intents;
    intents.reserve(qMax(0, int(table.rows.size()) - first));
    SheetFooter foot(m_codeColumn, m_nameColumn);
    for (int t = first; t < table.rows.size(); ++t) {
        const ImportRow &row = table.rows.at(t);
        switch (foot.classify(row)) {
        case SheetFooter::Kind::Totals:
            footer->totals.append(row.number);
            continue;
        case SheetFooter::Kind::Signature:
            footer->signature.append(row.number);
            continue;
        case SheetFooter::Kind::None:
            break;
        }
        // Filled in place: a row's intent is never copied.
        intents.append(RowIntent());
        RowIntent &in = intents.last();
        in.tableIndex = t;
        in.row = row.number;
        in.milestones.resize(m_codes.size());
        readVillage(row, in);
        readCells(row, in);
        settleMilestones(in);
    }
    return intents;
}

void ImportRowReader::readVillage(const ImportRow &row, RowIntent &in) const
{
    const ImportCell &codeCell = cellAt(row, m_codeColumn);
    const ImportCell &nameCell = cellAt(row, m_nameColumn);
    if (m_codeColumn >= 0 && !codeCell.isEmpty())
        readVillageCode(codeCell, in);
    else if (m_nameColumn >= 0 && !nameCell.isEmpty())
        readVillageName(row, nameCell, in);
    else
        in.issues.append({QString(),
                          QCoreApplication::translate("ImportPlanner", "no village code or village name, so the row cannot be matched to a cooperative "
                                                                       "(a totals line or a note can be removed from the file)")});
}

void ImportRowReader::readVillageCode(const ImportCell &cell, RowIntent &in) const
{
    QString code = ImportFastForms::villageCode(cell);
    if (!m_coopByVillage.contains(code))
        code = ImportValues::parseVillageCode(cell);
    in.villageText = cell.text.trimmed();
    if (code.isEmpty()) {
        in.issues.append({m_codeHeader,
                          QCoreApplication::translate("ImportPlanner", "%1 is not a village code; write the Kemendagri code of 10 digits, like 12.08.30.2002")
                              .arg(quoted(cell.text.trimmed()))});
    } else if (const auto it = m_coopByVillage.constFind(code); it != m_coopByVillage.constEnd()) {
        in.coop = *it;
    } else if (m_villageByCode.contains(code)) {
        in.issues.append({m_codeHeader,
                          QCoreApplication::translate("ImportPlanner", "village %1 %2 has no cooperative in the registry yet; add it first")
                              .arg(code, m_snapshot.villages.at(m_villageByCode.value(code)).name)});
    } else {
        const QString national = nationalVillageName(code);
        if (!national.isEmpty())
            in.issues.append({m_codeHeader,
                              QCoreApplication::translate("ImportPlanner", "%1 %2 is outside the office's area (%3); this file may be meant for another office")
                                  .arg(code, national, m_snapshot.areaName)});
        else
            in.issues.append({m_codeHeader,
                              QCoreApplication::translate("ImportPlanner", "village code %1 does not exist in the Kemendagri list; check the code").arg(code)});
    }
}

QStringList ImportRowReader::offerVillages(const QVector<int> &villages, RowIntent &in) const
{
    in.ambiguous = true;
    QStringList named;
    for (int v : villages) {
        const auto &village = m_snapshot.villages.at(v);
        const QString district = m_snapshot.districtNames.value(village.districtCode);
        in.candidates.append({village.code, village.name, district});
        named << QCoreApplication::translate("ImportPlanner", "%1 (%2, kecamatan %3)").arg(village.code, village.name, district);
    }
    return named;
}

QVector<int> ImportRowReader::nearVillages(const QString &name, const QString &districtText) const
{
    const QString key = ImportValues::villageNameKey(name);
    const QString districtKey = districtText.isEmpty() ? QString() : ImportValues::villageNameKey(districtText);
    // One letter in five may be wrong, at least one and at most three: "Bosar Galuggur" is Bosar
    // Galugur, "Raya" is not "Riau".
    const int limit = std::clamp(int(QString(key).remove(QLatin1Char(' ')).size()) / 5, 1, 3);
    // Without a kecamatan only a regency-sized area is searched, so a national file of misspelt
    // names is not held up comparing each with 83,762 villages.
    if (districtKey.isEmpty() && m_snapshot.villages.size() > 5000)
        return {};
    QVector<int> best;
    int bestDistance = limit + 1;
    for (int v = 0; v < m_snapshot.villages.size(); ++v) {
        const auto &village = m_snapshot.villages.at(v);
        if (!districtKey.isEmpty() && m_districtKey.value(village.districtCode) != districtKey)
            continue;
        const int d = ImportValues::nameDistance(key, ImportValues::villageNameKey(village.name), std::min(limit, bestDistance));
        if (d < bestDistance) {
            bestDistance = d;
            best = {v};
        } else if (d == bestDistance && d <= limit && best.size() < 3) {
            best.append(v);
        }
    }
    return best;
}

void ImportRowReader::readVillageName(const ImportRow &row, const ImportCell &cell, RowIntent &in) const
{
    const QString name = ImportValues::cellText(cell);
    in.villageText = name;
    QVector<int> found = m_villagesByName.value(ImportValues::villageNameKey(name));
    const ImportCell &districtCell = cellAt(row, m_districtColumn);
    QString districtText;
    if (m_districtColumn >= 0 && !districtCell.isEmpty()) {
        districtText = ImportValues::cellText(districtCell);
        const QString key = ImportValues::villageNameKey(districtText);
        QVector<int> inDistrict;
        for (int v : std::as_const(found))
            if (m_districtKey.value(m_snapshot.villages.at(v).districtCode) == key)
                inDistrict.append(v);
        found = std::move(inDistrict);
    }
    // A name that fits no village: the closest ones (of its kecamatan, when the sheet names it) are
    // offered to choose from, as for a name that fits several.
    const bool misspelt = found.isEmpty();
    if (misspelt)
        found = nearVillages(name, districtText);
    const QString chosen = m_options.chosenVillages.value(in.row);
    if (!chosen.isEmpty()) {
        for (int v : std::as_const(found))
            if (m_snapshot.villages.at(v).code == chosen)
                found = {v};
    }
    if (misspelt && !found.isEmpty() && chosen.isEmpty()) {
        const QStringList list = offerVillages(found, in);
        in.issues.append({m_nameHeader,
                          QCoreApplication::translate("ImportPlanner", "no village is called %1; did you mean %2? Choose it, correct the spelling in the file, or add a Kode Desa column")
                              .arg(quoted(name), list.join(QCoreApplication::translate("ImportPlanner", " or ")))});
    } else if (found.isEmpty()) {
        const QString text = districtText.isEmpty()
                               ? QCoreApplication::translate("ImportPlanner", "no village called %1 in the office's area; check the spelling or add a Kode Desa column")
                                     .arg(quoted(name))
                               : QCoreApplication::translate("ImportPlanner", "no village called %1 in kecamatan %2; check the spelling or add a Kode Desa column")
                                     .arg(quoted(name), quoted(districtText));
        in.issues.append({m_nameHeader, text});
    } else if (found.size() > 1) {
        const QStringList list = offerVillages(found, in);
        in.issues.append({m_nameHeader,
                          QCoreApplication::translate("ImportPlanner", "%1 fits %n villages: %2; choose one, or add a Kode Desa column", nullptr, int(found.size()))
                              .arg(quoted(name), list.join(QStringLiteral(", ")))});
    } else {
        const QString code = m_snapshot.villages.at(found.first()).code;
        const auto it = m_coopByVillage.constFind(code);
        if (it != m_coopByVillage.constEnd())
            in.coop = *it;
        else
            in.issues.append({m_nameHeader,
                              QCoreApplication::translate("ImportPlanner", "village %1 %2 has no cooperative in the registry yet; add it first")
                                  .arg(code, m_snapshot.villages.at(found.first()).name)});
    }
}

void ImportRowReader::readCells(const ImportRow &row, RowIntent &in) const
{
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        const ColumnAssignment &a = m_mapping.columns.at(c);
        if (a.field == ImportField::Ignored || a.field == ImportField::VillageCode || a.field == ImportField::VillageName
            || a.field == ImportField::DistrictName)
            continue;
        const ImportCell &cell = cellAt(row, c);
        if (cell.isEmpty())
            continue;   // an empty cell never erases anything
        const QString header = m_headers.value(c);
        if (a.field == ImportField::MilestoneStatus || a.field == ImportField::MilestoneDate) {
            readMilestoneCell(a, cell, header, in);
            continue;
        }
        const ImportColumns::Field field = fieldOf(a.field);
        if (field == ImportColumns::FieldCount)
            continue;
        QString problem;
        QString value;
        switch (a.field) {
        case ImportField::ChairName:
        case ImportField::CooperativeName:
        case ImportField::SecretaryName:
        case ImportField::TreasurerName:
            value = ImportValues::cellText(cell);
            break;
        case ImportField::ChairPhone:
        case ImportField::Phone:
        case ImportField::SecretaryPhone:
        case ImportField::TreasurerPhone:
            value = ImportFastForms::phone(cell);
            if (value.isEmpty())
                value = ImportValues::parsePhone(cell, &problem);
            break;
        case ImportField::LegalNumber:
            value = ImportValues::parseLegalNumber(cell, &problem);
            break;
        case ImportField::LegalDate: {
            QDate d = ImportFastForms::date(cell);
            if (!d.isValid())
                d = ImportValues::parseDate(cell, &problem);
            if (problem.isEmpty() && d.isValid() && d > m_options.today)
                problem = futureText(d, m_options.today);
            else if (problem.isEmpty() && !d.isValid())
                problem = notADateText(cell);
            if (problem.isEmpty())
                value = d.toString(Qt::ISODate);
            break;
        }
        case ImportField::NikKoperasi:
            value = nikText(cell);
            if (!CooperativeValidator::isValidNikKoperasi(value)) {
                problem = QCoreApplication::translate("ImportPlanner",
                                                      "%1 is not a Nomor Induk Koperasi: it has 16 digits (a person's KTP number does not belong here)")
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
            in.issues.append({header, QCoreApplication::translate("ImportPlanner", "%1 disagrees with column '%2' (%3)")
                                          .arg(quoted(value), in.headers[field], quoted(in.values[field]))});
            continue;
        }
        in.values[field] = value;
        in.headers[field] = header;
    }
}

void ImportRowReader::readMilestoneCell(const ColumnAssignment &assignment, const ImportCell &cell, const QString &header, RowIntent &in) const
{
    MilestoneIntent &m = in.milestones[m_codes.indexOf(assignment.milestoneCode)];
    QString problem;
    if (assignment.field == ImportField::MilestoneStatus) {
        const ImportValues::MilestoneValue v = ImportValues::parseMilestone(cell, &problem);
        m.statusHeader = header;
        m.statusText = cell.text.trimmed();
        if (!problem.isEmpty()) {
            in.issues.append({header, problem});
            return;
        }
        m.reached = v.reached;
        if (v.date.isValid() && !m.date.isValid())
            m.date = v.date;
    } else {
        QDate d = ImportFastForms::date(cell);
        if (!d.isValid())
            d = ImportValues::parseDate(cell, &problem);
        m.dateHeader = header;
        if (!problem.isEmpty() || !d.isValid()) {
            in.issues.append({header, problem.isEmpty() ? notADateText(cell) : problem});
            return;
        }
        m.date = d;
    }
    if (m.date.isValid() && m.date > m_options.today) {
        in.issues.append({header, futureText(m.date, m_options.today)});
        m.date = QDate();
    }
}

void ImportRowReader::settleMilestones(RowIntent &in) const
{
    for (MilestoneIntent &m : in.milestones) {
        if (m.reached == std::optional<bool>(false) && m.date.isValid()) {
            in.issues.append({m.statusHeader,
                              QCoreApplication::translate("ImportPlanner", "%1 says not reached, but column '%2' gives a date; clear one of them")
                                  .arg(quoted(m.statusText), m.dateHeader.isEmpty() ? m.statusHeader : m.dateHeader)});
            m = MilestoneIntent();
        } else if (!m.reached.has_value() && m.date.isValid()) {
            m.reached = true;
        }
    }
}
