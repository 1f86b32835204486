#pragma once
#include "shell/appcontext.h"
#include "core/milestone.h"

#include <QDialog>
#include <QVector>

class QListWidget;
class QPushButton;

// The administrator's list of milestones (the ministry keeps adding steps): add one, rename it
// (name, short label, report phrase), move it up or down, retire it or bring it back. A retired
// milestone keeps its history but leaves the registry columns and the reports.
class MilestoneAdminDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the milestones; throws StorageError.
    explicit MilestoneAdminDialog(const AppContext &ctx, QWidget *parent = nullptr);
    // Shows the dialog (the main window's Data menu); a database error is shown, not thrown.
    static void run(const AppContext &ctx, QWidget *parent);

    // Asks for a milestone's code (when adding), name, label and phrase; false when cancelled.
    static bool editDefinition(MilestoneDefinition &definition, bool isNew, QWidget *parent);

private:
    void reload(const QString &selectCode = QString());
    void updateButtons();
    MilestoneDefinition selected() const;
    void addMilestone();
    void renameMilestone();
    void move(int delta);
    void toggleRetired();
    // Runs a write, tells the other pages and shows a refused change to the user.
    // The change goes on the undo stack as one step named `undoText`.
    template <typename F> void write(F &&f, const QString &selectCode, const QString &undoText);

    AppContext m_ctx;
    QVector<MilestoneDefinition> m_definitions;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_retire = nullptr;
};
