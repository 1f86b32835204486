#include "models/registrymodel.h"

#include "storage/cooperativerepository.h"
#include "core/indonesianformat.h"
#include "storage/milestonerepository.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"

#include <QLocale>

RegistryModel::RegistryModel(Connection db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db))
{
    try {
        loadDefinitions();
        m_ids = CooperativeRepository(m_db).findIds(m_query);
    } catch (const StorageError &e) {
        m_startupError = e.message();
    }
}

void RegistryModel::loadDefinitions()
{
    m_milestones = MilestoneRepository(m_db).definitions();
    m_villageHeader = tr("%1/Kelurahan").arg(SettingsRepository(m_db).villageTerm());
    m_totalCount = CooperativeRepository(m_db).count();
}

void RegistryModel::clearCache() const
{
    m_chunks.clear();
    m_recentChunks.clear();
}

void RegistryModel::setQuery(const RegistryQuery &query)
{
    QVector<qint64> ids = CooperativeRepository(m_db).findIds(query);
    beginResetModel();
    m_query = query;
    m_ids = std::move(ids);
    clearCache();
    endResetModel();
    emit queryChanged();
}

void RegistryModel::reload()
{
    const QVector<MilestoneDefinition> before = m_milestones;
    const QString villageHeaderBefore = m_villageHeader;
    loadDefinitions();
    QVector<qint64> ids = CooperativeRepository(m_db).findIds(m_query);
    bool sameColumns = before.size() == m_milestones.size() && villageHeaderBefore == m_villageHeader;
    for (int i = 0; sameColumns && i < before.size(); ++i)
        sameColumns = before.at(i).code == m_milestones.at(i).code && before.at(i).name == m_milestones.at(i).name;
    if (sameColumns && ids == m_ids) {
        clearCache();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit queryChanged();
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    clearCache();
    endResetModel();
    emit queryChanged();
}

qint64 RegistryModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

QVector<int> RegistryModel::rowsOf(const QSet<qint64> &ids) const
{
    QVector<int> rows;
    if (ids.isEmpty())
        return rows;
    for (int i = 0; i < m_ids.size(); ++i)
        if (ids.contains(m_ids.at(i)))
            rows.append(i);
    return rows;
}

int RegistryModel::milestoneColumn(const QString &code) const
{
    for (int i = 0; i < m_milestones.size(); ++i)
        if (m_milestones.at(i).code == code)
            return FirstMilestoneColumn + i;
    return -1;
}

QString RegistryModel::columnKey(int column) const
{
    static const char *const fixed[] = {"code", "name", "district", "village", "kind", "legal_number", "legal_date",
                                        "chair", "phone"};
    if (column >= 0 && column < FirstMilestoneColumn)
        return QString::fromLatin1(fixed[column]);
    if (column == lastChangeColumn())
        return QStringLiteral("updated");
    if (column > FirstMilestoneColumn - 1 && column < lastChangeColumn())
        return QStringLiteral("m:") + m_milestones.at(column - FirstMilestoneColumn).code;
    return QString();
}

const RegistryRow *RegistryModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int chunk = row / kChunkSize;
    auto it = m_chunks.find(chunk);
    if (it == m_chunks.end()) {
        const QVector<qint64> ids = m_ids.mid(chunk * kChunkSize, kChunkSize);
        QVector<RegistryRow> loaded;
        try {
            loaded = CooperativeRepository(m_db).loadRows(ids, m_query.asOf);
        } catch (const StorageError &e) {
            emit readFailed(e.message());
            return nullptr;
        }
        // One slot per id; a cooperative removed meanwhile (on another PC) stays an empty line.
        QVector<RegistryRow> rows(ids.size());
        int next = 0;
        for (int i = 0; i < ids.size(); ++i) {
            rows[i].cooperative.id = ids.at(i);
            if (next < loaded.size() && loaded.at(next).cooperative.id == ids.at(i))
                rows[i] = loaded.at(next++);
        }
        if (m_recentChunks.size() >= kCachedChunks)
            m_chunks.remove(m_recentChunks.takeFirst());
        it = m_chunks.insert(chunk, rows);
        m_recentChunks.append(chunk);
    } else if (m_recentChunks.last() != chunk) {
        m_recentChunks.removeOne(chunk);
        m_recentChunks.append(chunk);
    }
    return &it.value().at(row % kChunkSize);
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lastChangeColumn() + 1;
}

