#include "report/workshopreport.h"

#include "core/indonesianformat.h"
#include "report/progressreport.h"
#include "report/reporthtml.h"

#include <QTextDocument>

namespace {
using namespace ReportHtml;

const char *const kMilestoneHeading = "B. Capaian Tahapan Sebelum dan Sesudah Workshop";

QString bold(const QString &html)
{
    return QStringLiteral("<b>%1</b>").arg(html);
}
}   // namespace

WorkshopReport::WorkshopReport(WorkshopReportData data) : m_data(std::move(data)) {}

QString WorkshopReport::headline() const
{
    return QStringLiteral("%1 hadir, %2 tidak hadir")
        .arg(IndonesianFormat::number(m_data.counts.present), IndonesianFormat::number(m_data.counts.absent()));
}

QString WorkshopReport::attendanceShare() const
{
    const AttendanceCounts &c = m_data.counts;
    return QStringLiteral("%1 dari %2 KMP yang diundang hadir")
        .arg(IndonesianFormat::percent(c.present, c.invited), IndonesianFormat::number(c.invited));
}

QString WorkshopReport::footerText() const
{
    return QStringLiteral("Laporan Pelaksanaan %1 \u00b7 %2 \u00b7 %3")
        .arg(m_data.workshop.title, m_data.areaName, IndonesianFormat::date(m_data.workshop.heldOn));
}

QString WorkshopReport::suggestedFileName() const
{
    return QStringLiteral("Laporan_Workshop_%1_%2.pdf").arg(m_data.after.areaCode, m_data.workshop.heldOn.toString(Qt::ISODate));
}

QString WorkshopReport::titleHtml() const
{
    // The area's name closes the title unless the workshop's own title already names it.
    const QString title = m_data.workshop.title.toUpper();
    const QString area = m_data.areaName.toUpper();
    QString lines = esc(QStringLiteral("LAPORAN PELAKSANAAN %1").arg(title));
    if (!area.isEmpty() && !title.contains(area))
        lines += QStringLiteral("<br/>") + esc(area);
    return QStringLiteral("<p align=\"center\" style=\"margin-top: 14px; margin-bottom: 10px; font-size: 12pt; font-weight: bold;\">%1</p>")
        .arg(lines);
}

QString WorkshopReport::detailsHtml() const
{
    const Workshop &w = m_data.workshop;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"22%\">%1</td><td width=\"3%\">:</td><td width=\"75%\">%2</td></tr>").arg(esc(label), value);
    };
    QString h = QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"1\">");
    h += row(QStringLiteral("Hari/tanggal"), esc(IndonesianFormat::dateLong(w.heldOn)));
    if (!w.place.isEmpty())
        h += row(QStringLiteral("Tempat"), esc(w.place));
    if (!w.organiser.isEmpty())
        h += row(QStringLiteral("Penyelenggara"), esc(w.organiser));
    h += row(QStringLiteral("Peserta"), esc(QStringLiteral("Pengurus %1 KMP yang diundang").arg(IndonesianFormat::number(m_data.counts.invited))));
    h += row(QStringLiteral("Kehadiran"), QStringLiteral("%1 (%2)").arg(bold(esc(headline())), esc(attendanceShare())));
    return h + QStringLiteral("</table>");
}

QString WorkshopReport::districtTableHtml() const
{
    const AttendanceCounts &c = m_data.counts;
    QString h = heading(QStringLiteral("A. Kehadiran per Kecamatan")) + tableStart(8.5) + QStringLiteral("<thead><tr>")
              + headerCell(QStringLiteral("No"), QStringLiteral(" width=\"6%\""))
              + headerCell(QStringLiteral("Kecamatan"), QStringLiteral(" width=\"38%\""))
              + headerCell(QStringLiteral("Diundang"), QStringLiteral(" width=\"14%\""))
              + headerCell(QStringLiteral("Hadir"), QStringLiteral(" width=\"14%\""))
              + headerCell(QStringLiteral("Tidak Hadir"), QStringLiteral(" width=\"14%\""))
              + headerCell(QStringLiteral("% Hadir"), QStringLiteral(" width=\"14%\"")) + QStringLiteral("</tr></thead>");
    int no = 0;
    for (const DistrictAttendance &d : c.districts) {
        if (d.invited == 0)
            continue;
        h += QStringLiteral("<tr>") + cell(QString::number(++no), "center") + cell(esc(d.name))
           + cell(IndonesianFormat::number(d.invited), "right") + cell(IndonesianFormat::number(d.present), "right")
           + cell(IndonesianFormat::number(d.absent()), "right") + cell(IndonesianFormat::percent(d.present, d.invited), "right")
           + QStringLiteral("</tr>");
    }
    h += QStringLiteral("<tr>") + cell(QString(), "center") + cell(bold(QStringLiteral("Jumlah")))
       + cell(bold(IndonesianFormat::number(c.invited)), "right") + cell(bold(IndonesianFormat::number(c.present)), "right")
       + cell(bold(IndonesianFormat::number(c.absent())), "right") + cell(bold(IndonesianFormat::percent(c.present, c.invited)), "right")
       + QStringLiteral("</tr></table>");
    return h;
}

