#include "import/ziparchive.h"

#include "import/importerror.h"
#include "import/importlimits.h"

#include <QCoreApplication>

#include <quazip.h>
#include <quazipfile.h>


ZipArchive::ZipArchive(const QByteArray &data, const QString &displayName)
    : m_data(data), m_displayName(displayName), m_buffer(std::make_unique<QBuffer>(&m_data))
{
    m_zip = std::make_unique<QuaZip>(m_buffer.get());
    // A truncated download or a half-copied USB file keeps the "PK" signature at the start but
    // loses the central directory at the end, which is where a zip lists its parts.
    if (!m_zip->open(QuaZip::mdUnzip))
        throw ImportError(QCoreApplication::translate("ZipArchive", "The file %1 is damaged or incomplete: it starts like an Excel or LibreOffice file "
                                                                    "but its contents cannot be opened. Save it again from Excel or LibreOffice, or ask for a new copy.")
                              .arg(m_displayName));
    m_entries = m_zip->getFileNameList();
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        m_zip->close();
}

bool ZipArchive::contains(const QString &entry) const
{
    return m_entries.contains(entry, Qt::CaseInsensitive);
}

QByteArray ZipArchive::read(const QString &entry) const
{
    const auto damaged = [&] {
        return ImportError(QCoreApplication::translate("ZipArchive", "The file %1 is damaged: its part %2 cannot be read. Save it again from Excel or LibreOffice, or ask for a new copy.")
                               .arg(m_displayName, entry));
    };
    if (!m_zip->setCurrentFile(entry, QuaZip::csInsensitive))
        throw damaged();
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        throw damaged();
    QByteArray out;
    char chunk[65536];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            file.close();
            throw damaged();
        }
        if (n == 0)
            break;
        if (out.size() + n > ImportLimits::maxEntryBytes) {
            file.close();
            throw ImportError(QCoreApplication::translate("ZipArchive", "The file %1 is too large to import: its part %2 unpacks to more than %3 MB. "
                                                                        "Split the data into smaller files.")
                                  .arg(m_displayName, entry)
                                  .arg(ImportLimits::maxEntryBytes / (1024 * 1024)));
        }
        out.append(chunk, n);
    }
    file.close();
    // QuaZip reports a CRC mismatch (a corrupted part) on close.
    if (file.getZipError() != UNZ_OK)
        throw damaged();
    return out;
}
