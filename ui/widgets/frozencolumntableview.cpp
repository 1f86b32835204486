#include "widgets/frozencolumntableview.h"

#include <QHeaderView>
#include <QScrollBar>

FrozenColumnTableView::FrozenColumnTableView(QWidget *parent) : QTableView(parent)
{
    m_frozen = new QTableView(this);
    m_frozen->setObjectName(QStringLiteral("frozenColumns"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid #90a4ae; }"));
    viewport()->stackUnder(m_frozen);
    // Pixel scrolling keeps the rows of both views level.
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        m_frozen->setColumnWidth(logical, size);
        updateFrozenGeometry();
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &FrozenColumnTableView::updateFrozenColumns);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    // A click on a frozen column's header sorts the table, as on the main header.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        if (!isSortingEnabled())
            return;
        const bool same = horizontalHeader()->sortIndicatorSection() == logical;
        const Qt::SortOrder order = same && horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                                      ? Qt::DescendingOrder
                                      : Qt::AscendingOrder;
        sortByColumn(logical, order);
    });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_frozen, &QAbstractItemView::activated, this, &QAbstractItemView::activated);
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, &QAbstractItemView::doubleClicked);
}

void FrozenColumnTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::updateFrozenColumns);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTableView::updateFrozenColumns);
    connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::updateFrozenColumns);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &FrozenColumnTableView::updateFrozenColumns);
    updateFrozenColumns();
}

void FrozenColumnTableView::setFrozenColumnCount(int count)
{
    m_count = count;
    updateFrozenColumns();
}

void FrozenColumnTableView::updateFrozenColumns()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < model()->columnCount(); ++c) {
        m_frozen->setColumnHidden(c, header->visualIndex(c) >= m_count || header->isSectionHidden(c));
        m_frozen->setColumnWidth(c, columnWidth(c));
    }
    // The frozen columns in the same order as in the main header.
    for (int visual = 0; visual < m_count && visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const int from = m_frozen->horizontalHeader()->visualIndex(logical);
        if (from != visual)
            m_frozen->horizontalHeader()->moveSection(from, visual);
    }
    updateFrozenGeometry();
}

int FrozenColumnTableView::frozenWidth() const
{
    int width = 0;
    for (int visual = 0; visual < m_count && visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!horizontalHeader()->isSectionHidden(logical))
            width += columnWidth(logical);
    }
    return width;
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    const int x = (verticalHeader()->isVisible() ? verticalHeader()->width() : 0) + frameWidth();
    m_frozen->setGeometry(x, frameWidth(), frozenWidth(), viewport()->height() + horizontalHeader()->height());
}

void FrozenColumnTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        updateFrozenGeometry();
}

void FrozenColumnTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // Only vertically for rows: scrolling sideways to a frozen cell would hide the others.
    if (index.isValid() && horizontalHeader()->visualIndex(index.column()) < m_count) {
        const int keep = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(keep);
        return;
    }
    QTableView::scrollTo(index, hint);
}
