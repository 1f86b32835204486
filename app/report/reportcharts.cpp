#include "report/reportcharts.h"

#include "report/progresscharts.h"
#include "report/progressreportdata.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTranslator>
#include <QUrl>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace {
enum ChartIndex { Funnel = 0,
                  Districts = 1 };

const QString kChartScheme = QStringLiteral("pk-chart:");

QString marker(int index)
{
    return QStringLiteral("<img src=\"%1%2\"/>").arg(kChartScheme).arg(index);
}

// ProgressCharts shows at most this many kecamatan (the furthest behind) in one chart.
const int kMaxDistrictBars = 40;
// Charts are laid out narrower than on the dashboard so their text stays readable once scaled
// to the width of a portrait page.
const qreal kLayoutWidth = 800;

// The charts' titles and legends go through tr(); the report is Indonesian whatever the UI
// language, so while they are built the Indonesian translation is put in front.
class IndonesianTitles
{
public:
    IndonesianTitles()
    {
        if (QLocale().language() != QLocale::Indonesian && m_translator.load(QStringLiteral(":/i18n/pantau-kopdes_id.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~IndonesianTitles()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }

private:
    QTranslator m_translator;
    bool m_installed = false;
};
}   // namespace

ReportCharts::ReportCharts(const ProgressReportData &data, QObject *parent) : QObject(parent)
{
    const QString milestone = data.behindMilestone.code.isEmpty() ? ProgressReportData::defaultBehindMilestone(data.current)
                                                                  : data.behindMilestone.code;
    m_districtBars = int(qMin<qsizetype>(data.current.districts.size(), kMaxDistrictBars));
    // Built here rather than while painting: building may switch translators, which must not
    // happen inside a paint event.
    const IndonesianTitles indonesian;
    m_charts[Funnel].reset(ProgressCharts::funnel(data.current));
    if (!milestone.isEmpty() && !data.current.districts.isEmpty())
        m_charts[Districts].reset(ProgressCharts::districtBars(data.current, milestone));
}

ReportCharts::~ReportCharts() = default;

QString ReportCharts::html(const ProgressReportData &data)
{
    QString h = QStringLiteral("<p align=\"center\" style=\"margin-top: 8px;\">%1</p>").arg(marker(Funnel));
    // The per-kecamatan chart is tall: it gets a page of its own.
    if (!data.current.districts.isEmpty())
        h += QStringLiteral("<p align=\"center\" style=\"page-break-before: always;\">%1</p>").arg(marker(Districts));
    return h;
}

void ReportCharts::install(QTextDocument *doc, const ProgressReportData &data)
{
    // The charts are <img src="pk-chart:N"> in the HTML, so nothing has to be searched and
    // edited after setHtml (slow on a province's report). This handler takes over the image
    // objects: it paints the charts, and any other image (the logo) from the document's resources.
    doc->documentLayout()->registerHandler(QTextFormat::ImageObject, new ReportCharts(data, doc));
}

QSizeF ReportCharts::layoutSize(int index) const
{
    if (index == Districts)   // a bar per kecamatan needs its height
        return QSizeF(kLayoutWidth, qMax<qreal>(500, 190 + 22.0 * m_districtBars));
    return QSizeF(kLayoutWidth, 480);
}

int ReportCharts::chartIndex(const QTextFormat &format)
{
    const QString name = format.toImageFormat().name();
    if (!name.startsWith(kChartScheme))
        return -1;
    const int index = name.mid(kChartScheme.size()).toInt();
    return index == Funnel || index == Districts ? index : -1;
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const int index = chartIndex(format);
    if (index < 0) {
        // An ordinary image: the size the HTML gave (keeping proportions), else its own.
        const QTextImageFormat image = format.toImageFormat();
        const QImage img = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
        QSizeF size = img.size();
        if (image.height() > 0 && !img.isNull())
            size = QSizeF(image.height() * img.width() / qreal(img.height()), image.height());
        if (image.width() > 0 && !img.isNull() && image.height() <= 0)
            size = QSizeF(image.width(), image.width() * img.height() / qreal(img.width()));
        return size;
    }
    // The text width, but no taller than the part of a page the chart may take: the funnel
    // shares the first page with the summary, the kecamatan chart has a page to itself.
    const QSizeF layout = layoutSize(index);
    const qreal aspect = layout.width() / layout.height();
    qreal width = layout.width();
    const QSizeF page = doc->pageSize();
    if (page.width() > 0) {
        width = page.width() - 2 * doc->documentMargin() - 8;
        if (page.height() > 0) {
            // On a landscape page the funnel has less height left under the summary table.
            const qreal share = index == Funnel ? (page.width() > page.height() ? 0.30 : 0.42) : 0.88;
            width = qMin(width, page.height() * share * aspect);
        }
    }
    return QSizeF(width, width / aspect);
}

void ReportCharts::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format)
{
    const int index = chartIndex(format);
    if (index < 0) {
        const QImage img = doc->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name())).value<QImage>();
        if (!img.isNull())
            painter->drawImage(rect, img);
        return;
    }
    if (!m_charts[index])
        return;
    ProgressCharts::render(m_charts[index].get(), painter, rect, layoutSize(index));
}
