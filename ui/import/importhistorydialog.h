#pragma once
#include "shell/appcontext.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

// Data → Import history…: every import of the database (when, who, file, counts) and every undo.
// From here the rejected rows of an import are saved as a CSV file to send back to the
// kecamatan, and an import is undone (after a question), or the refusal says which later edits
// stand in the way.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    // The id of the selected line, 0 when none.
    qint64 selectedId() const;
    void selectId(qint64 id);
    // Writes the rejected rows of import `id` to `path` (CSV); the number of rows, -1 on failure
    // (the message shown).
    int exportProblems(qint64 id, const QString &path);
    // Undoes import `id` after asking (unless `confirm` is false); true when it was undone.
    bool undoImport(qint64 id, bool confirm = true);

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *exportButton() const { return m_export; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void undone(qint64 importId);

private:
    void updateButtons();
    void showMessage(const QString &text, bool warning);

    AppContext m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_export = nullptr;
    QString m_lastMessage;
};
