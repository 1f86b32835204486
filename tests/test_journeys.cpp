// User journeys: the real widgets driven as a person does, with the mouse on the actual buttons
// and keys typed into whatever has the focus, at a netbook's 1024×600 and a laptop's 1366×768.
#include "catch.h"
#include "support/guicontext.h"
#include "support/dialogsteps.h"
#include "support/testsupport.h"

#include "workshops/checkinpage.h"
#include "registry/cooperativeeditdialog.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "report/letterhead.h"
#include "registry/markmilestonedialog.h"
#include "reports/letterheaddialog.h"
#include "shell/mainwindow.h"
#include "models/registrymodel.h"
#include "registry/registrypage.h"
#include "storage/workshoprepository.h"
#include "storage/changewatcher.h"
#include "storage/registryquery.h"
#include "io/regioncatalog.h"
#include "io/areasetup.h"
#include "shell/guidedialog.h"
#include "dashboard/firststepspanel.h"
#include "dashboard/dashboardpage.h"
#include "widgets/dateedit.h"
#include "workshops/workshopspage.h"
#include "workshops/workshopeditdialog.h"

#include <QApplication>
#include <QTextBrowser>
#include <QStatusBar>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace {

std::shared_ptr<Database> openCopy(const QString &name)
{
    auto db = std::make_shared<Database>();
    db->open(TestSupport::demoDatabaseCopy(name));
    return db;
}

using TestSupport::whenReady;

template <typename T>
T *activeModal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

QWidget *focused(QWidget *window)
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : window->focusWidget();
}

void activate(QWidget *w)
{
    w->activateWindow();
    QApplication::setActiveWindow(w->window());
    (void)QTest::qWaitForWindowActive(w->window(), 1000);
}

// Opens the edit form of the registry's row `row` by double-clicking it; `inside` runs in the
// form. Returns false when the form was still open two seconds later (it had to be closed).
bool editRow(RegistryPage *registry, int row, std::function<void(CooperativeEditDialog *)> inside)
{
    QTableView *table = registry->table();
    const QModelIndex index = registry->model()->index(row, RegistryModel::NameColumn);
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    bool closedByGuard = false;
    whenReady([&] {
        auto *dialog = activeModal<CooperativeEditDialog>();
        if (!dialog)
            return false;
        activate(dialog);
        inside(dialog);
        // The guard: a form whose buttons do nothing would otherwise hang the test.
        QTimer::singleShot(1500, dialog, [dialog, &closedByGuard] {
            if (dialog->isVisible() && !QApplication::activeModalWidget()->inherits("QMessageBox")) {
                closedByGuard = true;
                dialog->done(QDialog::Rejected);
            }
        });
        return true;
    });
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    return !closedByGuard;
}

// Answers the "Save changes?" question with its own button (saveButton, discardButton or
// cancelButton) once it appears; `asked` tells whether it did.
void answerQuestion(const QString &button, bool *asked)
{
    whenReady([button, asked] {
        auto *box = activeModal<QMessageBox>();
        if (!box)
            return false;
        *asked = true;
        QPushButton *b = box->findChild<QPushButton *>(button);
        REQUIRE(b);
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    });
}

void typeIntoFocus(QWidget *window, const QString &text)
{
    QWidget *w = focused(window);
    REQUIRE(w);
    QTest::keyClicks(w, text);
}

QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>()->button(which);
}

}   // namespace

