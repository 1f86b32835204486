#include "report/progresscharts.h"

#include "core/indonesianformat.h"
#include "io/outputfile.h"
#include "report/reportfonts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ProgressCharts", s); }

// Colours that also separate in grey: a dark slate for "on track", a dark orange (hatched) for
// lagging, the programme's red for the funnel.
const QColor kFunnel(0xb7, 0x1c, 0x1c);
const QColor kOnTrack(0x37, 0x47, 0x4f);
const QColor kLagging(0xe6, 0x51, 0x00);
const QColor kText(0x21, 0x21, 0x21);
// More bars than this do not fit a printed page with readable names.
constexpr int kMaxDistrictBars = 40;
// A chart taller than the default layout (one line per kecamatan) says so in this property.
const char *const kLayoutHeight = "pk_layoutHeight";

// Qt Charts draws titles, axis labels, categories and legend entries as rich text: a name typed
// as "<u>Koperasi</u>" would be drawn underlined. Every text from the data goes through here.
QString richTextSafe(const QString &text)
{
    return text.toHtmlEscaped();
}

QChart *newChart(const QString &heading, const QString &areaName, const QDate &asOf)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    chart->setLocalizeNumbers(true);
    chart->setTitleFont(ReportFonts::font(13));
    chart->setTitleBrush(kText);
    chart->setTitle(QStringLiteral("<b>%1</b><br/><span style=\"font-size:10pt\">%2</span>")
                        .arg(heading.toHtmlEscaped(),
                             QCoreApplication::translate("ProgressCharts", "%1, as of %2").arg(areaName, IndonesianFormat::dateLong(asOf)).toHtmlEscaped()));
    chart->legend()->setFont(ReportFonts::font(9.5));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Value axes use "%.0f": with localized numbers Qt 6.4 prints no label at all for "%d" and
// doubles a "%%", so the percent sign goes into the axis title instead.
void styleAxis(QAbstractAxis *axis, qreal pointSize = 9)
{
    axis->setLabelsFont(ReportFonts::font(pointSize));
    axis->setLabelsBrush(kText);
    axis->setTitleFont(ReportFonts::font(9));
    axis->setTitleBrush(kText);
}

// A round upper bound for a value axis, so the ticks fall on round numbers.
qreal niceCeiling(qreal value)
{
    if (value <= 0)
        return 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const qreal step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}
}   // namespace

