#pragma once
#include "shell/appcontext.h"

#include <QDialog>

class QTreeWidget;

// Everything that happened to one cooperative, newest first: milestones reached and withdrawn
// (with who, when and the note) and every change of its fields (old and new value).
class CooperativeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the history; throws StorageError.
    CooperativeHistoryDialog(const AppContext &ctx, qint64 cooperativeId, QWidget *parent = nullptr);

    int entryCount() const;
    // The text of one entry's column (0 recorded, 1 what, 2 details, 3 by, 4 note), for tests.
    QString entryText(int entry, int column) const;

    // The label of a stored field ("chair_phone" -> "Chair's phone").
    static QString fieldLabel(const QString &field);

private:
    QTreeWidget *m_list = nullptr;
    int m_count = 0;
};
