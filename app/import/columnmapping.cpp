#include "import/columnmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Synonym
{
    ImportField field;
    const char *header;
};

// Headers seen on the Dinas's sheets and the ministry's templates; written as people type
// them, normalised before comparing.
const Synonym synonyms[] = {
    {ImportField::VillageCode, "Kode Desa"},
    {ImportField::VillageCode, "Kode Wilayah"},
    {ImportField::VillageCode, "Kode Kemendagri"},
    {ImportField::VillageCode, "kode_desa"},
    {ImportField::VillageCode, "Kode Desa/Kelurahan"},
    {ImportField::VillageCode, "Kode Nagori"},
    {ImportField::VillageCode, "Kode Kelurahan"},
    {ImportField::VillageCode, "village code"},
    {ImportField::VillageCode, "code"},
    {ImportField::VillageName, "Desa"},
    {ImportField::VillageName, "Kelurahan"},
    {ImportField::VillageName, "Desa/Kelurahan"},
    {ImportField::VillageName, "Nagori"},
    {ImportField::VillageName, "Nama Desa"},
    {ImportField::VillageName, "Nama Nagori"},
    {ImportField::VillageName, "Nama Kelurahan"},
    {ImportField::VillageName, "Nama Desa/Kelurahan"},
    {ImportField::VillageName, "Nagori/Kelurahan"},
    {ImportField::VillageName, "village"},
    {ImportField::DistrictName, "Kecamatan"},
    {ImportField::DistrictName, "Nama Kecamatan"},
    {ImportField::DistrictName, "district"},
    {ImportField::ChairName, "Nama Ketua"},
    {ImportField::ChairName, "Ketua"},
    {ImportField::ChairName, "Ketua Koperasi"},
    {ImportField::ChairName, "Nama Ketua Koperasi"},
    {ImportField::ChairName, "chair"},
    {ImportField::ChairPhone, "No. HP"},
    {ImportField::ChairPhone, "No HP"},
    {ImportField::ChairPhone, "No HP Ketua"},
    {ImportField::ChairPhone, "HP Ketua"},
    {ImportField::ChairPhone, "Telepon"},
    {ImportField::ChairPhone, "Telepon Ketua"},
    {ImportField::ChairPhone, "WhatsApp"},
    {ImportField::ChairPhone, "No WA"},
    {ImportField::ChairPhone, "Nomor HP"},
    {ImportField::ChairPhone, "phone"},
    {ImportField::Phone, "Telepon Koperasi"},
    {ImportField::Phone, "No Telepon Koperasi"},
    {ImportField::Phone, "HP Koperasi"},
    {ImportField::LegalNumber, "Nomor SK AHU"},
    {ImportField::LegalNumber, "No SK AHU"},
    {ImportField::LegalNumber, "SK AHU"},
    {ImportField::LegalNumber, "Nomor Badan Hukum"},
    {ImportField::LegalNumber, "No Badan Hukum"},
    {ImportField::LegalDate, "Tanggal Badan Hukum"},
    {ImportField::LegalDate, "Tanggal SK AHU"},
    {ImportField::LegalDate, "Tgl Badan Hukum"},
    {ImportField::LegalDate, "Tgl SK AHU"},
    {ImportField::NikKoperasi, "NIK Koperasi"},
    {ImportField::NikKoperasi, "NIK"},
    {ImportField::NikKoperasi, "Nomor Induk Koperasi"},
    {ImportField::Npwp, "NPWP"},
    {ImportField::Npwp, "NPWP Koperasi"},
    {ImportField::Nib, "NIB"},
    {ImportField::MemberCount, "Jumlah Anggota"},
    {ImportField::MemberCount, "Anggota"},
    {ImportField::MemberCount, "members"},
    {ImportField::CooperativeName, "Nama Koperasi"},
    {ImportField::CooperativeName, "Nama KMP"},
    {ImportField::CooperativeName, "Nama KDMP / KKMP"},
    {ImportField::SecretaryName, "Sekretaris"},
    {ImportField::SecretaryName, "Nama Sekretaris"},
    {ImportField::SecretaryPhone, "Telepon Sekretaris"},
    {ImportField::SecretaryPhone, "HP Sekretaris"},
    {ImportField::SecretaryPhone, "No HP Sekretaris"},
    {ImportField::TreasurerName, "Bendahara"},
    {ImportField::TreasurerName, "Nama Bendahara"},
    {ImportField::TreasurerPhone, "Telepon Bendahara"},
    {ImportField::TreasurerPhone, "HP Bendahara"},
    {ImportField::TreasurerPhone, "No HP Bendahara"},
    {ImportField::RegionDetail, "Kode Kecamatan"},
    {ImportField::RegionDetail, "Jenis Wilayah"},
    {ImportField::RegionDetail, "Jenis"},
    {ImportField::RegionDetail, "Jenis Koperasi"},
};

