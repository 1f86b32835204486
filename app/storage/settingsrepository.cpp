#include "storage/settingsrepository.h"

#include "storage/sqlquery.h"

#include <QCoreApplication>

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const QVariant v = Sql::scalar(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key},
                                   QCoreApplication::translate("SettingsRepository", "Reading settings"));
    return v.isValid() ? v.toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value, const QString &action)
{
    const QString what = !action.isEmpty() ? action : QCoreApplication::translate("SettingsRepository", "Saving settings");
    // Portable upsert (SQLite 3.24+ and PostgreSQL 9.5+).
    Sql::run(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, value}, what);
}
