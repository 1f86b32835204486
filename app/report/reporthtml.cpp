#include "report/reporthtml.h"

#include "core/indonesianformat.h"
#include "report/reportfonts.h"
#include "report/reportprinter.h"

#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace ReportHtml {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString bodyStart()
{
    // Only the embedded family: a fallback list would make the layout depend on the PC.
    return QStringLiteral("<html><body style=\"font-family: '%1'; font-size: 10pt;\">").arg(ReportFonts::family());
}

QString bodyEnd()
{
    return QStringLiteral("</body></html>");
}

QString tableStart(double pointSize)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                          "style=\"border-collapse: collapse; border-color: #000000; font-size: %1pt;\">")
        .arg(pointSize);
}

QString cell(const QString &text, const char *align, const QString &extra)
{
    return QStringLiteral("<td align=\"%1\"%2>%3</td>").arg(QLatin1String(align), extra, text);
}

QString headerCell(const QString &text, const QString &extra)
{
    return QStringLiteral("<th align=\"center\" bgcolor=\"#e0e0e0\"%1>%2</th>").arg(extra, text);
}

QString heading(const QString &text, bool pageBreak)
{
    return QStringLiteral("<p style=\"%1 font-weight: bold;\">%2</p>")
        .arg(pageBreak ? QStringLiteral("page-break-before: always;") : QStringLiteral("margin-top: 12px;"), esc(text));
}

QString barePercent(qint64 part, qint64 whole)
{
    return IndonesianFormat::percentFigure(part, whole);
}

QString signedNumber(int change)
{
    if (change > 0)
        return QStringLiteral("+") + IndonesianFormat::number(change);
    if (change < 0)
        return QStringLiteral("\u2212") + IndonesianFormat::number(-change);
    return QStringLiteral("0");
}

QString shortName(const QString &name)
{
    QString s = name;
    s.replace(QStringLiteral("Koperasi Desa Merah Putih"), QStringLiteral("KDMP"));
    s.replace(QStringLiteral("Koperasi Kelurahan Merah Putih"), QStringLiteral("KKMP"));
    return s;
}

QString letterhead(const Letterhead &l)
{
    QString text = QStringLiteral("<p align=\"center\" style=\"margin: 0;\"><span style=\"font-size: 13pt; font-weight: bold;\">%1</span><br/>"
                                  "<span style=\"font-size: 15pt; font-weight: bold;\">%2</span>")
                       .arg(esc(l.government), esc(l.office));
    if (!l.address.isEmpty())
        text += QStringLiteral("<br/><span style=\"font-size: 9pt;\">%1</span>").arg(esc(l.address));
    text += QStringLiteral("</p>");
    QString html;
    if (QFileInfo(l.logoPath).isFile()) {
        html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                              "<td width=\"15%\" valign=\"middle\"><img src=\"pk-report://logo\" height=\"72\"/></td>"
                              "<td width=\"85%\" valign=\"middle\">%1</td></tr></table>")
                   .arg(text);
    } else {
        html = text;
    }
    // The kop surat's closing double rule: a thick and a thin line. Empty cells are as tall as
    // their font, hence the tiny font sizes.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" style=\"margin-top: 4px;\">"
                           "<tr><td bgcolor=\"#000000\" style=\"font-size: 2pt;\">&nbsp;</td></tr>"
                           "<tr><td style=\"font-size: 1pt;\">&nbsp;</td></tr>"
                           "<tr><td bgcolor=\"#000000\" style=\"font-size: 0.5pt;\">&nbsp;</td></tr></table>");
    return html;
}

QString placeAndDate(const Letterhead &l, const QDate &date)
{
    const QString d = IndonesianFormat::date(date);
    return l.place.isEmpty() ? d : QStringLiteral("%1, %2").arg(l.place, d);
}

QString signature(const Letterhead &l, const QDate &date)
{
    const QString name = l.signatoryName.isEmpty() ? QStringLiteral("(.................................................)")
                                                   : QStringLiteral("<u><b>%1</b></u>").arg(esc(l.signatoryName));
    const QString nip = QStringLiteral("NIP. %1").arg(l.signatoryNip.isEmpty() ? QStringLiteral("..............................")
                                                                               : esc(l.signatoryNip));
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 24px;\"><tr>"
                          "<td width=\"50%\"></td><td width=\"50%\" align=\"center\">%1<br/>%2<br/><br/><br/><br/><br/>%3<br/>%4</td>"
                          "</tr></table>")
        .arg(esc(placeAndDate(l, date)), esc(l.signatoryTitle), name, nip);
}

QString contactTable(const QVector<BehindCooperative> &rows, const QString &villageTerm)
{
    // Fixed shares: the names get the room, the code and the phone number just theirs.
    auto head = [](const QString &text, int percent) { return headerCell(text, QStringLiteral(" width=\"%1%\"").arg(percent)); };
    QString h = tableStart(8) + QStringLiteral("<thead><tr>") + head(QStringLiteral("No"), 5) + head(QStringLiteral("Kode Wilayah"), 13)
              + head(esc(QStringLiteral("%1/Kelurahan").arg(villageTerm)), 19) + head(QStringLiteral("Nama Koperasi"), 25)
              + head(QStringLiteral("Ketua"), 23) + head(QStringLiteral("Telepon"), 15) + QStringLiteral("</tr></thead>");
    QString district;
    int no = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const BehindCooperative &r = rows.at(i);
        if (r.districtCode != district) {
            district = r.districtCode;
            int count = 0;
            for (int j = i; j < rows.size() && rows.at(j).districtCode == district; ++j)
                ++count;
            h += QStringLiteral("<tr><td colspan=\"6\" bgcolor=\"#f2f2f2\"><b>Kecamatan %1</b> (%2 koperasi)</td></tr>")
                     .arg(esc(r.districtName), IndonesianFormat::number(count));
        }
        const QString phone = IndonesianFormat::phone(r.chairPhone.isEmpty() ? r.phone : r.chairPhone);
        h += QStringLiteral("<tr>") + cell(QString::number(++no), "center") + cell(esc(r.villageCode)) + cell(esc(r.villageName))
           + cell(esc(shortName(r.name))) + cell(esc(r.chairName)) + cell(esc(phone)) + QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString keepTogether(const QString &html)
{
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>%1</td></tr></table>").arg(html);
}

std::unique_ptr<QTextDocument> document(const QString &html, const Letterhead &l, const QStringList &keepTogether)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(ReportFonts::font(10));
    // Lay out with the font's design metrics, not the ones rounded for the screen or printer.
    doc->setUseDesignMetrics(true);
    if (QFileInfo(l.logoPath).isFile())
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pk-report://logo")), QImage(l.logoPath));
    doc->setHtml(html);
    int left = int(keepTogether.size());
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (left == 0)
            break;
        auto *table = qobject_cast<QTextTable *>(frame);
        // Border first: asking a big ruled table for its rows would build its whole cell grid.
        if (!table || table->format().border() > 0 || table->rows() != 1)
            continue;
        const QString text = table->cellAt(0, table->columns() - 1).firstCursorPosition().block().text();
        const bool marked = std::any_of(keepTogether.begin(), keepTogether.end(),
                                        [&](const QString &start) { return text.startsWith(start); });
        if (!marked)
            continue;
        QTextTableFormat format = table->format();
        format.setProperty(ReportPrinter::KeepTogetherProperty, true);
        table->setFormat(format);
        --left;
    }
    return doc;
}

}   // namespace ReportHtml
