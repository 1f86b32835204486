#pragma once
#include "appcontext.h"
#include "workshopoutcomedocument.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

// After the workshop: the headline ("360 hadir, 53 tidak hadir"), the milestones reached that day
// and the absentees by kecamatan with chair and phone; printed with a preview, exported as CSV.
class WorkshopOutcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopOutcomePage(const AppContext &ctx, QWidget *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    const WorkshopOutcome &outcome() const { return m_outcome; }
    // Writes the absentee list as UTF-8 CSV with a byte-order mark (so Excel shows the names
    // right); returns false with *error set when the file cannot be written.
    bool exportAbsentees(const QString &path, QString *error) const;

signals:
    void backRequested();
    void checkInRequested(qint64 workshopId);

private:
    void reload();
    void print();
    void exportCsv();

    AppContext m_ctx;
    qint64 m_workshopId = 0;
    WorkshopOutcome m_outcome;
    QLabel *m_headline = nullptr;
    QTextBrowser *m_view = nullptr;
};
