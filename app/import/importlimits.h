#pragma once
#include <QtGlobal>

// Bounds on what a reader accepts, so a hostile or broken file (a zip bomb, a sheet claiming a
// million repeated rows) fails with a message instead of exhausting memory. The largest real
// input is a province (6,000+ villages); these are orders of magnitude above that.
namespace ImportLimits {
constexpr int maxRows = 2000000;                        // Excel's own limit is 1,048,576
constexpr int maxColumns = 16384;                       // Excel's XFD
constexpr qint64 maxCells = 5000000;                    // cells held, empty padding included (~300 MB)
constexpr qint64 maxEntryBytes = 256ll * 1024 * 1024;   // one uncompressed XML part of a zip
constexpr qint64 maxFileBytes = 512ll * 1024 * 1024;    // the file itself (a workbook: compressed)
// A CSV or text file is held decoded (twice its bytes) and split into cells: a national registry
// (83,762 rows) is about 8 MB of text; these bound a text file's memory to a few hundred MB.
constexpr qint64 maxTextBytes = 64ll * 1024 * 1024;
constexpr int maxTextRows = 250000;
// What the .xls helper (pantau-kopdes-xls) may write back for one sheet. A sheet at maxCells of
// numbers is ~150 MB of reply; more is a file blown up on purpose, or a helper gone wrong.
constexpr qint64 maxHelperOutputBytes = 512ll * 1024 * 1024;
// The memory the helper may take: a sheet at maxCells, its reply and the library's own copy fit
// well below it; a file that makes the library allocate without end stops there.
constexpr qint64 maxHelperMemoryBytes = 3ll * 1024 * 1024 * 1024;
}   // namespace ImportLimits
