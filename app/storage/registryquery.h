#pragma once
#include "core/cooperative.h"

#include <QDate>
#include <QHash>
#include <QString>

// What the registry window asks for: which cooperatives, in which order.
struct RegistryQuery
{
    enum class MilestoneFilter { Any,
                                 Reached,
                                 NotReached };
    enum class SortKey { VillageCode,
                         Name,
                         District,
                         Village,
                         Kind,
                         LegalNumber,
                         LegalDate,
                         Chair,
                         Phone,
                         UpdatedAt,
                         Milestone };

    QString districtCode;   // empty: the whole area
    QString milestoneCode;
    MilestoneFilter milestoneFilter = MilestoneFilter::Any;
    QString search;   // name, village, code or chair; case-insensitive
    SortKey sortKey = SortKey::VillageCode;
    QString sortMilestone;   // for SortKey::Milestone
    bool descending = false;
    // Invalid: the present state. Otherwise milestones count as reached only when reached on or
    // before this day (the dashboard's "as of"), in the filter, the sort and the rows' dates alike.
    QDate asOf;
};

// One registry line: the cooperative and the date each milestone was reached.
struct RegistryRow
{
    Cooperative cooperative;
    QHash<QString, QDate> reached;   // milestone code -> date; absent when not reached
};
