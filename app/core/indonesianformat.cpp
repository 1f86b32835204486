#include "core/indonesianformat.h"

#include <QRegularExpression>

#include <QLocale>

namespace {
const QLocale &indonesian()
{
    static const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    return locale;
}
}   // namespace

namespace IndonesianFormat {

int percentTenths(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    return int((part * 2000 + whole) / (2 * whole));
}

QString percentFigure(qint64 part, qint64 whole)
{
    const int tenths = percentTenths(part, whole);
    return QStringLiteral("%1,%2").arg(tenths / 10).arg(tenths % 10);
}

QString percent(qint64 part, qint64 whole, int decimals)
{
    // U+00A0: the figure and its sign stay on one line in labels, cards and printed tables.
    if (decimals <= 0) {
        const qint64 whole100 = whole <= 0 ? 0 : (part * 200 + whole) / (2 * whole);
        return QStringLiteral("%1\u00a0%").arg(whole100);
    }
    return percentFigure(part, whole) + QStringLiteral("\u00a0%");
}

QString percentDecimal(qint64 part, qint64 whole)
{
    const int tenths = percentTenths(part, whole);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

QString number(qint64 value)
{
    return indonesian().toString(value);
}

QString dateLong(const QDate &d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("dddd, d MMMM yyyy")) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString dateShort(const QDate &d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH.mm")) : QString();
}

QString dateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QString();
    const QDateTime local = dt.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + time(local.time());
}

QString phone(const QString &stored)
{
    static const QRegularExpression mobile(QStringLiteral("^08[0-9]{8,11}$"));
    if (!mobile.match(stored).hasMatch())
        return stored;
    return stored.left(4) + QLatin1Char('-') + stored.mid(4, 4) + QLatin1Char('-') + stored.mid(8);
}

QString list(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" dan ") + items.last();
}

}   // namespace IndonesianFormat
