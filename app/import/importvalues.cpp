#include "import/importvalues.h"

#include <algorithm>

#include "core/cooperativevalidator.h"
#include "core/regioncode.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ImportValues {

namespace {

QString quoted(const QString &s) { return QStringLiteral("\u201C%1\u201D").arg(s); }

// The digits of a whole number cell, without exponent or ".0"; empty when it is not whole.
QString wholeNumberDigits(double n)
{
    if (!std::isfinite(n) || n < 0 || n >= 1e15 || std::floor(n) != n)
        return QString();
    return QString::number(qint64(n));
}

// Text a person or Excel wrote for a number: "1208302002", "1208302002.0", "1.208302002E+09".
QString wholeNumberText(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^(\\d+)([.,]0+)?$"));
    static const QRegularExpression exponent(QStringLiteral("^\\d([.,]\\d+)?[eE]\\+?\\d{1,2}$"));
    const auto m = plain.match(text);
    if (m.hasMatch())
        return m.captured(1);
    if (exponent.match(text).hasMatch()) {
        bool ok = false;
        const double n = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        return ok ? wholeNumberDigits(n) : QString();
    }
    return QString();
}

QString cellRawText(const ImportCell &cell)
{
    QString t = cell.text.trimmed();
    if (t.startsWith(QLatin1Char('\'')))   // Excel's "keep as text" mark, pasted along
        t = t.mid(1).trimmed();
    return t;
}

QString dotted(const QString &digits)
{
    static const int widths[] = {2, 2, 2, 4};
    QStringList parts;
    int pos = 0;
    for (const int w : widths) {
        if (pos >= digits.size())
            break;
        parts.append(digits.mid(pos, w));
        pos += w;
    }
    return parts.join(QLatin1Char('.'));
}
}   // namespace

QString parseAreaCode(const ImportCell &cell)
{
    QString digits;
    QString text;
    if (cell.kind == ImportCell::Kind::Number) {
        digits = wholeNumberDigits(cell.number);
        if (digits.isEmpty())
            text = QString::number(cell.number, 'g', 15);   // 12.08 or 12.8
    } else if (cell.kind == ImportCell::Kind::Text) {
        text = cellRawText(cell);
        text.remove(QLatin1Char(' '));
        digits = wholeNumberText(text);
    } else {
        return QString();
    }
    if (digits.isEmpty() && text.contains(QLatin1Char('.'))) {
        // Dotted parts, each padded to its width: a number cell "12.8" lost the zero of "12.08",
        // and people type "12.8.30.2002".
        static const int widths[] = {2, 2, 2, 4};
        const QStringList parts = text.split(QLatin1Char('.'));
        if (parts.size() > 4)
            return QString();
        for (int i = 0; i < parts.size(); ++i) {
            const QString &p = parts.at(i);
            static const QRegularExpression allDigits(QStringLiteral("^\\d+$"));
            if (p.isEmpty() || p.size() > widths[i] || !allDigits.match(p).hasMatch())
                return QString();
            digits += QString(widths[i] - p.size(), QLatin1Char('0')) + p;
        }
    }
    if (digits.size() != 2 && digits.size() != 4 && digits.size() != 6 && digits.size() != 10)
        return QString();
    const QString code = dotted(digits);
    return RegionCode::levelOf(code) == AreaLevel::Invalid ? QString() : code;
}

QString parseVillageCode(const ImportCell &cell)
{
    QString code = parseAreaCode(cell);
    if (code.isEmpty() && cell.kind == ImportCell::Kind::Text)
        code = RegionCode::normaliseVillageCode(cell.text);   // "12 08 30 2002"
    return RegionCode::isValidVillageCode(code) ? code : QString();
}

