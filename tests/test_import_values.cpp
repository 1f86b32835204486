// The import's header detection, column mapping and value parsing, on hand-made cells (part of
// test_import; the readers and the corpus are in test_import_readers.cpp).
#include "catch.h"

#include "import/columnmapping.h"
#include "import/exceldate.h"
#include "import/headerdetector.h"
#include "support/importtestsupport.h"
#include "import/importvalues.h"

using namespace ImportTest;

// ------------------------------------------------------------------------------ headers

TEST_CASE("headers map to fields by their synonyms", "[import][mapping]")
{
    const auto milestones = defaultMilestones();
    const struct
    {
        const char *header;
        ImportField field;
        const char *code;
    } cases[] = {
        {"Kode Desa", ImportField::VillageCode, ""},
        {"KODE DESA", ImportField::VillageCode, ""},
        {"kode_desa", ImportField::VillageCode, ""},
        {"Kode  Desa / Kelurahan", ImportField::VillageCode, ""},
        {"Kode Kemendagri", ImportField::VillageCode, ""},
        {"Kode Nagori", ImportField::VillageCode, ""},
        {"Kode Wilayah", ImportField::VillageCode, ""},
        {"village code", ImportField::VillageCode, ""},
        {"Code", ImportField::VillageCode, ""},
        {"Desa", ImportField::VillageName, ""},
        {"Kelurahan", ImportField::VillageName, ""},
        {"Desa/Kelurahan", ImportField::VillageName, ""},
        {"Nagori", ImportField::VillageName, ""},
        {"Nama Desa", ImportField::VillageName, ""},
        {"Nama Nagori", ImportField::VillageName, ""},
        {"Village", ImportField::VillageName, ""},
        {"Kecamatan", ImportField::DistrictName, ""},
        {"Nama Kecamatan", ImportField::DistrictName, ""},
        {"District", ImportField::DistrictName, ""},
        {"Nama Ketua", ImportField::ChairName, ""},
        {"Ketua", ImportField::ChairName, ""},
        {"Ketua Koperasi", ImportField::ChairName, ""},
        {"Chair", ImportField::ChairName, ""},
        {"No. HP", ImportField::ChairPhone, ""},
        {"No HP", ImportField::ChairPhone, ""},
        {"No.HP Ketua", ImportField::ChairPhone, ""},
        {"HP Ketua", ImportField::ChairPhone, ""},
        {"Telepon", ImportField::ChairPhone, ""},
        {"Telepon Ketua", ImportField::ChairPhone, ""},
        {"WhatsApp", ImportField::ChairPhone, ""},
        {"No WA", ImportField::ChairPhone, ""},
        {"phone", ImportField::ChairPhone, ""},
        {"Telepon Koperasi", ImportField::Phone, ""},
        {"Nomor SK AHU", ImportField::LegalNumber, ""},
        {"No. SK AHU", ImportField::LegalNumber, ""},
        {"SK-AHU", ImportField::LegalNumber, ""},
        {"Nomor Badan Hukum", ImportField::LegalNumber, ""},
        {"No Badan Hukum", ImportField::LegalNumber, ""},
        {"Tanggal Badan Hukum", ImportField::LegalDate, ""},
        {"Tanggal SK AHU", ImportField::LegalDate, ""},
        {"Tgl. Badan Hukum", ImportField::LegalDate, ""},
        {"NIK Koperasi", ImportField::NikKoperasi, ""},
        {"NIK", ImportField::NikKoperasi, ""},
        {"NPWP", ImportField::Npwp, ""},
        {"NIB", ImportField::Nib, ""},
        {"Jumlah Anggota", ImportField::MemberCount, ""},
        {"Anggota", ImportField::MemberCount, ""},
        {"Members", ImportField::MemberCount, ""},
        {"Jumlah Anggota (orang)", ImportField::MemberCount, ""},
        // Milestones by code, name, label; dates by Tanggal/Tgl + any of them.
        {"akun", ImportField::MilestoneStatus, "akun"},
        {"Akun SIMKOPDES", ImportField::MilestoneStatus, "akun"},
        {"Teraktivasi", ImportField::MilestoneStatus, "akun"},
        {"Aktivasi", ImportField::MilestoneStatus, "akun"},
        {"Tanggal Aktivasi", ImportField::MilestoneDate, "akun"},
        {"Tgl Akun SIMKOPDES", ImportField::MilestoneDate, "akun"},
        {"Tanggal Teraktivasi", ImportField::MilestoneDate, "akun"},
        {"Musdesus", ImportField::MilestoneStatus, "musdesus"},
        {"Tanggal Musdesus", ImportField::MilestoneDate, "musdesus"},
        {"Melaksanakan Musdesus", ImportField::MilestoneStatus, "musdesus"},
        {"Badan Hukum", ImportField::MilestoneStatus, "badan_hukum"},
        {"badan_hukum", ImportField::MilestoneStatus, "badan_hukum"},
        {"Berbadan Hukum", ImportField::MilestoneStatus, "badan_hukum"},
        {"Gerai Aktif", ImportField::MilestoneStatus, "gerai_aktif"},
        {"gerai_aktif", ImportField::MilestoneStatus, "gerai_aktif"},
        {"Tgl Gerai Aktif", ImportField::MilestoneDate, "gerai_aktif"},
        {"Data Gerai", ImportField::MilestoneStatus, "gerai"},
        {"Profil diperbarui", ImportField::MilestoneStatus, "profil"},
        {"Kemitraan", ImportField::MilestoneStatus, "kemitraan"},
        {"Tanggal Pembiayaan", ImportField::MilestoneDate, "pembiayaan"},
        // By meaning: a milestone's word and a date word, in any order, with synonyms.
        {"Tgl Aktivasi SIMKOPDES", ImportField::MilestoneDate, "akun"},
        {"SIMKOPDES Teraktivasi (Tanggal)", ImportField::MilestoneDate, "akun"},
        {"Tanggal Akun Dibuat", ImportField::MilestoneDate, "akun"},
        {"Status Akun SIMKOPDES", ImportField::MilestoneStatus, "akun"},
        {"Sudah Aktivasi?", ImportField::MilestoneStatus, "akun"},
        {"Update Profil SIMKOPDES", ImportField::MilestoneStatus, "profil"},
        {"Tgl Update Profil", ImportField::MilestoneDate, "profil"},
        {"Gerai Sudah Aktif", ImportField::MilestoneStatus, "gerai_aktif"},
        {"Input Data Gerai (tgl)", ImportField::MilestoneDate, "gerai"},
        {"Tanggal Pengajuan Mitra", ImportField::MilestoneDate, "kemitraan"},
        {"Tgl Musyawarah Desa Khusus", ImportField::MilestoneDate, "musdesus"},
        // Not known.
        {"No", ImportField::Ignored, ""},
        {"Keterangan", ImportField::Ignored, ""},
        {"Tanggal", ImportField::Ignored, ""},
        {"", ImportField::Ignored, ""},
        // Every column of the app's own registry export (export, then import back, changes nothing).
        {"Nama Koperasi", ImportField::CooperativeName, ""},
        {"Sekretaris", ImportField::SecretaryName, ""},
        {"Telepon Sekretaris", ImportField::SecretaryPhone, ""},
        {"Bendahara", ImportField::TreasurerName, ""},
        {"Telepon Bendahara", ImportField::TreasurerPhone, ""},
        {"Telepon Ketua", ImportField::ChairPhone, ""},
        {"Kode Kecamatan", ImportField::RegionDetail, ""},
        {"Jenis Wilayah", ImportField::RegionDetail, ""},
        {"Jenis", ImportField::RegionDetail, ""},
    };
    for (const auto &c : cases) {
        INFO(c.header);
        const ColumnAssignment a = ColumnMapping::propose(QString::fromUtf8(c.header), milestones);
        CHECK(ColumnMapping::fieldKey(a.field) == ColumnMapping::fieldKey(c.field));
        CHECK(a.milestoneCode == QString::fromUtf8(c.code));
    }
    // A milestone the Dinas added is found by its own name; the extras need their milestone.
    MilestoneDefinition lahan;
    lahan.code = "verifikasi_lahan";
    lahan.name = "Verifikasi Lahan";
    lahan.label = "lahan terverifikasi";
    const ColumnAssignment a = ColumnMapping::propose("Tgl. Verifikasi Lahan", {lahan});
    CHECK(a.field == ImportField::MilestoneDate);
    CHECK(a.milestoneCode == "verifikasi_lahan");
    CHECK(ColumnMapping::propose("Tanggal Aktivasi", {lahan}).field == ImportField::Ignored);
    CHECK(ColumnMapping::normaliseHeader(" No.  HP_Ketua\n") == "no hp ketua");
}