TEST_CASE("journey: edit a cooperative in the registry, save, cancel, Esc with changes", "[journey][edit]")
{
    const QSize size = GENERATE(QSize(1024, 600), QSize(1366, 768));
    auto db = openCopy(QStringLiteral("journey-edit-%1.sqlite").arg(size.width()));
    MainWindow window(db);
    window.resize(size);
    window.show();
    window.showPage(1);
    auto *registry = qobject_cast<RegistryPage *>(window.page(1));
    REQUIRE(registry);
    CooperativeRepository repo(db->connection());
    const qint64 id = registry->model()->idAt(2);
    const QString name = repo.get(id).name;

    SECTION("Save writes the edit; Ctrl+Z takes it back")
    {
        QSize formMinimum;
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            formMinimum = d->minimumSizeHint();
            QTest::keyClick(focused(d), Qt::Key_End);
            typeIntoFocus(d, QStringLiteral(" Sejahtera"));
            QTest::mouseClick(button(d, QDialogButtonBox::Save), Qt::LeftButton);
        }));
        CHECK(repo.get(id).name == name + QStringLiteral(" Sejahtera"));
        // The form fits a 1024×600 netbook's screen.
        CHECK(formMinimum.width() <= 1024);
        CHECK(formMinimum.height() <= 600);
        activate(&window);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(repo.get(id).name == name);
    }
    SECTION("A phone typed in any form is saved in one form, shown grouped, and reopening asks nothing")
    {
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            auto *phone = d->findChild<QLineEdit *>(QStringLiteral("chairPhoneEdit"));
            REQUIRE(phone);
            QTest::mouseClick(phone, Qt::LeftButton);
            QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
            typeIntoFocus(d, QStringLiteral("+62 813 1111 2222"));
            QTest::mouseClick(button(d, QDialogButtonBox::Save), Qt::LeftButton);
        }));
        CHECK(repo.get(id).chairPhone == QStringLiteral("081311112222"));
        QString shown;
        // Unchanged, Esc closes without the "Save changes?" question (the guard would close a form
        // that stayed open, and editRow would say so).
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            shown = d->findChild<QLineEdit *>(QStringLiteral("chairPhoneEdit"))->text();
            QTest::keyClick(focused(d), Qt::Key_Escape);
        }));
        CHECK(shown == QStringLiteral("0813-1111-2222"));
        CHECK(registry->model()->data(registry->model()->index(2, RegistryModel::PhoneColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("0813-1111-2222")));
    }
    SECTION("A date is pasted whole in another form (4.7.2025), and its day typed over after Tab")
    {
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            auto *number = d->findChild<QLineEdit *>(QStringLiteral("legalNumberEdit"));
            QTest::mouseClick(number, Qt::LeftButton);
            QTest::keyClick(number, Qt::Key_Tab);   // into the date, its first part (the day) selected
            QWidget *date = focused(d);
            REQUIRE(date);
            CHECK(date->objectName() == QStringLiteral("legalDateEdit"));
            // A paste is the clipboard's text inserted over the selection; inserted here directly,
            // since a test's clipboard under Wine is not always the process's own at once.
            auto *text = date->findChild<QLineEdit *>();
            REQUIRE(text);
            text->selectAll();
            text->insert(QStringLiteral("4.7.2025"));
            QTest::mouseClick(button(d, QDialogButtonBox::Save), Qt::LeftButton);
        }));
        CHECK(repo.get(id).legalDate == QDate(2025, 7, 4));
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            QTest::mouseClick(d->findChild<QLineEdit *>(QStringLiteral("legalNumberEdit")), Qt::LeftButton);
            QTest::keyClick(focused(d), Qt::Key_Tab);
            typeIntoFocus(d, QStringLiteral("09"));
            QTest::mouseClick(button(d, QDialogButtonBox::Save), Qt::LeftButton);
        }));
        CHECK(repo.get(id).legalDate == QDate(2025, 7, 9));
    }
    SECTION("Enter saves")
    {
        CHECK(editRow(registry, 2, [](CooperativeEditDialog *d) {
            QTest::keyClick(focused(d), Qt::Key_End);
            typeIntoFocus(d, QStringLiteral(" Makmur"));
            QTest::keyClick(focused(d), Qt::Key_Return);
        }));
        CHECK(repo.get(id).name == name + QStringLiteral(" Makmur"));
    }
    SECTION("Cancel with changes asks; Discard leaves the database as it was")
    {
        bool asked = false;
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            typeIntoFocus(d, QStringLiteral("X"));
            answerQuestion(QStringLiteral("discardButton"), &asked);
            QTest::mouseClick(button(d, QDialogButtonBox::Cancel), Qt::LeftButton);
        }));
        CHECK(asked);
        CHECK(repo.get(id).name == name);
    }
    SECTION("Esc with changes asks; Cancel keeps the form and the edits, then Save from the question saves")
    {
        bool firstAsked = false, secondAsked = false, stillOpen = false;
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            QTest::keyClick(focused(d), Qt::Key_End);
            typeIntoFocus(d, QStringLiteral(" Jaya"));
            answerQuestion(QStringLiteral("cancelButton"), &firstAsked);
            QTest::keyClick(focused(d), Qt::Key_Escape);
            stillOpen = d->isVisible() && d->cooperative().name == name + QStringLiteral(" Jaya");
            answerQuestion(QStringLiteral("saveButton"), &secondAsked);
            QTest::keyClick(focused(d), Qt::Key_Escape);
        }));
        CHECK(firstAsked);
        CHECK(stillOpen);
        CHECK(secondAsked);
        CHECK(repo.get(id).name == name + QStringLiteral(" Jaya"));
    }
    SECTION("a field turns red with the reason as the user leaves it")
    {
        QString problem, tooltip;
        bool asked = false;
        CHECK(editRow(registry, 2, [&](CooperativeEditDialog *d) {
            auto *phone = d->findChild<QLineEdit *>(QStringLiteral("chairPhoneEdit"));
            phone->setFocus();
            QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
            typeIntoFocus(d, QStringLiteral("12345"));
            QTest::keyClick(focused(d), Qt::Key_Tab);
            problem = d->problemFor(QStringLiteral("chairPhone"));
            tooltip = phone->toolTip();
            answerQuestion(QStringLiteral("discardButton"), &asked);
            QTest::mouseClick(button(d, QDialogButtonBox::Cancel), Qt::LeftButton);
        }));
        CHECK(problem.contains(QStringLiteral("12345")));
        CHECK_FALSE(tooltip.isEmpty());
        CHECK(repo.get(id).chairPhone != QStringLiteral("12345"));
    }
}

