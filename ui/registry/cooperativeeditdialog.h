#pragma once
#include "core/cooperative.h"
#include "core/cooperativevalidator.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class CooperativeEditDialog;
}

// The edit form of one cooperative (cooperativeeditdialog.ui). The village, its code and the
// KDMP/KKMP type come from the region list and are read-only. Each field is checked with
// CooperativeValidator as the user leaves it (red border, the reason under it and in its
// tooltip); Save (button or Enter) checks them all and writes through the saver: on a failure
// the form stays open with the edits. Esc and the title-bar X ask before dropping changes.
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

    // Writes the cooperative; returns an empty string on success, else a message for the user.
    using Saver = std::function<QString(const Cooperative &)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // True when a field differs from the cooperative the form was opened with.
    bool isModified() const;

    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *widgetFor(const QString &field) const;
    QString fieldOf(const QObject *widget) const;
    void clearProblems();
    void clearProblem(const QString &field);
    void showProblem(const ValidationProblem &p);
    // Checks one field (on leaving it): shows or clears its message.
    void validateField(const QString &field);

    std::unique_ptr<Ui::CooperativeEditDialog> m_ui;
    Cooperative m_original;
    QDate m_today;
    QHash<QString, QCheckBox *> m_units;
    QHash<QString, QLabel *> m_problemLabels;   // field -> the message label under it
    Saver m_saver;
};