TEST_CASE("the header row is found below a title block", "[import][mapping]")
{
    const auto milestones = defaultMilestones();
    const ImportTable t = tableOf({
        {"DATA KOPERASI DESA MERAH PUTIH KAB. SIMALUNGUN"},
        {"Kecamatan Ujung Padang", "", "Desa"},   // two known words, no village: not the header
        {},
        {"No", "Kode Desa", "Desa", "Nama Desa", "Ketua", "Akun SIMKOPDES", "Catatan", "", ""},
        {"1", "12.08.30.2002", "Huta Parik", "Huta Parik", "Hotman Sinaga", "Ya"},
    });
    const HeaderDetection h = HeaderDetector::detect(t, milestones, "rekap.xlsx");
    REQUIRE(h.found);
    CHECK(h.headerRow == 4);
    CHECK(h.headerIndex == 3);
    CHECK(h.headers.size() == 7);   // trailing empty headers dropped
    CHECK(h.mapping.columns.size() == 7);
    CHECK(h.mapping.columnOf(ImportField::VillageCode) == 1);
    CHECK(h.mapping.columnOf(ImportField::VillageName) == 2);
    CHECK(h.mapping.at(3).field == ImportField::Ignored);   // the second village-name column
    CHECK(h.mapping.columnOf(ImportField::MilestoneStatus, "akun") == 5);
    CHECK(h.ignoredHeaders == QStringList({"No", "Nama Desa", "Catatan"}));

    // A header must name the village; one known column is not enough.
    CHECK_FALSE(HeaderDetector::detect(tableOf({{"Ketua", "No HP", "Musdesus"}, {"a", "b", "c"}}), milestones).found);
    CHECK_FALSE(HeaderDetector::detect(tableOf({{"Kode Desa", "Lain"}, {"12.08.30.2002", "x"}}), milestones).found);
    const HeaderDetection none = HeaderDetector::detect(tableOf({{"x"}}), milestones, "\u201Ca.csv\u201D");
    CHECK(none.problem.contains("No header row was found in \u201Ca.csv\u201D"));
    // Only the first 30 rows are searched.
    QVector<QStringList> late(31, QStringList{"catatan"});
    late.append(QStringList{"Kode Desa", "Nama Desa"});
    CHECK_FALSE(HeaderDetector::detect(tableOf(late), milestones).found);
    late.remove(0, 2);
    CHECK(HeaderDetector::detect(tableOf(late), milestones).headerRow == 30);
}

