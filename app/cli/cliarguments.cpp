#include "cli/cliarguments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("CliArguments", s); }
}

CliArguments::CliArguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const int eq = int(name.indexOf(QLatin1Char('=')));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions.contains(name)) {
            if (eq >= 0) {
                m_values.insert(name, inlineValue);
            } else {
                if (i + 1 >= args.size())
                    throw CliError(tr("option --%1 needs a value").arg(name));
                m_values.insert(name, args.at(++i));
            }
        } else if (flags.contains(name) && eq < 0) {
            m_flags << name;
        } else {
            throw CliError(tr("unknown option %1").arg(a));
        }
    }
}

QString CliArguments::required(const QString &name) const
{
    const QString v = value(name);
    if (v.isEmpty())
        throw CliError(tr("option --%1 is required").arg(name));
    return v;
}

QDate CliArguments::date(const QString &name, const QDate &fallback) const
{
    if (!m_values.contains(name))
        return fallback;
    const QDate d = QDate::fromString(m_values.value(name), Qt::ISODate);
    if (!d.isValid() || m_values.value(name).size() != 10)
        throw CliError(tr("--%1 must be a date written YYYY-MM-DD, not \"%2\"").arg(name, m_values.value(name)));
    return d;
}

QString CliArguments::outputPath() const
{
    const QString path = required(QStringLiteral("out"));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        throw CliError(tr("the folder \"%1\" for --out does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isWritable())
        throw CliError(tr("the folder \"%1\" for --out may not be written to").arg(QDir::toNativeSeparators(folder.filePath())));
    return path;
}

QDate CliArguments::asOf() const
{
    const QDate today = QDate::currentDate();
    const QDate d = date(QStringLiteral("as-of"), today);
    if (d > today)
        throw CliError(tr("--as-of %1 is in the future; give today (%2) or an earlier date")
                           .arg(d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return d;
}

QDate CliArguments::compareFrom(const QDate &asOf) const
{
    const QDate d = date(QStringLiteral("compare-from"), QDate());
    if (d.isValid() && d > asOf)
        throw CliError(tr("--compare-from %1 is after the report's date %2; the comparison date must be earlier")
                           .arg(d.toString(Qt::ISODate), asOf.toString(Qt::ISODate)));
    return d;
}

qint64 CliArguments::integer(const QString &name) const
{
    bool ok = false;
    const qint64 v = required(name).toLongLong(&ok);
    if (!ok)
        throw CliError(tr("--%1 must be a whole number, not \"%2\"").arg(name, value(name)));
    return v;
}
