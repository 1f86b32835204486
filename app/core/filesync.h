#pragma once
#include <QString>

// A file just written reaches the disk before it is renamed into place or called done (a
// backup, a restore's staged copy, a report or an export): a power cut after the rename must not
// leave a name pointing at data still in the operating system's cache.
namespace FileSync {
bool toDisk(const QString &path);
}