TEST_CASE("a mapping round-trips through JSON and is remembered by its headers' signature", "[import][mapping]")
{
    const auto milestones = defaultMilestones();
    const QStringList headers = {"No", "Kode Desa", "Nama Desa", "Tanggal Aktivasi", "Musdesus"};
    const ColumnMapping m = HeaderDetector::propose(headers, milestones);
    bool ok = false;
    const ColumnMapping back = ColumnMapping::fromJson(m.toJson(), &ok);
    CHECK(ok);
    CHECK(back == m);
    CHECK(back.columnOf(ImportField::MilestoneDate, "akun") == 3);
    CHECK(m.toJson().contains("\"milestone\":\"akun\""));
    for (const char *bad : {"", "[]", "{\"version\":2,\"columns\":[]}", "{\"version\":1,\"columns\":[{\"field\":\"nonsense\"}]}",
                            "{\"version\":1,\"columns\":[{\"field\":\"milestone_date\"}]}",
                            "{\"version\":1,\"columns\":[{\"field\":\"village_code\",\"milestone\":\"akun\"}]}"}) {
        INFO(bad);
        ColumnMapping::fromJson(QString::fromUtf8(bad), &ok);
        CHECK_FALSE(ok);
    }
    // Same headers written differently, same signature; another order or header, another one.
    const QString sig = ColumnMapping::headerSignature(headers);
    CHECK(sig.size() == 64);
    CHECK(ColumnMapping::headerSignature({"NO", "kode_desa", "Nama  Desa", "Tanggal Aktivasi", "Musdesus", "", ""}) == sig);
    CHECK(ColumnMapping::headerSignature({"Kode Desa", "No", "Nama Desa", "Tanggal Aktivasi", "Musdesus"}) != sig);
    CHECK(ColumnMapping::headerSignature({"No", "Kode Desa", "Nama Desa", "Tanggal Aktivasi"}) != sig);
    for (int f = int(ImportField::Ignored); f <= int(ImportField::MilestoneDate); ++f) {
        bool known = false;
        CHECK(ColumnMapping::fieldFromKey(ColumnMapping::fieldKey(ImportField(f)), &known) == ImportField(f));
        CHECK(known);
        CHECK_FALSE(ColumnMapping::fieldTitle(ImportField(f)).isEmpty());
    }
}

