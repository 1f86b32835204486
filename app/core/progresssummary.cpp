#include "core/progresssummary.h"

#include "core/indonesianformat.h"

#include <QCoreApplication>
#include <QJsonArray>

const MilestoneDefinition *ProgressSummary::milestone(const QString &code) const
{
    for (const auto &m : milestones)
        if (m.code == code)
            return &m;
    return nullptr;
}

ProgressSummary ProgressSummary::onlyDistricts(const QStringList &districtCodes) const
{
    ProgressSummary part = *this;
    part.total = 0;
    part.reached.clear();
    part.districts.clear();
    for (const DistrictProgress &d : districts) {
        if (!districtCodes.contains(d.code))
            continue;
        part.districts.append(d);
        part.total += d.total;
        for (const MilestoneDefinition &m : milestones)
            part.reached[m.code] += d.reachedCount(m.code);
    }
    return part;
}

QJsonObject ProgressSummary::toJson() const
{
    QJsonArray ms;
    for (const auto &m : milestones) {
        const int n = reachedCount(m.code);
        ms.append(QJsonObject{{QStringLiteral("code"), m.code},
                              {QStringLiteral("name"), m.name},
                              {QStringLiteral("reached"), n},
                              {QStringLiteral("percent"),
                               IndonesianFormat::percentTenths(n, total) / 10.0}});
    }
    QJsonArray ds;
    for (const auto &d : districts) {
        QJsonObject reachedObj;
        for (const auto &m : milestones)
            reachedObj.insert(m.code, d.reachedCount(m.code));
        ds.append(QJsonObject{{QStringLiteral("code"), d.code},
                              {QStringLiteral("name"), d.name},
                              {QStringLiteral("regency_code"), d.regencyCode},
                              {QStringLiteral("total"), d.total},
                              {QStringLiteral("reached"), reachedObj}});
    }
    return QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("area_code"), areaCode},
                       {QStringLiteral("area_name"), areaName},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("milestones"), ms},
                       {QStringLiteral("districts"), ds}};
}

QString ProgressSummary::toText() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("ProgressSummary", s); };
    QString out;
    out += tr("%1, as of %2").arg(areaName, IndonesianFormat::dateLong(asOf)) + QLatin1Char('\n');
    out += tr("Cooperatives: %1").arg(IndonesianFormat::number(total)) + QLatin1String("\n\n");
    int width = 0;
    for (const auto &m : milestones)
        width = qMax(width, int(m.name.size()));
    for (const auto &m : milestones) {
        const int n = reachedCount(m.code);
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg(m.name.leftJustified(width))
                   .arg(tr("%1 of %2").arg(IndonesianFormat::number(n), IndonesianFormat::number(total)), -14)
                   // A terminal does not wrap a column: a plain space, which scripts can match.
                   .arg(IndonesianFormat::percentFigure(n, total) + QStringLiteral(" %"), 8);
    }
    out += QLatin1Char('\n') + tr("Per district (reached / cooperatives):") + QLatin1Char('\n');
    for (const auto &d : districts) {
        QStringList parts;
        for (const auto &m : milestones)
            parts << QStringLiteral("%1 %2").arg(m.code).arg(d.reachedCount(m.code));
        out += QStringLiteral("  %1 %2 (%3): %4\n").arg(d.code, d.name).arg(d.total).arg(parts.join(QStringLiteral(", ")));
    }
    return out;
}
