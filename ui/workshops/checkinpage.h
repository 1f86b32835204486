#pragma once
#include "shell/appcontext.h"
#include "core/workshop.h"

#include <QWidget>

class AttendanceCountersPanel;
class QComboBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// The door screen: one big search box that takes a scanned card (the village code and Enter),
// a typed code, or part of a cooperative's, village's or chair's name. Enter marks the top match
// (the arrows choose another) as present, then the box is empty and ready for the next card.
// Big live counters (hadir / belum hadir / total, and per kecamatan) follow every facilitator's
// marks: the page refreshes whenever the change watcher says the database changed.
class CheckInPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckInPage(const AppContext &ctx, QWidget *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    // Who records the marks at this desk ("Rina (Meja 1)"), as stored with each mark.
    QString recorder() const;

signals:
    void backRequested();
    void outcomeRequested(qint64 workshopId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone { Neutral,
                      Success,
                      Warning,
                      Error };
    void buildUi();
    // False when the database could not be read (the message says why).
    bool runSearch();
    void markSelected();
    void takeBackSelected();
    void recordMilestones();
    void refresh();
    // Every kecamatan, or (after a mark at this desk) only the totals and that kecamatan's row.
    void refreshCounters(const QString &onlyDistrict = QString());
    void showResults(const QVector<AttendanceEntry> &rows, qint64 keepSelected);
    void showMessage(const QString &text, Tone tone);
    void explainNoMatch(const QString &typed);
    qint64 selectedId() const;
    AttendanceEntry selectedEntry() const;
    void moveSelection(int delta);
    void saved();
    // A scanner types wherever the focus is: sends a key typed into another widget of the page
    // to the scan field. Returns true when the key was taken.
    bool routeToScanField(QObject *watched, QKeyEvent *key);
    void watchChildren();

    AppContext m_ctx;
    qint64 m_workshopId = 0;
    Workshop m_workshop;
    QVector<AttendanceEntry> m_rows;
    QString m_searchedText;
    bool m_searchStale = false;
    bool m_scanRouted = false;   // keys of a scan are being sent from another widget to the scan field

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_resultsCaption = nullptr;
    QLineEdit *m_deskName = nullptr;
    QLineEdit *m_facilitatorName = nullptr;
    QLineEdit *m_attendeeName = nullptr;
    QComboBox *m_attendeeRole = nullptr;
    QPushButton *m_markButton = nullptr;
    QPushButton *m_takeBackButton = nullptr;
    QPushButton *m_milestonesButton = nullptr;
    AttendanceCountersPanel *m_counters = nullptr;
    QTimer *m_searchTimer = nullptr;
};
