#pragma once
#include <QStringList>
#include <QTextStream>

// `pantau-kopdes bench`: the national-scale benchmark. It drives the dashboard page and the
// registry model offscreen, so it lives apart from the GUI-free command-line library and the
// executable adds it to the commands (CommandLine::addCommand).
namespace BenchCommand {
int run(const QStringList &args, QTextStream &out);
constexpr const char *kUsage = "bench [--json] [--keep DIR] [--steps registry,dashboard,attendance,reports,import]";
}   // namespace BenchCommand
