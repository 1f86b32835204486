#pragma once
#include "report/letterhead.h"
#include "storage/reportrepository.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

class QTextDocument;

// The pieces every printed report shares: kop surat, ruled tables, the contact list of
// cooperatives to call, the signature block, and the QTextDocument they are laid out in.
// Like the reports themselves, the text is Bahasa Indonesia whatever the UI language.
namespace ReportHtml {

QString esc(const QString &s);
// "<html><body ...>" with the reports' font; close with bodyEnd().
QString bodyStart();
QString bodyEnd();
// A ruled table (thin black rules, compact cells) in the given font size; close with "</table>".
QString tableStart(double pointSize);
QString cell(const QString &text, const char *align = "left", const QString &extra = QString());
QString headerCell(const QString &text, const QString &extra = QString());
// A section heading ("A. Ringkasan Tahapan"); pageBreak starts it on a new page.
QString heading(const QString &text, bool pageBreak = false);
// "87,7": the % sign is in the column header, which keeps the narrow columns narrow; the same
// rounding as the sentences and the summary table (IndonesianFormat::percent).
QString barePercent(qint64 part, qint64 whole);
// "+94", "−3", "0"
QString signedNumber(int change);
// "KDMP Huta Parik": the programme's own abbreviation keeps each line of a list on one line.
QString shortName(const QString &name);

QString letterhead(const Letterhead &l);
// "Pematang Raya, 4 Oktober 2025"
QString placeAndDate(const Letterhead &l, const QDate &date);
// Place and date, the signatory's title, room to sign, name and NIP, on the right half.
QString signature(const Letterhead &l, const QDate &date);

// Cooperatives to phone (the follow-up list, a workshop's absentees), sorted by kecamatan, as one
// table with a band per kecamatan ("Kecamatan X (n koperasi)") and the chair's or else the
// cooperative's phone number.
QString contactTable(const QVector<BehindCooperative> &rows, const QString &villageTerm);

// Wraps a block (a heading, its text and its table) in a borderless one-cell table, so that
// document() can keep it on one page.
QString keepTogether(const QString &html);

// The document in the reports' font with the letterhead's logo registered. Each borderless
// one-row table (the signature block, a keepTogether() block) whose last cell starts with one of
// the `keepTogether` texts is marked to be kept on one page by ReportPrinter.
std::unique_ptr<QTextDocument> document(const QString &html, const Letterhead &l, const QStringList &keepTogether);

}   // namespace ReportHtml
