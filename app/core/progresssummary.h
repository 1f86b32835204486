#pragma once
#include "core/milestone.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

// How many cooperatives had reached each milestone as of a date, in the whole area and per
// kecamatan. Percentages are always of all KMP in the area (the ministry's convention).
struct DistrictProgress
{
    QString code;          // "12.08.30"
    QString name;          // "Ujung Padang"
    QString regencyCode;   // "12.08" (a province's office groups by regency)
    QString regencyName;
    int villages = 0;
    int total = 0;   // cooperatives in the kecamatan
    // Counts by milestone position: milestoneIndex maps a code to its position in `counts`.
    // Every kecamatan of a summary shares one index (QHash copies share their data), so a
    // national summary of 7,000 kecamatan builds 7,000 small arrays rather than 7,000 hashes.
    QHash<QString, int> milestoneIndex;
    QVector<int> counts;

    int reachedCount(const QString &code) const
    {
        const int i = milestoneIndex.value(code, -1);
        return i >= 0 && i < counts.size() ? counts.at(i) : 0;
    }
};

struct ProgressSummary
{
    QDate asOf;
    QString areaCode;   // "12.08"
    QString areaName;   // "Kabupaten Simalungun"
    int total = 0;
    QVector<MilestoneDefinition> milestones;   // active ones, in order
    QHash<QString, int> reached;               // milestone code -> count in the whole area
    QVector<DistrictProgress> districts;       // sorted by code

    int reachedCount(const QString &code) const { return reached.value(code); }
    const MilestoneDefinition *milestone(const QString &code) const;
    // The same figures for some of its kecamatan only (a workshop for two kecamatan reports on
    // those two): totals and counts are the sums of the kept districts; the area stays as named.
    ProgressSummary onlyDistricts(const QStringList &districtCodes) const;
    // The machine-readable form printed by `pantau-kopdes summary --json`.
    QJsonObject toJson() const;
    // The same figures as a person reads them (Indonesian formatting, translated labels).
    QString toText() const;
};
