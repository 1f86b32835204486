#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

StorageError::StorageError(const QString &message, const QString &technical)
    : std::runtime_error(message.toStdString()), m_message(message), m_technical(technical)
{
}

int StorageError::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;   // extended codes carry the primary one in the low byte
}

QString StorageError::messageFor(int code, const QString &what, const QString &technical)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("StorageError", s); };
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("%1: the database is busy because another window or computer is saving. Nothing was changed; try again in a moment.").arg(what);
    case SqliteConstraint:
        if (technical.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
            return tr("%1: this would create a duplicate (for example a second cooperative for one village). Nothing was changed.").arg(what);
        return tr("%1: this would leave the records inconsistent, so it was refused. Nothing was changed.").arg(what);
    case SqliteReadOnly:
        return tr("%1: the database is open read-only (it is damaged, or the file or its folder cannot be written to). Nothing was changed. "
                  "Copy it to a folder you can write to, or use a backup copy.").arg(what);
    case SqliteFull:
        return tr("%1: the disk is full. Nothing was changed. Free some space (or use another disk) and try again.").arg(what);
    case SqliteIoError:
        return tr("%1: the disk could not be read or written (it may be full, removed or failing). Nothing was changed. "
                  "Free some space or check the disk, then try again.").arg(what);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return tr("%1: the database file is damaged. Nothing was changed. Close the application and use the latest backup copy of the database.").arg(what);
    case SqliteCantOpen:
        return tr("%1: the database file cannot be opened (it was moved, or the folder cannot be written to). Nothing was changed.").arg(what);
    case SqliteNoMemory:
        return tr("%1: the computer ran out of memory. Nothing was changed; close other programs and try again.").arg(what);
    default:
        return QString();
    }
}

StorageError StorageError::fromError(const QSqlError &error, const QString &what)
{
    const QString technical = error.text();
    const QString message = messageFor(sqliteCode(error), what, technical);
    if (!message.isEmpty())
        return StorageError(message, technical);
    return StorageError(QCoreApplication::translate("StorageError", "%1 failed. Nothing was changed; try again, and if it keeps failing, "
                                                                    "close the application and open it again.")
                            .arg(what),
                        technical);
}

StorageError StorageError::fromQuery(const QSqlQuery &query, const QString &what)
{
    return fromError(query.lastError(), what);
}
