#pragma once
#include <QString>

namespace FileReplace {
// Gives the finished file `from` the name `to` in one step, replacing an existing `to`: a reader
// sees the old file or the new one, never none. POSIX rename(2); on Windows MoveFileExW with
// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH (removing the target first and then
// renaming would leave nothing when the second step fails). Both files in one folder.
bool replace(const QString &from, const QString &to);
}   // namespace FileReplace
