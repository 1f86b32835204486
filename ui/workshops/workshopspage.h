#pragma once
#include "shell/appcontext.h"

#include <QWidget>

class CheckInPage;
class QStackedWidget;
class QTableWidget;
class WorkshopOutcomePage;

// The workshops area of the main window: the list of workshops (create, edit, invite, print the
// name cards with QR codes), and from there the check-in screen for the door and the outcome page.
class WorkshopsPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopsPage(const AppContext &ctx, QWidget *parent = nullptr);

    void openCheckIn(qint64 workshopId);
    void openOutcome(qint64 workshopId);
    void showList();
    // New workshop…: the form, then the new workshop selected in the list.
    void createWorkshop();
    CheckInPage *checkInPage() const { return m_checkIn; }
    WorkshopOutcomePage *outcomePage() const { return m_outcome; }

private:
    QWidget *buildList();
    // Refills the list; `select` (a workshop just saved) becomes the selected row, else the
    // selection stays where it was.
    void reload(qint64 select = 0);
    qint64 selectedId() const;
    void announce(const QString &text);
    void announceSaved(qint64 id);
    void editWorkshop();
    void saveNameCards();
    void reopenForToday(qint64 workshopId);

    AppContext m_ctx;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    CheckInPage *m_checkIn = nullptr;
    WorkshopOutcomePage *m_outcome = nullptr;
};
