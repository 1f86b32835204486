#pragma once
#include "appcontext.h"

#include <QMainWindow>
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
    static std::shared_ptr<Database> openDatabase(const QString &path, QWidget *parent);

    const AppContext &context() const { return m_context; }
    // Shows a page by its index in the side bar (0 dashboard, 1 registry, 2 workshops, 3 reports).
    void showPage(int index);
    QWidget *page(int index) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void updateStatus();
    void openOtherDatabase();
    void createDemoDatabase();
    void showAbout();
    void chooseLanguage();
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
};
