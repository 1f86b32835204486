#pragma once
#include <QStringList>

class QTextStream;

// `pantau-kopdes COMMAND [options]`: the commands a script (or a tester) can run without the GUI.
// Every command prints one line on stderr and exits non-zero on bad arguments or an unreadable
// database.
namespace CommandLine {
using Handler = int (*)(const QStringList &args, QTextStream &out);
// Adds a command that lives outside this library (the benchmark, which needs the widgets).
void addCommand(const char *name, Handler handler, const char *usage);
// True when args (without the program name) name a command rather than starting the GUI.
bool isCommand(const QStringList &args);
// Runs the command; returns the process exit code.
int run(const QStringList &args);
}   // namespace CommandLine