QChart *ProgressCharts::funnel(const ProgressSummary &s)
{
    QChart *chart = newChart(tr("Cooperatives that reached each milestone"), s.areaName, s.asOf);
    auto *set = new QBarSet(tr("Cooperatives"));
    set->setColor(kFunnel);
    set->setBorderColor(kFunnel.darker(130));
    set->setLabelColor(kText);
    set->setLabelFont(ReportFonts::font(9));
    QStringList categories;
    // Horizontal bars stack from the bottom: add the last milestone first so Musdesus is on top.
    for (auto it = s.milestones.crbegin(); it != s.milestones.crend(); ++it) {
        const int n = s.reachedCount(it->code);
        *set << n;
        categories << richTextSafe(QStringLiteral("%1 (%2)").arg(it->name, IndonesianFormat::percent(n, s.total)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, 9.5);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *counts = new QValueAxis;
    // Room to the right of the longest bar for its label.
    counts->setRange(0, qMax(1, s.total) * 1.08);
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(niceCeiling(qMax(1, s.total) / 5.0));
    counts->setTitleText(richTextSafe(tr("Cooperatives (of %1 in the area)").arg(IndonesianFormat::number(s.total))));
    styleAxis(counts);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart *ProgressCharts::districtBars(const ProgressSummary &s, const QString &milestoneCode, QStringList *districtCodes)
{
    const MilestoneDefinition *m = s.milestone(milestoneCode);
    const QString name = m ? m->name : milestoneCode;
    const bool many = int(s.districts.size()) > kMaxDistrictBars;
    QChart *chart = newChart(many ? tr("%1: the %2 districts furthest behind (% of cooperatives)").arg(name).arg(kMaxDistrictBars)
                                  : tr("%1 per district (% of cooperatives)").arg(name),
                             s.areaName, s.asOf);

    struct Bar
    {
        QString code;
        QString name;
        int tenths;
    };
    QVector<Bar> bars;
    for (const auto &d : s.districts)
        if (d.total > 0)
            bars.append({d.code, d.name, IndonesianFormat::percentTenths(d.reachedCount(milestoneCode), d.total)});
    // Lowest first; a province or the whole country has hundreds of kecamatan, more than a page
    // can show, so the chart keeps the ones furthest behind (the table lists them all).
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.tenths < b.tenths; });
    const int shown = int(qMin<qsizetype>(bars.size(), kMaxDistrictBars));
    bars.resize(shown);
    // Horizontal bars stack from the bottom: reverse, so the lagging kecamatan are read first, at the top.
    std::reverse(bars.begin(), bars.end());
    const int averageTenths = IndonesianFormat::percentTenths(s.reachedCount(milestoneCode), s.total);

    // Two sets stacked: each bar has its value in exactly one of them, so lagging bars can be
    // drawn differently (and named in the legend) without a per-bar colour.
    auto *onTrack = new QBarSet(tr("At or above the average"));
    onTrack->setColor(kOnTrack);
    onTrack->setBorderColor(kOnTrack);
    onTrack->setLabelColor(kText);
    onTrack->setLabelFont(ReportFonts::font(9));
    auto *lagging = new QBarSet(tr("Below the average"));
    lagging->setBrush(QBrush(kLagging, Qt::BDiagPattern));
    lagging->setPen(QPen(kLagging, 1.2));
    lagging->setLabelColor(kText);
    lagging->setLabelFont(ReportFonts::font(9));
    QStringList categories;
    QStringList codes;
    for (const Bar &b : bars) {
        const bool behind = b.tenths < averageTenths;
        *onTrack << (behind ? 0.0 : b.tenths / 10.0);
        *lagging << (behind ? b.tenths / 10.0 : 0.0);
        categories << richTextSafe(b.name);
        codes << b.code;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(onTrack);
    series->append(lagging);
    series->setBarWidth(0.72);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(4);
    chart->addSeries(series);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, 8.5);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *percent = new QValueAxis;
    percent->setRange(0, 108);
    percent->setTickType(QValueAxis::TicksDynamic);
    percent->setTickAnchor(0);
    percent->setTickInterval(20);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(richTextSafe(tr("% of the cooperatives in the district")));
    styleAxis(percent);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);

    // The average: a dashed vertical line across all bars, in the category axis' coordinates
    // (bar i sits at i, so the line runs from -0.5 to n - 0.5).
    auto *average = new QLineSeries;
    average->setName(richTextSafe(tr("Average of %1: %2").arg(s.areaName, IndonesianFormat::percent(s.reachedCount(milestoneCode), s.total))));
    average->setPen(QPen(Qt::black, 2, Qt::DashLine));
    average->append(averageTenths / 10.0, -0.5);
    average->append(averageTenths / 10.0, bars.size() - 0.5);
    chart->addSeries(average);
    average->attachAxis(percent);
    average->attachAxis(names);
    for (QLegendMarker *marker : chart->legend()->markers(average))
        marker->setShape(QLegend::MarkerShapeFromSeries);
    // Qt elides a category name that is taller than its share of the axis: 26 units a bar keeps them whole.
    chart->setProperty(kLayoutHeight, qMax(620, 170 + 26 * int(bars.size())));
    if (districtCodes)
        *districtCodes = codes;
    return chart;
}

