#include "registry/registrycommands.h"

#include "storage/changewatcher.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/milestonerepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QHash<const QUndoStack *, std::function<void(const QString &)>> &errorReporters()
{
    static QHash<const QUndoStack *, std::function<void(const QString &)>> reporters;
    return reporters;
}

void notify(const AppContext &ctx)
{
    if (ctx.watcher)
        ctx.watcher->notifyLocalChange();
}
}   // namespace

void RegistryCommands::setErrorReporter(const QUndoStack *stack, std::function<void(const QString &)> reporter)
{
    if (reporter)
        errorReporters().insert(stack, std::move(reporter));
    else
        errorReporters().remove(stack);
}

void RegistryCommands::reportError(const AppContext &ctx, const QString &message)
{
    const auto reporter = errorReporters().value(ctx.undoStack);
    if (reporter)
        reporter(message);
    else
        qWarning("%s", qPrintable(message));
}

// ---- EditCooperativeCommand

EditCooperativeCommand::EditCooperativeCommand(const AppContext &ctx, const Cooperative &before, const Cooperative &after)
    : m_ctx(ctx), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("RegistryCommands", "edit %1").arg(after.name));
}

EditCooperativeCommand *EditCooperativeCommand::create(const AppContext &ctx, const Cooperative &before,
                                                       const Cooperative &after)
{
    if (before.sameEditableFields(after))
        return nullptr;
    auto *command = new EditCooperativeCommand(ctx, before, after);
    try {
        command->save(after);
    } catch (...) {
        delete command;
        throw;
    }
    return command;
}

void EditCooperativeCommand::save(const Cooperative &c)
{
    CooperativeRepository(m_ctx.database->connection()).update(c, m_ctx.actor);
    notify(m_ctx);
}

void EditCooperativeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        save(m_after);
    } catch (const StorageError &e) {
        setObsolete(true);
        RegistryCommands::reportError(m_ctx, e.message());
    }
}

void EditCooperativeCommand::undo()
{
    try {
        save(m_before);
    } catch (const StorageError &e) {
        setObsolete(true);
        RegistryCommands::reportError(m_ctx, e.message());
    }
}

// ---- MilestoneMarkCommand

MilestoneMarkCommand::MilestoneMarkCommand(const AppContext &ctx, Action action, const QVector<qint64> &ids,
                                           const MilestoneDefinition &milestone, const QDate &date, const QString &note)
    : m_ctx(ctx), m_action(action), m_ids(ids), m_code(milestone.code), m_date(date), m_note(note)
{
}

MilestoneMarkCommand *MilestoneMarkCommand::create(const AppContext &ctx, Action action, const QVector<qint64> &ids,
                                                   const MilestoneDefinition &milestone, const QDate &date,
                                                   const QString &note)
{
    auto *command = new MilestoneMarkCommand(ctx, action, ids, milestone, date, note);
    try {
        command->m_previous = command->apply();
    } catch (...) {
        delete command;
        throw;
    }
    if (command->m_previous.isEmpty()) {
        delete command;
        return nullptr;
    }
    // Redo touches only the cooperatives that changed the first time.
    command->m_ids.clear();
    for (const MilestoneMark &m : command->m_previous)
        command->m_ids.append(m.cooperativeId);
    // The text names what the step did, counted once it is done: of 12 selected rows, 3 that had
    // the milestone already are not part of it, and the count never changes afterwards.
    const int n = int(command->m_ids.size());
    command->setText(action == Action::Mark
                         ? QCoreApplication::translate("RegistryCommands", "mark \"%1\" for %n cooperative(s)", nullptr, n).arg(milestone.name)
                         : QCoreApplication::translate("RegistryCommands", "withdraw \"%1\" for %n cooperative(s)", nullptr, n).arg(milestone.name));
    return command;
}

QVector<MilestoneMark> MilestoneMarkCommand::apply()
{
    MilestoneRepository repository(m_ctx.database->connection());
    const QVector<MilestoneMark> previous = m_action == Action::Mark
                                              ? repository.mark(m_ids, m_code, m_date, m_note, m_ctx.actor)
                                              : repository.unmark(m_ids, m_code, m_note, m_ctx.actor);
    notify(m_ctx);
    return previous;
}

void MilestoneMarkCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        apply();
    } catch (const StorageError &e) {
        setObsolete(true);
        RegistryCommands::reportError(m_ctx, e.message());
    }
}

void MilestoneMarkCommand::undo()
{
    try {
        MilestoneRepository(m_ctx.database->connection()).restore(m_previous, QCoreApplication::translate("RegistryCommands", "Undone"), m_ctx.actor);
        notify(m_ctx);
    } catch (const StorageError &e) {
        setObsolete(true);
        RegistryCommands::reportError(m_ctx, e.message());
    }
}

// ---- MilestoneDefinitionsCommand

MilestoneDefinitionsCommand::MilestoneDefinitionsCommand(const AppContext &ctx, const QVector<MilestoneDefinition> &before,
                                                         const QVector<MilestoneDefinition> &after, const QString &text)
    : m_ctx(ctx), m_before(before), m_after(after)
{
    setText(text);
}

void MilestoneDefinitionsCommand::restore(const QVector<MilestoneDefinition> &snapshot)
{
    try {
        MilestoneRepository(m_ctx.database->connection()).restoreDefinitions(snapshot);
        notify(m_ctx);
    } catch (const StorageError &e) {
        setObsolete(true);
        RegistryCommands::reportError(m_ctx, e.message());
    }
}

void MilestoneDefinitionsCommand::undo()
{
    restore(m_before);
}

void MilestoneDefinitionsCommand::redo()
{
    if (m_firstRedo) {   // the dialog wrote it
        m_firstRedo = false;
        return;
    }
    restore(m_after);
}
