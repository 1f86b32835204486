#pragma once
#include "storage/regionrepository.h"

#include <QString>
#include <QVector>

// The national Kemendagri region list from idn-area-data (ODbL 1.0), embedded in the app
// under :/region, or read from a folder with the same four CSV files.
class RegionCatalog
{
public:
    // Throws StorageError (a clear message) when the files are missing or malformed.
    explicit RegionCatalog(const QString &folder = QStringLiteral(":/region"));

    const QVector<RegionEntry> &provinces() const { return m_provinces; }
    const QVector<RegionEntry> &regencies() const { return m_regencies; }
    const QVector<RegionEntry> &districts() const { return m_districts; }
    const QVector<RegionEntry> &villages() const { return m_villages; }

    // A regency ("12.08") or a whole province ("12"); the office's area.
    struct Area
    {
        QString code;
        QString name;   // "Kabupaten Simalungun", "Provinsi Sumatera Utara"
        QVector<RegionEntry> provinces;
        QVector<RegionEntry> regencies;
        QVector<RegionEntry> districts;
        QVector<RegionEntry> villages;
    };
    // Throws StorageError for a code that is not a province or regency in the list.
    Area area(const QString &code) const;
    QString nameOf(const QString &code) const;

    // The attribution the About box shows (the data's licence requires it).
    static QString attribution();

private:
    QVector<RegionEntry> m_provinces, m_regencies, m_districts, m_villages;
};