QChart *ProgressCharts::timeline(const ProgressTimeline &t)
{
    QChart *chart = newChart(tr("Progress over time (cooperatives)"), t.areaName, t.to());
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    static const QColor colours[] = {QColor(0x54, 0x6e, 0x7a), QColor(0x1b, 0x5e, 0x20), QColor(0xb7, 0x1c, 0x1c),
                                     QColor(0x0d, 0x47, 0xa1), QColor(0x6a, 0x1b, 0x9a), QColor(0xe6, 0x51, 0x00),
                                     QColor(0x00, 0x83, 0x8f), QColor(0x4e, 0x34, 0x2e)};
    auto *dates = new QDateTimeAxis;
    const QDate from = t.from().isValid() ? t.from() : t.to();
    const QDate to = t.to().isValid() ? t.to() : from;
    // Day and month over a season; month and year over a longer span. Five ticks fit half a screen.
    dates->setFormat(from.daysTo(to) > 200 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    dates->setTickCount(5);
    dates->setRange(from.startOfDay(), (to > from ? to : from.addDays(1)).startOfDay());
    styleAxis(dates);
    chart->addAxis(dates, Qt::AlignBottom);
    auto *counts = new QValueAxis;
    counts->setRange(0, qMax(1, t.total));
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(niceCeiling(qMax(1, t.total) / 5.0));
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setTitleText(richTextSafe(tr("Cooperatives (of %1)").arg(IndonesianFormat::number(t.total))));
    styleAxis(counts);
    chart->addAxis(counts, Qt::AlignLeft);

    for (int i = 0; i < t.milestones.size(); ++i) {
        const MilestoneDefinition &m = t.milestones.at(i);
        const QVector<int> values = t.reached.value(m.code);
        auto *line = new QLineSeries;
        line->setName(richTextSafe(QStringLiteral("%1 (%2)").arg(m.name, IndonesianFormat::number(values.isEmpty() ? 0 : values.last()))));
        QPen pen(colours[i % std::size(colours)], 2.2, styles[i % std::size(styles)]);
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        // A staircase: the count holds until the next date on which it changed.
        int previous = 0;
        for (int k = 0; k < t.dates.size() && k < values.size(); ++k) {
            const qreal x = t.dates.at(k).startOfDay().toMSecsSinceEpoch();
            if (k > 0)
                line->append(x, previous);
            line->append(x, values.at(k));
            previous = values.at(k);
        }
        chart->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(counts);
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Eight names with their counts do not fit one line under the chart.
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QSizeF ProgressCharts::defaultLayoutSize()
{
    return QSizeF(1000, 620);
}

QSizeF ProgressCharts::layoutSizeFor(const QChart *chart)
{
    QSizeF size = defaultLayoutSize();
    size.setHeight(qMax(size.height(), chart->property(kLayoutHeight).toReal()));
    return size;
}

void ProgressCharts::render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &requestedLayout)
{
    const QSizeF layoutSize = requestedLayout.isValid() ? requestedLayout : layoutSizeFor(chart);
    // A chart paints only inside a scene: lay it out in a private one at the design size and let
    // the scene scale it (text and lines stay vector, so they are sharp at any resolution).
    QGraphicsScene scene;
    QGraphicsScene *previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    const QSizeF oldSize = chart->size();
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(layoutSize);
    scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
    scene.removeItem(chart);
    if (previous) {
        previous->addItem(chart);
        chart->resize(oldSize);
    }
}

bool ProgressCharts::savePng(QChart *chart, const QString &path, int dpi, const QSizeF &requestedLayout)
{
    const QSizeF layoutSize = requestedLayout.isValid() ? requestedLayout : layoutSizeFor(chart);
    const qreal scale = dpi / 96.0;
    QImage image((layoutSize * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    {
        QPainter painter(&image);
        render(chart, &painter, QRectF(QPointF(0, 0), image.size()), layoutSize);
    }
    OutputFile file(path);
    if (!file.begin() || !image.save(file.device(), "PNG"))
        return false;
    return file.commit();
}

bool ProgressCharts::saveSvg(QChart *chart, const QString &path, const QSizeF &requestedLayout)
{
    const QSizeF layoutSize = requestedLayout.isValid() ? requestedLayout : layoutSizeFor(chart);
    // QSvgGenerator writes straight to a device; OutputFile keeps a failed export from
    // leaving half a file behind (or writing over the database).
    OutputFile file(path);
    if (!file.begin())
        return false;
    QSvgGenerator svg;
    svg.setOutputDevice(file.device());
    svg.setSize(layoutSize.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), layoutSize));
    svg.setResolution(96);
    svg.setTitle(plainTitle(chart));
    svg.setDescription(tr("Pantau Kopdes chart"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        render(chart, &painter, QRectF(QPointF(0, 0), layoutSize), layoutSize);
        painter.end();
    }
    return file.commit();
}

QString ProgressCharts::plainTitle(const QChart *chart)
{
    QTextDocument doc;
    doc.setHtml(chart->title());
    return doc.toPlainText().replace(QLatin1Char('\n'), QStringLiteral(" — "));
}
