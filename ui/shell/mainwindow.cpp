#include "shell/mainwindow.h"

#include "shell/apptranslator.h"
#include "storage/backupservice.h"
#include "storage/changewatcher.h"
#include "storage/cooperativerepository.h"
#include "dashboard/dashboardpage.h"
#include "storage/database.h"
#include "io/demoscenario.h"
#include "shell/firstrundialog.h"
#include "shell/guidedialog.h"
#include "dashboard/firststepspanel.h"
#include "core/indonesianformat.h"
#include "import/importdialog.h"
#include "import/importhistorydialog.h"
#include "shell/placeholderpage.h"
#include "registry/registrypage.h"
#include "reports/reportspage.h"
#include "registry/milestoneadmindialog.h"
#include "io/regioncatalog.h"
#include "shell/restorebackupdialog.h"
#include "report/reportfonts.h"
#include "storage/serveraddress.h"
#include "server/serverconnectdialog.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "workshops/workshopspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include "widgets/filedialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QString currentUser()
{
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString();
    if (!configured.isEmpty())
        return configured;
    QString user = qEnvironmentVariable("USERNAME");   // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("staf") : user;
}
}   // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget *parent) : QMainWindow(parent)
{
    m_context.database = std::move(database);
    m_context.undoStack = new QUndoStack(this);
    m_context.watcher = new ChangeWatcher(m_context.database->connection(), this);
    m_context.actor = currentUser();

    setWindowTitle(tr("Pantau Kopdes"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pantau-kopdes.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sideBar = new QListWidget(central);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setFixedWidth(190);
    m_sideBar->setIconSize(QSize(22, 22));
    m_sideBar->setStyleSheet(QStringLiteral("QListWidget#sideBar { background: #263238; color: #eceff1; border: none; font-size: 11pt; }"
                                            "QListWidget#sideBar::item { padding: 10px 8px; }"
                                            "QListWidget#sideBar::item:selected { background: #b71c1c; color: white; }"));
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sideBar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Each area's page; the order is the side bar's.
    addPage(new DashboardPage(m_context, this), tr("Dashboard"), QStringLiteral("dashboard"));
    addPage(new RegistryPage(m_context, this), tr("Cooperatives"), QStringLiteral("registry"));
    connect(qobject_cast<RegistryPage *>(page(1)), &RegistryPage::fileDropped, this, [this](const QString &path) { importFile(path); });
    connect(qobject_cast<DashboardPage *>(page(0)), &DashboardPage::districtClicked, this, [this](const QString &district, const QString &milestone, const QDate &asOf) { showPage(1); qobject_cast<RegistryPage *>(page(1))->applyFilter(district, milestone, RegistryQuery::MilestoneFilter::NotReached, asOf); });
    addPage(new WorkshopsPage(m_context, this), tr("Workshops"), QStringLiteral("workshop"));
    addPage(new ReportsPage(m_context, this), tr("Reports"), QStringLiteral("report"));
    connectFirstSteps();

    m_areaLabel = new QLabel(this);
    m_demoLabel = new QLabel(this);
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { background: #ffb300; color: black; padding: 1px 8px; font-weight: bold; }"));
    statusBar()->addWidget(m_areaLabel, 1);
    statusBar()->addPermanentWidget(m_demoLabel);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatus"));
    m_serverLabel->setVisible(m_context.database->isServer());
    statusBar()->addPermanentWidget(m_serverLabel);
    connect(m_context.watcher, &ChangeWatcher::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_context.watcher, &ChangeWatcher::connectionRestored, this, &MainWindow::showConnectionRestored);
    showConnectionRestored();
    buildMenus();
    updateStatus();
    m_sideBar->setCurrentRow(0);

    // The size, place and maximised state of the last session (restoreGeometry keeps the window
    // on a screen that exists); the first time, 90 % of the screen's free area, at most 1280×800,
    // so the status bar is never below a 1366×768 screen's panel.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        // A netbook's screen (1024×600) has no room to spare: use all of it.
        if (available.width() < 1280 || available.height() < 720)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
}

MainWindow::~MainWindow()
{
    m_startupBackup.waitForFinished();   // the worker's backup is completed (or given up), never cut off
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &iconName)
{
    // A page that cannot shrink to a 1024×600 netbook's window scrolls instead of forcing the
    // window's minimum size up (the stack's minimum is the largest of its pages').
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_sideBar);
    item->setSizeHint(QSize(180, 44));
}

void MainWindow::showPage(int index)
{
    m_sideBar->setCurrentRow(index);
}

QWidget *MainWindow::page(int index) const
{
    auto *scroll = qobject_cast<QScrollArea *>(m_pages->widget(index));
    return scroll ? scroll->widget() : nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database..."), QKeySequence::New, this, &MainWindow::createNewDatabase)
        ->setObjectName(QStringLiteral("newDatabaseAction"));
    file->addAction(tr("&Open database..."), QKeySequence::Open, this, &MainWindow::openOtherDatabase);
    QAction *server = file->addAction(tr("Connect to &server..."), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectServerAction"));
    file->addAction(tr("New &demo database..."), this, &MainWindow::createDemoDatabase);
    file->addSeparator();
    file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow)->setObjectName(QStringLiteral("backupNowAction"));
    file->addAction(tr("&Restore from backup..."), this, &MainWindow::restoreFromBackup)->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    file->addAction(tr("&Language..."), this, &MainWindow::chooseLanguage);
    file->addSeparator();
    file->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_context.undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(QStringLiteral("Ctrl+Z")));
    QAction *redo = m_context.undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *data = menuBar()->addMenu(tr("&Data"));
    data->setObjectName(QStringLiteral("dataMenu"));
    QAction *import = data->addAction(tr("&Import from file..."), this, [this] { importFile(); });
    import->setObjectName(QStringLiteral("importAction"));
    QAction *history = data->addAction(tr("Import &history..."), this, [this] { showImportHistory(); });
    history->setObjectName(QStringLiteral("importHistoryAction"));
    data->addSeparator();
    data->addAction(tr("&Manage milestones..."), this, [this] { MilestoneAdminDialog::run(m_context, this); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("&Guide"), this, [this] { showGuide(); });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);   // F1
    help->addAction(tr("&About Pantau Kopdes"), this, &MainWindow::showAbout);
}

ImportDialog *MainWindow::importFile(const QString &path)
{
    if (m_context.database->isReadOnly()) {
        QMessageBox::warning(this, tr("Import from file"), tr("This database is open read-only, so nothing can be imported into it."));
        return nullptr;
    }
    auto *dialog = new ImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        if (auto *registry = qobject_cast<RegistryPage *>(page(1)))
            registry->reload();
        updateStatus();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    if (!path.isEmpty())
        dialog->openFile(path);
    return dialog;
}

ImportHistoryDialog *MainWindow::showImportHistory()
{
    auto *dialog = new ImportHistoryDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::undone, this, [this] {
        if (auto *registry = qobject_cast<RegistryPage *>(page(1)))
            registry->reload();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void MainWindow::updateStatus()
{
    const SettingsRepository settings(m_context.database->connection());
    const int count = CooperativeRepository(m_context.database->connection()).count();
    m_areaLabel->setText(tr("%1 · %n cooperative(s) · %2", nullptr, count)
                             .arg(settings.areaName(), QDir::toNativeSeparators(m_context.database->path())));
    const bool demo = CooperativeRepository(m_context.database->connection()).hasDemoData();
    m_demoLabel->setText(demo ? tr("DEMO DATA") : QString());
    m_demoLabel->setVisible(demo);
    setWindowTitle(demo ? tr("Pantau Kopdes — %1 (demo data)").arg(settings.areaName())
                        : tr("Pantau Kopdes — %1").arg(settings.areaName()));
}

std::shared_ptr<Database> MainWindow::openDatabase(const QString &path, QWidget *parent)
{
    auto db = std::make_shared<Database>();
    try {
        if (ServerAddress::isServerUrl(path)) {
            // The password: the keychain's, libpq's own (PGPASSWORD, ~/.pgpass) or a prompt.
            if (!ServerConnectDialog::openServer(*db, path, Database::OpenMode::ReadWrite, QString(), parent))
                return nullptr;
            ServerConnectDialog::addRecentServer(path);   // offered in File → Connect to server… (without password)
        } else {
            // The first run (the default database in the user's folder) creates its file; a file
            // named with --db that is not there yet is created only when the user says so, so a
            // mistyped name does not silently become an empty registry.
            const QFileInfo file(path);
            const bool isDefault = file.absoluteFilePath() == QFileInfo(Database::defaultPath()).absoluteFilePath();
            Database::OpenMode mode = isDefault ? Database::OpenMode::Create : Database::OpenMode::ReadWrite;
            if (!isDefault && !file.exists()) {
                const auto answer = QMessageBox::question(
                    parent, tr("Pantau Kopdes"),
                    tr("There is no database \"%1\" yet.\n\nCreate a new, empty database there? You will then choose your "
                       "regency.")
                        .arg(QDir::toNativeSeparators(file.absoluteFilePath())),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer != QMessageBox::Yes)
                    return nullptr;
                mode = Database::OpenMode::Create;
            }
            db->open(path, mode);
        }
    } catch (const StorageError &e) {
        QMessageBox::critical(parent, tr("Pantau Kopdes"), e.message());
        return nullptr;
    }
    return prepareDatabase(*db, parent) ? db : nullptr;
}

bool MainWindow::prepareDatabase(Database &db, QWidget *parent)
{
    try {
        if (db.isDamaged()) {
            // Offers the newest good backup in place of the damaged file, or a read-only look.
            if (!RestoreBackupDialog::offerForDamaged(db, parent))
                return false;
        } else if (!db.warning().isEmpty()) {
            QMessageBox::warning(parent, tr("Pantau Kopdes"), db.warning());
        }
        if (!db.upgradeBackupPath().isEmpty())
            QMessageBox::information(parent, tr("Pantau Kopdes"),
                                     tr("The database was upgraded for this version of Pantau Kopdes. A copy of it as it was "
                                        "before is kept as \"%1\".")
                                         .arg(QDir::toNativeSeparators(db.upgradeBackupPath())));
        if (!SettingsRepository(db.connection()).isAreaSetUp() && !FirstRunDialog::run(db.connection(), parent))
            return false;
    } catch (const StorageError &e) {
        QMessageBox::critical(parent, tr("Pantau Kopdes"), e.message());
        return false;
    }
    return true;
}

void MainWindow::connectToServer()
{
    ServerConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.database())
        return;
    std::shared_ptr<Database> db = dialog.database();
    if (!prepareDatabase(*db, this))
        return;
    switchToDatabase(db);
}

MainWindow *MainWindow::switchToDatabase(std::shared_ptr<Database> database)
{
    // The new window takes this one's size and place (restored from the settings).
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    auto *next = new MainWindow(std::move(database));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    emit switchedTo(next);
    close();
    return next;
}

void MainWindow::showConnectionLost()
{
    if (!m_context.database->isServer())
        return;
    m_serverLabel->setText(tr("Connection to the server lost — changes cannot be saved; reconnecting…"));
    m_serverLabel->setToolTip(QString());
    m_serverLabel->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 1px 8px; font-weight: bold; }"));
}

void MainWindow::showConnectionRestored()
{
    if (!m_context.database->isServer())
        return;
    ServerAddress address;
    QString problem;
    ServerAddress::parse(m_context.database->path(), &address, &problem);
    const bool encrypted = m_context.database->isEncrypted();
    const QString text = tr("Server: %1/%2").arg(address.host, address.database);
    // The lock is a picture beside the text, so it shows whatever the fonts.
    m_serverLabel->setText(encrypted ? QStringLiteral("<img src=\":/icons/lock.svg\" width=\"12\" height=\"12\"> ") + text.toHtmlEscaped()
                                     : text.toHtmlEscaped());
    m_serverLabel->setToolTip(encrypted ? tr("Connection encrypted (TLS).")
                                        : tr("Connection NOT encrypted: use it only on a trusted office network."));
    m_serverLabel->setStyleSheet(QStringLiteral("QLabel { padding: 1px 8px; }"));
}

void MainWindow::openOtherDatabase()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Open database"), QFileInfo(m_context.database->path()).absolutePath(),
                                                      tr("Pantau Kopdes database (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // A new process keeps each window tied to one database and one undo history.
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path});
}

