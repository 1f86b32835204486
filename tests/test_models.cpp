// The item models behind the registry and the dashboard's table, without a widget: this
// executable links pk_models and runs on a QGuiApplication, so a model that needed QtWidgets
// would not build here.
#include "catch.h"
#include "support/testsupport.h"

#include "core/indonesianformat.h"
#include "models/districtprogressmodel.h"
#include "models/registrymodel.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/progressrepository.h"

#include <QGuiApplication>
#include <QMimeData>
#include <memory>

namespace {
std::unique_ptr<Database> demoCopy(const QString &name)
{
    auto db = std::make_unique<Database>();
    db->open(TestSupport::demoDatabaseCopy(name));
    return db;
}

QString cell(const RegistryModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
}   // namespace

TEST_CASE("the models run without QApplication's widgets", "[models]")
{
    REQUIRE(QCoreApplication::instance());
    CHECK(QCoreApplication::instance()->inherits("QGuiApplication"));
    CHECK_FALSE(QCoreApplication::instance()->inherits("QApplication"));
}

TEST_CASE("the registry model loads rows lazily in chunks", "[models][registry]")
{
    const auto db = demoCopy(QStringLiteral("models-lazy"));
    RegistryModel model(db->connection());
    REQUIRE(model.startupError().isEmpty());
    REQUIRE(model.rowCount() == 413);
    CHECK(model.loadedChunkCount() == 0);
    const CooperativeRepository repository(db->connection());
    // A row beyond the first chunk has its own data, not a neighbour's.
    for (int row : {0, RegistryModel::kChunkSize - 1, RegistryModel::kChunkSize, 250, 412}) {
        const RegistryRow expected = repository.loadRows({model.idAt(row)}).first();
        CHECK(cell(model, row, RegistryModel::CodeColumn) == expected.cooperative.villageCode);
        CHECK(cell(model, row, RegistryModel::NameColumn) == expected.cooperative.name);
        CHECK(cell(model, row, RegistryModel::ChairColumn) == expected.cooperative.chairName);
        CHECK(cell(model, row, model.milestoneColumn(QStringLiteral("akun"))).isEmpty()
              == !expected.reached.contains(QStringLiteral("akun")));
    }
    CHECK(model.loadedChunkCount() == 4);   // rows 0 and 99 share the first chunk of 100; 100, 250 and 412 need one each
    CHECK(cell(model, 412, RegistryModel::CodeColumn) > cell(model, 411, RegistryModel::CodeColumn));
    CHECK_FALSE(model.data(model.index(413, 0)).isValid());
}

TEST_CASE("the registry model filters by kecamatan and milestone, and sorts, through its query", "[models][registry]")
{
    const auto db = demoCopy(QStringLiteral("models-query"));
    RegistryModel model(db->connection());
    const int akun = model.milestoneColumn(QStringLiteral("akun"));
    REQUIRE(akun >= RegistryModel::FirstMilestoneColumn);

    RegistryQuery q;
    q.districtCode = QStringLiteral("12.08.30");
    model.setQuery(q);
    const int inDistrict = model.rowCount();
    REQUIRE(inDistrict > 1);
    CHECK(model.totalCount() == 413);
    for (int row = 0; row < inDistrict; ++row)
        CHECK(cell(model, row, RegistryModel::CodeColumn).startsWith(QStringLiteral("12.08.30.")));

    // Reached and not reached split the kecamatan's rows between them, each by its date column.
    q.milestoneCode = QStringLiteral("akun");
    q.milestoneFilter = RegistryQuery::MilestoneFilter::Reached;
    model.setQuery(q);
    const int reached = model.rowCount();
    for (int row = 0; row < reached; ++row)
        CHECK_FALSE(cell(model, row, akun).isEmpty());
    q.milestoneFilter = RegistryQuery::MilestoneFilter::NotReached;
    model.setQuery(q);
    const int notReached = model.rowCount();
    for (int row = 0; row < notReached; ++row)
        CHECK(cell(model, row, akun).isEmpty());
    CHECK(reached + notReached == inDistrict);
    CHECK(reached > 0);

    // A header click sorts through the query: by name, both ways.
    model.setQuery(RegistryQuery());
    model.sort(RegistryModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.query().sortKey == RegistryQuery::SortKey::Name);
    CHECK(model.query().descending);
    REQUIRE(model.rowCount() == 413);
    for (int row = 1; row < 413; ++row)
        CHECK(cell(model, row - 1, RegistryModel::NameColumn) >= cell(model, row, RegistryModel::NameColumn));
}

TEST_CASE("the per-kecamatan table: 32 kecamatan, the total row last also when sorted, copied as a table", "[models][dashboard]")
{
    const auto db = demoCopy(QStringLiteral("models-districts"));
    DistrictProgressModel model;
    model.setSummary(ProgressRepository(db->connection()).summary(QDate(2025, 10, 4)));
    REQUIRE(model.rowCount() == 33);
    const int last = model.rowCount() - 1;
    CHECK(model.isTotalRow(last));
    CHECK(model.districtCode(last).isEmpty());
    int akun = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.milestoneCodeOfColumn(c) == QLatin1String("akun"))
            akun = c;
    REQUIRE(akun > 0);
    CHECK(model.text(last, 1) == QStringLiteral("413"));
    CHECK(model.text(last, 2) == QStringLiteral("413"));
    CHECK(model.text(last, akun) == QStringLiteral("360 (87,2\u00a0%)"));

    // Each kecamatan's figures are those of the registry model filtered to it.
    RegistryModel registry(db->connection());
    RegistryQuery q;
    q.asOf = QDate(2025, 10, 4);
    for (int row = 0; row < last; ++row) {
        q.districtCode = model.districtCode(row);
        q.milestoneCode.clear();
        q.milestoneFilter = RegistryQuery::MilestoneFilter::Any;
        registry.setQuery(q);
        const int total = registry.rowCount();
        CHECK(model.text(row, 2) == IndonesianFormat::number(total));
        q.milestoneCode = QStringLiteral("akun");
        q.milestoneFilter = RegistryQuery::MilestoneFilter::Reached;
        registry.setQuery(q);
        CHECK(model.text(row, akun) == QStringLiteral("%1 (%2)").arg(registry.rowCount()).arg(IndonesianFormat::percent(registry.rowCount(), total)));
    }

    model.sort(akun, Qt::DescendingOrder);
    CHECK(model.isTotalRow(last));
    CHECK(model.data(model.index(0, akun), DistrictProgressModel::SortValueRole).toDouble()
          >= model.data(model.index(last - 1, akun), DistrictProgressModel::SortValueRole).toDouble());

    const QStringList lines = model.toTsv().trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 34);
    for (const QString &line : lines)
        CHECK(line.count(QLatin1Char('\t')) == model.columnCount() - 1);
    CHECK(lines.last().startsWith(QStringLiteral("Total\t413\t413\t")));
    const std::unique_ptr<QMimeData> mime(model.tableMimeData());
    CHECK(mime->html().contains(QStringLiteral("<table")));
}
