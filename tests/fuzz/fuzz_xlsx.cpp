// libFuzzer: SpreadsheetReader on arbitrary bytes, as a user's file would reach it: format
// detection, then the XLSX/ODS readers (QuaZip + QXmlStreamReader) or the CSV reader; then
// header detection and the value parsers. Seeded with the corpus's workbooks, so mutations start
// from real zip archives.
//
// The application reads .xls (OLE2) files in the helper process pantau-kopdes-xls; here they go
// in-process to FreeXlReader, the helper's reader, through a temporary file, so that the fuzzer
// sees inside FreeXL. They are skipped unless PK_FUZZ_XLS=1 is set: FreeXL 1.0.6 (Debian 12)
// reads past a stack buffer in its code-page conversion (iconv) on a damaged BIFF file within the
// first seconds of fuzzing (tests/fuzz/findings/README.md), which would stop every run there
// before our own code is reached.
#include "xls/freexlreader.h"
#include "fuzzexercise.h"
#include "import/spreadsheetreader.h"

#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void fuzzXls(const QByteArray &bytes)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return;
    const QString name = QStringLiteral("fuzz.xls");
    const QStringList sheets = FreeXlReader::sheetNames(file.fileName(), name);
    // The last sheet too, so a second sheet's records are reached.
    exerciseTable(FreeXlReader::read(file.fileName(), name, int(sheets.size()) - 1));
}
}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const bool withXls = qEnvironmentVariableIntValue("PK_FUZZ_XLS") == 1;
    const bool ole2 = bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4));
    if (ole2 && !withXls)
        return 0;
    try {
        if (ole2) {
            fuzzXls(bytes);
            return 0;
        }
        const QStringList sheets = SpreadsheetReader::sheetNames(bytes, QStringLiteral("fuzz.xlsx"));
        // The last sheet too, so a second sheet's parts are reached.
        exerciseTable(SpreadsheetReader::read(bytes, QStringLiteral("fuzz.xlsx"), sheets.isEmpty() ? QString() : sheets.constLast()));
    } catch (const ImportError &e) {
        if (e.message().isEmpty())
            __builtin_trap();
    }
    return 0;
}
