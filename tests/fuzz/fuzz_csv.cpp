// libFuzzer: the text path of the import (encoding detection, separator detection, RFC 4180
// splitting with line numbers), then header detection and the value parsers on what it read.
#include "import/csvtablereader.h"
#include "fuzzexercise.h"
#include "import/importerror.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        exerciseTable(CsvTableReader::read(bytes, QStringLiteral("fuzz.csv")));
    } catch (const ImportError &e) {
        if (e.message().isEmpty())
            __builtin_trap();   // every failure says what is wrong
    }
    return 0;
}
