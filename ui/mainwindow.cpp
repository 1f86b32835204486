#include "mainwindow.h"

#include "database.h"
#include "storageerror.h"

#include <QApplication>
#include <QMessageBox>

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Pantau Kopdes"));
}

MainWindow::~MainWindow() = default;

int MainWindow::launch(const QStringList &args)
{
    QString path = Database::defaultPath();
    const int i = int(args.indexOf(QStringLiteral("--db")));
    if (i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    auto db = std::make_shared<Database>();
    try {
        db->open(path);
    } catch (const StorageError &e) {
        QMessageBox::critical(nullptr, tr("Pantau Kopdes"), e.message());
        return 1;
    }
    MainWindow w(db);
    w.show();
    return qApp->exec();
}
