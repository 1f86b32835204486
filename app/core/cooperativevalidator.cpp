#include "core/cooperativevalidator.h"

#include "core/indonesianformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("CooperativeValidator", s); }
}

QString CooperativeValidator::normalisePhone(const QString &phone)
{
    QString p = phone.trimmed();
    p.remove(QRegularExpression(QStringLiteral("[\\s.\\-()]")));
    if (p.startsWith(QLatin1String("+62")))
        p = QLatin1Char('0') + p.mid(3);
    else if (p.startsWith(QLatin1String("62")) && p.size() > 10)
        p = QLatin1Char('0') + p.mid(2);
    static const QRegularExpression valid(QStringLiteral("^0[1-9][0-9]{7,12}$"));
    return valid.match(p).hasMatch() ? p : QString();
}

QString CooperativeValidator::storedPhone(const QString &phone)
{
    const QString normal = normalisePhone(phone);
    return normal.isEmpty() ? phone.trimmed() : normal;
}

bool CooperativeValidator::isValidPhone(const QString &phone)
{
    return !normalisePhone(phone).isEmpty();
}

bool CooperativeValidator::isValidLegalNumber(const QString &number)
{
    static const QRegularExpression re(
        QStringLiteral("^AHU-\\d{4,10}\\.AH\\.\\d{2}\\.\\d{2}\\.TAHUN \\d{4}$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(number.trimmed()).hasMatch();
}

bool CooperativeValidator::isValidNikKoperasi(const QString &nik)
{
    static const QRegularExpression re(QStringLiteral("^\\d{16}$"));
    return re.match(nik.trimmed()).hasMatch();
}

QString CooperativeValidator::checkNotFuture(const QDate &date, const QString &what) const
{
    if (date.isValid() && date > m_today)
        return tr("%1 (%2) is in the future. Enter the date it actually happened, today (%3) at the latest.")
            .arg(what, IndonesianFormat::date(date), IndonesianFormat::date(m_today));
    return QString();
}

QVector<ValidationProblem> CooperativeValidator::validate(const Cooperative &c) const
{
    QVector<ValidationProblem> problems;
    if (c.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("The cooperative's name is empty. Enter its name as on the deed.")});

    const struct
    {
        const QString *value;
        const char *field;
        const char *label;
    } phones[] = {
        {&c.phone, "phone", QT_TRANSLATE_NOOP("CooperativeValidator", "Cooperative phone")},
        {&c.chairPhone, "chairPhone", QT_TRANSLATE_NOOP("CooperativeValidator", "Chair's phone")},
        {&c.secretaryPhone, "secretaryPhone", QT_TRANSLATE_NOOP("CooperativeValidator", "Secretary's phone")},
        {&c.treasurerPhone, "treasurerPhone", QT_TRANSLATE_NOOP("CooperativeValidator", "Treasurer's phone")},
    };
    for (const auto &p : phones) {
        if (!p.value->trimmed().isEmpty() && !isValidPhone(*p.value))
            problems.append({QString::fromLatin1(p.field),
                             tr("%1 \"%2\" is not a valid Indonesian phone number. Write it like 0812-3456-7890 or +62 812 3456 7890.")
                                 .arg(tr(p.label), *p.value)});
    }
    if (!c.legalNumber.trimmed().isEmpty() && !isValidLegalNumber(c.legalNumber))
        problems.append({QStringLiteral("legalNumber"),
                         tr("Legal entity number \"%1\" does not look like an SK AHU number. Copy it from the decree, e.g. AHU-0001234.AH.01.29.TAHUN 2025.")
                             .arg(c.legalNumber)});
    if (!c.legalNumber.trimmed().isEmpty() && !c.legalDate.isValid())
        problems.append({QStringLiteral("legalDate"), tr("The legal entity number has no date. Enter the date of the SK AHU.")});
    const QString future = checkNotFuture(c.legalDate, tr("The legal entity date"));
    if (!future.isEmpty())
        problems.append({QStringLiteral("legalDate"), future});
    if (!c.nikKoperasi.trimmed().isEmpty() && !isValidNikKoperasi(c.nikKoperasi))
        problems.append({QStringLiteral("nikKoperasi"),
                         tr("The Nomor Induk Koperasi must have 16 digits. Do not enter a person's KTP number here.")});
    if (c.memberCount < 0)
        problems.append({QStringLiteral("memberCount"), tr("The member count cannot be negative.")});
    return problems;
}