// ------------------------------------------------------------------------------ values

TEST_CASE("dates in the forms Indonesian sheets hold", "[import][values]")
{
    const QDate oct4(2025, 10, 4);
    const struct
    {
        const char *text;
        QDate date;
    } good[] = {
        {"04/10/2025", oct4},
        {"4/10/2025", oct4},
        {"4-10-2025", oct4},
        {"4.10.2025", oct4},
        {"04/10/25", oct4},
        {"2025-10-04", oct4},
        {"2025/10/04", oct4},
        {"4 Oktober 2025", oct4},
        {"4 oktober 2025", oct4},
        {"4 Okt 2025", oct4},
        {"4 Okt. 2025", oct4},
        {"04-Okt-25", oct4},
        {"04-Oct-2025", oct4},
        {"Sabtu, 4 Oktober 2025", oct4},
        {"October 4, 2025", oct4},
        {"Oct 4 2025", oct4},
        {"4 October 2025", oct4},
        {"45934", oct4},
        {"45934.0", oct4},
        {"2025-10-04 00:00:00", oct4},
        {"04/10/2025 09.15", oct4},
        {" 04/10/2025 ", oct4},
        {"17 Agustus 2025", QDate(2025, 8, 17)},
        {"1 Pebruari 2025", QDate(2025, 2, 1)},
        {"30 Nopember 2025", QDate(2025, 11, 30)},
        {"1 Mei 2025", QDate(2025, 5, 1)},
        {"15 Des 2025", QDate(2025, 12, 15)},
        {"29/02/2024", QDate(2024, 2, 29)},
        {"1/1/2000", QDate(2000, 1, 1)},
    };
    for (const auto &c : good) {
        INFO(c.text);
        QString problem;
        CHECK(ImportValues::parseDate(text(QString::fromUtf8(c.text)), &problem) == c.date);
        CHECK(problem.isEmpty());
    }
    const struct
    {
        const char *text;
        const char *problem;
    } bad[] = {
        {"31/02/2025", "31/02/2025 is not a date that exists"},
        {"29/02/2025", "29/02/2025 is not a date that exists"},
        {"32 Oktober 2025", "32 Oktober 2025 is not a date that exists"},
        {"04/13/2025", "04/13/2025 is not a date that exists"},
        {"kemarin", "\u201Ckemarin\u201D is not a date"},
        {"4 Oktobre 2025", "is not a date"},
        {"Ya", "is not a date"},
        {"12345", "is a number, not a date"},
        {"99999", "is a number, not a date"},
        {"2025", "is not a date"},
    };
    for (const auto &c : bad) {
        INFO(c.text);
        QString problem;
        CHECK_FALSE(ImportValues::parseDate(text(QString::fromUtf8(c.text)), &problem).isValid());
        CHECK(problem.contains(QString::fromUtf8(c.problem)));
    }
    QString problem;
    CHECK(ImportValues::parseDate(number(45934), &problem) == oct4);
    CHECK(ImportValues::parseDate(number(45934.6), &problem) == oct4);
    CHECK(ImportValues::parseDate(dateCell(oct4), &problem) == oct4);
    CHECK(problem.isEmpty());
    CHECK_FALSE(ImportValues::parseDate(number(150), &problem).isValid());   // a count, not a date
    CHECK(problem.contains("150 is a number, not a date"));
    CHECK_FALSE(ImportValues::parseDate(number(ExcelDate::toSerial(QDate(2101, 1, 1))), nullptr).isValid());
    CHECK(ImportValues::parseDate(number(ExcelDate::toSerial(QDate(2100, 12, 31))), nullptr) == QDate(2100, 12, 31));
    problem.clear();
    CHECK_FALSE(ImportValues::parseDate(ImportCell(), &problem).isValid());
    CHECK(problem.isEmpty());
    CHECK_FALSE(ImportValues::parseDate(boolean(true), &problem).isValid());
    CHECK_FALSE(problem.isEmpty());
}

