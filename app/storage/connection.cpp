#include "storage/connection.h"

#include "storage/sqlengine.h"

const SqlEngine &Connection::engine() const
{
    return m_engine ? *m_engine : SqlEngine::sqlite();
}

bool Connection::isServer() const
{
    return engine().kind() == SqlEngine::Kind::Postgres;
}
