#include "io/outputfile.h"

#include "core/filereplace.h"

#include "storage/database.h"
#include "core/filesync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cstdio>
#endif

namespace {
QString tr(const char *s) { return QCoreApplication::translate("OutputFile", s); }

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

// A PDF reads back when it starts with its header and its last kilobyte holds the end marker:
// a file cut short by a full disk or a crash has neither its cross-reference table nor "%%EOF".
bool looksLikeCompletePdf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 16)
        return false;
    if (!f.read(5).startsWith("%PDF-"))
        return false;
    f.seek(qMax<qint64>(0, f.size() - 1024));
    const QByteArray tail = f.readAll();
    return tail.contains("%%EOF") && tail.contains("startxref");
}

}   // namespace

OutputFile::OutputFile(const QString &target, Kind kind) : m_target(target), m_kind(kind) {}

OutputFile::~OutputFile()
{
    if (!m_committed)
        cancel();
}

bool OutputFile::isSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3", 16);
}

QString OutputFile::refusal(const QString &target, Kind kind)
{
    if (target.trimmed().isEmpty())
        return tr("No file name was given.");
    const QFileInfo info(target);
    // First, without opening anything: the open database (also as "dir/../dir/k.sqlite", a
    // symlink or a hard link) and its -wal/-shm.
    if (Database::isOpenDatabaseFile(target))
        return tr("\"%1\" is the database that is open. Choose another file name; nothing was written.").arg(shown(target));
    if (info.isDir())
        return tr("\"%1\" is a folder. Choose a file name; nothing was written.").arg(shown(target));
    if (!info.absoluteDir().exists())
        return tr("The folder \"%1\" does not exist. Choose another folder; nothing was written.").arg(shown(info.absolutePath()));
    if (kind != Kind::Database && info.isFile() && isSqliteFile(target))
        return tr("\"%1\" is a database file. Choose another file name; it was not overwritten.").arg(shown(target));
    // Someone made it read-only to keep it: replacing it anyway would undo that without a word.
    // The mode is asked too: the administrator (root) may write anything, and would replace it.
    if (info.isFile() && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
        return tr("\"%1\" is read-only, so it was not replaced. Choose another file name, or make the file writable "
                  "first; nothing was written.")
            .arg(shown(target));
    return QString();
}

bool OutputFile::fail(const QString &message)
{
    m_error = message;
    cancel();
    return false;
}

QString OutputFile::writeFailure() const
{
    const QStorageInfo storage(QFileInfo(m_target).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
        return tr("Cannot write \"%1\": the disk is full. Free some space or choose another disk. Any earlier file of that name was kept.")
            .arg(shown(m_target));
    return tr("Cannot write \"%1\": the disk could not be written to (it may be full, removed or read-only). Any earlier file of that name was kept.")
        .arg(shown(m_target));
}

bool OutputFile::begin()
{
    m_error = refusal(m_target, m_kind);
    if (!m_error.isEmpty())
        return false;
    const QFileInfo info(m_target);
    m_temp = std::make_unique<QTemporaryFile>(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    m_temp->setAutoRemove(false);
    if (!m_temp->open()) {
        m_temp.reset();
        m_error = tr("Cannot create a file in the folder \"%1\": it cannot be written to (or the disk is full). "
                     "Choose another folder; nothing was written.")
                      .arg(shown(info.absolutePath()));
        return false;
    }
    m_tempPath = m_temp->fileName();
    return true;
}

QFile *OutputFile::device()
{
    return m_temp.get();
}

QString OutputFile::tempPath()
{
    // The caller writes by path: our handle goes (on Windows a QTemporaryFile keeps the file
    // locked while it exists). cancel() still removes the file by its path.
    if (m_temp) {
        m_temp->close();
        m_temp.reset();
    }
    return m_tempPath;
}

bool OutputFile::commit()
{
    if (m_tempPath.isEmpty())
        return fail(m_error.isEmpty() ? tr("Cannot write \"%1\".").arg(shown(m_target)) : m_error);
    if (m_temp && m_temp->isOpen()) {
        const bool flushed = m_temp->flush() && m_temp->error() == QFileDevice::NoError;
        m_temp->close();
        if (!flushed)
            return fail(writeFailure());
    }
    if (!FileSync::toDisk(m_tempPath) || QFileInfo(m_tempPath).size() <= 0)
        return fail(writeFailure());
    if (m_kind == Kind::Pdf && !looksLikeCompletePdf(m_tempPath))
        return fail(writeFailure());
    if (m_kind == Kind::Database && !isSqliteFile(m_tempPath))
        return fail(writeFailure());
    // The target may have become the open database meanwhile (another window's choice).
    const QString refused = refusal(m_target, m_kind);
    if (!refused.isEmpty())
        return fail(refused);
    // A temporary file is private (0600); the result gets the earlier file's permissions, or the usual ones.
    QFile::setPermissions(m_tempPath, QFileInfo::exists(m_target)
                                          ? QFile::permissions(m_target)
                                          : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                                                | QFile::ReadGroup | QFile::ReadOther);
    // On Windows a QTemporaryFile keeps its file open, even closed, for as long as it exists: the
    // rename would fail with a sharing violation (seen under Wine: error 32).
    m_temp.reset();
    // One step on every system: a reader sees the old file or the new one.
    const bool renamed = FileReplace::replace(m_tempPath, m_target);
    if (!renamed)
        return fail(tr("Cannot replace \"%1\": it may be open in another program (close it there) or the folder cannot be written to. "
                       "Any earlier file of that name was kept.")
                        .arg(shown(m_target)));
    m_committed = true;
    m_temp.reset();
    return true;
}

void OutputFile::cancel()
{
    if (m_temp) {
        m_temp->close();
        m_temp.reset();
    }
    if (!m_tempPath.isEmpty() && !m_committed)
        QFile::remove(m_tempPath);
    m_tempPath.clear();
}