TEST_CASE("journey: mark a milestone for several rows, then Ctrl+Z", "[journey][milestone]")
{
    const QSize size = GENERATE(QSize(1024, 600), QSize(1366, 768));
    auto db = openCopy(QStringLiteral("journey-mark-%1.sqlite").arg(size.width()));
    MainWindow window(db);
    window.resize(size);
    window.show();
    window.showPage(1);
    activate(&window);
    auto *registry = qobject_cast<RegistryPage *>(window.page(1));
    REQUIRE(registry);
    QTableView *table = registry->table();
    CooperativeRepository repo(db->connection());

    // Click the first row, Shift+click the fourth: four cooperatives selected.
    const auto at = [&](int row) { return table->visualRect(registry->model()->index(row, RegistryModel::DistrictColumn)).center(); };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at(0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(3));
    const QVector<qint64> ids = registry->selectedIds();
    REQUIRE(ids.size() == 4);
    QSet<qint64> hadIt;
    QString code;
    bool dialogSeen = false;
    whenReady([&] {
        auto *dialog = activeModal<MarkMilestoneDialog>();
        if (!dialog)
            return false;
        dialogSeen = true;
        code = dialog->milestoneCode();
        for (const RegistryRow &row : repo.loadRows(ids))
            if (row.reached.contains(code))
                hadIt.insert(row.cooperative.id);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTimer::singleShot(1500, dialog, [dialog] { if (dialog->isVisible()) dialog->done(QDialog::Rejected); });
        return true;
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(dialogSeen);
    for (const RegistryRow &row : repo.loadRows(ids))
        CHECK(row.reached.contains(code));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    for (const RegistryRow &row : repo.loadRows(ids))
        CHECK(row.reached.contains(code) == hadIt.contains(row.cooperative.id));
}

TEST_CASE("journey: the registry finds a village code typed without dots", "[journey][registry]")
{
    const TestSupport::GuiContext gui(QStringLiteral("journey-search.sqlite"));
    RegistryPage page(gui.context);
    page.resize(1024, 600);
    page.show();
    page.searchBox()->setFocus();
    QTest::keyClicks(page.searchBox(), QStringLiteral("1208302002"));
    page.applySearchNow();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, RegistryModel::CodeColumn)).toString() == QStringLiteral("12.08.30.2002"));
    page.searchBox()->clear();
    QTest::keyClicks(page.searchBox(), QStringLiteral("12083020"));
    page.applySearchNow();
    CHECK(page.model()->rowCount() > 1);
}

