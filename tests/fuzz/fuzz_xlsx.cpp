// libFuzzer: SpreadsheetReader on arbitrary bytes, as a user's file would reach it: format
// detection, then the XLSX/ODS readers (QuaZip + QXmlStreamReader), the XLS reader (FreeXL,
// through a temporary file) or the CSV reader; then header detection and the value parsers.
// Seeded with the corpus's workbooks, so mutations start from real zip archives.
//
// OLE2 inputs (.xls) are skipped unless PK_FUZZ_XLS=1 is set: FreeXL 1.0.6 (Debian 12) reads
// past a stack buffer in its code-page conversion (iconv) on a damaged BIFF file within the
// first seconds of fuzzing, which would stop every run there before our own code is reached.
#include "fuzzexercise.h"
#include "spreadsheetreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const bool withXls = qEnvironmentVariableIntValue("PK_FUZZ_XLS") == 1;
    if (!withXls && bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4)))
        return 0;
    try {
        const QStringList sheets = SpreadsheetReader::sheetNames(bytes, QStringLiteral("fuzz.xlsx"));
        // The last sheet too, so a second sheet's parts are reached.
        exerciseTable(SpreadsheetReader::read(bytes, QStringLiteral("fuzz.xlsx"), sheets.isEmpty() ? QString() : sheets.constLast()));
    } catch (const ImportError &e) {
        if (e.message().isEmpty())
            __builtin_trap();
    }
    return 0;
}
