#include "bench/benchsteps.h"
#include "bench/benchtiming.h"

#include "storage/database.h"
#include "models/registrymodel.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>

namespace {
}   // namespace

// The registry window at national scale: how long until the first rows of all 83,762
// cooperatives are on screen (open_ms), and how long a typed word takes to filter them until
// the count is known and the first chunk of matching rows is loaded (filter_ms).
QJsonObject BenchSteps::registry(const BenchContext &ctx)
{
    QJsonObject result;
    try {
        Database db;
        db.open(ctx.databasePath);

        QElapsedTimer timer;
        timer.start();
        RegistryModel model(db.connection());
        if (!model.startupError().isEmpty())
            throw StorageError(model.startupError());
        model.data(model.index(0, RegistryModel::NameColumn));
        result.insert(QStringLiteral("open_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer)));
        result.insert(QStringLiteral("open_rows"), model.rowCount());

        // "sari" is a common fragment of village names (Sari Mulya, Tanjung Sari ...).
        RegistryQuery query = model.query();
        query.search = QStringLiteral("sari");
        timer.restart();
        model.setQuery(query);
        model.data(model.index(0, RegistryModel::NameColumn));
        result.insert(QStringLiteral("filter_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer)));
        result.insert(QStringLiteral("filter_rows"), model.rowCount());

        // The same word typed again after a refinement, as in search-as-you-type.
        query.search = QStringLiteral("sari jaya");
        timer.restart();
        model.setQuery(query);
        model.data(model.index(0, RegistryModel::NameColumn));
        result.insert(QStringLiteral("filter_two_words_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer)));
    } catch (const StorageError &e) {
        result.insert(QStringLiteral("registry_error"), e.message());
    }
    return result;
}
