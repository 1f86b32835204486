#pragma once
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Tells views that the database changed, whoever changed it: this window (notifyLocalChange),
// another window or another process on the same file (SQLite's PRAGMA data_version, polled on
// this connection, moves when any *other* connection commits). The polling interval keeps every
// screen within the two seconds the facilitators and the dashboard need. This is the one
// engine-specific piece of change notification; a PostgreSQL connection would use LISTEN/NOTIFY.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(QSqlDatabase db, QObject *parent = nullptr, int intervalMs = 500);

    void notifyLocalChange();
    // Polls once now; returns true (and emits changed) when another connection committed.
    bool poll();

signals:
    void changed();

private:
    qint64 dataVersion() const;
    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};
