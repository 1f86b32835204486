#include "workshops/attendancecounterspanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel *counterBox(QWidget *parent, QLayout *into, const QString &caption, const QString &objectName, const QString &colour)
{
    auto *frame = new QFrame(parent);
    frame->setStyleSheet(QStringLiteral("QFrame { background: %1; border-radius: 6px; } QLabel { color: white; background: transparent; }").arg(colour));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 6, 12, 8);
    auto *number = new QLabel(QStringLiteral("0"), frame);
    number->setObjectName(objectName);
    number->setAlignment(Qt::AlignCenter);
    number->setStyleSheet(QStringLiteral("font-size: 40pt; font-weight: bold;"));
    auto *label = new QLabel(caption, frame);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    layout->addWidget(number);
    layout->addWidget(label);
    into->addWidget(frame);
    return number;
}
}   // namespace

AttendanceCountersPanel::AttendanceCountersPanel(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    auto *counters = new QHBoxLayout;
    m_present = counterBox(this, counters, tr("present"), QStringLiteral("presentCount"), QStringLiteral("#2e7d32"));
    m_absent = counterBox(this, counters, tr("not yet present"), QStringLiteral("absentCount"), QStringLiteral("#c62828"));
    m_total = counterBox(this, counters, tr("invited"), QStringLiteral("totalCount"), QStringLiteral("#455a64"));
    root->addLayout(counters);
    m_districts = new QTableWidget(0, 4, this);
    m_districts->setObjectName(QStringLiteral("districtCounts"));
    m_districts->setHorizontalHeaderLabels({tr("Kecamatan"), tr("Present"), tr("Not yet"), tr("Invited")});
    m_districts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_districts->setFocusPolicy(Qt::NoFocus);
    m_districts->setSelectionMode(QAbstractItemView::NoSelection);
    m_districts->verticalHeader()->hide();
    m_districts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    root->addWidget(m_districts, 1);
}

void AttendanceCountersPanel::showAll(const AttendanceCounts &counts)
{
    showTotals(counts);
    m_districts->setRowCount(int(counts.districts.size()));
    m_districtRows.clear();
    for (int i = 0; i < counts.districts.size(); ++i) {
        m_districtRows.insert(counts.districts.at(i).code, i);
        showDistrict(i, counts.districts.at(i));
    }
}

void AttendanceCountersPanel::showChanged(const AttendanceCounts &counts)
{
    showTotals(counts);
    for (const DistrictAttendance &d : counts.districts) {
        const int row = m_districtRows.value(d.code, -1);
        if (row >= 0)
            showDistrict(row, d);
    }
}

void AttendanceCountersPanel::showTotals(const AttendanceCounts &counts)
{
    m_present->setText(QString::number(counts.present));
    m_absent->setText(QString::number(counts.absent()));
    m_total->setText(QString::number(counts.invited));
}

void AttendanceCountersPanel::showDistrict(int row, const DistrictAttendance &d)
{
    const QStringList cells{d.name, QString::number(d.present), QString::number(d.absent()), QString::number(d.invited)};
    for (int col = 0; col < cells.size(); ++col) {
        auto *item = new QTableWidgetItem(cells.at(col));
        if (col > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (col == 2 && d.absent() == 0)
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
        m_districts->setItem(row, col, item);
    }
}