TEST_CASE("journey: scrolled right, the registry still shows each row's code and name", "[journey][registry]")
{
    const TestSupport::GuiContext gui(QStringLiteral("journey-frozen.sqlite"));
    RegistryPage page(gui.context);
    page.resize(1024, 600);
    page.show();
    QApplication::processEvents();
    QTableView *table = page.table();
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    QApplication::processEvents();
    REQUIRE(table->horizontalScrollBar()->maximum() > 0);
    // The code column of the main view is scrolled away ...
    CHECK(table->columnViewportPosition(RegistryModel::CodeColumn) < 0);
    // ... but a view laid over the left edge shows it, level with the rows.
    auto *frozen = table->findChild<QTableView *>(QStringLiteral("frozenColumns"));
    REQUIRE(frozen);
    CHECK(frozen->isVisible());
    CHECK_FALSE(frozen->isColumnHidden(RegistryModel::CodeColumn));
    CHECK_FALSE(frozen->isColumnHidden(RegistryModel::NameColumn));
    CHECK(frozen->isColumnHidden(RegistryModel::DistrictColumn));
    CHECK(frozen->geometry().left() <= table->viewport()->geometry().left());
    CHECK(frozen->width() >= table->columnWidth(RegistryModel::CodeColumn) + table->columnWidth(RegistryModel::NameColumn));
    const int y = table->viewport()->height() / 2;
    const QModelIndex mainRow = table->indexAt(QPoint(table->viewport()->width() - 5, y));
    const QModelIndex frozenRow = frozen->indexAt(QPoint(5, y));
    REQUIRE(mainRow.isValid());
    CHECK(frozenRow.row() == mainRow.row());
}

TEST_CASE("journey: scans at the door land wherever the focus is", "[journey][checkin]")
{
    const QSize size = GENERATE(QSize(1024, 600), QSize(1366, 768));
    QSettings().remove(QStringLiteral("checkIn"));
    const TestSupport::GuiContext gui(QStringLiteral("journey-door-%1.sqlite").arg(size.width()), QStringLiteral("staf"));
    WorkshopRepository repo(gui.database->connection());
    Workshop w;
    w.title = QStringLiteral("Bimtek SIMKOPDES");
    w.heldOn = QDate::currentDate();
    const qint64 id = repo.create(w, QStringLiteral("test"));
    repo.invite(id, {}, QStringLiteral("test"));

    CheckInPage page(gui.context);
    page.setWorkshop(id);
    page.resize(size);
    page.show();
    activate(&page);
    auto *present = page.findChild<QLabel *>(QStringLiteral("presentCount"));
    auto *results = page.findChild<QTableWidget *>(QStringLiteral("checkInResults"));
    REQUIRE(present);
    REQUIRE(results);

    QVector<AttendanceEntry> absent = repo.absentees(id);
    int next = 0;
    int expected = 0;
    // Every widget that can hold the focus, the scan field included.
    QList<QWidget *> targets;
    for (QWidget *child : page.findChildren<QWidget *>())
        if (child->isVisible() && child->focusPolicy() != Qt::NoFocus && child->isEnabled() && !child->focusProxy())
            targets << child;
    REQUIRE(targets.size() >= 8);
    for (QWidget *target : targets) {
        const std::string what = std::string(target->metaObject()->className()) + " " + target->objectName().toStdString();
        CAPTURE(what);
        if (!target->isVisible() || !target->isEnabled())
            continue;
        const AttendanceEntry e = absent.at(next++);
        target->setFocus();
        QApplication::processEvents();
        QWidget *f = focused(&page);
        const QString code = QString(e.villageCode).remove(QLatin1Char('.'));
        QTest::keyClicks(f, code);
        QTest::keyClick(f, Qt::Key_Return);
        QApplication::processEvents();
        CHECK(repo.entry(id, e.cooperativeId).present);
        CHECK(repo.history(id, e.cooperativeId).size() == 1);
        CHECK(repo.counts(id).present == ++expected);
        CHECK(present->text().toStdString() == QString::number(repo.counts(id).present).toStdString());
        // Nothing of the code was left behind in a name field.
        if (auto *edit = qobject_cast<QLineEdit *>(f))
            CHECK_FALSE(edit->text().contains(code));
    }
    // Tab leaves the result table, and the table shows when it has the focus.
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Tab);
    CHECK(focused(&page) != results);
    CHECK_FALSE(results->tabKeyNavigation());
    CHECK(results->styleSheet().contains(QStringLiteral(":focus")));
}

