#include "storage/backupfiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlError>

namespace BackupFiles {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

FileConnection::FileConnection(const QString &path, bool readOnly)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("pantau-kopdes-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

FileConnection::~FileConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

}   // namespace BackupFiles
