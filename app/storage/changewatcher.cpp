#include "storage/changewatcher.h"

#include "storage/postgresengine.h"
#include "storage/sqlengine.h"

#include <QSqlQuery>

ChangeWatcher::ChangeWatcher(Connection db, QObject *parent, int intervalMs) : QObject(parent), m_db(std::move(db))
{
    if (m_db.isServer()) {
        subscribe();
        // Checking the server costs a round trip; once a second is plenty to show a lost link.
        m_timer.setInterval(qMax(intervalMs, 1000));
    } else {
        m_lastVersion = dataVersion();
        m_timer.setInterval(intervalMs);
    }
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::subscribe()
{
    QSqlDriver *driver = m_db.qt().driver();
    if (!driver)
        return;
    const QString channel = QString::fromLatin1(PostgresEngine::kChangeChannel);
    // A reconnection makes a new server session: LISTEN again (Qt keeps the old name listed).
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    driver->subscribeToNotification(channel);
    m_sessionPid = PostgresEngine::backendPid(m_db.qt());
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
}

void ChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &)
{
    // This connection's own commits are announced by notifyLocalChange already.
    if (name == QLatin1String(PostgresEngine::kChangeChannel) && source != QSqlDriver::SelfSource)
        emit changed();
}

qint64 ChangeWatcher::dataVersion() const
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery q(m_db.qt());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool ChangeWatcher::checkConnection()
{
    const SqlEngine &engine = m_db.engine();
    if (engine.isAlive(m_db.qt())) {
        // Reconnected meanwhile by someone else (a Transaction does): a new session, LISTEN again.
        if (!m_connected || PostgresEngine::backendPid(m_db.qt()) != m_sessionPid) {
            m_connected = true;
            subscribe();
            emit connectionRestored();
            emit changed();
        }
        return true;
    }
    if (m_connected) {
        m_connected = false;
        emit connectionLost();
    }
    QSqlDatabase qt = m_db.qt();
    if (!engine.reconnect(qt))
        return false;
    m_connected = true;
    subscribe();
    emit connectionRestored();
    emit changed();
    return false;
}

bool ChangeWatcher::poll()
{
    if (m_db.isServer()) {
        checkConnection();
        return false;   // changes arrive as notifications, between polls
    }
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
