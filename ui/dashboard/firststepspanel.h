#pragma once
#include "shell/appcontext.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

// The checklist a new office sees on its dashboard until the three first things are done:
// import the registry, set the letterhead, plan a workshop. Each step says whether it is done and
// has a button that starts it; the panel hides itself when all are done.
class FirstStepsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FirstStepsPanel(const AppContext &context, QWidget *parent = nullptr);

    // Reads what is done from the database; hides the panel when everything is.
    void refresh();
    bool registryFilled() const { return m_registryDone; }
    bool letterheadSet() const { return m_letterheadDone; }
    bool workshopPlanned() const { return m_workshopDone; }

signals:
    void importRequested();
    void letterheadRequested();
    void workshopRequested();
    void guideRequested();

private:
    struct Step
    {
        QLabel *mark = nullptr;
        QPushButton *button = nullptr;
    };
    Step addStep(QGridLayout *grid, int row, const QString &text, const QString &action, const QString &objectName);
    static void showStep(Step &step, bool done);

    AppContext m_context;
    Step m_import, m_letterhead, m_workshop;
    bool m_registryDone = false;
    bool m_letterheadDone = false;
    bool m_workshopDone = false;
};
