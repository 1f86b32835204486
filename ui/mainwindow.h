#pragma once
#include <QMainWindow>
#include <memory>

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database named by --db (or the default one), asks for the area on first run,
    // shows the window and runs the event loop.
    static int launch(const QStringList &args);

private:
    std::shared_ptr<Database> m_database;
};
