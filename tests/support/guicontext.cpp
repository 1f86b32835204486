#include "support/guicontext.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QUndoStack>

namespace TestSupport {
GuiContext::GuiContext(const QString &copyName, const QString &actor) : database(std::make_shared<Database>())
{
    database->open(demoDatabaseCopy(copyName));
    undo = std::make_unique<QUndoStack>();
    watcher = std::make_unique<ChangeWatcher>(database->connection());
    context = AppContext{database, undo.get(), watcher.get(), actor};
}

GuiContext::~GuiContext() = default;
}   // namespace TestSupport