struct MilestoneExtra
{
    const char *header;
    const char *code;
    ImportField field;
};

// Words the ministry's own reports use for the default milestones, beyond their name/label.
const MilestoneExtra extras[] = {
    {"Tanggal Aktivasi", "akun", ImportField::MilestoneDate},
    {"Tgl Aktivasi", "akun", ImportField::MilestoneDate},
    {"Aktivasi", "akun", ImportField::MilestoneStatus},
    {"Teraktivasi", "akun", ImportField::MilestoneStatus},
    {"Akun", "akun", ImportField::MilestoneStatus},
    {"Tanggal Musdesus", "musdesus", ImportField::MilestoneDate},
    {"Badan Hukum", "badan_hukum", ImportField::MilestoneStatus},
    {"Gerai Aktif", "gerai_aktif", ImportField::MilestoneStatus},
};

const struct
{
    ImportField field;
    const char *key;
    const char *title;
} fieldNames[] = {
    {ImportField::Ignored, "ignored", QT_TRANSLATE_NOOP("ColumnMapping", "(not imported)")},
    {ImportField::VillageCode, "village_code", QT_TRANSLATE_NOOP("ColumnMapping", "Village code")},
    {ImportField::VillageName, "village_name", QT_TRANSLATE_NOOP("ColumnMapping", "Village name")},
    {ImportField::DistrictName, "district_name", QT_TRANSLATE_NOOP("ColumnMapping", "Kecamatan")},
    {ImportField::ChairName, "chair_name", QT_TRANSLATE_NOOP("ColumnMapping", "Chair's name")},
    {ImportField::ChairPhone, "chair_phone", QT_TRANSLATE_NOOP("ColumnMapping", "Chair's phone")},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ColumnMapping", "Cooperative phone")},
    {ImportField::LegalNumber, "legal_number", QT_TRANSLATE_NOOP("ColumnMapping", "SK AHU number")},
    {ImportField::LegalDate, "legal_date", QT_TRANSLATE_NOOP("ColumnMapping", "SK AHU date")},
    {ImportField::NikKoperasi, "nik_koperasi", QT_TRANSLATE_NOOP("ColumnMapping", "NIK Koperasi")},
    {ImportField::Npwp, "npwp", QT_TRANSLATE_NOOP("ColumnMapping", "NPWP")},
    {ImportField::Nib, "nib", QT_TRANSLATE_NOOP("ColumnMapping", "NIB")},
    {ImportField::MemberCount, "member_count", QT_TRANSLATE_NOOP("ColumnMapping", "Number of members")},
    {ImportField::MilestoneStatus, "milestone_status", QT_TRANSLATE_NOOP("ColumnMapping", "Milestone reached")},
    {ImportField::MilestoneDate, "milestone_date", QT_TRANSLATE_NOOP("ColumnMapping", "Milestone date")},
    {ImportField::CooperativeName, "cooperative_name", QT_TRANSLATE_NOOP("ColumnMapping", "Cooperative's name")},
    {ImportField::SecretaryName, "secretary_name", QT_TRANSLATE_NOOP("ColumnMapping", "Secretary's name")},
    {ImportField::SecretaryPhone, "secretary_phone", QT_TRANSLATE_NOOP("ColumnMapping", "Secretary's phone")},
    {ImportField::TreasurerName, "treasurer_name", QT_TRANSLATE_NOOP("ColumnMapping", "Treasurer's name")},
    {ImportField::TreasurerPhone, "treasurer_phone", QT_TRANSLATE_NOOP("ColumnMapping", "Treasurer's phone")},
    {ImportField::RegionDetail, "region_detail", QT_TRANSLATE_NOOP("ColumnMapping", "From the region data (not imported)")},
};