QVariant RegistryModel::displayText(const RegistryRow &row, int column) const
{
    const Cooperative &c = row.cooperative;
    switch (column) {
    case CodeColumn: return c.villageCode;
    case NameColumn: return c.name;
    case DistrictColumn: return c.districtName;
    case VillageColumn: return c.villageName;
    case KindColumn: return c.kind;
    case LegalNumberColumn: return c.legalNumber;
    case LegalDateColumn: return IndonesianFormat::dateShort(c.legalDate);
    case ChairColumn: return c.chairName;
    case PhoneColumn: return IndonesianFormat::phone(c.phone);
    default: break;
    }
    if (column == lastChangeColumn())
        return c.updatedAt.isValid() ? IndonesianFormat::dateTime(c.updatedAt.toLocalTime()) : QString();
    const QString code = m_milestones.at(column - FirstMilestoneColumn).code;
    return IndonesianFormat::dateShort(row.reached.value(code));
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= columnCount())
        return QVariant();
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool centred = index.column() == KindColumn || index.column() == LegalDateColumn
                          || (index.column() >= FirstMilestoneColumn && index.column() < lastChangeColumn());
        return QVariant::fromValue(Qt::Alignment(centred ? Qt::AlignCenter : (Qt::AlignLeft | Qt::AlignVCenter)));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const RegistryRow *row = rowAt(index.row());
    if (!row)
        return QVariant();
    if (role == Qt::DisplayRole)
        return displayText(*row, index.column());
    // Tool tips: the full date of a milestone, who changed the row last.
    const int column = index.column();
    if (column >= FirstMilestoneColumn && column < lastChangeColumn()) {
        const MilestoneDefinition &m = m_milestones.at(column - FirstMilestoneColumn);
        const QDate reached = row->reached.value(m.code);
        return reached.isValid() ? tr("%1: %2").arg(m.name, IndonesianFormat::dateLong(reached))
                                 : tr("%1: not reached").arg(m.name);
    }
    if (column == lastChangeColumn() && row->cooperative.updatedAt.isValid())
        return tr("Last changed %1 by %2").arg(IndonesianFormat::dateTime(row->cooperative.updatedAt.toLocalTime()), row->cooperative.updatedBy);
    if (column == PhoneColumn && !row->cooperative.chairPhone.isEmpty())
        return tr("Chair: %1 %2").arg(row->cooperative.chairName, IndonesianFormat::phone(row->cooperative.chairPhone));
    return QVariant();
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale(QLocale::Indonesian).toString(section + 1);
        return QVariant();
    }
    if (role == ColumnKeyRole)
        return columnKey(section);
    if (role == Qt::ToolTipRole && section >= FirstMilestoneColumn && section < lastChangeColumn())
        return m_milestones.at(section - FirstMilestoneColumn).phrase;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Cooperative");
    case DistrictColumn: return tr("District");
    case VillageColumn: return m_villageHeader;
    case KindColumn: return tr("Type");
    case LegalNumberColumn: return tr("Legal entity no.");
    case LegalDateColumn: return tr("Legal entity date");
    case ChairColumn: return tr("Chair");
    case PhoneColumn: return tr("Phone");
    default: break;
    }
    if (section == lastChangeColumn())
        return tr("Last change");
    if (section >= FirstMilestoneColumn && section < lastChangeColumn())
        return m_milestones.at(section - FirstMilestoneColumn).name;
    return QVariant();
}

void RegistryModel::sort(int column, Qt::SortOrder order)
{
    RegistryQuery q = m_query;
    q.descending = order == Qt::DescendingOrder;
    q.sortMilestone.clear();
    switch (column) {
    case CodeColumn: q.sortKey = RegistryQuery::SortKey::VillageCode; break;
    case NameColumn: q.sortKey = RegistryQuery::SortKey::Name; break;
    case DistrictColumn: q.sortKey = RegistryQuery::SortKey::District; break;
    case VillageColumn: q.sortKey = RegistryQuery::SortKey::Village; break;
    case KindColumn: q.sortKey = RegistryQuery::SortKey::Kind; break;
    case LegalNumberColumn: q.sortKey = RegistryQuery::SortKey::LegalNumber; break;
    case LegalDateColumn: q.sortKey = RegistryQuery::SortKey::LegalDate; break;
    case ChairColumn: q.sortKey = RegistryQuery::SortKey::Chair; break;
    case PhoneColumn: q.sortKey = RegistryQuery::SortKey::Phone; break;
    default:
        if (column == lastChangeColumn()) {
            q.sortKey = RegistryQuery::SortKey::UpdatedAt;
        } else if (column >= FirstMilestoneColumn && column < lastChangeColumn()) {
            q.sortKey = RegistryQuery::SortKey::Milestone;
            q.sortMilestone = m_milestones.at(column - FirstMilestoneColumn).code;
        } else {
            return;
        }
    }
    QVector<qint64> ids;
    try {
        ids = CooperativeRepository(m_db).findIds(q);
    } catch (const StorageError &e) {
        emit readFailed(e.message());
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection (persistent indexes) follows its cooperatives to their new rows.
    const QModelIndexList before = persistentIndexList();
    QHash<qint64, int> newRow;
    if (!before.isEmpty()) {
        newRow.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i)
            newRow.insert(ids.at(i), i);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before) {
        const int row = newRow.value(idAt(old.row()), -1);
        after.append(row < 0 ? QModelIndex() : index(row, old.column()));
    }
    m_ids = std::move(ids);
    m_query = q;
    clearCache();
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit queryChanged();
}
