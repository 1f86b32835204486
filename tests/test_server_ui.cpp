// The connection to a database server from the window: File → Connect to server… (Test, Connect,
// the servers used before), and the status bar while the server goes away and comes back.
// The journeys run under the "_pg" run against the test server; under the SQLite run they say
// why they are skipped.
#include "catch.h"
#include "support/dialogsteps.h"
#include "support/testsupport.h"

#include "storage/changewatcher.h"
#include "workshops/checkinpage.h"
#include "registry/cooperativeeditdialog.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "import/importdialog.h"
#include "shell/mainwindow.h"
#include "models/registrymodel.h"
#include "registry/registrypage.h"
#include "reports/reportspage.h"
#include "storage/serveraddress.h"
#include "server/serverconnectdialog.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

using TestSupport::whenReady;

void activate(QWidget *w)
{
    w->activateWindow();
    QApplication::setActiveWindow(w->window());
    (void)QTest::qWaitForWindowActive(w->window(), 1000);
}

QWidget *focused(QWidget *window)
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : window->focusWidget();
}

// Opens File → Connect to server… with the mouse, as a person does; `inside` runs in the dialog
// (and a guard closes it if it is still open four seconds later). Returns whether the dialog
// appeared.
bool openConnectDialog(MainWindow *window, std::function<void(ServerConnectDialog *)> inside)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = nullptr;
    for (QAction *a : bar->actions())
        if (a->menu() && a->menu()->findChild<QAction *>(QStringLiteral("connectServerAction")))
            file = a->menu();
    if (!file)
        return false;
    QAction *connectAction = file->findChild<QAction *>(QStringLiteral("connectServerAction"));
    bool appeared = false;
    whenReady([&appeared, inside] {
        auto *dialog = qobject_cast<ServerConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return false;
        appeared = true;
        activate(dialog);
        QTimer::singleShot(4000, dialog, [dialog] {
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        inside(dialog);
        return true;
    });
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(file->menuAction()).center());
    if (!QTest::qWaitFor([file] { return file->isVisible(); }, 2000))
        return false;
    QTest::mouseClick(file, Qt::LeftButton, {}, file->actionGeometry(connectAction).center());
    (void)QTest::qWaitFor([&appeared] { return appeared && !QApplication::activeModalWidget(); }, 6000);
    return appeared;
}

// Clicks away any message box that comes up meanwhile (the keychain of a headless machine
// cannot remember a password, and says so); counts how many.
struct MessageBoxCloser
{
    MessageBoxCloser()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                // The edit form's "Save changes?" is answered with Discard, any other box with its button.
                QPushButton *discard = box->findChild<QPushButton *>(QStringLiteral("discardButton"));
                QAbstractButton *b = discard ? discard : box->buttons().value(0);
                if (b)
                    b->click();
                else
                    box->done(QMessageBox::Ok);
            }
        });
        timer.start(30);
    }
    QTimer timer;
    QStringList texts;
};

