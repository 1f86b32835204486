#include "catch.h"
#include "support/testsupport.h"

#include "storage/changewatcher.h"
#include "registry/cooperativeeditdialog.h"
#include "registry/cooperativehistorydialog.h"
#include "storage/cooperativerepository.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "registry/milestoneadmindialog.h"
#include "storage/milestonerepository.h"
#include "io/regioncatalog.h"
#include "registry/registrycommands.h"
#include "models/registrymodel.h"
#include "registry/registrypage.h"
#include "workshops/workshopmilestonedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QThread>
#include <QUndoStack>
#include <memory>

namespace {
// A registry page on its own copy of the demo database (Simalungun, 413 KMP, after the workshop).
struct Fixture
{
    explicit Fixture(const QString &name)
    {
        database = std::make_shared<Database>();
        database->open(TestSupport::demoDatabaseCopy(name + QStringLiteral(".sqlite")));
        ctx.database = database;
        ctx.undoStack = &undoStack;
        watcher = std::make_unique<ChangeWatcher>(database->connection());
        ctx.watcher = watcher.get();
        ctx.actor = QStringLiteral("tester");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, TestSupport::tempPath(QStringLiteral("settings")));
        page = std::make_unique<RegistryPage>(ctx);
    }
    ~Fixture() { page.reset(); }

    QString cell(int row, int column) const
    {
        return page->model()->data(page->model()->index(row, column)).toString();
    }
    int akunColumn() const { return page->model()->milestoneColumn(QStringLiteral("akun")); }

    std::shared_ptr<Database> database;
    QUndoStack undoStack;
    std::unique_ptr<ChangeWatcher> watcher;
    AppContext ctx;
    std::unique_ptr<RegistryPage> page;
};

// Lets the event loop run (the search box waits for a pause in typing) until pred holds.
template <typename Pred> bool waitUntil(Pred pred, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return pred();
}

int villagesOfDistrict(const QString &districtCode)
{
    int n = 0;
    for (const RegionEntry &v : TestSupport::catalog().area(QStringLiteral("12.08")).villages)
        n += v.parentCode == districtCode ? 1 : 0;
    return n;
}
}   // namespace

TEST_CASE("the registry shows every cooperative of the area", "[registry]")
{
    Fixture f(QStringLiteral("registry-all"));
    CHECK(f.page->model()->rowCount() == 413);
    CHECK(f.page->table()->model()->rowCount() == 413);
    CHECK(f.page->countText().contains(QStringLiteral("413")));
    CHECK(f.cell(0, RegistryModel::CodeColumn) == QStringLiteral("12.08.01.2001"));
    // The village column is titled with the area's word for a desa.
    CHECK(f.page->model()->headerData(RegistryModel::VillageColumn, Qt::Horizontal).toString()
          == QStringLiteral("Nagori/Kelurahan"));
    // One column per active milestone, with the date reached.
    CHECK(f.page->model()->columnCount() == RegistryModel::FirstMilestoneColumn + 8 + 1);
}

TEST_CASE("typing in the search box filters the registry", "[registry]")
{
    Fixture f(QStringLiteral("registry-search"));
    f.page->searchBox()->setText(QStringLiteral("huta parik"));
    // Nothing happens while the user is still typing ...
    CHECK(f.page->model()->rowCount() == 413);
    // ... and the filter applies after the short pause.
    REQUIRE(waitUntil([&] { return f.page->model()->rowCount() != 413; }));
    REQUIRE(f.page->model()->rowCount() == 1);
    CHECK(f.cell(0, RegistryModel::CodeColumn) == QStringLiteral("12.08.30.2002"));
    CHECK(f.cell(0, RegistryModel::NameColumn) == QStringLiteral("Koperasi Desa Merah Putih Huta Parik"));
    CHECK(f.page->countText().contains(QStringLiteral("1 ")));

    // By code, case-insensitive by name, and nothing for an unknown word.
    f.page->searchBox()->setText(QStringLiteral("12.08.30."));
    f.page->applySearchNow();
    CHECK(f.page->model()->rowCount() == villagesOfDistrict(QStringLiteral("12.08.30")));
    f.page->searchBox()->setText(QStringLiteral("HUTA PARIK"));
    f.page->applySearchNow();
    CHECK(f.page->model()->rowCount() == 1);
    f.page->searchBox()->setText(QStringLiteral("zzzz-no-such-village"));
    f.page->applySearchNow();
    CHECK(f.page->model()->rowCount() == 0);
    f.page->searchBox()->clear();
    f.page->applySearchNow();
    CHECK(f.page->model()->rowCount() == 413);
}