QString parsePhone(const ImportCell &cell, QString *problem)
{
    QString text;
    if (cell.kind == ImportCell::Kind::Number) {
        text = wholeNumberDigits(cell.number);
        if (text.isEmpty())
            text = cell.text;
    } else if (cell.kind == ImportCell::Kind::Text) {
        text = cellRawText(cell);
        // "0812-6543-2100 / 0813-1234-5678": the first number.
        static const QRegularExpression several(QStringLiteral("\\s*[/,;]\\s*|\\s+(atau|dan)\\s+|\n"));
        text = text.split(several).constFirst().trimmed();
        const QString whole = wholeNumberText(text);
        if (!whole.isEmpty())
            text = whole;
    } else if (cell.kind == ImportCell::Kind::Empty) {
        return QString();
    } else {
        text = cell.text;
    }
    if (text.isEmpty())
        return QString();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
    QString compact = text;
    compact.remove(separators);
    // A number cell or a CSV opened in Excel drops the leading 0 of "0812...".
    if (compact.startsWith(QLatin1Char('8')) && compact.size() >= 9 && compact.size() <= 12)
        compact.prepend(QLatin1Char('0'));
    const QString phone = CooperativeValidator::normalisePhone(compact);
    if (phone.isEmpty() && problem)
        *problem = QCoreApplication::translate("ImportValues", "%1 is not a valid Indonesian phone number (write it like 0812-3456-7890 or +62 812 3456 7890)")
                       .arg(quoted(cell.text.trimmed()));
    return phone;
}