void typeAddress(ServerConnectDialog *dialog, const ServerAddress &a)
{
    QWidget *f = focused(dialog);
    REQUIRE(f);
    CHECK(f->objectName() == QStringLiteral("host"));
    QTest::keyClicks(f, a.host);
    QTest::keyClick(f, Qt::Key_Tab);
    f = focused(dialog);
    CHECK(f->objectName() == QStringLiteral("port"));
    QTest::keyClick(f, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(f, QString::number(a.port));
    QTest::keyClick(f, Qt::Key_Tab);
    f = focused(dialog);
    CHECK(f->objectName() == QStringLiteral("database"));
    QTest::keyClicks(f, a.database);
    QTest::keyClick(f, Qt::Key_Tab);
    f = focused(dialog);
    CHECK(f->objectName() == QStringLiteral("user"));
    QTest::keyClicks(f, a.user);
}

ServerAddress addressOf(const QString &url)
{
    ServerAddress a;
    QString problem;
    REQUIRE(ServerAddress::parse(url, &a, &problem));
    return a;
}

// A window on a new, empty SQLite file (no cooperatives) with its area set, as the starting point.
std::shared_ptr<Database> emptyFile(const QString &name)
{
    auto db = std::make_shared<Database>();
    const QString path = TestSupport::tempPath(name);
    QFile::remove(path);
    db->open(path, Database::OpenMode::Create);
    SettingsRepository settings(db->connection());
    settings.setValue(QStringLiteral("area_code"), QStringLiteral("32.01"));
    settings.setValue(QStringLiteral("area_name"), QStringLiteral("Kabupaten Bogor"));
    return db;
}

QString settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile f(settings.fileName());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Whether the server itself counts this session as TLS (its pg_stat_ssl), to check what the
// dialog and the status bar say against (the test server may or may not have TLS set up).
bool serverSaysEncrypted(const Database &db)
{
    QSqlQuery q(db.connection().qt());
    REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(q.next());
    return q.value(0).toBool();
}

// The status bar label's words, without the lock picture; `locked` tells whether it had one.
QString labelWords(const QLabel *label, bool *locked = nullptr)
{
    QString text = label->text();
    const bool lock = text.startsWith(QStringLiteral("<img src=\":/icons/lock.svg\""));
    if (lock)
        text = text.mid(text.indexOf(QLatin1Char('>')) + 1).trimmed();
    if (locked)
        *locked = lock;
    return text;
}

// The test server's own pg_ctl: stops and starts it (as `nobody` when the tests run as root, as
// tests/pg/cluster.sh made it).
struct TestServer
{
    QString bindir;
    QString data;
    QString options;   // the server's command line, from postmaster.opts, to start it alike

    TestServer()
    {
        const QDir dir(qEnvironmentVariable("PK_TEST_PG_DIR"));
        bindir = readLine(dir.filePath(QStringLiteral("bindir")));
        data = readLine(dir.filePath(QStringLiteral("datadir"))) + QStringLiteral("/data");
        const QString opts = readLine(data + QStringLiteral("/postmaster.opts"));
        // Without the postgres binary itself and the data folder (pg_ctl's -D gives it again).
        options = opts.mid(opts.indexOf(QLatin1Char(' ')) + 1);
        options.remove(QStringLiteral("\"-D\" \"%1\" ").arg(data));
    }
    static QString readLine(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    bool pgCtl(const QStringList &args) const
    {
        QStringList command{bindir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data};
        command += args;
        QString program = command.takeFirst();
#ifdef Q_OS_UNIX
        const bool asRoot = ::getuid() == 0;
#else
        const bool asRoot = false;
#endif
        if (asRoot) {
            command.prepend(program);
            command = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} + command;
            program = QStringLiteral("runuser");
        }
        QProcess p;
        p.start(program, command);
        return p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    bool stop() const { return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}); }
    bool start() const
    {
        return pgCtl({QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-l"),
                      QFileInfo(data).absolutePath() + QStringLiteral("/server.log"), QStringLiteral("-o"), options,
                      QStringLiteral("start")});
    }
    bool running() const { return pgCtl({QStringLiteral("status")}); }
};

// Starts the server again when the test ends, however it ends: other tests share it.
struct RestartGuard
{
    const TestServer &server;
    ~RestartGuard()
    {
        if (!server.running())
            server.start();
    }
};

}   // namespace

