#include "testsupport.h"

#include "changewatcher.h"
#include "database.h"
#include "demoscenario.h"
#include "regioncatalog.h"

#include <QDir>
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUndoStack>
#include <memory>

namespace TestSupport {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString tempPath(const QString &name)
{
    return QDir(tempDir().path()).filePath(name);
}

GuiContext::GuiContext(const QString &copyName, const QString &actor) : database(std::make_shared<Database>())
{
    database->open(demoDatabaseCopy(copyName));
    undo = std::make_unique<QUndoStack>();
    watcher = std::make_unique<ChangeWatcher>(database->connection());
    context = AppContext{database, undo.get(), watcher.get(), actor};
}

GuiContext::~GuiContext() = default;

const RegionCatalog &catalog()
{
    static const RegionCatalog instance;
    return instance;
}

QString demoDatabaseCopy(const QString &name)
{
    static QString master;
    if (master.isEmpty()) {
        master = tempPath(QStringLiteral("demo-master.sqlite"));
        Database db;
        db.open(master);
        DemoScenario::build(db.connection(), catalog());
        // Fold the WAL into the main file so a plain file copy is complete.
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString copy = tempPath(name);
    QFile::remove(copy);
    QFile::copy(master, copy);
    return copy;
}

ProcessResult runApp(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keeps Qt's "XDG_RUNTIME_DIR not set" notice out of the stderr the tests read.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), tempDir().path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PK_BINARY), args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace TestSupport
