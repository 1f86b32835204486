#include "widgets/dateedit.h"

#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    // Digits only, day first, as Indonesian Windows writes a short date: every part can be typed.
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}

QDate DateEdit::parseTyped(const QString &text)
{
    const QString t = text.simplified();
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})$"));
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    auto m = dayFirst.match(t);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    m = yearFirst.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    for (const QString &format : {QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"), QStringLiteral("dddd, d MMMM yyyy")}) {
        const QDate d = indonesian.toDate(t, format);
        if (d.isValid())
            return d;
    }
    return QDate();
}

QValidator::State DateEdit::validate(QString &input, int &pos) const
{
    const QValidator::State own = QDateEdit::validate(input, pos);
    if (own == QValidator::Acceptable)
        return own;
    // A whole date in another form (pasted from a letter or a spreadsheet): written in this
    // field's own form, within its range.
    const QDate d = parseTyped(input);
    if (d.isValid() && d >= minimumDate() && d <= maximumDate()) {
        input = locale().toString(d, displayFormat());
        pos = int(input.size());
        return QValidator::Acceptable;
    }
    return own;
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool digit = event->text().size() == 1 && event->text().at(0).isDigit();
    if (digit && !specialValueText().isEmpty() && date() == minimumDate()) {
        // The field shows "—" (no date): the digit begins a date, its day typed first.
        const QDate today = QDate::currentDate();
        setDate(today > maximumDate() ? maximumDate() : today);
        setSelectedSection(QDateTimeEdit::DaySection);
    }
    QDateEdit::keyPressEvent(event);
}
