#pragma once
#include "core/cooperative.h"
#include "storage/registryquery.h"

#include "storage/connection.h"
#include <QVector>

struct RegionEntry;

struct CooperativeChange
{
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    QString changedBy;
};

class CooperativeRepository
{
public:
    explicit CooperativeRepository(Connection db) : m_db(std::move(db)) {}

    // One cooperative per village, named by the programme's pattern; villages that already have
    // one are skipped. Returns how many were created. Runs inside the caller's transaction.
    int createForVillages(const QVector<RegionEntry> &villages, const QString &actor);
    // Adds one cooperative; refused with a clear message when its village already has one.
    qint64 add(const Cooperative &c, const QString &actor);
    // Saves the editable fields and records each changed field in the history.
    void update(const Cooperative &c, const QString &actor);

    // Marks every cooperative as invented demo data (the window then says so in its status bar).
    void markAllAsDemo();
    bool hasDemoData() const;

    Cooperative get(qint64 id) const;
    qint64 idForVillage(const QString &villageCode) const;   // 0 when none
    int count() const;
    // Whether any cooperative has its board filled in (an import or an edit happened): a new
    // office's registry has names from the region data only.
    bool anyBoardFilledIn() const;
    // Every cooperative's village code, in code order.
    QStringList villageCodes() const;

    // Registry: ids matching the query, in its order; then the rows for a slice of those ids.
    QVector<qint64> findIds(const RegistryQuery &query) const;
    // asOf: as in RegistryQuery::asOf, the reached dates as they stood at the end of that day.
    QVector<RegistryRow> loadRows(const QVector<qint64> &ids, const QDate &asOf = QDate()) const;

    QVector<CooperativeChange> changes(qint64 id) const;

    // The lower-cased text the search box matches against.
    static QString searchTextFor(const Cooperative &c);

private:
    Connection m_db;
};
