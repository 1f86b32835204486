#pragma once
#include "core/progresssummary.h"
#include "storage/registryquery.h"

#include <QDate>
#include "storage/connection.h"
#include <QString>
#include <QVector>
#include <functional>

// A cooperative that had not reached a milestone by a date: the follow-up call list.
struct BehindCooperative
{
    qint64 id = 0;
    QString districtCode;
    QString districtName;
    QString villageCode;
    QString villageName;
    QString name;
    QString chairName;
    QString chairPhone;
    QString phone;   // the cooperative's own number
};

// The figures a printed report needs, for the office's whole area or a part of it (a province's
// office printing one regency, the benchmark printing one province of the national database).
// An empty areaCode means the office's area as stored in the settings.
class ReportRepository
{
public:
    explicit ReportRepository(Connection db) : m_db(std::move(db)) {}

    // The same arithmetic as ProgressRepository::summary, restricted to codes under areaCode.
    ProgressSummary summary(const QDate &asOf, const QString &areaCode = QString()) const;
    // Cooperatives without a current reach of the milestone dated on or before asOf, by village code.
    QVector<BehindCooperative> behind(const QString &milestoneCode, const QDate &asOf,
                                      const QString &areaCode = QString()) const;
    // The registry rows of `ids` in village-code order, one at a time (an export of the whole
    // country streams 83,762 rows without holding them).
    void forEachRegistryRow(const QVector<qint64> &ids, const std::function<void(const RegistryRow &)> &sink) const;
    // Whether areaCode is a province, regency or kecamatan of the region tables that is the office's
    // area or lies inside it (a national database holds every area). Empty: the office's area.
    bool hasArea(const QString &areaCode) const;
    // "Kabupaten Simalungun", "Provinsi Sumatera Utara"; the settings' name for the office's own area.
    QString areaName(const QString &areaCode) const;

private:
    Connection m_db;
};
