#include "models/districtprogressmodel.h"

#include "core/indonesianformat.h"

#include <QFont>
#include <QMimeData>
#include <QSet>
#include <algorithm>
#include <numeric>

DistrictProgressModel::DistrictProgressModel(QObject *parent) : QAbstractTableModel(parent) {}

void DistrictProgressModel::setSummary(const ProgressSummary &summary)
{
    beginResetModel();
    const bool sameShape = m_summary.districts.size() == summary.districts.size();
    m_summary = summary;
    QSet<QString> regencies;
    for (const auto &d : m_summary.districts)
        regencies.insert(d.regencyCode);
    m_columns.clear();
    if (regencies.size() > 1)
        m_columns.append({Kind::Regency, {}});
    m_columns.append({Kind::District, {}});
    m_columns.append({Kind::Villages, {}});
    m_columns.append({Kind::Cooperatives, {}});
    for (const auto &m : m_summary.milestones)
        m_columns.append({Kind::Milestone, m.code});
    // A refresh keeps the order the user sorted by (same kecamatan, new figures).
    if (!sameShape || m_order.size() != m_summary.districts.size()) {
        m_order.resize(int(m_summary.districts.size()));
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    endResetModel();
}

int DistrictProgressModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_summary.districts.isEmpty())
        return 0;
    return int(m_summary.districts.size()) + 1;
}

int DistrictProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool DistrictProgressModel::isTotalRow(int row) const
{
    return row == int(m_order.size());
}

QString DistrictProgressModel::districtCode(int row) const
{
    return row >= 0 && row < m_order.size() ? m_summary.districts.at(m_order.at(row)).code : QString();
}

QString DistrictProgressModel::milestoneCodeOfColumn(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).milestone : QString();
}

int DistrictProgressModel::reached(int row, const QString &code) const
{
    return isTotalRow(row) ? m_summary.reachedCount(code) : m_summary.districts.at(m_order.at(row)).reachedCount(code);
}

int DistrictProgressModel::villages(int row) const
{
    if (!isTotalRow(row))
        return m_summary.districts.at(m_order.at(row)).villages;
    int sum = 0;
    for (const auto &d : m_summary.districts)
        sum += d.villages;
    return sum;
}

int DistrictProgressModel::cooperatives(int row) const
{
    return isTotalRow(row) ? m_summary.total : m_summary.districts.at(m_order.at(row)).total;
}

QString DistrictProgressModel::text(int row, int column) const
{
    const Column &c = m_columns.at(column);
    const bool total = isTotalRow(row);
    switch (c.kind) {
    case Kind::Regency:
        return total ? QString() : m_summary.districts.at(m_order.at(row)).regencyName;
    case Kind::District:
        return total ? tr("Total") : m_summary.districts.at(m_order.at(row)).name;
    case Kind::Villages:
        return IndonesianFormat::number(villages(row));
    case Kind::Cooperatives:
        return IndonesianFormat::number(cooperatives(row));
    case Kind::Milestone: {
        const int n = reached(row, c.milestone);
        return QStringLiteral("%1 (%2)").arg(IndonesianFormat::number(n), IndonesianFormat::percent(n, cooperatives(row)));
    }
    }
    return {};
}

QVariant DistrictProgressModel::sortValue(int row, int column) const
{
    const Column &c = m_columns.at(column);
    switch (c.kind) {
    case Kind::Regency: return m_summary.districts.at(m_order.at(row)).regencyCode;
    case Kind::District: return m_summary.districts.at(m_order.at(row)).code;
    case Kind::Villages: return villages(row);
    case Kind::Cooperatives: return cooperatives(row);
    case Kind::Milestone: return IndonesianFormat::percentTenths(reached(row, c.milestone), cooperatives(row));
    }
    return {};
}

QVariant DistrictProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Kind kind = m_columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(kind == Kind::District || kind == Kind::Regency ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                                                   : (Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (isTotalRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == Kind::Milestone && !isTotalRow(index.row()))
            return tr("Double-click to list the cooperatives of %1 that have not reached this yet.")
                .arg(m_summary.districts.at(m_order.at(index.row())).name);
        return {};
    case DistrictCodeRole:
        return districtCode(index.row());
    case SortValueRole:
        return isTotalRow(index.row()) ? QVariant() : sortValue(index.row(), index.column());
    }
    return {};
}

QVariant DistrictProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &c = m_columns.at(section);
    switch (c.kind) {
    case Kind::Regency: return tr("Regency/City");
    case Kind::District: return tr("District");
    case Kind::Villages: return tr("Villages");
    case Kind::Cooperatives: return tr("KMP");
    case Kind::Milestone: {
        const MilestoneDefinition *m = m_summary.milestone(c.milestone);
        return m ? m->name : c.milestone;
    }
    }
    return {};
}

void DistrictProgressModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_order.isEmpty())
        return;
    beginResetModel();
    // Sort rows by their value; the position in m_order is the row, so compare through a copy.
    QVector<int> rows(m_order.size());
    std::iota(rows.begin(), rows.end(), 0);
    QVector<QVariant> keys(m_order.size());
    for (int r = 0; r < m_order.size(); ++r)
        keys[r] = sortValue(r, column);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QPartialOrdering cmp = QVariant::compare(keys.at(a), keys.at(b));
        return cmp == (order == Qt::AscendingOrder ? QPartialOrdering::Less : QPartialOrdering::Greater);
    });
    QVector<int> reordered;
    reordered.reserve(rows.size());
    for (int r : rows)
        reordered.append(m_order.at(r));
    m_order = reordered;
    endResetModel();
}

QString DistrictProgressModel::toTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << text(r, c);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DistrictProgressModel::toHtml() const
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
    for (int c = 0; c < columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (int r = 0; r < rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columnCount(); ++c) {
            const QString cell = text(r, c).toHtmlEscaped();
            html += isTotalRow(r) ? QStringLiteral("<td><b>%1</b></td>").arg(cell) : QStringLiteral("<td>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QMimeData *DistrictProgressModel::tableMimeData() const
{
    auto *mime = new QMimeData;
    mime->setText(toTsv());
    mime->setHtml(toHtml());
    return mime;
}