QString WorkshopReport::milestoneTableHtml() const
{
    const ProgressSummary &before = m_data.before;
    const ProgressSummary &after = m_data.after;
    QString h = heading(QString::fromLatin1(kMilestoneHeading));
    // The ministry's sentence for the state at the end of the workshop's day.
    ProgressReportData state;
    state.current = after;
    const QString where = m_data.scopeName.isEmpty() ? m_data.areaName : m_data.scopeName;
    state.current.areaName = where;
    h += QStringLiteral("<p align=\"justify\">Keadaan pada akhir hari workshop, %1. %2</p>")
             .arg(esc(IndonesianFormat::date(after.asOf)), esc(ProgressReport(state).openingParagraph()));
    h += tableStart(9) + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("No"), QStringLiteral(" rowspan=\"2\" width=\"6%\""))
       + headerCell(QStringLiteral("Tahapan"), QStringLiteral(" rowspan=\"2\" width=\"34%\""))
       + headerCell(QStringLiteral("Per %1<br/>(sehari sebelumnya)").arg(esc(IndonesianFormat::dateShort(before.asOf))), QStringLiteral(" colspan=\"2\""))
       + headerCell(QStringLiteral("Per %1<br/>(hari workshop)").arg(esc(IndonesianFormat::dateShort(after.asOf))), QStringLiteral(" colspan=\"2\""))
       + headerCell(QStringLiteral("Tambahan"), QStringLiteral(" rowspan=\"2\" width=\"12%\"")) + QStringLiteral("</tr><tr>");
    for (int i = 0; i < 2; ++i)
        h += headerCell(QStringLiteral("KMP"), QStringLiteral(" width=\"12%\"")) + headerCell(QStringLiteral("%"), QStringLiteral(" width=\"12%\""));
    h += QStringLiteral("</tr></thead>");
    int no = 0;
    for (const MilestoneDefinition &m : after.milestones) {
        const int b = before.reachedCount(m.code);
        const int a = after.reachedCount(m.code);
        h += QStringLiteral("<tr>") + cell(QString::number(++no), "center") + cell(esc(m.name))
           + cell(IndonesianFormat::number(b), "right") + cell(IndonesianFormat::percent(b, after.total), "right")
           + cell(IndonesianFormat::number(a), "right") + cell(IndonesianFormat::percent(a, after.total), "right")
           + cell(signedNumber(a - b), "right") + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><p style=\"margin-top: 4px; font-size: 8pt;\">%1</p>")
             .arg(esc(QStringLiteral("Persentase dihitung dari seluruh %1 KMP di %2; angka per akhir hari tersebut.")
                          .arg(IndonesianFormat::number(after.total), where)));
    return keepTogether(h);
}

QString WorkshopReport::absenteeListHtml() const
{
    const QVector<AttendanceEntry> &absent = m_data.absentees;
    QString h = heading(QStringLiteral("Lampiran: Daftar KMP yang Tidak Hadir (%1 koperasi)").arg(IndonesianFormat::number(absent.size())), true);
    if (absent.isEmpty())
        return h + QStringLiteral("<p>Seluruh KMP yang diundang hadir.</p>");
    h += QStringLiteral("<p align=\"justify\" style=\"margin-bottom: 6px;\">Pengurus koperasi berikut tidak hadir dan perlu dihubungi "
                        "serta didampingi untuk menyelesaikan tahapan yang belum tercapai. Nomor telepon adalah nomor ketua "
                        "pengurus (atau nomor koperasi bila nomor ketua kosong).</p>");
    QVector<BehindCooperative> rows;
    rows.reserve(absent.size());
    for (const AttendanceEntry &e : absent)
        rows.append({e.cooperativeId, e.districtCode, e.districtName, e.villageCode, e.villageName, e.cooperativeName, e.chairName,
                     e.chairPhone, e.phone});
    return h + contactTable(rows, m_data.villageTerm);
}

QString WorkshopReport::html() const
{
    return bodyStart() + letterhead(m_data.letterhead) + titleHtml() + detailsHtml() + districtTableHtml() + milestoneTableHtml()
         + signature(m_data.letterhead, m_data.workshop.heldOn) + absenteeListHtml() + bodyEnd();
}

std::unique_ptr<QTextDocument> WorkshopReport::document() const
{
    return textDocument();
}

std::unique_ptr<QTextDocument> WorkshopReport::textDocument() const
{
    // The milestone section (heading, sentence, table) and the signature are never split.
    return ReportHtml::document(html(), m_data.letterhead, {QString::fromLatin1(kMilestoneHeading), placeAndDate(m_data.letterhead, m_data.workshop.heldOn)});
}
