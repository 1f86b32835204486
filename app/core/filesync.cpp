#include "core/filesync.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace FileSync {

bool toDisk(const QString &path)
{
#if defined(Q_OS_UNIX)
    // fsync flushes the file's data whichever descriptor asks; read-only is enough.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(f.handle()) == 0;
#elif defined(Q_OS_WIN)
    // _commit is FlushFileBuffers on the descriptor, which needs write access.
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return ::_commit(f.handle()) == 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

}   // namespace FileSync
