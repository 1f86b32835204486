#pragma once
#include <QString>
#include <memory>

class ChangeWatcher;
class Database;
class QUndoStack;

// What every page of the main window shares: the open database, the undo stack of the
// session (Ctrl+Z / Ctrl+Shift+Z), who is recording (for the history) and the change watcher
// that tells pages to refresh when anyone (here, another window, another process) saves.
struct AppContext
{
    std::shared_ptr<Database> database;
    QUndoStack *undoStack = nullptr;
    ChangeWatcher *watcher = nullptr;
    QString actor;   // the staff member's name, or the OS user name
};
