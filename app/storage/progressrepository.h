#pragma once
#include "progresssummary.h"

#include <QSqlDatabase>

// "As of" arithmetic: how many cooperatives had reached each milestone on a date, for the whole
// area and per kecamatan. A cooperative counts when its current reach of the milestone is dated
// on or before the date (so a correction made later also corrects past reports).
class ProgressRepository
{
public:
    explicit ProgressRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    ProgressSummary summary(const QDate &asOf) const;

private:
    QSqlDatabase m_db;
};