TEST_CASE("the kecamatan and milestone filters", "[registry]")
{
    Fixture f(QStringLiteral("registry-filters"));
    QComboBox *district = f.page->districtBox();
    REQUIRE(district->count() == 33);   // "all" + the 32 kecamatan of Simalungun
    district->setCurrentIndex(district->findData(QStringLiteral("12.08.30")));
    CHECK(f.page->model()->rowCount() == villagesOfDistrict(QStringLiteral("12.08.30")));
    CHECK(f.page->model()->rowCount() == 20);
    for (int row = 0; row < f.page->model()->rowCount(); ++row)
        CHECK(f.cell(row, RegistryModel::CodeColumn).startsWith(QStringLiteral("12.08.30.")));
    district->setCurrentIndex(0);
    CHECK(f.page->model()->rowCount() == 413);

    // After the workshop 360 have an account: 53 did not attend.
    f.page->milestoneBox()->setCurrentIndex(f.page->milestoneBox()->findData(QStringLiteral("akun")));
    f.page->milestoneStateBox()->setCurrentIndex(f.page->milestoneStateBox()->findData(int(RegistryQuery::MilestoneFilter::NotReached)));
    CHECK(f.page->model()->rowCount() == 53);
    for (int row = 0; row < 53; ++row)
        CHECK(f.cell(row, f.akunColumn()).isEmpty());
    f.page->milestoneStateBox()->setCurrentIndex(f.page->milestoneStateBox()->findData(int(RegistryQuery::MilestoneFilter::Reached)));
    CHECK(f.page->model()->rowCount() == 360);
    CHECK(f.cell(0, f.akunColumn()).contains(QStringLiteral("2025")));

    // The dashboard's link: one kecamatan, who has not reached a milestone.
    f.page->applyFilter(QStringLiteral("12.08.30"), QStringLiteral("akun"), RegistryQuery::MilestoneFilter::NotReached);
    CHECK(district->currentData().toString() == QStringLiteral("12.08.30"));
    const int missing = f.page->model()->rowCount();
    CHECK(missing < 20);
    for (int row = 0; row < missing; ++row) {
        CHECK(f.cell(row, RegistryModel::CodeColumn).startsWith(QStringLiteral("12.08.30.")));
        CHECK(f.cell(row, f.akunColumn()).isEmpty());
    }
    f.page->applyFilter(QString(), QString(), RegistryQuery::MilestoneFilter::Any);
    CHECK(f.page->model()->rowCount() == 413);
}

TEST_CASE("marking several rows at once goes through the undo stack", "[registry]")
{
    Fixture f(QStringLiteral("registry-mark"));
    f.page->applyFilter(QString(), QStringLiteral("akun"), RegistryQuery::MilestoneFilter::NotReached);
    REQUIRE(f.page->model()->rowCount() == 53);
    const QVector<qint64> five{f.page->model()->idAt(0), f.page->model()->idAt(1), f.page->model()->idAt(2),
                               f.page->model()->idAt(3), f.page->model()->idAt(4)};
    f.page->selectIds(five);
    CHECK(f.page->selectedIds().size() == 5);

    CHECK(f.page->markMilestone(f.page->selectedIds(), QStringLiteral("akun"), QDate(2025, 10, 6),
                                QStringLiteral("phoned after the workshop"))
          == 5);
    CHECK(f.undoStack.count() == 1);
    CHECK(f.page->model()->rowCount() == 48);   // the page refreshed through the change watcher

    f.undoStack.undo();
    CHECK(f.page->model()->rowCount() == 53);
    // Undo is recorded, never a silent delete: the history shows the withdrawal first.
    CooperativeHistoryDialog history(f.ctx, five.first());
    REQUIRE(history.entryCount() >= 2);
    CHECK(history.entryText(0, 1).contains(QStringLiteral("withdrawn")));
    CHECK(history.entryText(0, 1).contains(QStringLiteral("Akun SIMKOPDES")));
    CHECK(history.entryText(0, 3) == QStringLiteral("tester"));
    CHECK(history.entryText(1, 1).contains(QStringLiteral("reached")));
    CHECK(history.entryText(1, 4) == QStringLiteral("phoned after the workshop"));

    f.undoStack.redo();
    CHECK(f.page->model()->rowCount() == 48);
    const QVector<MilestoneMark> marks = MilestoneRepository(f.database->connection()).currentMarks(five, QStringLiteral("akun"));
    for (const MilestoneMark &m : marks)
        CHECK(m.reachedOn == QDate(2025, 10, 6));

    // Withdrawing, then undoing the withdrawal, puts the dates back.
    f.page->applyFilter(QString(), QString(), RegistryQuery::MilestoneFilter::Any);
    CHECK(f.page->withdrawMilestone(five, QStringLiteral("akun"), QStringLiteral("recorded by mistake")) == 5);
    CHECK(MilestoneRepository(f.database->connection()).currentMarks(five, QStringLiteral("akun")).first().reachedOn.isNull());
    f.undoStack.undo();
    CHECK(MilestoneRepository(f.database->connection()).currentMarks(five, QStringLiteral("akun")).first().reachedOn
          == QDate(2025, 10, 6));
}

