#pragma once
#include "core/progresssummary.h"

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>
#include <memory>

class QChart;
class QTextDocument;
struct ProgressReportData;

// The dashboard's charts inside the report's QTextDocument, painted as vector graphics by
// ProgressCharts::render on whatever the document is drawn on (the preview widget, a printer, a
// PDF), so they stay sharp at print resolution. The HTML carries <img src="pk-chart:N"> per
// chart; install() makes this the document's image handler.
class ReportCharts : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // The HTML of the chart section's chart paragraphs (markers).
    static QString html(const ProgressReportData &data);
    // Registers a handler owned by `doc` and turns the markers into chart objects.
    static void install(QTextDocument *doc, const ProgressReportData &data);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    ReportCharts(const ProgressReportData &data, QObject *parent);
    ~ReportCharts() override;
    QSizeF layoutSize(int index) const;
    static int chartIndex(const QTextFormat &format);   // -1 for an ordinary image

    int m_districtBars = 0;
    std::unique_ptr<QChart> m_charts[2];
};
