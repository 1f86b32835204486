#include "workshopoutcomedocument.h"

#include "indonesianformat.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("WorkshopOutcome", s); }
QString tr(const char *s, const char *disambiguation, int n) { return QCoreApplication::translate("WorkshopOutcome", s, disambiguation, n); }

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString WorkshopOutcome::headline() const
{
    return tr("%1 present, %2 absent").arg(IndonesianFormat::number(counts.present), IndonesianFormat::number(counts.absent()));
}

QString WorkshopOutcome::html() const
{
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    h += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(esc(workshop.title));
    h += QStringLiteral("<p style=\"color:#546e7a; margin-top:0\">%1%2%3</p>")
             .arg(esc(IndonesianFormat::dateLong(workshop.heldOn)),
                  workshop.place.isEmpty() ? QString() : QStringLiteral(" · ") + esc(workshop.place),
                  workshop.organiser.isEmpty() ? QString() : QStringLiteral("<br>") + esc(workshop.organiser));
    h += QStringLiteral("<h1 style=\"color:#2e7d32\">%1</h1>").arg(esc(headline()));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("%1 cooperatives of %2 were invited; %3 attended (%4).")
                                                 .arg(IndonesianFormat::number(counts.invited), areaName,
                                                      IndonesianFormat::number(counts.present),
                                                      IndonesianFormat::percent(counts.present, counts.invited))));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Milestones: the day before and the day of the workshop")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    h += QStringLiteral("<tr style=\"background:#eceff1\"><th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Milestone")), esc(IndonesianFormat::date(before.asOf)), esc(IndonesianFormat::date(after.asOf)),
                  esc(tr("Reached that day")));
    for (const MilestoneDefinition &m : after.milestones) {
        const int b = before.reachedCount(m.code);
        const int a = after.reachedCount(m.code);
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 (%3)</td><td align=\"right\"><b>%4</b> (%5)</td><td align=\"right\">%6</td></tr>")
                 .arg(esc(m.name), IndonesianFormat::number(b), esc(IndonesianFormat::percent(b, after.total)),
                      IndonesianFormat::number(a), esc(IndonesianFormat::percent(a, after.total)),
                      a > b ? QStringLiteral("+") + IndonesianFormat::number(a - b) : QStringLiteral("–"));
    }
    h += QStringLiteral("</table><p style=\"color:#546e7a\">%1</p>")
             .arg(esc(tr("Percentages are of all %1 cooperatives in the area.").arg(IndonesianFormat::number(after.total))));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Absent: %n cooperative(s), by kecamatan, for follow-up", nullptr, int(absentees.size()))));
    QString district;
    int number = 0;
    for (const AttendanceEntry &e : absentees) {
        if (e.districtCode != district) {
            if (!district.isEmpty())
                h += QStringLiteral("</table>");
            district = e.districtCode;
            int inDistrict = 0;
            for (const AttendanceEntry &x : absentees)
                inDistrict += x.districtCode == district ? 1 : 0;
            h += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
                     .arg(esc(tr("Kecamatan %1 (%n absent)", nullptr, inDistrict).arg(e.districtName)));
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                "<tr style=\"background:#eceff1\"><th>%1</th><th>%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th><th>%5</th></tr>")
                     .arg(esc(tr("No.")), esc(tr("Village code")), esc(tr("Cooperative")), esc(tr("Chair")), esc(tr("Phone")));
        }
        h += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(++number)
                 .arg(esc(e.villageCode), esc(e.cooperativeName), esc(e.chairName),
                      esc(e.chairPhone.isEmpty() ? e.phone : e.chairPhone));
    }
    if (!district.isEmpty())
        h += QStringLiteral("</table>");
    h += QStringLiteral("</body></html>");
    return h;
}

