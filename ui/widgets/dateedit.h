#pragma once
#include <QDateEdit>

// A date field that takes a date the way people type and paste one on a Windows form: a day, a month
// or a year typed over its selected part; "4/10/2025", "04-10-2025", "4.10.2025", "2025-10-04" or
// "4 Oktober 2025" pasted or typed whole; and a digit typed into an empty field (the "—" shown for
// no date) starts a date of today's month and year instead of being ignored.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    // The date in `text`, day first, in any of the forms above; invalid when it is none.
    static QDate parseTyped(const QString &text);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void keyPressEvent(QKeyEvent *event) override;
};