TEST_CASE("server dialog: recent servers are kept newest first, at most eight, never with a password", "[server]")
{
    QSettings().remove(QStringLiteral("servers"));
    for (int i = 0; i < 10; ++i)
        ServerConnectDialog::addRecentServer(QStringLiteral("postgresql://staf:Rahasia%1@10.0.0.%1:5432/kopdes").arg(i));
    ServerConnectDialog::addRecentServer(QStringLiteral("postgresql://staf:Rahasia5@10.0.0.5:5432/kopdes"));   // used again
    const QStringList recent = ServerConnectDialog::recentServers();
    REQUIRE(recent.size() == ServerConnectDialog::kMaxRecent);
    CHECK(recent.at(0) == QStringLiteral("postgresql://staf@10.0.0.5:5432/kopdes"));
    CHECK(recent.at(1) == QStringLiteral("postgresql://staf@10.0.0.9:5432/kopdes"));
    CHECK(recent.count(QStringLiteral("postgresql://staf@10.0.0.5:5432/kopdes")) == 1);
    CHECK_FALSE(recent.contains(QStringLiteral("postgresql://staf@10.0.0.1:5432/kopdes")));   // the oldest went
    CHECK_FALSE(settingsFileText().contains(QStringLiteral("Rahasia")));
    CHECK(settingsFileText().contains(QStringLiteral("10.0.0.9")));

    // Choosing one fills the fields.
    ServerConnectDialog dialog;
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("recentServers"));
    REQUIRE(list);
    REQUIRE(list->count() == ServerConnectDialog::kMaxRecent);
    list->setCurrentRow(1);
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text() == QStringLiteral("10.0.0.9"));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text() == QStringLiteral("kopdes"));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text() == QStringLiteral("staf"));
    CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value() == 5432);
    CHECK(dialog.url() == QStringLiteral("postgresql://staf@10.0.0.9:5432/kopdes?sslmode=prefer"));
    QSettings().remove(QStringLiteral("servers"));
}

