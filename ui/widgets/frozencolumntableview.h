#pragma once
#include <QTableView>

// A table whose first columns (by visual position) stay in place when it is scrolled right, so
// a wide row still says which cooperative it is. As in Qt's "Frozen Column" example: a second
// view over the same model and selection, laid over the left edge, showing only those columns
// and scrolled vertically with the main view.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setFrozenColumnCount(int count);
    QTableView *frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

private:
    void updateFrozenColumns();
    void updateFrozenGeometry();
    int frozenWidth() const;

    QTableView *m_frozen = nullptr;
    int m_count = 2;
};
