#pragma once
#include "shell/appcontext.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPair>
#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

// The application window: a side bar of pages (dashboard, registry, workshops, reports) over
// one shared AppContext, the menus, and the status bar naming the area and the database file.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database named by --db (or the default one), asks for the area on first run,
    // shows the window and runs the event loop.
    static int launch(const QStringList &args);
    // Opens (and migrates) a database, asking for the office's area when it has none yet.
    // Returns nullptr after telling the user why when it cannot be used.
    // A server URL gets its password as ServerConnectDialog::openServer finds or asks it.
    static std::shared_ptr<Database> openDatabase(const QString &path, QWidget *parent);
    // What every newly opened database goes through before a window shows it: the damage
    // warning, the note about the upgrade backup, the area on first use. False when it cannot
    // be used (the user cancelled the area).
    static bool prepareDatabase(Database &db, QWidget *parent);

    const AppContext &context() const { return m_context; }
    // Shows a page by its index in the side bar (0 dashboard, 1 registry, 2 workshops, 3 reports).
    void showPage(int index);
    // Help → Guide (F1): the guide at `section`, or at the section of the page in view.
    void showGuide(const QString &section = QString());
    QWidget *page(int index) const;
    // Replaces this window by a new one on `database` (File → Connect to server…): every page,
    // the change watcher and the undo history belong to one database, so none of them is
    // carried over. Returns the new window (deleted when closed); this one closes.
    MainWindow *switchToDatabase(std::shared_ptr<Database> database);
    // The start-up backup (the first start of each day; not for a read-only, damaged or empty
    // database), made on a worker thread with its own connection so a large database does not hold
    // the window; the status bar says where it went, or why it failed (the app goes on).
    void runStartupBackup();

signals:
    // After runStartupBackup(): the backup's path, or the reason it failed (both empty when none was due).
    void startupBackupFinished(const QString &path, const QString &error);
    // Emitted by switchToDatabase with the window that took over.
    void switchedTo(MainWindow *next);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void updateStatus();
    void openOtherDatabase();
    void createNewDatabase();
    void connectToServer();
    void showConnectionLost();
    void showConnectionRestored();
    void createDemoDatabase();
    void showAbout();
    void connectFirstSteps();
    void chooseLanguage();
    void backUpNow();
    void restoreFromBackup();
public:
    // Data → Import from file… (with `path`: that file, as when one is dropped on the registry).
    // Returns the dialog, shown and not modal, so a test can drive it.
    class ImportDialog *importFile(const QString &path = QString());
    class ImportHistoryDialog *showImportHistory();

private:
    AppContext m_context;
    QListWidget *m_sideBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_areaLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_serverLabel = nullptr;                           // "Server: host/dbname" (with a lock when encrypted); red while the link is lost
    QFutureWatcher<QPair<QString, QString>> m_startupBackup;   // path, error
};