TEST_CASE("village and area codes, undoing Excel's numbers", "[import][values]")
{
    const struct
    {
        ImportCell cell;
        const char *area;
        const char *village;
    } cases[] = {
        {text("12.08.30.2002"), "12.08.30.2002", "12.08.30.2002"},
        {text("1208302002"), "12.08.30.2002", "12.08.30.2002"},
        {text(" 12 08 30 2002 "), "12.08.30.2002", "12.08.30.2002"},
        {text("12.8.30.2002"), "12.08.30.2002", "12.08.30.2002"},
        {text("1.208302002E+09"), "12.08.30.2002", "12.08.30.2002"},
        {text("1208302002.0"), "12.08.30.2002", "12.08.30.2002"},
        {text("'12.08.30.2002"), "12.08.30.2002", "12.08.30.2002"},
        {number(1208302002.0), "12.08.30.2002", "12.08.30.2002"},
        {number(12.08), "12.08", ""},
        {number(12.8), "12.08", ""},
        {text("12.8"), "12.08", ""},
        {number(1208), "12.08", ""},
        {text("12.08.30"), "12.08.30", ""},
        {number(120830), "12.08.30", ""},
        {number(12), "12", ""},
        {text("12"), "12", ""},
        {text("12.08.30.20021"), "", ""},
        {text("120830200"), "", ""},
        {text("12.08.3O.2002"), "", ""},
        {text("Huta Parik"), "", ""},
        {number(1208302002.5), "", ""},
        {number(-1208302002.0), "", ""},
        {text("12..30.2002"), "", ""},
        {text("1.2.3.4.5"), "", ""},
        {ImportCell(), "", ""},
        {boolean(true), "", ""},
    };
    for (const auto &c : cases) {
        INFO(c.cell.text.toStdString());
        CHECK(ImportValues::parseAreaCode(c.cell) == QString::fromUtf8(c.area));
        CHECK(ImportValues::parseVillageCode(c.cell) == QString::fromUtf8(c.village));
    }
}