// The words that name a default milestone in the headers offices write ("Tgl Aktivasi SIMKOPDES",
// "SIMKOPDES Teraktivasi (Tanggal)"): alternatives separated by '|', each a set of words that must
// all be in the header, in any order. The more specific milestones come first: "Gerai Aktif" is
// not "Gerai", and "Profil SIMKOPDES" is not the account.
const struct
{
    const char *code;
    const char *words;
} meanings[] = {
    {"gerai_aktif", "gerai aktif|gerai beroperasi|gerai operasional|outlet aktif"},
    {"gerai", "gerai|outlet"},
    {"profil", "profil|profile"},
    {"kemitraan", "kemitraan|mitra"},
    {"pembiayaan", "pembiayaan|financing"},
    {"badan_hukum", "badan hukum|berbadan hukum"},
    {"musdesus", "musdesus|musdes|musyawarah"},
    {"akun", "akun|aktivasi|teraktivasi|diaktivasi|simkopdes|account"},
};
const QStringList dateWords = {QStringLiteral("tanggal"), QStringLiteral("tgl"), QStringLiteral("tangal"), QStringLiteral("date")};

bool hasAllWords(const QStringList &words, const QString &required)
{
    const QStringList needed = required.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return !needed.isEmpty() && std::all_of(needed.cbegin(), needed.cend(), [&](const QString &w) { return words.contains(w); });
}

// A milestone named by meaning: its words anywhere in the header, a date word anywhere making it
// the milestone's date. A milestone the office added is found by all the words of its name.
ColumnAssignment matchMilestoneByMeaning(const QString &h, const QVector<MilestoneDefinition> &milestones)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = h.split(nonWord, Qt::SkipEmptyParts);   // "(tanggal)" and "aktivasi?" are words too
    const bool isDate = std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return dateWords.contains(w); });
    const auto active = [&](const QString &code) {
        return std::any_of(milestones.cbegin(), milestones.cend(), [&](const MilestoneDefinition &m) { return m.code == code; });
    };
    const ImportField field = isDate ? ImportField::MilestoneDate : ImportField::MilestoneStatus;
    for (const auto &meaning : meanings) {
        const QString code = QString::fromLatin1(meaning.code);
        if (!active(code))
            continue;
        for (const QString &alternative : QString::fromLatin1(meaning.words).split(QLatin1Char('|')))
            if (hasAllWords(words, alternative))
                return {field, code};
    }
    for (const MilestoneDefinition &m : milestones)
        if (hasAllWords(words, ColumnMapping::normaliseHeader(m.name)))
            return {field, m.code};
    return {};
}

ColumnAssignment matchMilestone(const QString &h, const QVector<MilestoneDefinition> &milestones)
{
    for (const MilestoneExtra &e : extras) {
        if (ColumnMapping::normaliseHeader(QString::fromUtf8(e.header)) != h)
            continue;
        for (const MilestoneDefinition &m : milestones)
            if (m.code == QLatin1String(e.code))
                return {e.field, m.code};
    }
    static const QRegularExpression datePrefix(QStringLiteral("^(tanggal|tgl) (.+)$"));
    const auto match = datePrefix.match(h);
    const QString rest = match.hasMatch() ? match.captured(2) : h;
    const ImportField field = match.hasMatch() ? ImportField::MilestoneDate : ImportField::MilestoneStatus;
    for (const MilestoneDefinition &m : milestones) {
        for (const QString &word : {m.code, m.name, m.label})
            if (!word.isEmpty() && ColumnMapping::normaliseHeader(word) == rest)
                return {field, m.code};
    }
    return matchMilestoneByMeaning(h, milestones);
}

