#include "importer/importfastforms.h"

namespace {
bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

// The number the n digits from `from` on make; -1 when one of them is not a digit.
int digitsAt(const QString &t, int from, int n)
{
    int v = 0;
    for (int i = from; i < from + n; ++i) {
        if (!isDigit(t.at(i)))
            return -1;
        v = v * 10 + (t.at(i).unicode() - '0');
    }
    return v;
}
}   // namespace

namespace ImportFastForms {

QString villageCode(const ImportCell &cell)
{
    if (cell.kind != ImportCell::Kind::Text || cell.text.size() != 13)
        return QString();
    const QString &t = cell.text;
    if (t.at(2) != QLatin1Char('.') || t.at(5) != QLatin1Char('.') || t.at(8) != QLatin1Char('.'))
        return QString();
    if (digitsAt(t, 0, 2) < 0 || digitsAt(t, 3, 2) < 0 || digitsAt(t, 6, 2) < 0 || digitsAt(t, 9, 4) < 0)
        return QString();
    return t;
}

QDate date(const ImportCell &cell)
{
    if (cell.kind == ImportCell::Kind::Date)
        return cell.date;
    if (cell.kind != ImportCell::Kind::Text || cell.text.size() != 10)
        return QDate();
    const QString &t = cell.text;
    if (t.at(2) == QLatin1Char('/') && t.at(5) == QLatin1Char('/')) {
        const int d = digitsAt(t, 0, 2), m = digitsAt(t, 3, 2), y = digitsAt(t, 6, 4);
        return d > 0 && m > 0 && y > 0 ? QDate(y, m, d) : QDate();
    }
    if (t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
        const int y = digitsAt(t, 0, 4), m = digitsAt(t, 5, 2), d = digitsAt(t, 8, 2);
        return d > 0 && m > 0 && y > 0 ? QDate(y, m, d) : QDate();
    }
    return QDate();
}

QString phone(const ImportCell &cell)
{
    if (cell.kind != ImportCell::Kind::Text || cell.text.size() > 20)
        return QString();
    QString digits;
    digits.reserve(cell.text.size());
    for (const QChar c : cell.text) {
        if (isDigit(c))
            digits.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' '))
            return QString();
    }
    // CooperativeValidator::normalisePhone's form: ^0[1-9][0-9]{7,12}$
    if (digits.size() < 9 || digits.size() > 14 || digits.at(0) != QLatin1Char('0') || digits.at(1) == QLatin1Char('0'))
        return QString();
    return digits;
}

}   // namespace ImportFastForms
