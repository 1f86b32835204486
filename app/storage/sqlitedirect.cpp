#include "storage/sqlitedirect.h"

#include <QSqlDriver>
#include <QStringEncoder>
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

#ifdef PK_SQLITE_DIRECT
namespace {
// Text goes into `buffer` as UTF-8; `copy` tells SQLite whether to take its own copy of it.
int bindInto(sqlite3_stmt *statement, int index, const QVariant &value, QByteArray &buffer, bool copy)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QString: {
        const QString &s = *static_cast<const QString *>(value.constData());
        if (buffer.size() < s.size() * 3)
            buffer.resize(s.size() * 3);   // the most UTF-8 a UTF-16 string can take
        QStringEncoder encoder(QStringEncoder::Utf8);
        const qsizetype n = encoder.appendToBuffer(buffer.data(), s) - buffer.data();
        return sqlite3_bind_text(statement, index, buffer.constData(), int(n), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
    }
    default:
        buffer = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, buffer.constData(), int(buffer.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
    }
}
}   // namespace
#endif

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
#ifdef PK_SQLITE_DIRECT
    QByteArray buffer;
    return bindInto(statement, index, value, buffer, true);
#else
    Q_UNUSED(statement);
    Q_UNUSED(index);
    Q_UNUSED(value);
    return 1;   // SQLITE_ERROR: never called without the C API
#endif
}

int bindKept(sqlite3_stmt *statement, int index, const QVariant &value, QByteArray &buffer)
{
#ifdef PK_SQLITE_DIRECT
    return bindInto(statement, index, value, buffer, false);
#else
    Q_UNUSED(statement);
    Q_UNUSED(index);
    Q_UNUSED(value);
    Q_UNUSED(buffer);
    return 1;
#endif
}

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

}   // namespace SqliteDirect
