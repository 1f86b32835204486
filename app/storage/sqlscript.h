#pragma once
#include <QStringList>

// Splits SQL scripts into statements for the migrator, for both engines' dialects: a ';' ends a
// statement unless it is inside '…' or "…" quotes, a -- or /* */ comment, a PostgreSQL
// dollar-quoted body ($$ … $$, $fn$ … $fn$), or the BEGIN … END block of a SQLite trigger
// (where CASE … END nests too). Comments between statements are dropped.
namespace SqlScript {
QStringList split(const QString &script);
}
