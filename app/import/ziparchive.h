#pragma once
#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

// An XLSX or ODS file held in memory, read through QuaZip. Every part is read with a cap on its
// uncompressed size (the size the archive claims is not trusted: it is counted while inflating),
// so a zip bomb is an ImportError, not an exhausted PC.
class ZipArchive
{
public:
    // Throws ImportError naming `displayName` when the data is not a readable zip archive.
    ZipArchive(const QByteArray &data, const QString &displayName);
    ~ZipArchive();

    bool contains(const QString &entry) const;
    QStringList entries() const { return m_entries; }
    // The uncompressed part; throws ImportError when it is missing, damaged or too large.
    QByteArray read(const QString &entry) const;

private:
    QByteArray m_data;
    QString m_displayName;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_entries;
};
