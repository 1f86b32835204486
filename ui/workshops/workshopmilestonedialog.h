#pragma once
#include "shell/appcontext.h"
#include "core/workshop.h"

#include <QDate>
#include <QDialog>

class QListWidget;

// At the check-in desk: the milestones the facilitator helped the cooperative in front of them
// reach, dated the workshop's day (the account created, the profile updated ...). Milestones it
// already has are shown ticked and greyed with their date; the new ticks are recorded in one go.
class WorkshopMilestoneDialog : public QDialog
{
    Q_OBJECT
public:
    WorkshopMilestoneDialog(const AppContext &ctx, const AttendanceEntry &cooperative, const QDate &day, QWidget *parent = nullptr);

    // "Recorded for ...: Akun SIMKOPDES, Profil diperbarui"; empty when nothing was recorded.
    QString summary() const { return m_summary; }

    void accept() override;

private:
    AppContext m_ctx;
    AttendanceEntry m_cooperative;
    QDate m_day;
    QListWidget *m_list = nullptr;
    QString m_summary;
};
