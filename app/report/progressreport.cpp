#include "report/progressreport.h"

#include "core/indonesianformat.h"
#include "report/reportcharts.h"
#include "report/reporthtml.h"

#include <QTextDocument>

namespace {
using namespace ReportHtml;

// "a, b, dan c" / "a dan b" / "a"
QString joinWithDan(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    if (parts.size() == 2)
        return parts.at(0) + QStringLiteral(" dan ") + parts.at(1);
    return QStringList(parts.mid(0, parts.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(", dan ") + parts.last();
}
}   // namespace

ProgressReport::ProgressReport(ProgressReportData data) : m_data(std::move(data)) {}

QString ProgressReport::openingParagraph() const
{
    const ProgressSummary &s = m_data.current;
    QStringList parts, everyone;
    for (const MilestoneDefinition &m : s.milestones) {
        const int n = s.reachedCount(m.code);
        if (n == 0)
            continue;
        if (n >= s.total) {
            everyone << m.phrase;
            continue;
        }
        parts << QStringLiteral("%1%2 (%3) %4").arg(IndonesianFormat::number(n), parts.isEmpty() ? QStringLiteral(" koperasi") : QString(), IndonesianFormat::percent(n, s.total), m.phrase);
    }
    QString text;
    if (!parts.isEmpty())
        text = QStringLiteral("Dari %1 KMP, %2.").arg(IndonesianFormat::number(s.total), joinWithDan(parts));
    if (!everyone.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
              + QStringLiteral("Seluruh %1 KMP %2.").arg(IndonesianFormat::number(s.total), joinWithDan(everyone));
    if (text.isEmpty())
        text = QStringLiteral("Dari %1 KMP, belum ada yang mencapai tahapan yang dipantau.").arg(IndonesianFormat::number(s.total));
    return text;
}

QString ProgressReport::comparisonParagraph() const
{
    if (!m_data.hasComparison)
        return QString();
    QStringList gains;
    for (const MilestoneDefinition &m : m_data.current.milestones) {
        const int change = m_data.current.reachedCount(m.code) - m_data.previous.reachedCount(m.code);
        if (change > 0)
            gains << QStringLiteral("%1%2 %3").arg(IndonesianFormat::number(change),
                                                   gains.isEmpty() ? QStringLiteral(" koperasi yang") : QStringLiteral(" yang"), m.phrase);
    }
    const QString since = IndonesianFormat::dateLong(m_data.previous.asOf);
    if (gains.isEmpty())
        return QStringLiteral("Dibandingkan dengan keadaan per %1, belum ada penambahan.").arg(since);
    return QStringLiteral("Dibandingkan dengan keadaan per %1, terdapat tambahan %2.").arg(since, joinWithDan(gains));
}

QString ProgressReport::placeAndDate() const
{
    return ReportHtml::placeAndDate(m_data.letterhead, m_data.current.asOf);
}

QString ProgressReport::footerText() const
{
    return QStringLiteral("Laporan Perkembangan KMP \u00b7 %1 \u00b7 keadaan per %2")
        .arg(m_data.current.areaName, IndonesianFormat::date(m_data.current.asOf));
}

QString ProgressReport::suggestedFileName() const
{
    return QStringLiteral("Laporan_KMP_%1_%2.pdf").arg(m_data.current.areaCode, m_data.current.asOf.toString(Qt::ISODate));
}

QString ProgressReport::titleHtml() const
{
    const ProgressSummary &s = m_data.current;
    return QStringLiteral("<p align=\"center\" style=\"margin-top: 14px; font-size: 12pt; font-weight: bold;\">"
                          "LAPORAN PERKEMBANGAN KOPERASI DESA/KELURAHAN MERAH PUTIH<br/>%1</p>"
                          "<p align=\"center\" style=\"margin-bottom: 10px;\">Keadaan per %2</p>")
        .arg(esc(s.areaName.toUpper()), esc(IndonesianFormat::dateLong(s.asOf)));
}

QString ProgressReport::summaryTableHtml() const
{
    const ProgressSummary &s = m_data.current;
    const bool cmp = m_data.hasComparison;
    QString h = heading(QStringLiteral("A. Ringkasan Tahapan")) + tableStart(9);
    h += QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("No")) + headerCell(QStringLiteral("Tahapan"));
    if (cmp)
        h += headerCell(QStringLiteral("Per %1").arg(IndonesianFormat::dateShort(m_data.previous.asOf)));
    h += headerCell(QStringLiteral("Per %1").arg(IndonesianFormat::dateShort(s.asOf)))
       + headerCell(QStringLiteral("% dari %1 KMP").arg(IndonesianFormat::number(s.total)));
    if (cmp)
        h += headerCell(QStringLiteral("Perubahan"));
    h += QStringLiteral("</tr></thead>");
    int no = 0;
    for (const MilestoneDefinition &m : s.milestones) {
        const int n = s.reachedCount(m.code);
        h += QStringLiteral("<tr>") + cell(QString::number(++no), "center") + cell(esc(m.name));
        if (cmp)
            h += cell(IndonesianFormat::number(m_data.previous.reachedCount(m.code)), "right");
        h += cell(IndonesianFormat::number(n), "right") + cell(IndonesianFormat::percent(n, s.total), "right");
        if (cmp)
            h += cell(signedNumber(n - m_data.previous.reachedCount(m.code)), "right");
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

QString ProgressReport::districtTableHtml() const
{
    const ProgressSummary &s = m_data.current;
    const int columns = 3 + 2 * int(s.milestones.size());
    // A province's report has a table per regency (its name in the repeated header), which also
    // keeps each table small: QTextDocument lays out one huge table far more slowly.
    bool severalRegencies = false;
    for (const DistrictProgress &d : s.districts)
        severalRegencies |= d.regencyCode != s.districts.first().regencyCode;

    // Fixed shares for No, Kecamatan and KMP so the kecamatan names get room; the figure columns
    // share the rest by their content, so that each milestone's header gets at least its longest
    // word ("SIMKOPDES", "Pembiayaan") and breaks only between words (fixed shares broke
    // "SIMKOPD-ES" on portrait A4; checked by test_report).
    auto tableHead = [&](const QString &title) {
        QString h = tableStart(7) + QStringLiteral("<thead>");
        if (!title.isEmpty())
            h += QStringLiteral("<tr><th colspan=\"%1\" align=\"left\" bgcolor=\"#f2f2f2\">%2</th></tr>").arg(columns).arg(esc(title));
        h += QStringLiteral("<tr>") + headerCell(QStringLiteral("No"), QStringLiteral(" rowspan=\"2\" width=\"3%\""))
           + headerCell(QStringLiteral("Kecamatan"), QStringLiteral(" rowspan=\"2\" width=\"15%\""))
           + headerCell(QStringLiteral("KMP"), QStringLiteral(" rowspan=\"2\" width=\"5%\""));
        for (const MilestoneDefinition &m : s.milestones)
            h += headerCell(esc(m.name), QStringLiteral(" colspan=\"2\" style=\"font-size: 6.5pt;\""));
        h += QStringLiteral("</tr><tr>");
        for (int i = 0; i < s.milestones.size(); ++i)
            h += headerCell(QStringLiteral("n")) + headerCell(QStringLiteral("%"));
        return h + QStringLiteral("</tr></thead>");
    };
    auto totalRow = [&](const QString &label, int total, const QHash<QString, int> &reached) {
        QString h = QStringLiteral("<tr>") + cell(QString(), "center") + cell(QStringLiteral("<b>%1</b>").arg(esc(label)))
                  + cell(QStringLiteral("<b>%1</b>").arg(IndonesianFormat::number(total)), "right");
        for (const MilestoneDefinition &m : s.milestones) {
            const int n = reached.value(m.code);
            h += cell(QStringLiteral("<b>%1</b>").arg(IndonesianFormat::number(n)), "right")
               + cell(QStringLiteral("<b>%1</b>").arg(barePercent(n, total)), "right");
        }
        return h + QStringLiteral("</tr>");
    };

    QString h = heading(QStringLiteral("C. Perkembangan per Kecamatan"), true)
              + QStringLiteral("<p style=\"margin-bottom: 4px; font-size: 8pt;\">n = jumlah koperasi yang telah mencapai tahapan; "
                               "% = persentase dari seluruh KMP di kecamatan.</p>");
    if (!severalRegencies)
        h += tableHead(QString());
    int no = 0;
    int regencyTotal = 0;
    QHash<QString, int> regencyReached;
    for (int i = 0; i < s.districts.size(); ++i) {
        const DistrictProgress &d = s.districts.at(i);
        if (severalRegencies && (i == 0 || d.regencyCode != s.districts.at(i - 1).regencyCode)) {
            h += tableHead(d.regencyName);
            regencyTotal = 0;
            regencyReached.clear();
        }
        h += QStringLiteral("<tr>") + cell(QString::number(++no), "center") + cell(esc(d.name))
           + cell(IndonesianFormat::number(d.total), "right");
        for (const MilestoneDefinition &m : s.milestones) {
            const int n = d.reachedCount(m.code);
            h += cell(IndonesianFormat::number(n), "right") + cell(barePercent(n, d.total), "right");
            regencyReached[m.code] += n;
        }
        h += QStringLiteral("</tr>");
        regencyTotal += d.total;
        if (severalRegencies && (i + 1 == s.districts.size() || s.districts.at(i + 1).regencyCode != d.regencyCode))
            h += totalRow(QStringLiteral("Jumlah %1").arg(d.regencyName), regencyTotal, regencyReached)
               + QStringLiteral("</table><p style=\"font-size: 4pt;\">&nbsp;</p>");
    }
    if (severalRegencies)
        h += tableHead(QString());
    h += totalRow(severalRegencies ? QStringLiteral("Jumlah %1").arg(s.areaName) : QStringLiteral("Jumlah"), s.total, s.reached);
    h += QStringLiteral("</table>");
    return h;
}

QString ProgressReport::chartsHtml() const
{
    return heading(QStringLiteral("B. Grafik Capaian"))
         + ReportCharts::html(m_data);
}

QString ProgressReport::behindListHtml() const
{
    const MilestoneDefinition &m = m_data.behindMilestone;
    if (m.code.isEmpty())
        return QString();
    QString h = heading(QStringLiteral("Lampiran: Daftar KMP yang Belum %1 per %2 (%3 koperasi)")
                            .arg(m.label.left(1).toUpper() + m.label.mid(1), IndonesianFormat::date(m_data.current.asOf),
                                 IndonesianFormat::number(m_data.behind.size())),
                        true);
    if (m_data.behind.isEmpty())
        return h + QStringLiteral("<p>Seluruh KMP telah %1.</p>").arg(esc(m.label));
    h += QStringLiteral("<p style=\"margin-bottom: 6px;\">Koperasi berikut perlu dihubungi dan didampingi. "
                        "Nomor telepon adalah nomor ketua pengurus (atau nomor koperasi bila nomor ketua kosong).</p>");
    return h + contactTable(m_data.behind, m_data.villageTerm);
}

QString ProgressReport::html() const
{
    QString h = bodyStart();
    h += letterhead(m_data.letterhead) + titleHtml();
    h += QStringLiteral("<p align=\"justify\">%1</p>").arg(esc(openingParagraph()));
    const QString comparison = comparisonParagraph();
    if (!comparison.isEmpty())
        h += QStringLiteral("<p align=\"justify\">%1</p>").arg(esc(comparison));
    // The signature closes the report proper; the follow-up list is its attachment (lampiran).
    h += summaryTableHtml() + chartsHtml() + districtTableHtml() + signature(m_data.letterhead, m_data.current.asOf) + behindListHtml();
    return h + bodyEnd();
}

std::unique_ptr<QTextDocument> ProgressReport::document() const
{
    auto doc = textDocument();
    installImages(doc.get());
    return doc;
}

std::unique_ptr<QTextDocument> ProgressReport::textDocument() const
{
    return ReportHtml::document(html(), m_data.letterhead, {placeAndDate()});
}

void ProgressReport::installImages(QTextDocument *doc) const
{
    ReportCharts::install(doc, m_data);
}