TEST_CASE("phone numbers in the stored form", "[import][values]")
{
    const struct
    {
        ImportCell cell;
        const char *phone;
    } good[] = {
        {text("0812-6543-2100"), "081265432100"},
        {text("+62 812 6543 2100"), "081265432100"},
        {text("6281265432100"), "081265432100"},
        {text("+62-812-6543-2100"), "081265432100"},
        {text("812-6543-2100"), "081265432100"},
        {text("0812.6543.2100"), "081265432100"},
        {number(81265432100.0), "081265432100"},
        {number(8.12654321e10), "081265432100"},
        {number(6281265432100.0), "081265432100"},
        {text("0812 6543 2100 / 0813 1111 2222"), "081265432100"},
        {text("0812-6543-2100 atau 0813-1111-2222"), "081265432100"},
        {text("(0622) 7012345"), "06227012345"},
        {text("'081265432100"), "081265432100"},
        {text("8.12654321E+10"), "081265432100"},
    };
    for (const auto &c : good) {
        INFO(c.cell.text.toStdString());
        QString problem;
        CHECK(ImportValues::parsePhone(c.cell, &problem) == QString::fromUtf8(c.phone));
        CHECK(problem.isEmpty());
    }
    for (const ImportCell &c : {text("0852-76"), text("tidak ada"), text("12345"), number(123), text("+1 555 0100")}) {
        INFO(c.text.toStdString());
        QString problem;
        CHECK(ImportValues::parsePhone(c, &problem).isEmpty());
        CHECK(problem.contains("is not a valid Indonesian phone number"));
    }
    QString problem;
    CHECK(ImportValues::parsePhone(ImportCell(), &problem).isEmpty());
    CHECK(problem.isEmpty());
}

TEST_CASE("milestone cells: yes, no, a date, nothing", "[import][values]")
{
    const char *yes[] = {"Ya", "ya", "YA", "Y", "Yes", "Sudah", "sudah.", "Sdh", "Selesai", "Aktif", "OK", "\u2713", "\u2714",
                         "\u221A", "v", "V", "1", "TRUE", "true", "Benar", "04/10/2025"};
    const char *no[] = {"Tidak", "tidak", "Tdk", "Belum", "BELUM", "Blm", "No", "N", "0", "FALSE", "Salah", "-", "\u2013", "Tidak ada"};
    for (const char *y : yes) {
        INFO(y);
        QString problem;
        CHECK(ImportValues::parseReached(text(QString::fromUtf8(y)), &problem) == std::optional<bool>(true));
        CHECK(problem.isEmpty());
    }
    for (const char *n : no) {
        INFO(n);
        QString problem;
        CHECK(ImportValues::parseReached(text(QString::fromUtf8(n)), &problem) == std::optional<bool>(false));
        CHECK(problem.isEmpty());
    }
    QString problem;
    CHECK(ImportValues::parseReached(boolean(true)) == std::optional<bool>(true));
    CHECK(ImportValues::parseReached(boolean(false)) == std::optional<bool>(false));
    CHECK(ImportValues::parseReached(number(1)) == std::optional<bool>(true));
    CHECK(ImportValues::parseReached(number(0)) == std::optional<bool>(false));
    CHECK(ImportValues::parseReached(dateCell(QDate(2025, 10, 4))) == std::optional<bool>(true));
    CHECK_FALSE(ImportValues::parseReached(ImportCell(), &problem).has_value());
    CHECK_FALSE(ImportValues::parseReached(text("   "), &problem).has_value());
    CHECK(problem.isEmpty());   // empty: nothing to do, not a problem
    for (const ImportCell &c : {text("X"), text("mungkin"), number(2)}) {
        problem.clear();
        CHECK_FALSE(ImportValues::parseReached(c, &problem).has_value());
        CHECK(problem.contains("is neither yes nor no"));
    }

    auto m = ImportValues::parseMilestone(dateCell(QDate(2025, 9, 2)), &problem);
    CHECK(m.reached == std::optional<bool>(true));
    CHECK(m.date == QDate(2025, 9, 2));
    m = ImportValues::parseMilestone(text("4 Oktober 2025"));
    CHECK(m.reached == std::optional<bool>(true));
    CHECK(m.date == QDate(2025, 10, 4));
    m = ImportValues::parseMilestone(number(45934));
    CHECK(m.date == QDate(2025, 10, 4));
    m = ImportValues::parseMilestone(text("Sudah"));
    CHECK(m.reached == std::optional<bool>(true));
    CHECK_FALSE(m.date.isValid());
    m = ImportValues::parseMilestone(text("Belum"));
    CHECK(m.reached == std::optional<bool>(false));
    problem.clear();
    m = ImportValues::parseMilestone(text("31/02/2025"), &problem);
    CHECK_FALSE(m.reached.has_value());
    CHECK(problem == "31/02/2025 is not a date that exists");
}