void MainWindow::createNewDatabase()
{
    const QString path = FileDialogs::getSaveFileName(this, tr("New database"),
                                                      QFileInfo(QFileInfo(m_context.database->path()).absolutePath(),
                                                                QStringLiteral("pantau-kopdes.sqlite"))
                                                          .absoluteFilePath(),
                                                      tr("Pantau Kopdes database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("\"%1\" already exists. Choose a new file name; existing data is never overwritten.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    try {
        Database fresh;
        fresh.open(path, Database::OpenMode::Create);   // the schema only; the regency is chosen in its window
    } catch (const StorageError &e) {
        QMessageBox::critical(this, tr("New database"), e.message());
        return;
    }
    // A new process keeps each window tied to one database and one undo history; it asks for the
    // regency (the first-run choice) as it opens the new file.
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path});
}

void MainWindow::createDemoDatabase()
{
    const QString path = FileDialogs::getSaveFileName(this, tr("New demo database"),
                                                      QDir::home().filePath(QStringLiteral("pantau-kopdes-demo.sqlite")),
                                                      tr("Pantau Kopdes database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New demo database"),
                             tr("\"%1\" already exists. Choose a new file name; existing data is never overwritten.").arg(path));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        DemoScenario::buildFile(path, false, RegionCatalog());   // built aside, renamed into place when complete
    } catch (const StorageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("New demo database"), e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path});
}

