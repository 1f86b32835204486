#include "sqlengine.h"

#include "postgresengine.h"
#include "sqliteengine.h"
#include "sqlscript.h"

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
