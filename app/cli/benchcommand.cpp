#include "clicommands.h"

namespace CliCommands {

int bench(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("keep")}, {QStringLiteral("json")});
    out << "{}\n";
    return 0;
}

} // namespace CliCommands
