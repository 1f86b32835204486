#pragma once
#include "core/workshop.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

// The door screen's big live counters: hadir / belum hadir / diundang, readable from across the
// room, and the same three figures per kecamatan below them.
class AttendanceCountersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceCountersPanel(QWidget *parent = nullptr);

    // All kecamatan rows from `counts`.
    void showAll(const AttendanceCounts &counts);
    // Only the totals and the kecamatan rows in `counts` (after a mark at this desk).
    void showChanged(const AttendanceCounts &counts);

private:
    void showTotals(const AttendanceCounts &counts);
    void showDistrict(int row, const DistrictAttendance &district);

    QLabel *m_present = nullptr;
    QLabel *m_absent = nullptr;
    QLabel *m_total = nullptr;
    QTableWidget *m_districts = nullptr;
    QHash<QString, int> m_districtRows;   // kecamatan code -> row of m_districts
};
