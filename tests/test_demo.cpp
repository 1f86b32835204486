#include "catch.h"
#include "support/testsupport.h"

#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "io/demoscenario.h"
#include "storage/milestonerepository.h"
#include "storage/progressrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QHash<QString, int> reachedFromJson(const QJsonObject &summary)
{
    QHash<QString, int> out;
    for (const auto &m : summary.value(QStringLiteral("milestones")).toArray())
        out.insert(m.toObject().value(QStringLiteral("code")).toString(), m.toObject().value(QStringLiteral("reached")).toInt());
    return out;
}
}   // namespace

TEST_CASE("the demo tells the seed's story through the library", "[demo]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("demo-lib.sqlite")));
    ProgressRepository progress(db.connection());

    const ProgressSummary before = progress.summary(QDate(2025, 10, 3));
    CHECK(before.total == 413);
    CHECK(before.districts.size() == 32);
    CHECK(before.reachedCount(QStringLiteral("akun")) == 266);
    CHECK(before.reachedCount(QStringLiteral("profil")) == 121);
    CHECK(before.reachedCount(QStringLiteral("gerai_aktif")) == 9);
    CHECK(before.reachedCount(QStringLiteral("pembiayaan")) == 11);

    const ProgressSummary after = progress.summary(QDate(2025, 10, 4));
    CHECK(after.reachedCount(QStringLiteral("akun")) == 360);
    CHECK(after.reachedCount(QStringLiteral("profil")) == 249);
    CHECK(after.reachedCount(QStringLiteral("gerai")) == 173);
    CHECK(after.reachedCount(QStringLiteral("kemitraan")) == 90);
    CHECK(after.reachedCount(QStringLiteral("gerai_aktif")) == 9);
    CHECK(after.reachedCount(QStringLiteral("pembiayaan")) == 11);

    // Per-kecamatan counts add up to the area's.
    for (const auto &m : after.milestones) {
        int sum = 0;
        for (const auto &d : after.districts)
            sum += d.reachedCount(m.code);
        CHECK(sum == after.reachedCount(m.code));
    }
    CHECK(DemoScenario::attendees(db.connection()).size() == 360);
    CHECK(CooperativeRepository(db.connection()).hasDemoData());
    CHECK(CooperativeRepository(db.connection()).get(1).chairName.startsWith(QStringLiteral("(Demo) ")));
}

TEST_CASE("the demo's cooperatives reach their milestones in the programme's order", "[demo]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("demo-order.sqlite")));
    const QVector<qint64> ids = CooperativeRepository(db.connection()).findIds(RegistryQuery());
    REQUIRE(ids.size() == 413);
    MilestoneRepository milestones(db.connection());
    QHash<QString, QHash<qint64, QDate>> dates;   // code -> cooperative -> date reached
    for (const QString code : {"musdesus", "badan_hukum", "akun", "profil", "gerai", "gerai_aktif", "kemitraan", "pembiayaan"})
        for (const MilestoneMark &m : milestones.currentMarks(ids, code))
            if (m.reachedOn.isValid())
                dates[code].insert(m.cooperativeId, m.reachedOn);
    // Each step needs the one before it, reached on the same day or earlier.
    const QVector<QPair<QString, QString>> order = {{"badan_hukum", "musdesus"}, {"akun", "badan_hukum"}, {"profil", "akun"}, {"gerai", "profil"}, {"gerai_aktif", "gerai"}, {"kemitraan", "akun"}, {"pembiayaan", "akun"}};
    int checked = 0;
    for (const auto &[later, earlier] : order) {
        REQUIRE_FALSE(dates.value(later).isEmpty());
        for (auto it = dates.value(later).cbegin(); it != dates.value(later).cend(); ++it) {
            INFO("cooperative " << it.key() << ": " << later.toStdString() << " on " << it.value().toString(Qt::ISODate).toStdString());
            REQUIRE(dates.value(earlier).contains(it.key()));
            CHECK(dates.value(earlier).value(it.key()) <= it.value());
            ++checked;
        }
    }
    CHECK(checked == 413 + 360 + 249 + 173 + 9 + 90 + 11);   // every mark after the Musdesus
}

TEST_CASE("the demo's figures through the command line, JSON and text", "[demo][cli]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("demo-cli.sqlite"));
    const auto r3 = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), path,
                                         QStringLiteral("--as-of"), QStringLiteral("2025-10-03"), QStringLiteral("--json")});
    REQUIRE(r3.exitCode == 0);
    const QJsonObject s3 = QJsonDocument::fromJson(r3.out).object();
    CHECK(s3.value(QStringLiteral("as_of")).toString() == QStringLiteral("2025-10-03"));
    CHECK(s3.value(QStringLiteral("total")).toInt() == 413);
    const auto m3 = reachedFromJson(s3);
    CHECK(m3.value(QStringLiteral("akun")) == 266);
    CHECK(m3.value(QStringLiteral("profil")) == 121);
    CHECK(m3.value(QStringLiteral("gerai_aktif")) == 9);
    CHECK(m3.value(QStringLiteral("pembiayaan")) == 11);
    const QJsonObject akun = s3.value(QStringLiteral("milestones")).toArray().at(2).toObject();
    CHECK(akun.value(QStringLiteral("code")).toString() == QStringLiteral("akun"));
    CHECK(akun.value(QStringLiteral("percent")).toDouble() == Approx(64.4));
    const QJsonArray districts = s3.value(QStringLiteral("districts")).toArray();
    CHECK(districts.size() == 32);
    int sum = 0;
    for (const auto &d : districts) {
        CHECK(d.toObject().contains(QStringLiteral("code")));
        CHECK(d.toObject().contains(QStringLiteral("name")));
        sum += d.toObject().value(QStringLiteral("total")).toInt();
    }
    CHECK(sum == 413);

    const auto r4 = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), path,
                                         QStringLiteral("--as-of"), QStringLiteral("2025-10-04"), QStringLiteral("--json")});
    REQUIRE(r4.exitCode == 0);
    const auto m4 = reachedFromJson(QJsonDocument::fromJson(r4.out).object());
    CHECK(m4.value(QStringLiteral("akun")) == 360);
    CHECK(m4.value(QStringLiteral("profil")) == 249);
    CHECK(m4.value(QStringLiteral("gerai")) == 173);
    CHECK(m4.value(QStringLiteral("kemitraan")) == 90);

    const auto text = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), path,
                                           QStringLiteral("--as-of"), QStringLiteral("2025-10-04")});
    REQUIRE(text.exitCode == 0);
    const QString t = QString::fromUtf8(text.out);
    CHECK(t.contains(QStringLiteral("Sabtu, 4 Oktober 2025")));
    CHECK(t.contains(QStringLiteral("87,2 %")));   // 360 of 413
}

TEST_CASE("the command line refuses bad arguments with one line and a non-zero exit", "[cli]")
{
    const auto missing = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), TestSupport::tempPath(QStringLiteral("nope.sqlite"))});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.count('\n') == 1);
    CHECK(missing.out.isEmpty());
    const auto badDate = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), QStringLiteral("x"),
                                              QStringLiteral("--as-of"), QStringLiteral("4/10/2025")});
    CHECK(badDate.exitCode != 0);
    CHECK(badDate.err.contains("YYYY-MM-DD"));
    const auto unknown = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--bogus")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains("--bogus"));
}