TEST_CASE("journey: the door screen names the desk and the facilitator in each mark", "[journey][checkin]")
{
    QSettings().remove(QStringLiteral("checkIn"));
    const TestSupport::GuiContext gui(QStringLiteral("journey-desk.sqlite"), QStringLiteral("staf"));
    WorkshopRepository repo(gui.database->connection());
    Workshop w;
    w.title = QStringLiteral("Bimtek SIMKOPDES");
    w.heldOn = QDate::currentDate();
    const qint64 id = repo.create(w, QStringLiteral("test"));
    repo.invite(id, {}, QStringLiteral("test"));
    {
        CheckInPage page(gui.context);
        page.setWorkshop(id);
        page.resize(1024, 600);
        page.show();
        activate(&page);
        auto *desk = page.findChild<QLineEdit *>(QStringLiteral("checkInDesk"));
        auto *by = page.findChild<QLineEdit *>(QStringLiteral("checkInFacilitator"));
        REQUIRE(desk);
        REQUIRE(by);
        desk->setFocus();
        QTest::keyClicks(focused(&page), QStringLiteral("Meja 1"));
        by->setFocus();
        QTest::keyClicks(focused(&page), QStringLiteral("Rina"));
        page.findChild<QLineEdit *>(QStringLiteral("checkInSearch"))->setFocus();
        QTest::keyClicks(focused(&page), QStringLiteral("1208302002"));
        QTest::keyClick(focused(&page), Qt::Key_Return);
    }
    const qint64 coop = repo.findByCode(id, QStringLiteral("1208302002")).entry.cooperativeId;
    REQUIRE(repo.history(id, coop).size() == 1);
    CHECK(repo.history(id, coop).first().recordedBy == QStringLiteral("Rina (Meja 1)"));
    // Remembered on this computer for the next session.
    CheckInPage again(gui.context);
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("checkInDesk"))->text() == QStringLiteral("Meja 1"));
    CHECK(again.recorder() == QStringLiteral("Rina (Meja 1)"));
}

TEST_CASE("journey: attendance mark --by --desk records who and which desk", "[journey][checkin][cli]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("journey-cli-desk.sqlite"));
    qint64 id = 0;
    qint64 coop = 0;
    {
        Database db;
        db.open(path);
        WorkshopRepository repo(db.connection());
        Workshop w;
        w.title = QStringLiteral("Bimtek");
        w.heldOn = QDate::currentDate();
        id = repo.create(w, QStringLiteral("test"));
        repo.invite(id, {}, QStringLiteral("test"));
        coop = repo.findByCode(id, QStringLiteral("1208302002")).entry.cooperativeId;
    }
    const auto r = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                        QStringLiteral("--workshop"), QString::number(id), QStringLiteral("--code"),
                                        QStringLiteral("1208302002"), QStringLiteral("--by"), QStringLiteral("Budi"),
                                        QStringLiteral("--desk"), QStringLiteral("Meja 2")});
    CAPTURE(r.err);
    REQUIRE(r.exitCode == 0);
    Database db;
    db.open(path);
    CHECK(WorkshopRepository(db.connection()).history(id, coop).first().recordedBy == QStringLiteral("Budi (Meja 2)"));
}

