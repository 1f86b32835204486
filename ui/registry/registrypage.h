#pragma once
#include "shell/appcontext.h"
#include "storage/registryquery.h"
#include "io/tableexporter.h"

#include <QDate>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class RegistryColumnLayout;
class RegistryModel;

// The registry: every cooperative of the area in one table, searched as you type, filtered
// by kecamatan and by a milestone reached / not reached, sorted by any column. From here staff
// edit a cooperative, mark a milestone for many selected rows at once (the workshop case),
// withdraw one and read a cooperative's history. Every change goes through the undo stack.
class RegistryPage : public QWidget
{
    Q_OBJECT
public:
    RegistryPage(const AppContext &ctx, QWidget *parent = nullptr);
    ~RegistryPage() override;

    // Shows the cooperatives of one kecamatan (empty: all) that have / have not reached a
    // milestone (the dashboard's "who is missing" link). Clears the search box.
    // asOf (the dashboard's date) shows the milestones as they stood then, with a banner that
    // says so and leads back to today; an invalid date is today's state.
    void applyFilter(const QString &districtCode, const QString &milestoneCode, RegistryQuery::MilestoneFilter filter,
                     const QDate &asOf = QDate());
    // The date whose state the registry shows; invalid for today's.
    QDate asOf() const;
    QWidget *asOfBanner() const { return m_asOfBanner; }
    QLabel *asOfLabel() const { return m_asOfLabel; }

    // Records (or withdraws) a milestone for the cooperatives through the undo stack. Returns
    // how many changed; a refused change is shown to the user and returns -1.
    int markMilestone(const QVector<qint64> &ids, const QString &code, const QDate &date, const QString &note);
    int withdrawMilestone(const QVector<qint64> &ids, const QString &code, const QString &note);

    QVector<qint64> selectedIds() const;
    void selectIds(const QVector<qint64> &ids);
    // Runs a pending search now instead of after the typing pause.
    void applySearchNow();
    // Writes the rows shown (the current filter, search and sort) to an .xlsx or .csv file and
    // says so under the table. Returns the number of rows, -1 when it failed (already shown).
    int exportRowsTo(const QString &path, const CsvDialect &csv = CsvDialect());
    // Re-reads the database (the change watcher calls this), keeping the selection.
    void reload();

    RegistryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *districtBox() const { return m_district; }
    QComboBox *milestoneBox() const { return m_milestone; }
    QComboBox *milestoneStateBox() const { return m_milestoneState; }
    QString countText() const;

signals:
    // A file was dropped on the page: the main window offers to import it.
    void fileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildToolBar();
    void applyQuery();
    void fillDistricts();
    void fillMilestones();
    void updateCount();
    void updateActions();
    void showMessage(const QString &text);
    void showError(const QString &text);
    qint64 currentId() const;
    int changeMilestone(bool mark, const QVector<qint64> &ids, const QString &code, const QDate &date, const QString &note);
    void editCurrent();
    void markSelected();
    void withdrawSelected();
    void showHistory();
    void setAsOf(const QDate &asOf);

    AppContext m_ctx;
    RegistryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_milestone = nullptr;
    QComboBox *m_milestoneState = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_mark = nullptr;
    QAction *m_withdraw = nullptr;
    QAction *m_history = nullptr;
    RegistryColumnLayout *m_columns = nullptr;
    QWidget *m_asOfBanner = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QTimer m_searchTimer;
    QTimer m_messageTimer;
};
