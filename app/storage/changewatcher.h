#pragma once
#include "storage/connection.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

// Tells views that the database changed, whoever changed it: this window (notifyLocalChange),
// another window, another process or another PC. Behind one interface, each engine's way:
// - SQLite: PRAGMA data_version, polled on this connection, moves when any *other* connection
//   commits; the interval keeps every screen within the two seconds facilitators need;
// - PostgreSQL: LISTEN on the channel the counting triggers NOTIFY in every writing transaction;
//   the server pushes it, so other PCs follow at once. The same timer checks that the server is
//   still there: a lost connection is reported (connectionLost) and retried until it is back
//   (connectionRestored, then changed, since notifications sent meanwhile were missed).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Connection db, QObject *parent = nullptr, int intervalMs = 500);

    void notifyLocalChange();
    // Checks once now; returns true (and emits changed) when another connection committed.
    bool poll();
    bool isConnected() const { return m_connected; }

signals:
    void changed();
    void connectionLost();
    void connectionRestored();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void subscribe();
    bool checkConnection();
    qint64 dataVersion() const;
    Connection m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_connected = true;
    int m_sessionPid = 0;   // PostgreSQL: the server session the LISTEN was made on
};
