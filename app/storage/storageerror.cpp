#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

StorageError::StorageError(const QString &message, const QString &technical)
    : std::runtime_error(message.toStdString()), m_message(message), m_technical(technical)
{
}

StorageError StorageError::fromQuery(const QSqlQuery &query, const QString &what)
{
    const QString technical = query.lastError().text();
    const auto tr = [](const char *s) { return QCoreApplication::translate("StorageError", s); };
    if (technical.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || technical.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return StorageError(tr("%1: the database is busy because another window or computer is saving. Nothing was changed; try again in a moment.").arg(what), technical);
    if (technical.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
        return StorageError(tr("%1: this would create a duplicate (for example a second cooperative for one village). Nothing was changed.").arg(what), technical);
    if (technical.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return StorageError(tr("%1: the database file is read-only. Copy it to a folder you can write to.").arg(what), technical);
    return StorageError(tr("%1 failed: %2").arg(what, technical), technical);
}
