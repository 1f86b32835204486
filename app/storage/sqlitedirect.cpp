#include "sqlitedirect.h"

#include <QSqlDriver>
#include <atomic>

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace {
std::atomic<bool> g_enabled{true};
}

namespace SqliteDirect {

sqlite3 *handle(const Connection &db)
{
#ifdef PK_SQLITE_DIRECT
    if (!g_enabled || !db.qt().driver())
        return nullptr;
    const QVariant h = db.qt().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
#ifdef PK_SQLITE_DIRECT
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
#else
    Q_UNUSED(statement);
    Q_UNUSED(index);
    Q_UNUSED(value);
    return 1;   // SQLITE_ERROR: never called without the C API
#endif
}

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

} // namespace SqliteDirect
