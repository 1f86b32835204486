#include "storage/sqlscript.h"

#include <QRegularExpression>

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The word starting at i (letters, digits, '_'), upper-cased; empty if none starts there.
QString wordAt(const QString &s, int i)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return QString();
    int end = i;
    while (end < s.size() && isWordChar(s.at(end)))
        ++end;
    return s.mid(i, end - i).toUpper();
}
}   // namespace

namespace SqlScript {

QStringList split(const QString &script)
{
    static const QRegularExpression dollarTag(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    int blockDepth = 0;   // BEGIN/CASE ... END inside a SQLite trigger
    const int n = int(script.size());
    for (int i = 0; i < n;) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const int end = int(script.indexOf(QLatin1Char('\n'), i));
            i = end < 0 ? n : end + 1;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const int end = int(script.indexOf(QLatin1String("*/"), i + 2));
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {   // doubled quote inside
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const int end = qMin(j + 1, n);
            current += script.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const auto m = dollarTag.match(QStringView(script).mid(i));
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const int close = int(script.indexOf(tag, i + tag.size()));
                const int end = close < 0 ? n : close + int(tag.size());
                current += script.mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (c.isLetter()) {
            const QString word = wordAt(script, i);
            if (!word.isEmpty()) {
                if (triggerStart.match(current + word).hasMatch() || blockDepth > 0) {
                    if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE"))
                        ++blockDepth;
                    else if (word == QLatin1String("END") && blockDepth > 0)
                        --blockDepth;
                }
                current += script.mid(i, word.size());
                i += int(word.size());
                continue;
            }
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements.append(rest);
    return statements;
}

}   // namespace SqlScript