TEST_CASE("a mark-many step on the undo stack counts the rows it changed, not the rows selected", "[registry][undo]")
{
    Fixture f(QStringLiteral("registry-mark-text"));
    f.page->applyFilter(QString(), QStringLiteral("akun"), RegistryQuery::MilestoneFilter::NotReached);
    QVector<qint64> ids{f.page->model()->idAt(0), f.page->model()->idAt(1), f.page->model()->idAt(2)};
    f.page->applyFilter(QString(), QStringLiteral("akun"), RegistryQuery::MilestoneFilter::Reached);
    const qint64 reached = f.page->model()->idAt(0);
    const QDate reachedOn = MilestoneRepository(f.database->connection()).currentMarks({reached}, QStringLiteral("akun")).first().reachedOn;
    ids.append(reached);
    CHECK(f.page->markMilestone(ids, QStringLiteral("akun"), QDate(2025, 10, 6), QString()) == 3);
    REQUIRE(f.undoStack.count() == 1);
    INFO(f.undoStack.text(0).toStdString());
    CHECK(f.undoStack.text(0).contains(QStringLiteral("for 3 cooperative")));
    // The one that had it keeps its date.
    CHECK(MilestoneRepository(f.database->connection()).currentMarks({reached}, QStringLiteral("akun")).first().reachedOn == reachedOn);
}

TEST_CASE("a date in the future is refused and nothing lands on the undo stack", "[registry]")
{
    Fixture f(QStringLiteral("registry-future"));
    const QVector<qint64> one{f.page->model()->idAt(0)};
    CHECK_THROWS(MilestoneMarkCommand::create(f.ctx, MilestoneMarkCommand::Action::Mark, one,
                                              f.page->model()->milestones().first(), QDate::currentDate().addDays(2), QString()));
    CHECK(f.undoStack.count() == 0);
}

TEST_CASE("sorting by a column goes through the query", "[registry]")
{
    Fixture f(QStringLiteral("registry-sort"));
    f.page->table()->sortByColumn(RegistryModel::NameColumn, Qt::AscendingOrder);
    CHECK(f.page->model()->query().sortKey == RegistryQuery::SortKey::Name);
    REQUIRE(f.page->model()->rowCount() == 413);
    for (int row = 1; row < 413; ++row)
        CHECK(f.cell(row - 1, RegistryModel::NameColumn) <= f.cell(row, RegistryModel::NameColumn));
    f.page->table()->sortByColumn(RegistryModel::NameColumn, Qt::DescendingOrder);
    CHECK(f.cell(0, RegistryModel::NameColumn) >= f.cell(412, RegistryModel::NameColumn));
    CHECK(f.cell(0, RegistryModel::NameColumn) != f.cell(412, RegistryModel::NameColumn));

    // By a milestone's date: those without it come first when ascending.
    f.page->table()->sortByColumn(f.akunColumn(), Qt::AscendingOrder);
    CHECK(f.cell(0, f.akunColumn()).isEmpty());
    CHECK_FALSE(f.cell(412, f.akunColumn()).isEmpty());

    // The selection follows its cooperatives to their new rows.
    const qint64 chosen = f.page->model()->idAt(7);
    f.page->selectIds({chosen});
    f.page->table()->sortByColumn(RegistryModel::CodeColumn, Qt::DescendingOrder);
    CHECK(f.page->selectedIds() == QVector<qint64>{chosen});
}

