#pragma once
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <stdexcept>

// Parses "--name value" and "--flag" options of one command, and reports unknown or malformed ones
// with a message that names the option. Throws CliError.
class CliError : public std::runtime_error
{
public:
    explicit CliError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

class CliArguments
{
public:
    // valueOptions take a value ("db"), flags do not ("json").
    CliArguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags);

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const { return m_values.value(name, fallback); }
    QString required(const QString &name) const;
    QDate date(const QString &name, const QDate &fallback) const;   // YYYY-MM-DD
    qint64 integer(const QString &name) const;
    // --as-of, today when absent. A date after today is refused: nothing is known about it yet, and
    // a report "as of" next month would look like a real one.
    QDate asOf() const;
    // --out, required, in a folder that exists and may be written: checked before any work, so
    // that no library prints its own error about a file it could not create.
    QString outputPath() const;
    // --compare-from, an invalid date when absent. Refused when after asOf: a comparison runs from
    // an earlier state to a later one, never "-7 since" a future date.
    QDate compareFrom(const QDate &asOf) const;
    QStringList positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QStringList m_flags;
    QStringList m_positional;
};
