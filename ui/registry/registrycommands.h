#pragma once
#include "shell/appcontext.h"
#include "core/cooperative.h"
#include "core/milestone.h"

#include <QUndoCommand>
#include <QVector>
#include <functional>

// Undoable registry changes, pushed on AppContext::undoStack (Ctrl+Z / Ctrl+Shift+Z).
// The first write happens in create() before anything is pushed, so a refused change (a
// locked database, a date in the future) reaches the user as an error and never lands on the
// stack. Undo and redo write again through the repositories, which record every step in the
// history: an undone mark shows as an un-mark, never as a silent delete.
namespace RegistryCommands {
// Where a failed undo/redo of the window owning `stack` is reported (its registry page shows a
// message box); the failed command is dropped from the stack. One reporter per window: after
// switching to another database, the new window's page reports, never the old one's.
void setErrorReporter(const QUndoStack *stack, std::function<void(const QString &)> reporter);
void reportError(const AppContext &ctx, const QString &message);
}   // namespace RegistryCommands

class EditCooperativeCommand : public QUndoCommand
{
public:
    // Saves `after`; throws StorageError. Returns nullptr when nothing changed.
    static EditCooperativeCommand *create(const AppContext &ctx, const Cooperative &before, const Cooperative &after);
    void undo() override;
    void redo() override;

private:
    EditCooperativeCommand(const AppContext &ctx, const Cooperative &before, const Cooperative &after);
    void save(const Cooperative &c);
    AppContext m_ctx;
    Cooperative m_before;
    Cooperative m_after;
    bool m_firstRedo = true;
};

class MilestoneMarkCommand : public QUndoCommand
{
public:
    enum class Action { Mark,
                        Withdraw };
    // Marks (or withdraws) the milestone for the cooperatives; throws StorageError. Returns
    // nullptr when no cooperative changed (all already in that state).
    static MilestoneMarkCommand *create(const AppContext &ctx, Action action, const QVector<qint64> &ids,
                                        const MilestoneDefinition &milestone, const QDate &date, const QString &note);
    void undo() override;
    void redo() override;
    int changedCount() const { return int(m_previous.size()); }

private:
    MilestoneMarkCommand(const AppContext &ctx, Action action, const QVector<qint64> &ids,
                         const MilestoneDefinition &milestone, const QDate &date, const QString &note);
    QVector<MilestoneMark> apply();
    AppContext m_ctx;
    Action m_action;
    QVector<qint64> m_ids;
    QString m_code;
    QDate m_date;
    QString m_note;
    QVector<MilestoneMark> m_previous;
    bool m_firstRedo = true;
};

// An administrator's change to the milestone list (added, renamed, moved, retired or brought
// back), already written by the dialog: undo and redo put the whole list back as it was before
// or after it.
class MilestoneDefinitionsCommand : public QUndoCommand
{
public:
    MilestoneDefinitionsCommand(const AppContext &ctx, const QVector<MilestoneDefinition> &before,
                                const QVector<MilestoneDefinition> &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    void restore(const QVector<MilestoneDefinition> &snapshot);
    AppContext m_ctx;
    QVector<MilestoneDefinition> m_before;
    QVector<MilestoneDefinition> m_after;
    bool m_firstRedo = true;
};