TEST_CASE("the registry exports the rows it shows, in the order it shows them", "[registry][export]")
{
    Fixture f(QStringLiteral("registry-export"));
    f.page->applyFilter(QStringLiteral("12.08.30"), QStringLiteral("akun"), RegistryQuery::MilestoneFilter::Reached);
    f.page->table()->sortByColumn(RegistryModel::NameColumn, Qt::DescendingOrder);
    const int shown = f.page->model()->rowCount();
    REQUIRE(shown > 1);
    REQUIRE(shown < 413);

    for (const QString &name : {QStringLiteral("shown.csv"), QStringLiteral("shown.xlsx")}) {
        const QString path = TestSupport::tempPath(name);
        CHECK(f.page->exportRowsTo(path) == shown);
        REQUIRE(QFileInfo::exists(path));
    }
    const CsvReader::Result csv = CsvReader::readFile(TestSupport::tempPath(QStringLiteral("shown.csv")));
    REQUIRE(csv.ok());
    REQUIRE(csv.rows.size() == shown + 1);   // with the header
    for (int row = 0; row < shown; ++row) {
        INFO("row " << row);
        CHECK(csv.rows.at(row + 1).at(0) == f.cell(row, RegistryModel::CodeColumn));
        CHECK(csv.rows.at(row + 1).at(5) == f.cell(row, RegistryModel::NameColumn));
    }
}

TEST_CASE("editing a cooperative is validated, saved and undoable", "[registry][edit]")
{
    Fixture f(QStringLiteral("registry-edit"));
    const qint64 id = f.page->model()->idAt(3);
    const Cooperative before = CooperativeRepository(f.database->connection()).get(id);

    CooperativeEditDialog dialog(before, nullptr, QDate(2025, 10, 4));
    dialog.findChild<QLineEdit *>(QStringLiteral("chairPhoneEdit"))->setText(QStringLiteral("12345"));
    dialog.findChild<QLineEdit *>(QStringLiteral("legalNumberEdit"))->setText(QStringLiteral("AHU-0001234.AH.01.29.TAHUN 2025"));
    dialog.findChild<QDateEdit *>(QStringLiteral("legalDateEdit"))->setDate(QDate(2025, 12, 1));
    CHECK_FALSE(dialog.validate());
    CHECK(dialog.problemFor(QStringLiteral("chairPhone")).contains(QStringLiteral("12345")));
    CHECK_FALSE(dialog.problemFor(QStringLiteral("legalDate")).isEmpty());
    CHECK(dialog.problemFor(QStringLiteral("name")).isEmpty());

    dialog.findChild<QLineEdit *>(QStringLiteral("chairPhoneEdit"))->setText(QStringLiteral("0812-3456-7890"));
    dialog.findChild<QDateEdit *>(QStringLiteral("legalDateEdit"))->setDate(QDate(2025, 8, 20));
    CHECK(dialog.validate());
    CHECK(dialog.problemFor(QStringLiteral("chairPhone")).isEmpty());
    const Cooperative after = dialog.cooperative();
    CHECK(after.legalDate == QDate(2025, 8, 20));
    CHECK(after.villageCode == before.villageCode);

    f.undoStack.push(EditCooperativeCommand::create(f.ctx, before, after));
    const QVector<int> rows = f.page->model()->rowsOf({id});
    REQUIRE(rows.size() == 1);
    CHECK(f.cell(rows.first(), RegistryModel::LegalNumberColumn) == QStringLiteral("AHU-0001234.AH.01.29.TAHUN 2025"));
    f.undoStack.undo();
    CHECK(f.cell(rows.first(), RegistryModel::LegalNumberColumn) == before.legalNumber);
    CHECK(CooperativeRepository(f.database->connection()).get(id).chairPhone == before.chairPhone);
    // Both the edit and its undo are in the field history.
    CHECK(CooperativeRepository(f.database->connection()).changes(id).size() >= 6);
    // Nothing changed: no command.
    CHECK(EditCooperativeCommand::create(f.ctx, before, before) == nullptr);
}

TEST_CASE("the registry keeps its selection when another window saves", "[registry]")
{
    Fixture f(QStringLiteral("registry-reload"));
    const QVector<qint64> chosen{f.page->model()->idAt(10), f.page->model()->idAt(11), f.page->model()->idAt(300)};
    f.page->selectIds(chosen);
    // Another connection (another PC) marks a milestone.
    {
        Database other;
        other.open(f.database->path());
        MilestoneRepository(other.connection()).mark({chosen.first()}, QStringLiteral("pembiayaan"), QDate(2025, 10, 5), QString(), QStringLiteral("someone else"));
    }
    REQUIRE(TestSupport::waitForChange(*f.watcher));
    CHECK(f.page->selectedIds() == chosen);
    const int column = f.page->model()->milestoneColumn(QStringLiteral("pembiayaan"));
    CHECK(f.cell(10, column).contains(QStringLiteral("2025")));
}

