#pragma once
#include "shell/appcontext.h"

#include <QString>
#include <memory>

class ChangeWatcher;
class Database;
class QUndoStack;

namespace TestSupport {
// A copy of the demo database opened as the main window opens it (undo stack, change watcher),
// for the widget tests: pages take `context`.
struct GuiContext
{
    explicit GuiContext(const QString &copyName, const QString &actor = QStringLiteral("staf"));
    ~GuiContext();
    std::shared_ptr<Database> database;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<ChangeWatcher> watcher;
    AppContext context;
};
}   // namespace TestSupport
