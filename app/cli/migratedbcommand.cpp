#include "cli/clicommands.h"

#include "storage/databasecopier.h"
#include "io/outputfile.h"
#include "storage/progressrepository.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <memory>

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
    const bool toFile = !ServerAddress::isServerUrl(to);
    if (toFile && QFileInfo::exists(to) && QFileInfo(to).size() > 0)
        throw CliError(tr("\"%1\" already exists; give a new file name for the copy").arg(to));
    // A copy into a file is built aside and given its name only when complete (OutputFile, as the
    // demo): a copy interrupted by a kill leaves no half-filled file that opens as an empty registry.
    std::unique_ptr<OutputFile> file;
    if (toFile) {
        file = std::make_unique<OutputFile>(to, OutputFile::Kind::Database);
        if (!file->begin())
            throw StorageError(file->error());
    }
    DatabaseCopier::Result result;
    Database target;
    target.open(toFile ? file->tempPath() : to, Database::OpenMode::Create);
    result = DatabaseCopier::copy(source, target, [](const QString &table, qint64 rows) {
        QTextStream(stderr) << QCoreApplication::translate("CliCommands", "%1: %2 rows copied").arg(table).arg(rows) << '\n';
    });   // a failure throws: the OutputFile's destructor removes what was written
    const QString shownTarget = toFile ? to : target.path();
    const QDate today = QDate::currentDate();
    const QByteArray before = QJsonDocument(ProgressRepository(source.connection()).summary(today).toJson()).toJson();
    const QByteArray after = QJsonDocument(ProgressRepository(target.connection()).summary(today).toJson()).toJson();
    for (auto it = result.sourceRows.cbegin(); it != result.sourceRows.cend(); ++it)
        out << tr("%1: %2 in %3, %4 in %5").arg(it.key()).arg(it.value()).arg(source.path()).arg(result.targetRows.value(it.key())).arg(shownTarget)
            << '\n';
    const bool same = result.rowCountsEqual() && before == after;
    if (toFile) {
        target.close();   // folds the WAL into the file
        if (same && !file->commit())
            throw StorageError(file->error());
    }
    if (same)
        out << tr("Row counts and summaries are the same in both databases.") << '\n';
    else if (toFile)
        out << tr("The copy differs from the original (see above), so it was not kept.") << '\n';
    else
        out << tr("The copy differs from the original (see above); do not use it.") << '\n';
    return same ? 0 : 1;
}

}   // namespace CliCommands