TEST_CASE("column widths are remembered", "[registry]")
{
    {
        Fixture f(QStringLiteral("registry-widths"));
        f.page->table()->setColumnWidth(RegistryModel::NameColumn, 333);
        // The akun column dragged next to the name.
        QHeaderView *header = f.page->table()->horizontalHeader();
        header->moveSection(header->visualIndex(f.akunColumn()), 2);
    }
    Fixture again(QStringLiteral("registry-widths2"));
    CHECK(again.page->table()->columnWidth(RegistryModel::NameColumn) == 333);
    CHECK(again.page->table()->horizontalHeader()->visualIndex(again.akunColumn()) == 2);
    CHECK(again.page->table()->horizontalHeader()->visualIndex(RegistryModel::NameColumn) == 1);
    QSettings().remove(QStringLiteral("registry/columnOrder"));
}

TEST_CASE("milestones recorded at the check-in desk are one step on the undo stack", "[workshop][undo]")
{
    Fixture f(QStringLiteral("checkin-milestones-undo"));
    RegistryQuery withoutBoth;
    withoutBoth.milestoneCode = QStringLiteral("gerai");
    withoutBoth.milestoneFilter = RegistryQuery::MilestoneFilter::NotReached;
    const QVector<qint64> candidates = CooperativeRepository(f.database->connection()).findIds(withoutBoth);
    MilestoneRepository milestones(f.database->connection());
    qint64 id = 0;
    for (qint64 candidate : candidates)
        if (!milestones.currentMarks({candidate}, QStringLiteral("gerai_aktif")).value(0).reachedOn.isValid()) {
            id = candidate;
            break;
        }
    REQUIRE(id != 0);
    const auto reachedOn = [&](const QString &code) { return milestones.currentMarks({id}, code).value(0).reachedOn; };

    AttendanceEntry entry;
    entry.cooperativeId = id;
    entry.cooperativeName = CooperativeRepository(f.database->connection()).get(id).name;
    const QDate day(2025, 10, 4);
    WorkshopMilestoneDialog dialog(f.ctx, entry, day);
    auto *list = dialog.findChild<QListWidget *>();
    REQUIRE(list);
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QString code = list->item(i)->data(Qt::UserRole).toString();
        if (code == QLatin1String("gerai") || code == QLatin1String("gerai_aktif")) {
            REQUIRE((list->item(i)->flags() & Qt::ItemIsEnabled));
            list->item(i)->setCheckState(Qt::Checked);
            ++ticked;
        }
    }
    REQUIRE(ticked == 2);
    const int stepsBefore = f.undoStack.count();
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(reachedOn(QStringLiteral("gerai")) == day);
    CHECK(reachedOn(QStringLiteral("gerai_aktif")) == day);
    CHECK(f.undoStack.count() == stepsBefore + 1);

    f.undoStack.undo();
    CHECK_FALSE(reachedOn(QStringLiteral("gerai")).isValid());
    CHECK_FALSE(reachedOn(QStringLiteral("gerai_aktif")).isValid());
    f.undoStack.redo();
    CHECK(reachedOn(QStringLiteral("gerai")) == day);
    CHECK(reachedOn(QStringLiteral("gerai_aktif")) == day);
}

TEST_CASE("milestone administration goes on the undo stack", "[milestones][undo]")
{
    Fixture f(QStringLiteral("milestone-admin-undo"));
    MilestoneRepository repo(f.database->connection());
    const auto codes = [&] {
        QStringList out;
        for (const MilestoneDefinition &d : repo.definitions(true))
            out << d.code;
        return out;
    };
    const QStringList before = codes();
    MilestoneAdminDialog dialog(f.ctx);
    auto *list = dialog.findChild<QListWidget *>();
    REQUIRE(list);
    list->setCurrentRow(1);
    QPushButton *up = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Move &up"))
            up = b;
    REQUIRE(up);
    const int steps = f.undoStack.count();
    up->click();
    QStringList moved = before;
    moved.swapItemsAt(0, 1);
    CHECK(codes() == moved);
    CHECK(f.undoStack.count() == steps + 1);

    f.undoStack.undo();
    CHECK(codes() == before);
    f.undoStack.redo();
    CHECK(codes() == moved);
}
