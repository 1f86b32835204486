#include "storage/storageerror.h"

#include "storage/sqlengine.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

StorageError::StorageError(const QString &message, const QString &technical, Problem problem)
    : std::runtime_error(message.toStdString()), m_message(message), m_technical(technical), m_problem(problem)
{
}

int StorageError::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;   // extended codes carry the primary one in the low byte
}

QString StorageError::messageFor(Problem problem, const QString &what)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("StorageError", s); };
    switch (problem) {
    case Problem::Busy:
        return tr("%1: the database is busy because another window or computer is saving. Nothing was changed; try again in a moment.").arg(what);
    case Problem::Duplicate:
        return tr("%1: this would create a duplicate (for example a second cooperative for one village). Nothing was changed.").arg(what);
    case Problem::Constraint:
        return tr("%1: this would leave the records inconsistent, so it was refused. Nothing was changed.").arg(what);
    case Problem::ReadOnly:
        return tr("%1: the database is open read-only (it is damaged, or the file or its folder cannot be written to). Nothing was changed. "
                  "Copy it to a folder you can write to, or use a backup copy.")
            .arg(what);
    case Problem::DiskFull:
        return tr("%1: the disk is full. Nothing was changed. Free some space (or use another disk) and try again.").arg(what);
    case Problem::IoError:
        return tr("%1: the disk could not be read or written (it may be full, removed or failing). Nothing was changed. "
                  "Free some space or check the disk, then try again.")
            .arg(what);
    case Problem::Damaged:
        return tr("%1: the database file is damaged. Nothing was changed. Close the application and use the latest backup copy of the database.").arg(what);
    case Problem::CantOpen:
        return tr("%1: the database file cannot be opened (it was moved, or the folder cannot be written to). Nothing was changed.").arg(what);
    case Problem::NoMemory:
        return tr("%1: the computer ran out of memory. Nothing was changed; close other programs and try again.").arg(what);
    case Problem::ConnectionLost:
        return tr("%1: the connection to the database server was lost. Nothing was saved. The application reconnects by itself "
                  "when the server can be reached again; check the network cable or Wi-Fi, then try again.")
            .arg(what);
    case Problem::Permission:
        return tr("%1: the database server refused this for your login (no permission). Nothing was changed. "
                  "Ask the administrator of the server for write access.")
            .arg(what);
    case Problem::UnfinishedWrite:
        return tr("%1: a save into this database was cut off (the program stopped or the power went off while it wrote). That is "
                  "normal and nothing saved earlier is lost: the next program that opens the database for saving finishes "
                  "the clean-up. Open it once in Pantau Kopdes (or run a command that saves), then try again. Nothing was changed.")
            .arg(what);
    case Problem::None:
        break;
    }
    return QString();
}

StorageError StorageError::fromError(const QSqlError &error, const SqlEngine &engine, const QString &what)
{
    const QString technical = error.text();
    const Problem problem = engine.classify(error);
    const QString message = messageFor(problem, what);
    if (!message.isEmpty())
        return StorageError(message, technical, problem);
    return StorageError(QCoreApplication::translate("StorageError", "%1 failed. Nothing was changed; try again, and if it keeps failing, "
                                                                    "close the application and open it again.")
                            .arg(what),
                        technical);
}

StorageError StorageError::fromQuery(const QSqlQuery &query, const QString &what)
{
    const SqlEngine &engine = SqlEngine::forDriver(query.driver());
    const StorageError e = fromError(query.lastError(), engine, what);
    if (e.problem() == Problem::None && engine.connectionBroken(query.driver()))
        return StorageError(messageFor(Problem::ConnectionLost, what), e.technical(), Problem::ConnectionLost);
    return e;
}

QString StorageError::cause() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("StorageError", s); };
    switch (m_problem) {
    case Problem::ConnectionLost:
        return tr("the connection to the database server was lost. Check the network cable or Wi-Fi.");
    case Problem::DiskFull:
        return tr("the disk is full. Free some space.");
    case Problem::Busy:
        return tr("the database was busy for too long (another program was saving).");
    case Problem::Permission:
        return tr("the database server refused it for your login (no permission).");
    default:
        return m_message;
    }
}
