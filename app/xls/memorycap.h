#pragma once
#include <QtGlobal>

// A ceiling on the memory this process may take. The .xls helper sets it on itself before it reads:
// a damaged file that makes the reading library allocate without end then ends the helper (which
// the application reports as a damaged file) instead of pushing the office PC into swapping.
namespace MemoryCap {
// False where no ceiling could be set (an AddressSanitizer build, which reserves terabytes of
// address space by design, or a system without the call); the helper then reads without one.
bool limitThisProcess(qint64 bytes);
}