ColumnAssignment matchHeader(const QString &h, const QVector<MilestoneDefinition> &milestones)
{
    if (h.isEmpty())
        return {};
    for (const Synonym &s : synonyms)
        if (ColumnMapping::normaliseHeader(QString::fromUtf8(s.header)) == h)
            return {s.field, QString()};
    return matchMilestone(h, milestones);
}
}   // namespace

QString ColumnMapping::normaliseHeader(const QString &header)
{
    QString h = header.toLower();
    // A dot is a space rather than nothing, so "No.HP" reads as "No HP" like "No. HP" does.
    h.replace(QLatin1Char('.'), QLatin1Char(' '));
    h.remove(QLatin1Char(':'));
    h.remove(QLatin1Char('*'));
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QLatin1Char('-'), QLatin1Char(' '));
    h.replace(QLatin1Char('/'), QStringLiteral(" / "));
    return h.simplified();
}

ColumnAssignment ColumnMapping::propose(const QString &header, const QVector<MilestoneDefinition> &milestones)
{
    const QString h = normaliseHeader(header);
    ColumnAssignment a = matchHeader(h, milestones);
    if (a.field == ImportField::Ignored && h.contains(QLatin1Char('('))) {
        // "Jumlah Anggota (orang)", "Tanggal Aktivasi (dd/mm/yyyy)": the note in brackets is not the name.
        static const QRegularExpression note(QStringLiteral("\\s*\\([^)]*\\)?"));
        a = matchHeader(normaliseHeader(QString(h).remove(note)), milestones);
    }
    return a;
}

QString ColumnMapping::headerSignature(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &h : headers)
        normalised.append(normaliseHeader(h));
    while (!normalised.isEmpty() && normalised.constLast().isEmpty())
        normalised.removeLast();
    const QByteArray joined = normalised.join(QChar(0x1F)).toUtf8();   // unit separator: never in a header
    return QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
}

QString ColumnMapping::toJson() const
{
    QJsonArray cols;
    for (const ColumnAssignment &a : columns) {
        QJsonObject o{{QStringLiteral("field"), fieldKey(a.field)}};
        if (!a.milestoneCode.isEmpty())
            o.insert(QStringLiteral("milestone"), a.milestoneCode);
        cols.append(o);
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("columns"), cols}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QString &json, bool *ok)
{
    ColumnMapping mapping;
    bool good = false;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject root = doc.object();
    if (doc.isObject() && root.value(QStringLiteral("version")).toInt() == 1 && root.value(QStringLiteral("columns")).isArray()) {
        good = true;
        for (const QJsonValue &v : root.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject o = v.toObject();
            bool known = false;
            ColumnAssignment a;
            a.field = fieldFromKey(o.value(QStringLiteral("field")).toString(), &known);
            a.milestoneCode = o.value(QStringLiteral("milestone")).toString();
            const bool isMilestone = a.field == ImportField::MilestoneStatus || a.field == ImportField::MilestoneDate;
            if (!known || isMilestone == a.milestoneCode.isEmpty()) {
                good = false;
                break;
            }
            mapping.columns.append(a);
        }
    }
    if (ok)
        *ok = good;
    return good ? mapping : ColumnMapping();
}

int ColumnMapping::columnOf(ImportField field, const QString &milestoneCode) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).field == field && columns.at(i).milestoneCode == milestoneCode)
            return i;
    return -1;
}

QString ColumnMapping::fieldKey(ImportField field)
{
    for (const auto &f : fieldNames)
        if (f.field == field)
            return QString::fromLatin1(f.key);
    return QString();
}

ImportField ColumnMapping::fieldFromKey(const QString &key, bool *ok)
{
    for (const auto &f : fieldNames)
        if (key == QLatin1String(f.key)) {
            if (ok)
                *ok = true;
            return f.field;
        }
    if (ok)
        *ok = false;
    return ImportField::Ignored;
}

QString ColumnMapping::fieldTitle(ImportField field)
{
    for (const auto &f : fieldNames)
        if (f.field == field)
            return QCoreApplication::translate("ColumnMapping", f.title);
    return QString();
}