TEST_CASE("counts, SK AHU numbers, names", "[import][values]")
{
    const struct
    {
        ImportCell cell;
        int count;
        bool problem;
    } counts[] = {
        {number(150), 150, false},
        {text("150"), 150, false},
        {text("1.250"), 1250, false},
        {text("1,250"), 1250, false},
        {text("150 orang"), 150, false},
        {text(" 87 "), 87, false},
        {number(0), 0, false},
        {ImportCell(), -1, false},
        {number(12.5), -1, true},
        {text("banyak"), -1, true},
        {text("-5"), -1, true},
        {text("1.25"), -1, true},
        {text("12345678901"), -1, true},
    };
    for (const auto &c : counts) {
        INFO(c.cell.text.toStdString());
        QString problem;
        CHECK(ImportValues::parseCount(c.cell, &problem) == c.count);
        CHECK(problem.isEmpty() == !c.problem);
    }
    QString problem;
    CHECK(ImportValues::parseLegalNumber(text(" ahu-0001234.ah.01.29.tahun  2025 "), &problem) == "AHU-0001234.AH.01.29.TAHUN 2025");
    CHECK(problem.isEmpty());
    CHECK(ImportValues::parseLegalNumber(text("AHU 1517/2025"), &problem).isEmpty());
    CHECK(problem.contains("\u201CAHU 1517/2025\u201D is not an SK AHU number"));
    CHECK(ImportValues::cellText(text("  Hotman   Sinaga ")) == "Hotman Sinaga");
}

TEST_CASE("village name keys fold spelling, prefixes and punctuation, and nothing else", "[import][values]")
{
    const struct
    {
        const char *a;
        const char *b;
        bool same;
    } cases[] = {
        {"Huta Parik", "huta  parik", true},
        {"Nagori Huta Parik", "Huta Parik", true},
        {"Desa Huta Parik", "Huta-Parik", true},
        {"Kel. Ujung Padang", "Ujung Padang", true},
        {"Kelurahan Pamatang Raya", "PAMATANG RAYA", true},
        {"Ds. Raya Bayu", "Raya Bayu", true},
        {"Bah Bolon Tongah", "Bah-Bolon  Tongah.", true},
        // Old spellings (van Ophuijsen / Soewandi) folded to today's.
        {"Djabanten", "Jabanten", true},
        {"Tjipanas", "Cipanas", true},
        {"Soerabaja", "Surabaya", true},
        {"Tanah Djawa", "Tanah Jawa", true},
        {"Bandar Tjina", "Bandar Cina", true},
        {"Sitoemba Djaja", "Situmba Jaya", true},
        // Modern names are left alone: j and nj have today's meaning there.
        {"Jawa Maraja", "Yawa Maraya", false},
        {"Panjang", "Panyang", false},
        {"Raja", "Raya", false},
        // Different names in the decree stay different.
        {"Pamatang Sidamanik", "Pematang Sidamanik", false},
        {"Dolok Silou", "Dolok Silau", false},
        {"Sigodang", "Sigodang Barat", false},
        {"Desa Baru", "Baru Desa", false},
    };
    for (const auto &c : cases) {
        INFO(c.a << " / " << c.b);
        CHECK((ImportValues::villageNameKey(QString::fromUtf8(c.a)) == ImportValues::villageNameKey(QString::fromUtf8(c.b))) == c.same);
    }
    CHECK(ImportValues::villageNameKey("Nagori Huta Parik") == "huta parik");
    CHECK(ImportValues::villageNameKey("Desa") == "desa");   // a name that is only the prefix word stays
}
