#include "clicommands.h"

#include "databasecopier.h"
#include "progressrepository.h"
#include "serveraddress.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace CliCommands {

// migrate-db --from A --to B: an office moving its database between a file and a server (either
// way). Prints each table's rows on both sides and whether the two summaries are the same.
int migrateDb(const QStringList &args, QTextStream &out)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("CliCommands", s); };
    const CliArguments a(args, {QStringLiteral("from"), QStringLiteral("to")}, {});
    const QString from = a.required(QStringLiteral("from"));
    const QString to = a.required(QStringLiteral("to"));
    Database source;
    openExisting(source, from, Database::OpenMode::ReadOnly);
    const bool newFile = !ServerAddress::isServerUrl(to) && !QFileInfo::exists(to);
    if (!ServerAddress::isServerUrl(to) && QFileInfo::exists(to) && QFileInfo(to).size() > 0)
        throw CliError(tr("\"%1\" already exists; give a new file name for the copy").arg(to));
    DatabaseCopier::Result result;
    Database target;
    try {
        target.open(to, Database::OpenMode::Create);
        result = DatabaseCopier::copy(source, target, [](const QString &table, qint64 rows) {
            QTextStream(stderr) << QCoreApplication::translate("CliCommands", "%1: %2 rows copied").arg(table).arg(rows) << '\n';
        });
    } catch (...) {
        target.close();
        if (newFile)   // nothing of a failed copy stays behind
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(to + QLatin1String(suffix));
        throw;
    }
    const QDate today = QDate::currentDate();
    const QByteArray before = QJsonDocument(ProgressRepository(source.connection()).summary(today).toJson()).toJson();
    const QByteArray after = QJsonDocument(ProgressRepository(target.connection()).summary(today).toJson()).toJson();
    for (auto it = result.sourceRows.cbegin(); it != result.sourceRows.cend(); ++it)
        out << tr("%1: %2 in %3, %4 in %5").arg(it.key()).arg(it.value()).arg(source.path()).arg(result.targetRows.value(it.key())).arg(target.path())
            << '\n';
    const bool same = result.rowCountsEqual() && before == after;
    out << (same ? tr("Row counts and summaries are the same in both databases.")
                 : tr("The copy differs from the original (see above); do not use it."))
        << '\n';
    return same ? 0 : 1;
}

} // namespace CliCommands
