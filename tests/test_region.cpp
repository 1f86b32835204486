#include "catch.h"
#include "support/testsupport.h"

#include "io/areasetup.h"
#include "storage/cooperativerepository.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "io/regioncatalog.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"

TEST_CASE("the embedded region list is the whole country", "[region]")
{
    const RegionCatalog &c = TestSupport::catalog();
    CHECK(c.provinces().size() == 38);
    CHECK(c.regencies().size() == 514);
    CHECK(c.districts().size() == 7285);
    CHECK(c.villages().size() == 83762);
}

TEST_CASE("Kabupaten Simalungun loads as 32 kecamatan, 386 nagori and 27 kelurahan", "[region]")
{
    Database db;
    db.open(TestSupport::tempPath(QStringLiteral("simalungun.sqlite")));
    const auto area = TestSupport::catalog().area(QStringLiteral("12.08"));
    CHECK(area.name == QStringLiteral("Kabupaten Simalungun"));
    const auto result = AreaSetup::apply(db.connection(), area, QStringLiteral("test"));
    CHECK(result.districts == 32);
    CHECK(result.villages == 413);
    CHECK(result.cooperativesCreated == 413);
    RegionRepository regions(db.connection());
    CHECK(regions.districts().size() == 32);
    CHECK(regions.villageCount(QStringLiteral("desa")) == 386);
    CHECK(regions.villageCount(QStringLiteral("kelurahan")) == 27);
    CooperativeRepository coops(db.connection());
    const Cooperative hutaParik = coops.get(coops.idForVillage(QStringLiteral("12.08.30.2002")));
    CHECK(hutaParik.name == QStringLiteral("Koperasi Desa Merah Putih Huta Parik"));
    CHECK(hutaParik.kind == QStringLiteral("KDMP"));
    CHECK(hutaParik.districtName == QStringLiteral("Ujung Padang"));
    CHECK(SettingsRepository(db.connection()).villageTerm() == QStringLiteral("Nagori"));
}

TEST_CASE("a whole province can be the office's area", "[region]")
{
    const auto area = TestSupport::catalog().area(QStringLiteral("12"));
    CHECK(area.name.contains(QStringLiteral("Sumatera Utara")));
    // The stored name heads the Indonesian reports: "Provinsi", even though these tests run with
    // the English source strings (as with the English UI).
    CHECK(area.name.startsWith(QStringLiteral("Provinsi ")));
    CHECK(area.regencies.size() == 33);
    CHECK(area.villages.size() > 6000);
    CHECK_THROWS_AS(TestSupport::catalog().area(QStringLiteral("99.99")), StorageError);
    CHECK_THROWS_AS(TestSupport::catalog().area(QStringLiteral("Simalungun")), StorageError);
}

TEST_CASE("CSV keeps text as text and reports malformed input with its line", "[csv]")
{
    const auto ok = CsvReader::parse("\xEF\xBB\xBF"
                                     "code,name\r\n12.08.30.2002,\"Huta \"\"Parik\"\"\"\r\n0812,\"a,b\"\n");
    REQUIRE(ok.ok());
    REQUIRE(ok.rows.size() == 3);
    CHECK(ok.rows.at(0).at(0) == QStringLiteral("code"));
    CHECK(ok.rows.at(1).at(1) == QStringLiteral("Huta \"Parik\""));
    CHECK(ok.rows.at(2).at(0) == QStringLiteral("0812"));
    CHECK(ok.rows.at(2).at(1) == QStringLiteral("a,b"));
    const auto bad = CsvReader::parse("a,b\n1,2\n3,\"unclosed\n");
    CHECK_FALSE(bad.ok());
    CHECK(bad.error.contains(QStringLiteral("3")));
}
