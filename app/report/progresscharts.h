#pragma once
#include "storage/progressrepository.h"
#include "core/progresssummary.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QChart;
class QPainter;

// The dashboard's three charts, built from the same figures the reports print, so the screen, the
// printed report and the exported images always agree. Every chart carries the area name and the
// "as of" date in its title and stays readable in black and white: counts and percentages are
// written on the bars, lagging kecamatan are hatched as well as coloured, and the lines over time
// differ in dash pattern as well as colour. Numbers and dates are Indonesian ("64,4", "4 Okt").
//
// Builders return a new chart the caller owns (hand it to a QChartView, or render it and delete it).
namespace ProgressCharts {

// The funnel: one horizontal bar per milestone, in order (Musdesus at the top), length = the
// number of cooperatives that reached it, the count on the bar and the percentage by its name.
QChart *funnel(const ProgressSummary &summary);

// Per kecamatan: the percentage that reached `milestoneCode`, lowest first at the top, the
// area's average as a dashed line, kecamatan below the average hatched in the warning colour.
// With more than 40 kecamatan (a province, the country) only the 40 furthest behind are drawn.
// `districtCodes`, when given, receives the kecamatan code of each bar index, as the bar series'
// clicked(int index, QBarSet *) signal reports it (the dashboard opens the registry from it).
QChart *districtBars(const ProgressSummary &summary, const QString &milestoneCode,
                     QStringList *districtCodes = nullptr);

// Progress over time: one line per milestone (count as of each date), as a staircase.
QChart *timeline(const ProgressTimeline &timeline);

// The size charts are laid out at before being scaled to paper or pixels: fonts and margins are
// chosen for it (about 26 x 16 cm at 96 dpi). The per-kecamatan chart asks for more height, one
// line per kecamatan: layoutSizeFor() gives the size a chart wants.
QSizeF defaultLayoutSize();
QSizeF layoutSizeFor(const QChart *chart);

// Paints `chart` into `target` of any paint device (a printer page, an image, an SVG), laid out at
// `layoutSize` (empty: layoutSizeFor(chart)) and scaled to fit, keeping its proportions. Use a
// chart that is not shown in a QChartView (build a fresh one): it is resized during the call.
void render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize = QSizeF());

// Print-resolution files: a PNG of the layout size scaled to `dpi` (layout units are 1/96 inch),
// and an SVG whose title is the chart's title. Return false (no half-written file) on error.
bool savePng(QChart *chart, const QString &path, int dpi = 300, const QSizeF &layoutSize = QSizeF());
bool saveSvg(QChart *chart, const QString &path, const QSizeF &layoutSize = QSizeF());

// The chart's title as plain text (titles are HTML: a bold first line, then area and date).
QString plainTitle(const QChart *chart);

}   // namespace ProgressCharts
