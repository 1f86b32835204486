#pragma once
#include <QFileIconProvider>
#include <QString>

class QFileDialog;
class QWidget;

// Every file dialog of the app is made here: Qt's own (never the desktop's native one) with an
// icon provider that names and draws files by their suffix only.
//
// Why: Qt's stock provider asks QMimeDatabase for each listed file's type, which opens the file
// to sniff its content and closes it again. Listing the folder of the open database that way
// closes a descriptor of the database file in this process, and with it every POSIX lock SQLite
// holds on it; another desk's process may then delete the -wal/-shm under this one and the two
// see different data from then on. Native dialogs sniff alike, so they are not used either.
class SuffixOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
    // The one instance every dialog shares (made on first use, after the QApplication).
    static SuffixOnlyIconProvider *instance();
};

namespace FileDialogs {
// Sets up a dialog the app made itself (provider, non-native).
void prepare(QFileDialog *dialog);
// Like QFileDialog's static functions, through prepare(). getSaveFileName asks before replacing
// a file the user picked unless `confirmOverwrite` is false (the caller then asks itself).
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                        QString *selectedFilter = nullptr, bool confirmOverwrite = true);
QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
}   // namespace FileDialogs
