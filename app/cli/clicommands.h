#pragma once
#include "cli/cliarguments.h"

#include "storage/database.h"

#include "storage/connection.h"
#include <QTextStream>

// The individual commands. Each returns the exit code and throws CliError or StorageError for
// the one-line message CommandLine prints.
namespace CliCommands {
int summary(const QStringList &args, QTextStream &out);
int demo(const QStringList &args, QTextStream &out);
int init(const QStringList &args, QTextStream &out);          // initcommand.cpp
int attendance(const QStringList &args, QTextStream &out);    // attendancecommand.cpp
int report(const QStringList &args, QTextStream &out);        // reportcommand.cpp
int exportTable(const QStringList &args, QTextStream &out);   // exportcommand.cpp
int migrateDb(const QStringList &args, QTextStream &out);     // migratedbcommand.cpp
int backup(const QStringList &args, QTextStream &out);        // backupcommand.cpp
int restore(const QStringList &args, QTextStream &out);       // backupcommand.cpp
int importFile(const QStringList &args, QTextStream &out);    // importcommand.cpp: import, and undo with --undo
int imports(const QStringList &args, QTextStream &out);       // importcommand.cpp: the import history

// Opens an existing database given by --db (never creates one by accident). Read-only commands
// pass ReadOnly: they never create, upgrade or otherwise alter the file. A damaged database
// opens read-only with the warning on stderr.
void openExisting(Database &db, const QString &path, Database::OpenMode mode = Database::OpenMode::ReadOnly);
// --area: empty for the office's whole area, else a province, regency or kecamatan of the database
// within the office's area; anything else is refused (CliError) rather than printed as "0 KMP".
QString checkedArea(const CliArguments &a, Connection db);   // reportcommand.cpp
}   // namespace CliCommands
