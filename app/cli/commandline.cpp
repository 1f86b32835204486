#include "cli/commandline.h"

#include "cli/clicommands.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QVector>
#include <cstdio>

namespace {
using CommandLine::Handler;
struct Command
{
    const char *name;
    Handler handler;
    const char *usage;
};

// One line per command: the name, the function, and the usage line `help` prints.
QVector<Command> &commands()
{
    static QVector<Command> list = {
        {"summary", CliCommands::summary, QT_TRANSLATE_NOOP("CommandLine", "summary --db FILE [--as-of YYYY-MM-DD] [--json]")},
        {"demo", CliCommands::demo, QT_TRANSLATE_NOOP("CommandLine", "demo --db FILE [--replace]")},
        {"init", CliCommands::init, QT_TRANSLATE_NOOP("CommandLine", "init --db FILE --area CODE [--by NAME]   (a new database for a regency, e.g. 12.08, or a province)")},
        {"migrate-db", CliCommands::migrateDb, QT_TRANSLATE_NOOP("CommandLine", "migrate-db --from FILE|postgresql://… --to postgresql://…|FILE")},
        {"attendance", CliCommands::attendance, QT_TRANSLATE_NOOP("CommandLine", "attendance mark|list|workshops|cards --db FILE [--workshop ID] [--code VILLAGE_CODE | --codes-from FILE|-] [--by NAME] [--desk DESK] [--name NAME] [--role ROLE] [--reopen] [--absent] [--json] [--out FILE.pdf]")},
        {"report", CliCommands::report, QT_TRANSLATE_NOOP("CommandLine", "report --db FILE --out FILE.pdf [--workshop ID|latest] [--as-of YYYY-MM-DD] [--compare-from YYYY-MM-DD] [--milestone CODE] [--area CODE] [--paper a4|f4] [--landscape]")},
        {"import", CliCommands::importFile, QT_TRANSLATE_NOOP("CommandLine", "import --db FILE --in FILE [--sheet NAME] [--reached-on YYYY-MM-DD] [--skip-bad-rows] [--allow-withdraw] [--dry-run] [--json] [--by NAME] | import --db FILE --undo ID [--json] [--by NAME]")},
        {"imports", CliCommands::imports, QT_TRANSLATE_NOOP("CommandLine", "imports --db FILE [--json]")},
        {"export", CliCommands::exportTable, QT_TRANSLATE_NOOP("CommandLine", "export --db FILE --out FILE.xlsx|FILE.csv [--what registry|districts|absent] [--workshop ID] [--district CODE] [--as-of YYYY-MM-DD] [--separator comma|semicolon]")},
        {"backup", CliCommands::backup, QT_TRANSLATE_NOOP("CommandLine", "backup --db FILE [--out FILE]   (default: into the \"backups\" folder beside the database)")},
        {"restore", CliCommands::restore, QT_TRANSLATE_NOOP("CommandLine", "restore --db FILE --from BACKUP_FILE   (backs up the current state first)")},
    };
    return list;
}

// The usage line in the user's language; the sources are UTF-8 ("postgresql://…").
QString usageOf(const Command &c)
{
    return QCoreApplication::translate("CommandLine", c.usage);
}

QString usage()
{
    QString text = QCoreApplication::translate("CommandLine", "Usage: pantau-kopdes [--db FILE] [--lang id|en]   (starts the application)") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("       pantau-kopdes %1\n").arg(usageOf(c));
    return text;
}
}   // namespace

namespace CommandLine {

void addCommand(const char *name, Handler handler, const char *usage)
{
    commands().append({name, handler, usage});
}

bool isCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString first = args.first();
    if (first == QLatin1String("help") || first == QLatin1String("--help") || first == QLatin1String("-h"))
        return true;
    // The GUI takes only options (--db FILE, --lang id); a first word that is not an option is a
    // command, known or not: a mistyped command must say so rather than open a window.
    return !first.startsWith(QLatin1Char('-'));
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = args.value(0);
    for (const Command &c : commands()) {
        if (name != QLatin1String(c.name))
            continue;
        if (args.size() == 2 && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))) {
            out << QCoreApplication::translate("CommandLine", "usage: pantau-kopdes %1").arg(usageOf(c)) << '\n';
            return 0;
        }
        try {
            return c.handler(args.mid(1), out);
        } catch (const CliError &e) {
            err << "pantau-kopdes " << name << ": " << e.message() << '\n'
                << QCoreApplication::translate("CommandLine", "usage: pantau-kopdes %1").arg(usageOf(c)) << '\n';
            return 2;
        } catch (const StorageError &e) {
            err << "pantau-kopdes " << name << ": " << e.message() << '\n';
            return 1;
        }
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('-')) || name == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    err << QCoreApplication::translate("CommandLine", "pantau-kopdes: unknown command \"%1\"; \"pantau-kopdes help\" lists the commands")
               .arg(name)
        << '\n';
    return 2;
}

}   // namespace CommandLine
