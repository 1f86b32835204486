#include "changewatcher.h"

#include <QSqlQuery>

ChangeWatcher::ChangeWatcher(QSqlDatabase db, QObject *parent, int intervalMs)
    : QObject(parent), m_db(std::move(db))
{
    m_lastVersion = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

qint64 ChangeWatcher::dataVersion() const
{
    if (!m_db.isOpen() || m_db.driverName() != QLatin1String("QSQLITE"))
        return -1;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool ChangeWatcher::poll()
{
    const qint64 v = dataVersion();
    if (v == m_lastVersion)
        return false;
    m_lastVersion = v;
    emit changed();
    return true;
}

void ChangeWatcher::notifyLocalChange()
{
    emit changed();
}
