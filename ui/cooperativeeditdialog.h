#pragma once
#include "cooperative.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class CooperativeEditDialog;
}

// The edit form of one cooperative (cooperativeeditdialog.ui). The village, its code and the
// KDMP/KKMP type come from the region list and are read-only. Save checks the fields with
// CooperativeValidator and shows each message under the field it is about.
class CooperativeEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CooperativeEditDialog(const Cooperative &cooperative, QWidget *parent = nullptr,
                                   const QDate &today = QDate::currentDate());
    ~CooperativeEditDialog() override;

    // The cooperative with the form's values.
    Cooperative cooperative() const;
    // Validates; shows the problems and returns false when there are any.
    bool validate();
    // The message shown for a field ("chairPhone"), empty when it is fine.
    QString problemFor(const QString &field) const;

    void accept() override;

private:
    QWidget *widgetFor(const QString &field) const;
    void clearProblems();

    std::unique_ptr<Ui::CooperativeEditDialog> m_ui;
    Cooperative m_original;
    QDate m_today;
    QHash<QString, QCheckBox *> m_units;
    QHash<QString, QLabel *> m_problemLabels;    // field -> the message label under it
};
