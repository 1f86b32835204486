#include "widgets/filedialogs.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStyle>

QIcon SuffixOnlyIconProvider::icon(IconType type) const
{
    return QFileIconProvider::icon(type);   // stock icons; nothing is read from disk
}

QIcon SuffixOnlyIconProvider::icon(const QFileInfo &info) const
{
    // QFileIconProvider::icon(QFileInfo) looks up a theme icon by the sniffed MIME type.
    if (info.isDir())
        return QFileIconProvider::icon(info.isRoot() ? Drive : Folder);
    return QFileIconProvider::icon(File);
}

QString SuffixOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return info.isRoot() ? QApplication::translate("QAbstractFileIconProvider", "Drive")
                             : QApplication::translate("QAbstractFileIconProvider", "Folder");
    // MatchExtension: by the name alone, the file is never opened.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    if (!mime.isDefault())
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QApplication::translate("QAbstractFileIconProvider", "File")
                            : QApplication::translate("QAbstractFileIconProvider", "%1 File").arg(suffix);
}

SuffixOnlyIconProvider *SuffixOnlyIconProvider::instance()
{
    static auto *provider = new SuffixOnlyIconProvider;   // lives as long as the process: dialogs keep a raw pointer
    return provider;
}

namespace FileDialogs {

void prepare(QFileDialog *dialog)
{
#ifdef Q_OS_WIN
    // Windows' own dialog, as every other program there has (Documents, OneDrive, the network
    // places the office knows); it reads no file's content either. The tests drive Qt's dialog:
    // they set Qt::AA_DontUseNativeDialogs.
#else
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
#endif
    dialog->setIconProvider(SuffixOnlyIconProvider::instance());
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                        QString *selectedFilter, bool confirmOverwrite)
{
    QFileDialog dialog(parent, caption, path, filter);
    prepare(&dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite, !confirmOverwrite);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    const QFileInfo suggested(path);
    if (!suggested.isDir()) {
        dialog.setDirectory(suggested.absolutePath());
        dialog.selectFile(suggested.fileName());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    prepare(&dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

}   // namespace FileDialogs
