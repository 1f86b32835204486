#pragma once
#include "shell/appcontext.h"
#include "storage/progressrepository.h"
#include "core/progresssummary.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QWidget>

class DistrictProgressModel;
class MilestoneCard;
class QChart;
class QChartView;
class QComboBox;
class FirstStepsPanel;
class QDateEdit;
class QGridLayout;
class QLabel;
class QTableView;

// The first screen: how far the area is and where it is behind. Cards per milestone with the
// change since a comparison date, the funnel, the per-kecamatan bars of one milestone, the lines
// over time and the per-kecamatan table. Every figure follows the "as of" and "compare with"
// dates, and the page re-reads the database whenever anyone saves (ChangeWatcher).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Funnel,
                       Districts,
                       Timeline };

    DashboardPage(const AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setAsOf(const QDate &date);
    void setCompareWith(const QDate &date);
    void setDistrictMilestone(const QString &milestoneCode);
    QDate asOf() const;
    QDate compareWith() const;
    QString districtMilestone() const { return m_districtMilestone; }

    // Re-reads the database and redraws everything now.
    void refresh();

    const ProgressSummary &summary() const { return m_summary; }
    MilestoneCard *card(const QString &milestoneCode) const { return m_cards.value(milestoneCode); }
    DistrictProgressModel *districtModel() const { return m_model; }
    // The kecamatan code of each bar of the per-kecamatan chart, by bar index.
    QStringList districtBarCodes() const { return m_barCodes; }

    // Saves a chart at print resolution as PNG or SVG (by the file's suffix), built afresh from
    // the figures on screen. On failure returns false and a message for the user.
    bool exportChart(Chart chart, const QString &path, QString *error = nullptr) const;
    // Puts the whole table on the clipboard (tab-separated text and an HTML table).
    void copyTable() const;
    // The checklist of a new office's first steps, shown above the cards until they are done.
    FirstStepsPanel *firstSteps() const { return m_firstSteps; }

signals:
    // A kecamatan's bar (or table cell) was clicked: show the cooperatives of that kecamatan that
    // have not reached the milestone, as of the dashboard's date.
    void districtClicked(const QString &districtCode, const QString &milestoneCode, const QDate &asOf);

protected:
    void showEvent(QShowEvent *event) override;

private:
    FirstStepsPanel *m_firstSteps = nullptr;
    QWidget *buildHeader();
    QWidget *chartPanel(const QString &title, QChartView *view, Chart chart, QWidget *extra = nullptr);
    void rebuildCards();
    void limitDates();
    void updateCharts();
    void onDatabaseChanged();
    void onBarClicked(int index);
    void saveChartAs(Chart chart);
    QChart *buildChart(Chart chart, QStringList *barCodes = nullptr) const;

    AppContext m_context;
    ProgressSummary m_summary;
    ProgressTimeline m_timeline;
    QHash<QString, int> m_before;   // area counts as of the comparison date
    QString m_districtMilestone;
    QStringList m_barCodes;
    bool m_stale = true;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QDateEdit *m_asOf = nullptr;
    QDateEdit *m_compareWith = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QHash<QString, MilestoneCard *> m_cards;
    QStringList m_cardOrder;
    QChartView *m_funnelView = nullptr;
    QChartView *m_districtView = nullptr;
    QChartView *m_timelineView = nullptr;
    QComboBox *m_milestoneCombo = nullptr;
    DistrictProgressModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};