TEST_CASE("server dialog: a server that cannot be reached is said so in plain words", "[server]")
{
    ServerConnectDialog dialog;
    dialog.show();
    // A port on loopback where nothing listens: refused at once.
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(1);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("kopdes"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    // Without a user, the dialog asks for one before trying.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("User")));
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("staf"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    CAPTURE(result->text().toStdString());
    CHECK(result->text().startsWith(QStringLiteral("Cannot connect to the database server")));
    CHECK_FALSE(result->text().contains(QStringLiteral("Connection works")));
    // Connect fails the same way and keeps the dialog open, remembering nothing.
    QSettings().remove(QStringLiteral("servers"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(result->text().startsWith(QStringLiteral("Cannot connect to the database server")));
    CHECK(ServerConnectDialog::recentServers().isEmpty());

    if (TestSupport::onServer()) {
        // A database the server does not have: the same plain sentence, naming it.
        const ServerAddress a = addressOf(TestSupport::serverUrl(QStringLiteral("tidak_ada_kopdes")));
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(a.host);
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(a.port);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(a.database);
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(a.user);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        CAPTURE(result->text().toStdString());
        CHECK(result->text().startsWith(QStringLiteral("Cannot connect to the database server")));
        CHECK(result->text().contains(QStringLiteral("tidak_ada_kopdes")));
    }
}

TEST_CASE("journey: File → Connect to server…, Test, then Connect shows the server's registry", "[journey][server]")
{
    if (!TestSupport::onServer()) {
        WARN("Skipped under the SQLite run: needs the test server (the _pg run of this executable)");
        return;
    }
    QSettings().remove(QStringLiteral("servers"));
    const QString targetUrl = TestSupport::demoDatabaseCopy(QStringLiteral("connect_target"));
    int expected = 0;
    bool tls = false;
    {
        Database target;
        target.open(targetUrl, Database::OpenMode::ReadOnly);
        expected = CooperativeRepository(target.connection()).count();
        tls = serverSaysEncrypted(target);
        REQUIRE(SettingsRepository(target.connection()).isAreaSetUp());
    }
    REQUIRE(expected > 0);
    const ServerAddress address = addressOf(targetUrl);

    auto *window = new MainWindow(emptyFile(QStringLiteral("connect-start.sqlite")));
    window->show();
    activate(window);
    REQUIRE(qobject_cast<RegistryPage *>(window->page(1))->model()->totalCount() == 0);
    MainWindow *next = nullptr;
    QObject::connect(window, &MainWindow::switchedTo, [&next](MainWindow *w) { next = w; });

    QString testResult;
    QString password = QStringLiteral("x");
    MessageBoxCloser boxes;
    const bool appeared = openConnectDialog(window, [&](ServerConnectDialog *dialog) {
        typeAddress(dialog, address);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        testResult = dialog->findChild<QLabel *>(QStringLiteral("testResult"))->text();
        password = dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    });
    REQUIRE(appeared);
    CAPTURE(testResult.toStdString());
    CHECK(testResult.contains(QStringLiteral("Connection works: PostgreSQL 1")));
    CHECK(testResult.contains(QStringLiteral("holds %1 cooperative").arg(QLocale().toString(expected))));
    // Whether the link is encrypted, as the server sees it, in those words.
    CHECK(testResult.contains(QStringLiteral("Connection NOT encrypted: use it only on a trusted office network.")) == !tls);
    CHECK(testResult.contains(QStringLiteral("Connection encrypted (TLS).")) == tls);
    CHECK(password.isEmpty());   // trust authentication: libpq's rules, no password needed
    CHECK(boxes.texts.isEmpty());

    REQUIRE(next);
    CHECK_FALSE(window->isVisible());
    CHECK(next->isVisible());
    CHECK(next->context().database->isServer());
    CHECK(next->context().database->path() == address.display() + QStringLiteral("?sslmode=prefer"));
    auto *registry = qobject_cast<RegistryPage *>(next->page(1));
    REQUIRE(registry);
    CHECK(registry->model()->totalCount() == expected);
    auto *serverLabel = next->findChild<QLabel *>(QStringLiteral("serverStatus"));
    REQUIRE(serverLabel);
    CHECK(serverLabel->isVisible());
    bool locked = false;
    CHECK(labelWords(serverLabel, &locked) == QStringLiteral("Server: %1/%2").arg(address.host, address.database));
    CHECK(locked == tls);
    CHECK(next->context().database->isEncrypted() == tls);
    // The window on the file has none.
    CHECK_FALSE(window->findChild<QLabel *>(QStringLiteral("serverStatus"))->isVisible());
    // Remembered without a password.
    CHECK(ServerConnectDialog::recentServers().value(0) == address.display() + QStringLiteral("?sslmode=prefer"));
    next->close();   // deletes itself
    delete window;
}

TEST_CASE("journey: a typed password with Remember is never written to the settings", "[journey][server]")
{
    if (!TestSupport::onServer()) {
        WARN("Skipped under the SQLite run: needs the test server (the _pg run of this executable)");
        return;
    }
    QSettings().remove(QStringLiteral("servers"));
    const QString secret = QStringLiteral("Kopdes-Rahasia-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString url = TestSupport::demoDatabaseCopy(QStringLiteral("connect_remember"));
    const ServerAddress address = addressOf(url);
    auto *window = new MainWindow(emptyFile(QStringLiteral("remember-start.sqlite")));
    window->show();
    activate(window);
    MainWindow *next = nullptr;
    QObject::connect(window, &MainWindow::switchedTo, [&next](MainWindow *w) { next = w; });
    MessageBoxCloser boxes;   // "could not be remembered on this computer" where there is no keychain
    const bool appeared = openConnectDialog(window, [&](ServerConnectDialog *dialog) {
        typeAddress(dialog, address);
        QTest::keyClick(focused(dialog), Qt::Key_Tab);
        QWidget *f = focused(dialog);
        CHECK(f->objectName() == QStringLiteral("password"));
        QTest::keyClicks(f, secret);
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"));
        if (remember->isEnabled())
            QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    });
    REQUIRE(appeared);
    REQUIRE(next);   // the server trusts loopback: the password is not even asked for
    for (const QString &text : boxes.texts)
        CHECK(text.startsWith(QStringLiteral("The password could not be remembered on this computer")));
    CHECK(ServerConnectDialog::recentServers().value(0) == address.display() + QStringLiteral("?sslmode=prefer"));
    const QString settings = settingsFileText();
    CHECK(settings.contains(address.database));
    CHECK_FALSE(settings.contains(secret));
    // Nor anywhere else in the settings folder (an insecure keychain fallback would write a file there).
    const QDir folder = QFileInfo(QSettings().fileName()).absoluteDir();
    for (const QFileInfo &file : folder.entryInfoList(QDir::Files)) {
        QFile f(file.absoluteFilePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.readAll().contains(secret.toUtf8()));
    }
    next->close();
    delete window;
}

TEST_CASE("journey: the status bar turns red while the server is away, and writes say why they fail", "[journey][server]")
{
    if (!TestSupport::onServer()) {
        WARN("Skipped under the SQLite run: needs the test server (the _pg run of this executable)");
        return;
    }
    const TestServer server;
    REQUIRE_FALSE(server.bindir.isEmpty());
    REQUIRE_FALSE(server.options.isEmpty());
    const QString url = TestSupport::demoDatabaseCopy(QStringLiteral("connect_outage"));
    auto db = std::make_shared<Database>();
    db->open(url);
    qint64 workshopId = 0;
    QVector<AttendanceEntry> invited;
    {
        WorkshopRepository repo(db->connection());
        Workshop w;
        w.title = QStringLiteral("Bimtek SIMKOPDES");
        w.heldOn = QDate::currentDate();
        workshopId = repo.create(w, QStringLiteral("test"));
        repo.invite(workshopId, {}, QStringLiteral("test"));
        invited = repo.absentees(workshopId);
    }
    REQUIRE(invited.size() > 2);
    auto *window = new MainWindow(db);
    window->show();
    auto *label = window->findChild<QLabel *>(QStringLiteral("serverStatus"));
    REQUIRE(label);
    const ServerAddress address = addressOf(url);
    const QString normal = QStringLiteral("Server: %1/%2").arg(address.host, address.database);
    CHECK(labelWords(label) == normal);
    CHECK_FALSE(label->styleSheet().contains(QStringLiteral("#b71c1c")));
    CheckInPage checkIn(window->context());
    checkIn.setWorkshop(workshopId);
    checkIn.show();
    auto *search = checkIn.findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
    auto *message = checkIn.findChild<QLabel *>(QStringLiteral("checkInMessage"));
    REQUIRE(search);
    REQUIRE(message);

    window->showPage(1);
    auto *registry = qobject_cast<RegistryPage *>(window->page(1));
    REQUIRE(registry);
    const qint64 editedId = registry->model()->idAt(0);
    const QString editedName = CooperativeRepository(db->connection()).get(editedId).name;

    {
        RestartGuard guard{server};
        // The edit form is open when the server goes away; Save then says why nothing was saved.
        bool stopped = false, wentRed = false, formStayed = false;
        MessageBoxCloser boxes;
        whenReady([&] {
            auto *form = qobject_cast<CooperativeEditDialog *>(QApplication::activeModalWidget());
            if (!form)
                return false;
            QTimer::singleShot(15000, form, [form] { form->done(QDialog::Rejected); });   // the guard
            activate(form);
            stopped = server.stop();
            wentRed = QTest::qWaitFor([label] { return label->text().startsWith(QStringLiteral("Connection to the server lost")); }, 8000);
            QWidget *f = focused(form);
            QTest::keyClick(f, Qt::Key_End);
            QTest::keyClicks(f, QStringLiteral(" Jaya"));
            QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            formStayed = form->isVisible();
            QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return true;
        });
        QTableView *table = registry->table();
        const QPoint at = table->visualRect(registry->model()->index(0, RegistryModel::NameColumn)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(stopped);
        CHECK(wentRed);
        CHECK(formStayed);   // the edits stay in the form for another try
        REQUIRE_FALSE(boxes.texts.isEmpty());
        CAPTURE(boxes.texts.join(QStringLiteral(" | ")).toStdString());
        CHECK(boxes.texts.at(0).contains(QStringLiteral("the connection to the database server was lost. Nothing was saved.")));
        CHECK_FALSE(boxes.texts.at(0).contains(QStringLiteral("QPSQL")));
        CHECK_FALSE(boxes.texts.at(0).contains(QStringLiteral("server closed the connection")));
        boxes.timer.stop();

        CHECK(label->text() == QStringLiteral("Connection to the server lost — changes cannot be saved; reconnecting…"));
        CHECK(label->styleSheet().contains(QStringLiteral("#b71c1c")));

        // A scan at the door while the server is away: the storage layer's plain sentence, no driver text.
        const AttendanceEntry e = invited.at(0);
        search->setFocus();
        QTest::keyClicks(search, QString(e.villageCode).remove(QLatin1Char('.')));
        QTest::keyClick(search, Qt::Key_Return);
        CAPTURE(message->text().toStdString());
        CHECK(message->text().contains(QStringLiteral("the connection to the database server was lost. Nothing was saved.")));
        CHECK_FALSE(message->text().contains(QStringLiteral("QPSQL")));
        CHECK_FALSE(message->text().contains(QStringLiteral("server closed the connection")));

        REQUIRE(server.start());
        CHECK(QTest::qWaitFor([label, &normal] { return labelWords(label) == normal; }, 8000));
        CHECK_FALSE(label->styleSheet().contains(QStringLiteral("#b71c1c")));
        // Nothing of the failed edit and scan was recorded; the same scan now works.
        CHECK(CooperativeRepository(db->connection()).get(editedId).name == editedName);
        WorkshopRepository repo(db->connection());
        CHECK_FALSE(repo.entry(workshopId, e.cooperativeId).present);
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, QString(e.villageCode).remove(QLatin1Char('.')));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(repo.entry(workshopId, e.cooperativeId).present);
    }
    delete window;
}

namespace {
// A login of the test server that needs a password (scram-sha-256 for it alone, through a line put
// first in pg_hba.conf), for the password prompt; the line is taken out again however the test
// ends. Everyone else keeps trust authentication.
struct PasswordLogin
{
    const TestServer &server;
    QString role;
    QString password;
    QString hbaPath;
    QByteArray originalHba;
    bool ok = false;

    PasswordLogin(const TestServer &s, const QString &database) : server(s)
    {
        static int made = 0;   // one role per login of this process: the server keeps them
        role = QStringLiteral("pk_prompt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        password = QStringLiteral("Kata-Sandi-%1").arg(QCoreApplication::applicationPid());
        hbaPath = server.data + QStringLiteral("/pg_hba.conf");
        QFile hba(hbaPath);
        if (!hba.open(QIODevice::ReadOnly))
            return;
        originalHba = hba.readAll();
        hba.close();
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pk-prompt-admin"));
            const ServerAddress a = addressOf(TestSupport::serverUrl(database));
            admin.setHostName(a.host);
            admin.setPort(a.port);
            admin.setUserName(a.user);
            admin.setDatabaseName(database);
            if (!admin.open())
                return;
            QSqlQuery q(admin);
            ok = q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password))
              && q.exec(QStringLiteral("GRANT ALL ON DATABASE %1 TO %2").arg(database, role))
              && q.exec(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA pantau TO %1").arg(role))
              && q.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA pantau TO %1").arg(role))
              && q.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA pantau TO %1").arg(role));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pk-prompt-admin"));
        if (!ok)
            return;
        const QByteArray line = QStringLiteral("host all %1 127.0.0.1/32 scram-sha-256\n").arg(role).toUtf8();
        ok = writeHba(line + originalHba) && server.pgCtl({QStringLiteral("reload")});
        QTest::qWait(500);   // the postmaster rereads pg_hba.conf on SIGHUP
    }
    ~PasswordLogin()
    {
        if (!originalHba.isEmpty() && writeHba(originalHba))
            server.pgCtl({QStringLiteral("reload")});
    }
    bool writeHba(const QByteArray &content) const
    {
        QFile hba(hbaPath);
        return hba.open(QIODevice::WriteOnly | QIODevice::Truncate) && hba.write(content) == content.size();
    }
    QString url(const QString &database) const
    {
        ServerAddress a = addressOf(TestSupport::serverUrl(database));
        a.user = role;
        return a.display();
    }
};
}   // namespace

TEST_CASE("journey: --db with a server that wants a password asks for it, and again when it was wrong", "[journey][server]")
{
    if (!TestSupport::onServer()) {
        WARN("Skipped under the SQLite run: needs the test server (the _pg run of this executable)");
        return;
    }
    const TestServer server;
    const QString url = TestSupport::demoDatabaseCopy(QStringLiteral("connect_prompt"));
    const QString database = addressOf(url).database;
    const PasswordLogin login(server, database);
    REQUIRE(login.ok);
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(TestSupport::tempPath(QStringLiteral("no-pgpass"))));
    const QString loginUrl = login.url(database);

    // The dialog's Test without a password says the server wants one, in plain words.
    {
        ServerConnectDialog dialog;
        const ServerAddress a = addressOf(loginUrl);
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(a.host);
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(a.port);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(a.database);
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(a.user);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text();
        CAPTURE(text.toStdString());
        CHECK(text == QStringLiteral("The server asks for a password for \"%1\". Type it under Password.").arg(login.role));
        // With the password typed, it works.
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(login.password);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text().startsWith(QStringLiteral("Connection works")));
    }

    // As at start with --db: the prompt, a wrong password, the prompt again with the refusal, the right one.
    int prompts = 0;
    QString secondProblem;
    bool rememberOffered = false;
    std::function<bool()> answer = [&]() -> bool {
        auto *prompt = qobject_cast<ServerPasswordPrompt *>(QApplication::activeModalWidget());
        if (!prompt)
            return false;
        ++prompts;
        activate(prompt);
        rememberOffered = prompt->findChild<QCheckBox *>(QStringLiteral("promptRemember")) != nullptr;
        if (auto *problem = prompt->findChild<QLabel *>(QStringLiteral("promptProblem")))
            secondProblem = problem->text();
        QWidget *f = focused(prompt);
        QTest::keyClicks(f, prompts == 1 ? QStringLiteral("salah") : login.password);
        if (prompts == 1)
            whenReady(answer);   // the next prompt
        QTest::keyClick(f, Qt::Key_Return);
        return true;
    };
    whenReady(answer);
    std::shared_ptr<Database> db = MainWindow::openDatabase(loginUrl, nullptr);
    REQUIRE(db);
    CHECK(prompts == 2);
    CHECK(rememberOffered);
    CAPTURE(secondProblem.toStdString());
    CHECK(secondProblem.startsWith(QStringLiteral("Cannot connect to the database server")));
    CHECK(db->isServer());
    CHECK(CooperativeRepository(db->connection()).count() > 0);
    // The address is remembered for the dialog, the password nowhere in the settings.
    CHECK(ServerConnectDialog::recentServers().value(0) == loginUrl);
    CHECK_FALSE(settingsFileText().contains(login.password));
    qunsetenv("PGPASSFILE");
}

namespace {
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}
}   // namespace

