#pragma once
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

// Step 1 of the import: the file, and its sheet when it has several.
class ImportFilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    QString path() const;   // trimmed
    void setPath(const QString &path);
    // The sheet chosen; empty when the file has one sheet (or none was read).
    QString sheet() const;
    // Reads the sheet names of the file in the path, in the background (an .xls takes a helper
    // process, which a damaged file can keep busy up to its time limit); a problem goes into the
    // note. fileChanged() is emitted at once.
    void load();
    bool isListing() const { return m_watcher.isRunning(); }
    // The sheets as a reading of the file found them (it did not wait for the listing).
    void showSheets(const QStringList &sheets, const QString &current);
    // Whether the sheets of the file now in the path have been looked for.
    bool isListed() const { return !isListing() && !m_listedPath.isEmpty() && m_listedPath == path(); }
    void setNote(const QString &text);

signals:
    // Another file: what was read of the last one no longer holds.
    void fileChanged();
    void pathEdited();

public:
    ~ImportFilePage() override;

private:
    struct Listing
    {
        QStringList sheets;
        QString error;
    };
    void chooseFile();
    void listingDone();
    void fillSheets(const QString &path, const QStringList &sheets, const QString &current);

    QLineEdit *m_path = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_fileNote = nullptr;
    QFutureWatcher<Listing> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;   // the listing under way
    QString m_listingPath;
    QString m_listedPath;
};
