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
    CheckInPage *checkInPage() const { return m_checkIn; }
    WorkshopOutcomePage *outcomePage() const { return m_outcome; }

private:
    QWidget *buildList();
    void reload();
    qint64 selectedId() const;
    void createWorkshop();
    void editWorkshop();
    void saveNameCards();
    void reopenForToday(qint64 workshopId);

    AppContext m_ctx;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    CheckInPage *m_checkIn = nullptr;
    WorkshopOutcomePage *m_outcome = nullptr;
};