TEST_CASE("every background job works on a server opened with a password typed, not remembered", "[journey][server]")
{
    if (!TestSupport::onServer()) {
        WARN("Skipped under the SQLite run: needs the test server (the _pg run of this executable)");
        return;
    }
    const TestServer server;
    const QString url = TestSupport::demoDatabaseCopy(QStringLiteral("memory_password"));
    const QString database = addressOf(url).database;
    const PasswordLogin login(server, database);
    REQUIRE(login.ok);
    // The password exists only in this process's memory: no PGPASSWORD, no ~/.pgpass, no keychain.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(TestSupport::tempPath(QStringLiteral("no-pgpass"))));
    auto db = std::make_shared<Database>();
    db->setServerPassword(login.password);
    db->open(login.url(database), Database::OpenMode::ReadWrite);
    CHECK(db->connectionSettings().password == login.password);
    CHECK_FALSE(db->connectionSettings().location.contains(login.password));

    MainWindow window(db);
    window.resize(1366, 768);
    window.show();
    // The report preview: built by a worker with a connection of its own.
    auto *reports = qobject_cast<ReportsPage *>(window.page(3));
    REQUIRE(reports);
    bool ready = false;
    QObject::connect(reports, &ReportsPage::reportReady, [&ready] { ready = true; });
    window.showPage(3);
    REQUIRE(waitUntil([&] { return ready; }, 60000));
    // The import dialog's reading, checking and applying: each in a worker.
    ImportDialog *dialog = window.importFile(QDir(QStringLiteral(PK_SOURCE_DIR)).filePath(QStringLiteral("tests/data/import/csv_utf8.csv")));
    REQUIRE(dialog);
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog->step() == ImportDialog::MappingStep; }, 30000));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog->step() == ImportDialog::PreviewStep; }, 30000));
    REQUIRE(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog->step() == ImportDialog::ResultStep; }, 30000));
    INFO(dialog->resultText().toStdString());
    CHECK(dialog->importId() > 0);
    CHECK_FALSE(dialog->resultText().contains(QStringLiteral("password")));
    dialog->close();
    qunsetenv("PGPASSFILE");
}
