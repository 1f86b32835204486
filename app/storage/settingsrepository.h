#pragma once
#include "storage/connection.h"
#include <QString>

// Settings that belong to the database (shared by every PC that opens it): the office's area,
// its name, the word for a village. Per-user settings (window layout, printer) live in QSettings.
class SettingsRepository
{
public:
    explicit SettingsRepository(Connection db) : m_db(std::move(db)) {}

    QString value(const QString &key, const QString &fallback = QString()) const;
    // `what` names the user's action in an error ("Reopening the workshop ..."); by default
    // "Saving settings", which a user reads as something else than what they did.
    void setValue(const QString &key, const QString &value, const QString &what = QString());

    // Typed keys with their defaults in one place.
    QString areaCode() const { return value(QStringLiteral("area_code")); }   // "12.08" or "12"
    QString areaName() const { return value(QStringLiteral("area_name")); }   // "Kabupaten Simalungun"
    // What the area calls a desa ("Nagori" in Simalungun); shown in column headers.
    QString villageTerm() const { return value(QStringLiteral("village_term"), QStringLiteral("Desa")); }
    bool isAreaSetUp() const { return !areaCode().isEmpty(); }

private:
    Connection m_db;
};
