#include "storage/serverinfo.h"

#include "storage/connection.h"
#include "storage/postgresengine.h"
#include "storage/serveraddress.h"

#include <QByteArray>
#include <QVector>
#include <libpq-fe.h>

namespace ServerInfo {

bool needsPassword(const QString &url)
{
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(url, &address, &error) || !address.password.isEmpty())
        return false;
    const QByteArray host = address.host.toUtf8();
    const QByteArray port = QByteArray::number(address.port);
    const QByteArray database = address.database.toUtf8();
    const QByteArray user = address.user.toUtf8();
    const QByteArray sslMode = address.sslMode.toUtf8();
    QVector<const char *> keys{"host", "port", "dbname", "connect_timeout", "application_name"};
    QVector<const char *> values{host.constData(), port.constData(), database.constData(), "5", "pantau-kopdes"};
    if (!user.isEmpty()) {
        keys << "user";
        values << user.constData();
    }
    if (!sslMode.isEmpty()) {
        keys << "sslmode";
        values << sslMode.constData();
    }
    keys << nullptr;
    values << nullptr;
    PGconn *conn = PQconnectdbParams(keys.constData(), values.constData(), 0);
    if (!conn)
        return false;
    const bool needs = PQstatus(conn) != CONNECTION_OK && PQconnectionNeedsPassword(conn) == 1;
    PQfinish(conn);
    return needs;
}

QString version(const Connection &db)
{
    if (!db.isServer() || !db.isOpen())
        return QString();
    PGconn *conn = PostgresEngine::handle(db.qt());
    const char *v = conn ? PQparameterStatus(conn, "server_version") : nullptr;
    return v ? QString::fromUtf8(v).section(QLatin1Char(' '), 0, 0) : QString();
}

}   // namespace ServerInfo