std::optional<bool> parseReached(const ImportCell &cell, QString *problem)
{
    switch (cell.kind) {
    case ImportCell::Kind::Empty:
        return std::nullopt;
    case ImportCell::Kind::Boolean:
        return cell.boolean;
    case ImportCell::Kind::Date:
        return true;
    case ImportCell::Kind::Number:
        if (cell.number == 1)
            return true;
        if (cell.number == 0)
            return false;
        break;
    case ImportCell::Kind::Text: {
        QString t = cell.text.simplified().toLower();
        if (t.isEmpty())
            return std::nullopt;
        if (t.endsWith(QLatin1Char('.')) && t.size() > 1)
            t.chop(1);
        static const QStringList yes = {
            QStringLiteral("ya"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("sudah"),
            QStringLiteral("sdh"), QStringLiteral("selesai"), QStringLiteral("ada"), QStringLiteral("aktif"),
            QStringLiteral("ok"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("benar"),
            QStringLiteral("v"), QStringLiteral("\u2713"), QStringLiteral("\u2714"), QStringLiteral("\u221A"),
            QStringLiteral("sudah ada"), QStringLiteral("teraktivasi")};
        static const QStringList no = {
            QStringLiteral("tidak"), QStringLiteral("tdk"), QStringLiteral("belum"), QStringLiteral("blm"),
            QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"), QStringLiteral("false"),
            QStringLiteral("salah"), QStringLiteral("-"), QStringLiteral("\u2013"), QStringLiteral("\u2014"),
            QStringLiteral("tidak ada"), QStringLiteral("belum ada"), QStringLiteral("t")};
        if (yes.contains(t))
            return true;
        if (no.contains(t))
            return false;
        QString dateProblem;
        if (parseDateText(cell.text, &dateProblem).isValid())
            return true;
        break;
    }
    }
    if (problem)
        *problem = QCoreApplication::translate("ImportValues", "%1 is neither yes nor no: write Ya or Sudah, Belum or Tidak, or the date it was reached")
                       .arg(quoted(cell.text.trimmed()));
    return std::nullopt;
}

MilestoneValue parseMilestone(const ImportCell &cell, QString *problem)
{
    MilestoneValue v;
    if (cell.kind == ImportCell::Kind::Date) {
        v.reached = true;
        v.date = cell.date;
        return v;
    }
    if (cell.kind == ImportCell::Kind::Number && cell.number != 0 && cell.number != 1) {
        v.date = parseDate(cell, problem);   // a serial number whose column had no date format
        if (v.date.isValid())
            v.reached = true;
        return v;
    }
    if (cell.kind == ImportCell::Kind::Text) {
        QString dateProblem;
        const QDate d = parseDateText(cell.text, &dateProblem);
        if (d.isValid()) {
            v.reached = true;
            v.date = d;
            return v;
        }
        // "31/02/2025" looks like a date and is not one: say that, not "neither yes nor no".
        static const QRegularExpression dateLike(QStringLiteral("^\\s*\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}"));
        if (dateLike.match(cell.text).hasMatch()) {
            if (problem)
                *problem = dateProblem;
            return v;
        }
    }
    v.reached = parseReached(cell, problem);
    return v;
}

int parseCount(const ImportCell &cell, QString *problem)
{
    if (cell.kind == ImportCell::Kind::Empty)
        return -1;
    if (cell.kind == ImportCell::Kind::Number) {
        const QString digits = wholeNumberDigits(cell.number);
        if (!digits.isEmpty() && digits.size() <= 9)
            return digits.toInt();
    } else if (cell.kind == ImportCell::Kind::Text) {
        QString t = cell.text.simplified().toLower();
        if (t.isEmpty())
            return -1;
        static const QRegularExpression unit(QStringLiteral("\\s*(orang|org|anggota)$"));
        t.remove(unit);
        static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
        if (grouped.match(t).hasMatch())
            t.remove(QLatin1Char('.')).remove(QLatin1Char(','));
        const QString whole = wholeNumberText(t);
        if (!whole.isEmpty() && whole.size() <= 9)
            return whole.toInt();
    }
    if (problem)
        *problem = QCoreApplication::translate("ImportValues", "%1 is not a whole number").arg(quoted(cell.text.trimmed()));
    return -1;
}

QString parseLegalNumber(const ImportCell &cell, QString *problem)
{
    if (cell.isEmpty())
        return QString();
    const QString number = cell.text.simplified().toUpper();
    if (CooperativeValidator::isValidLegalNumber(number))
        return number;
    if (problem)
        *problem = QCoreApplication::translate("ImportValues", "%1 is not an SK AHU number (they look like AHU-0001234.AH.01.29.TAHUN 2025)")
                       .arg(quoted(cell.text.trimmed()));
    return QString();
}

QString cellText(const ImportCell &cell)
{
    return cell.isEmpty() ? QString() : cell.text.simplified();
}

// Village name keys. Names are compared in lower case with punctuation as spaces and spaces
// collapsed, after removing a leading word that says what kind of village it is (Nagori, Desa,
// Kelurahan, Kel., Ds.), which sheets add or leave out at will.
//
// Old spellings: village names in decrees and on signboards still carry the Van Ophuijsen
// (1901) and Soewandi (1947) spellings: "Djabanten", "Tjipanas", "Soerabaja". The reforms map
// oe -> u (1947), and dj -> j, tj -> c, nj -> ny, sj -> sy, ch -> kh, j -> y (1972). Applied to
// every name, "j -> y" and "nj -> ny" would break modern names ("Jawa Maraja", "Panjang"), so
// the rule is: a name is in the old spelling only when it holds one of the digraphs today's
// spelling never uses (oe, dj, tj); only then is it converted, all rules at once. A name in
// today's spelling is left as it is. Sound changes that are not spelling (Pamatang/Pematang,
// Dolok/Dolog, Silou/Silau) are not folded: those are different names in the decree.
int nameDistance(const QString &a, const QString &b, int limit)
{
    // Damerau-Levenshtein (optimal string alignment) over the letters, in three rows.
    const QString x = QString(a).remove(QLatin1Char(' '));
    const QString y = QString(b).remove(QLatin1Char(' '));
    if (qAbs(x.size() - y.size()) > limit)
        return limit + 1;
    QVector<int> before(y.size() + 1), previous(y.size() + 1), current(y.size() + 1);
    for (int j = 0; j <= y.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= x.size(); ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= y.size(); ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[y.size()], limit + 1);
}

QString villageNameKey(const QString &name)
{
    QString s = name.toLower();
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    s.replace(QLatin1Char('.'), QLatin1Char(' '));
    s.replace(punctuation, QStringLiteral(" "));
    s = s.simplified();
    static const QRegularExpression prefix(QStringLiteral("^(nagori|desa|kelurahan|kel|ds|kampung|gampong) "));
    s.remove(prefix);
    static const QRegularExpression oldSpelling(QStringLiteral("oe|dj|tj"));
    if (oldSpelling.match(s).hasMatch()) {
        // Placeholders keep the 1972 rules from feeding each other (dj -> j must not become y).
        s.replace(QStringLiteral("oe"), QStringLiteral("u"));
        s.replace(QStringLiteral("dj"), QStringLiteral("\x01"));
        s.replace(QStringLiteral("tj"), QStringLiteral("c"));
        s.replace(QStringLiteral("nj"), QStringLiteral("ny"));
        s.replace(QStringLiteral("sj"), QStringLiteral("sy"));
        s.replace(QStringLiteral("ch"), QStringLiteral("kh"));
        s.replace(QLatin1Char('j'), QLatin1Char('y'));
        s.replace(QLatin1Char('\x01'), QLatin1Char('j'));
    }
    return s;
}

}   // namespace ImportValues
