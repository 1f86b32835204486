#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// Step 1 of the import: the file, and its sheet when it has several.
class ImportFilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    QString path() const;          // trimmed
    void setPath(const QString &path);
    // The sheet chosen; empty when the file has one sheet (or none was read).
    QString sheet() const;
    bool hasSheets() const;
    // Reads the sheet names of the file in the path (a problem goes into the note).
    void load();
    void setNote(const QString &text);

signals:
    // Another file: what was read of the last one no longer holds.
    void fileChanged();
    void pathEdited();

private:
    void chooseFile();

    QLineEdit *m_path = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_fileNote = nullptr;
};
