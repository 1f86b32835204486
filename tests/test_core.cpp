#include "catch.h"

#include "core/cooperativevalidator.h"
#include "core/indonesianformat.h"
#include "core/regioncode.h"

TEST_CASE("percentages are Indonesian-style and rounded half up", "[format]")
{
    CHECK(IndonesianFormat::percent(266, 413) == QStringLiteral("64,4\u00a0%"));
    CHECK(IndonesianFormat::percent(266, 413, 0) == QStringLiteral("64\u00a0%"));
    CHECK(IndonesianFormat::percent(121, 413, 0) == QStringLiteral("29\u00a0%"));
    CHECK(IndonesianFormat::percent(9, 413, 0) == QStringLiteral("2\u00a0%"));
    CHECK(IndonesianFormat::percent(11, 413, 0) == QStringLiteral("3\u00a0%"));
    CHECK(IndonesianFormat::percent(173, 413, 0) == QStringLiteral("42\u00a0%"));   // the article truncates to 41
    CHECK(IndonesianFormat::percent(249, 413) == QStringLiteral("60,3\u00a0%"));
    CHECK(IndonesianFormat::percent(1, 8) == QStringLiteral("12,5\u00a0%"));   // half up
    CHECK(IndonesianFormat::percent(0, 0) == QStringLiteral("0,0\u00a0%"));
    CHECK(IndonesianFormat::percent(413, 413) == QStringLiteral("100,0\u00a0%"));
    CHECK(IndonesianFormat::percentDecimal(266, 413) == QStringLiteral("64.4"));
}

TEST_CASE("numbers and dates are written the Indonesian way", "[format]")
{
    CHECK(IndonesianFormat::number(83762) == QStringLiteral("83.762"));
    CHECK(IndonesianFormat::dateLong(QDate(2025, 10, 4)) == QStringLiteral("Sabtu, 4 Oktober 2025"));
    CHECK(IndonesianFormat::date(QDate(2025, 10, 3)) == QStringLiteral("3 Oktober 2025"));
    CHECK(IndonesianFormat::dateLong(QDate(2026, 2, 1)) == QStringLiteral("Minggu, 1 Februari 2026"));
    CHECK(IndonesianFormat::time(QTime(9, 14)) == QStringLiteral("09.14"));
    CHECK(IndonesianFormat::date(QDate()).isEmpty());
}

TEST_CASE("region codes are read by their structure", "[region]")
{
    CHECK(RegionCode::levelOf(QStringLiteral("12")) == AreaLevel::Province);
    CHECK(RegionCode::levelOf(QStringLiteral("12.08")) == AreaLevel::Regency);
    CHECK(RegionCode::levelOf(QStringLiteral("12.08.30")) == AreaLevel::District);
    CHECK(RegionCode::levelOf(QStringLiteral("12.08.30.2002")) == AreaLevel::Village);
    CHECK(RegionCode::levelOf(QStringLiteral("12.8")) == AreaLevel::Invalid);
    CHECK(RegionCode::villageKindOf(QStringLiteral("12.08.30.2002")) == VillageKind::Desa);
    CHECK(RegionCode::villageKindOf(QStringLiteral("12.08.30.1001")) == VillageKind::Kelurahan);
    CHECK(RegionCode::villageKindOf(QStringLiteral("91.01.01.3001")) == VillageKind::DesaAdat);
    CHECK(RegionCode::districtOf(QStringLiteral("12.08.30.2002")) == QStringLiteral("12.08.30"));
    CHECK(RegionCode::cooperativeNameFor(VillageKind::Desa, QStringLiteral("Huta Parik"))
          == QStringLiteral("Koperasi Desa Merah Putih Huta Parik"));
    CHECK(RegionCode::cooperativeNameFor(VillageKind::Kelurahan, QStringLiteral("Ujung Padang"))
          == QStringLiteral("Koperasi Kelurahan Merah Putih Ujung Padang"));
    CHECK(RegionCode::cooperativeKindFor(VillageKind::Kelurahan) == QStringLiteral("KKMP"));
    CHECK(RegionCode::cooperativeKindFor(VillageKind::DesaAdat) == QStringLiteral("KDMP"));
    CHECK(RegionCode::normaliseVillageCode(QStringLiteral(" 1208302002\n")) == QStringLiteral("12.08.30.2002"));
    CHECK(RegionCode::normaliseVillageCode(QStringLiteral("12.08.30.2002")) == QStringLiteral("12.08.30.2002"));
    CHECK(RegionCode::normaliseVillageCode(QStringLiteral("12.08.30.200")).isEmpty());
    CHECK(RegionCode::normaliseVillageCode(QStringLiteral("Huta Parik")).isEmpty());
}

TEST_CASE("the validator explains bad phones, legal numbers and future dates", "[validation]")
{
    const CooperativeValidator validator(QDate(2025, 10, 4));
    Cooperative c;
    c.name = QStringLiteral("Koperasi Desa Merah Putih Huta Parik");
    CHECK(validator.validate(c).isEmpty());

    CHECK(CooperativeValidator::isValidPhone(QStringLiteral("0812-3456-7890")));
    CHECK(CooperativeValidator::isValidPhone(QStringLiteral("+62 812 3456 7890")));
    CHECK(CooperativeValidator::isValidPhone(QStringLiteral("(0622) 21234")));
    CHECK_FALSE(CooperativeValidator::isValidPhone(QStringLiteral("12345")));
    CHECK_FALSE(CooperativeValidator::isValidPhone(QStringLiteral("0812-ABC")));
    CHECK(CooperativeValidator::normalisePhone(QStringLiteral("+62 812-3456-7890")) == QStringLiteral("081234567890"));

    c.chairPhone = QStringLiteral("0812");
    c.legalNumber = QStringLiteral("123/AHU");
    c.legalDate = QDate(2025, 10, 5);
    c.nikKoperasi = QStringLiteral("1208");
    const auto problems = validator.validate(c);
    QStringList fields;
    for (const auto &p : problems)
        fields << p.field;
    CHECK(fields.contains(QStringLiteral("chairPhone")));
    CHECK(fields.contains(QStringLiteral("legalNumber")));
    CHECK(fields.contains(QStringLiteral("legalDate")));
    CHECK(fields.contains(QStringLiteral("nikKoperasi")));
    for (const auto &p : problems)
        CHECK_FALSE(p.message.isEmpty());

    CHECK(CooperativeValidator::isValidLegalNumber(QStringLiteral("AHU-0001234.AH.01.29.TAHUN 2025")));
    CHECK_FALSE(CooperativeValidator::isValidLegalNumber(QStringLiteral("AHU-12")));
    CHECK(validator.checkNotFuture(QDate(2025, 10, 4), QStringLiteral("x")).isEmpty());
    CHECK_FALSE(validator.checkNotFuture(QDate(2025, 10, 5), QStringLiteral("x")).isEmpty());
}
