#pragma once
#include <QDate>
#include "storage/connection.h"
#include <QVector>
#include <QString>

class RegionCatalog;

// The seed's story for Kabupaten Simalungun (413 KMP), for training and for the tests:
// as of 3 Oct 2025 akun 266, profil 121, gerai aktif 9, pembiayaan 11; after the workshop of
// Saturday 4 Oct 2025 akun 360, profil 249, gerai 173, kemitraan 90. Cooperatives are picked
// with a fixed seed, so every build of the demo is identical. Invented people and phone
// numbers are marked "(Demo)" and is_demo = 1.
class DemoScenario
{
public:
    static QString areaCode() { return QStringLiteral("12.08"); }
    static QDate workshopDate() { return QDate(2025, 10, 4); }
    static QDate dayBefore() { return QDate(2025, 10, 3); }

    // Builds the demo into an empty (freshly migrated) database. Throws StorageError.
    static void build(Connection db, const RegionCatalog &catalog);
    // Builds a whole demo database file at `path` as one step: into a temporary file beside it,
    // renamed over `path` only when complete, so a demo killed midway leaves nothing at `path`
    // (or the earlier file, with `replace`). Refuses an existing file unless `replace`, and
    // always the database this process has open. Throws StorageError.
    static void buildFile(const QString &path, bool replace, const RegionCatalog &catalog);
    // The cooperative ids that attended the workshop (exactly those with an account after it).
    static QVector<qint64> attendees(Connection db);
};
