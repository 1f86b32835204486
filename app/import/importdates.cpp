// ImportValues: dates. Indonesian sheets write dates day first; Excel on an Indonesian
// Windows stores date cells as serial numbers, and a CSV saved from such a sheet may carry the
// serial as text when the column had no date format.
#include "import/importvalues.h"

#include "import/exceldate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace ImportValues {

namespace {

int monthFromName(const QString &word)
{
    // Indonesian (with the old "Pebruari", "Nopember" spellings still common) and English,
    // full and abbreviated.
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *names[12][8] = {
            {"januari", "january", "jan", nullptr},
            {"februari", "pebruari", "february", "feb", "peb", nullptr},
            {"maret", "march", "mar", "mrt", nullptr},
            {"april", "apr", nullptr},
            {"mei", "may", nullptr},
            {"juni", "june", "jun", nullptr},
            {"juli", "july", "jul", nullptr},
            {"agustus", "august", "agu", "agt", "ags", "aug", "agust", nullptr},
            {"september", "sep", "sept", nullptr},
            {"oktober", "october", "okt", "oct", nullptr},
            {"november", "nopember", "nov", "nop", nullptr},
            {"desember", "december", "des", "dec", nullptr},
        };
        for (int i = 0; i < 12; ++i)
            for (int j = 0; j < 8 && names[i][j]; ++j)
                m.insert(QString::fromLatin1(names[i][j]), i + 1);
        return m;
    }();
    return months.value(word.toLower(), 0);
}

int fullYear(const QString &y)
{
    const int n = y.toInt();
    return y.size() == 2 ? 2000 + n : n;   // the programme started in 2025: "25" is 2025
}

QDate fromParts(int year, int month, int day, const QString &written, QString *problem)
{
    const QDate d(year, month, day);
    if (!d.isValid() && problem)
        *problem = QCoreApplication::translate("ImportValues", "%1 is not a date that exists").arg(written);
    return d;
}

QDate fromSerialChecked(double serial, const QString &written, QString *problem)
{
    const QDate d = ExcelDate::fromSerial(serial);
    if (d.isValid() && d >= earliestSerialDate() && d <= latestSerialDate())
        return d;
    if (problem)
        *problem = QCoreApplication::translate("ImportValues", "%1 is a number, not a date (as a date serial number it would have to lie between %2 and %3)")
                       .arg(written)
                       .arg(ExcelDate::toSerial(earliestSerialDate()))
                       .arg(ExcelDate::toSerial(latestSerialDate()));
    return QDate();
}
}   // namespace

QDate earliestSerialDate() { return QDate(2000, 1, 1); }
QDate latestSerialDate() { return QDate(2100, 12, 31); }

QDate parseDateText(const QString &input, QString *problem)
{
    QString t = input.simplified();
    if (t.isEmpty())
        return QDate();
    const QString written = t;
    // A weekday before the date ("Sabtu, 4 Oktober 2025") and a time after it are not needed.
    static const QRegularExpression weekday(QStringLiteral("^[A-Za-z]+,\\s*(?=\\d)"));
    static const QRegularExpression time(QStringLiteral("[ T]\\d{1,2}[:.]\\d{2}([:.]\\d{2}(\\.\\d+)?)?( ?(WIB|WITA|WIT|AM|PM))?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    t.remove(weekday);
    t.remove(time);
    t = t.trimmed();

    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression dayMonthName(
        QStringLiteral("^(\\d{1,2})[\\s\\-/.]*([A-Za-z]{3,9})\\.?[\\s\\-/.,]*(\\d{4}|\\d{2})$"));
    static const QRegularExpression monthNameDay(QStringLiteral("^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})([.,]\\d+)?$"));

    QRegularExpressionMatch m;
    if ((m = dayFirst.match(t)).hasMatch())
        return fromParts(fullYear(m.captured(4)), m.captured(3).toInt(), m.captured(1).toInt(), written, problem);
    if ((m = iso.match(t)).hasMatch())
        return fromParts(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), written, problem);
    if ((m = dayMonthName.match(t)).hasMatch()) {
        if (const int month = monthFromName(m.captured(2)))
            return fromParts(fullYear(m.captured(3)), month, m.captured(1).toInt(), written, problem);
    }
    if ((m = monthNameDay.match(t)).hasMatch()) {
        if (const int month = monthFromName(m.captured(1)))
            return fromParts(m.captured(3).toInt(), month, m.captured(2).toInt(), written, problem);
    }
    if ((m = serial.match(t)).hasMatch())
        return fromSerialChecked(m.captured(1).toDouble(), written, problem);
    if (problem)
        *problem = QCoreApplication::translate("ImportValues", "\u201C%1\u201D is not a date: write it day first, like 04/10/2025 or 4 Oktober 2025").arg(written);
    return QDate();
}

QDate parseDate(const ImportCell &cell, QString *problem)
{
    switch (cell.kind) {
    case ImportCell::Kind::Empty:
        return QDate();
    case ImportCell::Kind::Date:
        return cell.date;
    case ImportCell::Kind::Number:
        return fromSerialChecked(cell.number, cell.text.isEmpty() ? QString::number(cell.number, 'g', 15) : cell.text, problem);
    case ImportCell::Kind::Boolean:
        if (problem)
            *problem = QCoreApplication::translate("ImportValues", "%1 is a yes/no value, not a date").arg(cell.text);
        return QDate();
    case ImportCell::Kind::Text:
        return parseDateText(cell.text, problem);
    }
    return QDate();
}

}   // namespace ImportValues
