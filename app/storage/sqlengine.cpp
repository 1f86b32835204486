#include "storage/sqlengine.h"

#include "storage/postgresengine.h"
#include "storage/sqliteengine.h"
#include "storage/sqlscript.h"

#include <QSqlDriver>

const SqlEngine &SqlEngine::sqlite()
{
    static const SqliteEngine engine;
    return engine;
}

const SqlEngine &SqlEngine::postgres()
{
    static const PostgresEngine engine;
    return engine;
}

const SqlEngine &SqlEngine::forDriver(const QSqlDriver *driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return postgres();
    return sqlite();
}

QStringList SqlEngine::splitStatements(const QString &script) const
{
    return SqlScript::split(script);
}
