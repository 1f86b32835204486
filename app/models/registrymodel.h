#pragma once
#include "core/milestone.h"
#include "storage/registryquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include "storage/connection.h"
#include <QVector>

// The registry table over every cooperative of the area (83,762 for the whole country).
// Like DB Browser for SQLite it holds only the ids of the current query, in the query's order,
// and loads the rows themselves in chunks as the view scrolls to them, keeping a few chunks.
// Filtering and sorting go through RegistryQuery, so SQLite does the work, not a proxy model.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn,
                  NameColumn,
                  DistrictColumn,
                  VillageColumn,
                  KindColumn,
                  LegalNumberColumn,
                  LegalDateColumn,
                  ChairColumn,
                  PhoneColumn,
                  FirstMilestoneColumn };
    enum Role { IdRole = Qt::UserRole + 1,
                ColumnKeyRole };
    static constexpr int kChunkSize = 100;
    static constexpr int kCachedChunks = 16;

    // Runs the default query (all cooperatives by village code). On a database error the model
    // starts empty and startupError() says why (translated).
    explicit RegistryModel(Connection db, QObject *parent = nullptr);
    QString startupError() const { return m_startupError; }

    const RegistryQuery &query() const { return m_query; }
    // Runs the query and shows its rows; throws StorageError (the old rows stay).
    void setQuery(const RegistryQuery &query);
    // The database changed: runs the query again and refreshes milestone columns and headers.
    // When the rows are the same ids in the same order, the view keeps its selection and
    // scroll position; otherwise the model is reset. Throws StorageError.
    void reload();

    qint64 idAt(int row) const;
    // Rows of the given ids in the current result (ids not in it are skipped).
    QVector<int> rowsOf(const QSet<qint64> &ids) const;
    int totalCount() const { return m_totalCount; }
    const QVector<MilestoneDefinition> &milestones() const { return m_milestones; }
    int milestoneColumn(const QString &code) const;
    int lastChangeColumn() const { return FirstMilestoneColumn + int(m_milestones.size()); }
    // A stable key per column ("name", "m:akun", "updated") for remembering widths.
    QString columnKey(int column) const;
    // The full row, loading its chunk when needed; nullptr when out of range or unreadable.
    const RegistryRow *rowAt(int row) const;
    int loadedChunkCount() const { return int(m_chunks.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // Reading rows failed while the view was painting (e.g. the database is locked); the
    // message is translated. The rows are retried the next time the view asks.
    void readFailed(const QString &message) const;
    void queryChanged();

private:
    void loadDefinitions();
    QVariant displayText(const RegistryRow &row, int column) const;
    void clearCache() const;

    Connection m_db;
    RegistryQuery m_query;
    QVector<qint64> m_ids;
    QVector<MilestoneDefinition> m_milestones;
    QString m_villageHeader;
    int m_totalCount = 0;
    QString m_startupError;
    mutable QHash<int, QVector<RegistryRow>> m_chunks;
    mutable QList<int> m_recentChunks;   // most recent last
};
