#pragma once
#include "core/progresssummary.h"

#include <QAbstractTableModel>
#include <QVector>

class QMimeData;

// The dashboard's table: one row per kecamatan (villages, KMP, each milestone as "n (p %)" of
// the kecamatan's KMP) and a total row that always stays last, also when sorted. A province's
// office gets a regency column. Copies as a table a spreadsheet pastes cell by cell.
class DistrictProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { DistrictCodeRole = Qt::UserRole + 1,
                SortValueRole };

    explicit DistrictProgressModel(QObject *parent = nullptr);

    void setSummary(const ProgressSummary &summary);
    const ProgressSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isTotalRow(int row) const;
    QString districtCode(int row) const;               // empty for the total row
    QString milestoneCodeOfColumn(int column) const;   // empty when not a milestone column
    QString text(int row, int column) const;

    // The whole table (header, kecamatan, total) as tab-separated text and as an HTML table.
    QString toTsv() const;
    QString toHtml() const;
    QMimeData *tableMimeData() const;   // caller owns (QClipboard::setMimeData takes it)

private:
    enum class Kind { Regency,
                      District,
                      Villages,
                      Cooperatives,
                      Milestone };
    struct Column
    {
        Kind kind;
        QString milestone;
    };
    int reached(int row, const QString &code) const;
    int villages(int row) const;
    int cooperatives(int row) const;
    QVariant sortValue(int row, int column) const;

    ProgressSummary m_summary;
    QVector<Column> m_columns;
    QVector<int> m_order;   // district indexes in display order; the total row follows them
};