void MainWindow::runStartupBackup()
{
    if (!m_context.database->isServer())
        BackupService::removeLeftovers(m_context.database->path());   // of a backup or restore killed earlier
    if (!BackupService::dailyBackupDue(*m_context.database)) {
        emit startupBackupFinished(QString(), QString());
        return;
    }
    connect(
        &m_startupBackup, &QFutureWatcher<QPair<QString, QString>>::finished, this, [this] {
            const auto [path, error] = m_startupBackup.result();
            if (error.isEmpty())
                statusBar()->showMessage(tr("Today's backup was saved as \"%1\".").arg(QDir::toNativeSeparators(path)), 8000);
            else
                statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(error), 30000);
            emit startupBackupFinished(path, error);
        },
        Qt::SingleShotConnection);
    m_startupBackup.setFuture(QtConcurrent::run([settings = m_context.database->connectionSettings()]() -> QPair<QString, QString> {
        try {
            Database db;   // a connection of this thread; ReadOnly: a backup never writes the database
            db.open(settings, Database::OpenMode::ReadOnly);
            return {BackupService::backUp(db, BackupService::Reason::Daily).path, QString()};
        } catch (const StorageError &e) {
            return {QString(), e.message()};
        }
    }));
}

void MainWindow::backUpNow()
{
    const QString title = tr("Back up now");
    if (BackupService::isServerDatabase(m_context.database->path())) {
        QMessageBox::information(this, title, BackupService::serverMessage());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BackupInfo b;
    try {
        b = BackupService::backUp(*m_context.database, BackupService::Reason::Manual);
    } catch (const StorageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, title, e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    QMessageBox box(QMessageBox::Information, title,
                    tr("The backup was saved and checked: %1 cooperatives.").arg(IndonesianFormat::number(b.cooperatives)), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("backupDone"));
    box.setInformativeText(tr("File: \"%1\"").arg(QDir::toNativeSeparators(b.path)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MainWindow::restoreFromBackup()
{
    const QString title = tr("Restore from a backup");
    if (BackupService::isServerDatabase(m_context.database->path())) {
        QMessageBox::information(this, title, BackupService::serverMessage());
        return;
    }
    if (m_context.database->isReadOnly()) {
        QMessageBox::information(this, title,
                                 m_context.database->isDamaged()
                                     ? tr("This database is damaged. Close Pantau Kopdes and start it again: it offers the newest good backup in place of the damaged file.")
                                     : tr("This database is open read-only; a backup cannot be restored into it."));
        return;
    }
    RestoreBackupDialog dialog(*m_context.database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The content is another now: the undo history no longer applies, and every page reloads.
    m_context.undoStack->clear();
    m_context.watcher->notifyLocalChange();
    updateStatus();
}

void MainWindow::chooseLanguage()
{
    const QStringList names{tr("Bahasa Indonesia"), tr("English")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Language"), tr("Language of the application (applies at the next start):"),
                                                 names, AppTranslator::currentLanguage() == QLatin1String("en") ? 1 : 0, false, &ok);
    if (ok)
        AppTranslator::setPreferredLanguage(chosen == names.at(1) ? QStringLiteral("en") : QStringLiteral("id"));
}

void MainWindow::showGuide(const QString &section)
{
    // The section of the page in view, unless one was asked for.
    static const char *const pageSections[] = {"dasbor", "koperasi", "workshop", "laporan"};
    const int index = m_pages->currentIndex();
    const QString at = !section.isEmpty()                                 ? section
                     : index >= 0 && index < int(std::size(pageSections)) ? QString::fromLatin1(pageSections[index])
                                                                          : QStringLiteral("langkah-pertama");
    GuideDialog::showAt(this, at);
}

void MainWindow::connectFirstSteps()
{
    auto *dashboard = qobject_cast<DashboardPage *>(page(0));
    if (!dashboard)
        return;
    FirstStepsPanel *steps = dashboard->firstSteps();
    connect(steps, &FirstStepsPanel::importRequested, this, [this] { importFile(); });
    connect(steps, &FirstStepsPanel::letterheadRequested, this, [this] {
        showPage(3);
        if (auto *reports = qobject_cast<ReportsPage *>(page(3)))
            reports->editLetterhead();
        if (auto *dashboard = qobject_cast<DashboardPage *>(page(0)))
            dashboard->firstSteps()->refresh();
    });
    connect(steps, &FirstStepsPanel::workshopRequested, this, [this] {
        showPage(2);
        if (auto *workshops = qobject_cast<WorkshopsPage *>(page(2)))
            workshops->createWorkshop();
    });
    connect(steps, &FirstStepsPanel::guideRequested, this, [this] { showGuide(QStringLiteral("langkah-pertama")); });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pantau Kopdes"),
                       tr("<h3>Pantau Kopdes %1</h3>"
                          "<p>Monitoring the Koperasi Desa/Kelurahan Merah Putih of a regency or province "
                          "through SIMKOPDES: registry, milestones, workshops and reports.</p>"
                          "<p>%2</p><p>%3</p>")
                           .arg(QCoreApplication::applicationVersion(), RegionCatalog::attribution().toHtmlEscaped(),
                                ReportFonts::attribution().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

int MainWindow::launch(const QStringList &args)
{
    QString path = Database::defaultPath();
    const int i = int(args.indexOf(QStringLiteral("--db")));
    if (i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    auto db = openDatabase(path, nullptr);
    if (!db)
        return 1;
    // On the heap: File → Connect to server… replaces the window by one on the new database.
    auto *window = new MainWindow(db);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->runStartupBackup();
    return qApp->exec();
}