TEST_CASE("journey: the letterhead dialog refuses a NIP that is not 18 digits where it is typed", "[journey][letterhead]")
{
    LetterheadDialog dialog{Letterhead()};
    dialog.show();
    activate(&dialog);
    auto *nip = dialog.findChild<QLineEdit *>(QStringLiteral("signatoryNip"));
    REQUIRE(nip);
    nip->setFocus();
    QTest::keyClicks(focused(&dialog), QStringLiteral("123"));
    QPushButton *save = button(&dialog, QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(nip->toolTip().isEmpty());
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    QTest::keyClicks(nip, QStringLiteral("456789012345678"));   // 18 digits
    CHECK(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("journey: the window fits a 1024×600 netbook and opens within the screen", "[journey][window]")
{
    QSettings().remove(QStringLiteral("mainWindow"));
    auto db = openCopy(QStringLiteral("journey-window.sqlite"));
    {
        MainWindow window(db);
        const QRect available = window.screen()->availableGeometry();
        CHECK(window.width() <= available.width());
        CHECK(window.height() <= available.height());
        // A small screen (the offscreen one is 800×600) gets the whole of it.
        if (available.width() < 1280 || available.height() < 720)
            CHECK(window.windowState().testFlag(Qt::WindowMaximized));
        window.setWindowState(Qt::WindowNoState);
        window.resize(1024, 600);
        window.show();
        QApplication::processEvents();
        CHECK(window.size() == QSize(1024, 600));
        CHECK(window.minimumSizeHint().width() <= 1024);
        CHECK(window.minimumSizeHint().height() <= 600);
        const QRect visible = window.rect();
        for (int p = 0; p < 4; ++p) {
            window.showPage(p);
            QApplication::processEvents();
            QWidget *page = window.page(p);
            REQUIRE(page);
            // The page itself fits beside the side bar: no sideways scrolling of a whole page.
            auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr);
            REQUIRE(scroll);
            CAPTURE(p, page->metaObject()->className());
            CHECK(page->minimumSizeHint().width() <= scroll->viewport()->width());
            for (QWidget *child : page->findChildren<QWidget *>()) {
                if (!child->isVisibleTo(&window) || child->window() != &window)
                    continue;
                const std::string what = std::string(child->metaObject()->className()) + " " + child->objectName().toStdString();
                CAPTURE(p, what);
                const QRect r(child->mapTo(&window, QPoint(0, 0)), child->size());
                bool inScroll = false;
                for (QWidget *up = child->parentWidget(); up; up = up->parentWidget())
                    if (qobject_cast<QScrollArea *>(up) || qobject_cast<QAbstractScrollArea *>(up))
                        inScroll = true;
                CHECK((visible.contains(r) || inScroll));
            }
        }
        window.resize(1000, 590);
        window.close();
    }
    // The size is remembered.
    MainWindow again(db);
    CHECK(again.size() == QSize(1000, 590));
}

TEST_CASE("journey: a new workshop typed in its dialog is saved, selected in the list and announced", "[journey][workshop]")
{
    auto db = openCopy(QStringLiteral("journey-new-workshop.sqlite"));
    MainWindow window(db);
    window.resize(1024, 600);
    window.show();
    window.showPage(2);
    auto *page = qobject_cast<WorkshopsPage *>(window.page(2));
    REQUIRE(page);
    auto *list = page->findChild<QTableWidget *>(QStringLiteral("workshopList"));
    REQUIRE(list);
    // The demo is no new office: its dashboard has no first steps to show.
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(0));
    REQUIRE(dashboard);
    CHECK(dashboard->firstSteps()->isHidden());
    const int before = list->rowCount();
    REQUIRE(before > 0);
    const QString title = QStringLiteral("Bimtek Gerai Kecamatan Raya");
    bool typed = false;
    whenReady([&] {
        auto *dialog = activeModal<WorkshopEditDialog>();
        if (!dialog)
            return false;
        activate(dialog);
        typeIntoFocus(dialog, title);   // the title has the focus
        auto *place = dialog->findChild<QLineEdit *>(QStringLiteral("placeEdit"));
        QTest::mouseClick(place, Qt::LeftButton);
        typeIntoFocus(dialog, QStringLiteral("Aula Kantor Camat Raya"));
        typed = true;
        QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
        return true;
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newWorkshopButton")), Qt::LeftButton);
    REQUIRE(typed);
    CHECK(list->rowCount() == before + 1);
    // The new workshop is the selected row, whatever was selected before, and the save says so.
    const int row = list->currentRow();
    REQUIRE(row >= 0);
    CHECK(list->item(row, 1)->text() == title);
    CHECK(list->item(row, 2)->text() == QStringLiteral("Aula Kantor Camat Raya"));
    CHECK(window.statusBar()->currentMessage().contains(title));
}

TEST_CASE("a digit typed into an empty date field begins a date instead of being ignored", "[journey][date]")
{
    QWidget window;
    auto *edit = new DateEdit(&window);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(edit->minimumDate());
    window.show();
    activate(&window);
    edit->setFocus();
    REQUIRE(edit->text() == QStringLiteral("—"));
    QTest::keyClicks(edit, QStringLiteral("05"));
    const QDate today = QDate::currentDate();
    CHECK(edit->date() == QDate(today.year(), today.month(), 5));
    // The forms a letter or a spreadsheet gives, each read day first.
    CHECK(DateEdit::parseTyped(QStringLiteral("4/10/2025")) == QDate(2025, 10, 4));
    CHECK(DateEdit::parseTyped(QStringLiteral("04-10-2025")) == QDate(2025, 10, 4));
    CHECK(DateEdit::parseTyped(QStringLiteral("4.10.2025")) == QDate(2025, 10, 4));
    CHECK(DateEdit::parseTyped(QStringLiteral("2025-10-04")) == QDate(2025, 10, 4));
    CHECK(DateEdit::parseTyped(QStringLiteral("4 Oktober 2025")) == QDate(2025, 10, 4));
    CHECK_FALSE(DateEdit::parseTyped(QStringLiteral("31/02/2025")).isValid());
    CHECK_FALSE(DateEdit::parseTyped(QStringLiteral("besok")).isValid());
}

TEST_CASE("journey: a new office's dashboard lists its first steps until done; F1 opens the guide at the page's section", "[journey][guide]")
{
    auto db = std::make_shared<Database>();
    db->open(TestSupport::newDatabase(QStringLiteral("first-steps.sqlite")));
    AreaSetup::apply(db->connection(), TestSupport::catalog().area(QStringLiteral("12.72")), QStringLiteral("test"));
    MainWindow window(db);
    window.resize(1024, 600);
    window.show();
    activate(&window);
    window.showPage(0);
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(0));
    REQUIRE(dashboard);
    FirstStepsPanel *steps = dashboard->firstSteps();
    CHECK(steps->isVisible());
    CHECK_FALSE(steps->registryFilled());
    CHECK_FALSE(steps->letterheadSet());
    CHECK_FALSE(steps->workshopPlanned());

    // The second step through its own button: the letterhead form, a name typed, saved.
    bool formSeen = false;
    whenReady([&] {
        auto *form = activeModal<LetterheadDialog>();
        if (!form)
            return false;
        formSeen = true;
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("signatoryName"));
        REQUIRE(name);
        QTest::mouseClick(name, Qt::LeftButton);
        typeIntoFocus(form, QStringLiteral("Drs. Sinaga"));
        QTest::mouseClick(button(form, QDialogButtonBox::Save), Qt::LeftButton);
        return true;
    });
    QTest::mouseClick(steps->findChild<QPushButton *>(QStringLiteral("firstStepLetterhead")), Qt::LeftButton);
    CHECK(formSeen);
    CHECK(steps->letterheadSet());
    CHECK(Letterhead::load(db->connection()).signatoryName == QStringLiteral("Drs. Sinaga"));
    CHECK_FALSE(steps->findChild<QPushButton *>(QStringLiteral("firstStepLetterhead"))->isVisible());
    CHECK(steps->findChild<QPushButton *>(QStringLiteral("firstStepImport"))->isVisibleTo(steps));

    // The other two done elsewhere: the checklist goes once it is all done.
    Cooperative c = CooperativeRepository(db->connection()).get(CooperativeRepository(db->connection()).findIds(RegistryQuery()).first());
    c.chairName = QStringLiteral("Rudi");
    CooperativeRepository(db->connection()).update(c, QStringLiteral("test"));
    Workshop w;
    w.title = QStringLiteral("Workshop pertama");
    w.heldOn = QDate::currentDate();
    w.place = QStringLiteral("Aula");
    WorkshopRepository(db->connection()).create(w, QStringLiteral("test"));
    window.context().watcher->notifyLocalChange();
    dashboard->refresh();
    CHECK_FALSE(steps->isVisible());

    // F1 on the registry opens the guide at its section, in Indonesian.
    window.showPage(1);
    activate(&window);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<GuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Langkah pertama")));
    CHECK(text.contains(QStringLiteral("Mengimpor lembar kerja")));
    CHECK(guide->browser()->verticalScrollBar()->value() > 0);   // at "Mencatat tahapan", not the top
    guide->close();
}
